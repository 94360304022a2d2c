"""Board: columns by stage, filters, and moves by form and by the drag/keyboard JSON call."""

from __future__ import annotations

import re

from bounceback.domain.models import Application
from bounceback.domain.vocabulary import Stage
from web_helpers import text_of


def test_the_board_shows_open_applications_by_stage(demo_web) -> None:
    page = demo_web.get("/board")
    assert page.status_code == 200
    for stage in ("Saved", "Applied", "Screening", "Interviewing", "Offer"):
        assert f"<span>{stage}</span>" in page.text
    open_apps = [a for a in demo_web.bb.applications.list() if a.outcome is None
                 and a.stage != Stage.ACCEPTED]
    expected = sum(min(40, sum(1 for a in open_apps if a.stage == stage))
                   for stage in (Stage.SAVED, Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEWING,
                                 Stage.OFFER))
    assert len(re.findall(r'class="kcard"', page.text)) == expected
    first = open_apps[0]
    card = page.text.split(f'data-id="{first.id}"', 1)[1].split("</li>", 1)[0]
    assert f'<option value="{first.stage.value}" selected>' in card


def test_filters_narrow_the_board(demo_web) -> None:
    app = demo_web.bb.applications.list()[0]
    page = demo_web.get("/board", params={"q": app.company, "show": "all"})
    cards = re.findall(r'data-id="(\d+)"', page.text)
    assert str(app.id) in cards
    every = {a.id for a in demo_web.bb.applications.list() if app.company.lower() in
             (a.company + a.role + (a.location or "") + a.notes).lower()}
    assert {int(c) for c in cards} <= every
    closed = demo_web.get("/board", params={"show": "closed"})
    assert "Closed" in text_of(closed)


def test_moving_by_the_card_form_redirects_back(web) -> None:
    app = web.bb.applications.add(Application(company="Acme", role="Analyst"))
    response = web.post(f"/applications/{app.id}/move", {"stage": "screening", "next": "/board"})
    assert response.status_code == 303 and response.headers["location"].startswith("/board")
    assert web.bb.applications.get(app.id).stage == Stage.SCREENING


def test_drag_and_keyboard_moves_answer_json(web) -> None:
    app = web.bb.applications.add(Application(company="Acme", role="Analyst"))
    response = web.post(f"/applications/{app.id}/move", {"stage": "interviewing"},
                        headers={"Accept": "application/json"}, follow=True)
    assert response.status_code == 200 and response.history[0].status_code == 303
    assert response.json()["stage"] == "interviewing"
    assert "Keep a few other applications moving" in response.json()["message"]
    web.bb.rejections.record(app.id)
    refused = web.post(f"/applications/{app.id}/move", {"stage": "offer"},
                       headers={"Accept": "application/json"})
    assert refused.status_code == 409 and "closed" in refused.json()["message"]
    bad = web.post(f"/applications/{app.id}/move", {"stage": "flying"},
                   headers={"Accept": "application/json"})
    assert bad.status_code == 400 and "unknown stage" in bad.json()["message"]


def test_an_open_redirect_is_not_possible(web) -> None:
    app = web.bb.applications.add(Application(company="Acme", role="Analyst"))
    response = web.post(f"/applications/{app.id}/move", {"stage": "screening",
                                                        "next": "//evil.example/"})
    assert response.headers["location"].startswith(f"/applications/{app.id}")
