"""Board: columns by stage, filters, and moves by form and by the drag/keyboard JSON call."""

from __future__ import annotations

import re

from bounceback.domain.models import Application
from bounceback.domain.vocabulary import Stage
from bounceback.web.pages.board import PER_COLUMN
from web_helpers import text_of


def test_the_board_shows_open_applications_by_stage(demo_web) -> None:
    page = demo_web.get("/board")
    assert page.status_code == 200
    for stage in ("Saved", "Applied", "Screening", "Interviewing", "Offer"):
        assert f"<span>{stage}</span>" in page.text
    open_apps = [a for a in demo_web.bb.applications.list() if a.outcome is None
                 and a.stage != Stage.ACCEPTED]
    expected = sum(min(PER_COLUMN, sum(1 for a in open_apps if a.stage == stage))
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


def _cards(html: str) -> list[int]:
    return [int(i) for i in re.findall(r'data-id="(\d+)"', html)]


def test_a_long_column_shows_a_screenful_and_links_to_the_rest(web) -> None:
    """A column holds at most PER_COLUMN cards, whatever the history; its 'more' link shows the
    next ones (the same filters kept), and following the links shows every card once."""
    made = [web.bb.applications.add(Application(company=f"Firm {n}", role="Analyst")).id
            for n in range(PER_COLUMN * 2 + 3)]
    first = web.get("/board", params={"q": "Analyst"})
    assert len(_cards(first.text)) == PER_COLUMN
    seen, page, pages = [], first, 0
    while True:
        seen += _cards(page.text)
        more = re.search(r'href="([^"]+)" data-more', page.text)
        if more is None:
            break
        href = more.group(1).replace("&amp;", "&")
        assert "q=Analyst" in href and "column=applied" in href
        page = web.get(href)
        assert page.status_code == 200 and len(_cards(page.text)) <= PER_COLUMN
        assert "The whole board" in page.text
        pages += 1
    assert pages == 2 and sorted(seen) == sorted(made) and len(seen) == len(set(seen))
    # without a filter too (the kept counts and an OFFSET): the second page goes on the first
    plain = web.get("/board", params={"column": "applied", "from": str(PER_COLUMN)})
    assert _cards(plain.text) == sorted(made, reverse=True)[PER_COLUMN:2 * PER_COLUMN]
    assert "Earlier" in plain.text


def test_a_column_page_asked_for_wrongly_says_why(web) -> None:
    for params in ({"column": "applied", "from": "-3"}, {"column": "applied", "from": "x"},
                   {"column": "applied", "from": "²"}, {"column": "applied", "from": "①"},
                   {"column": "applied", "from": "٣"}, {"column": "applied", "from": "1" * 8},
                   {"column": "nowhere"}, {"column": "closed", "show": "open"}):
        answer = web.get("/board", params=params)
        assert answer.status_code == 400, params
        assert "Traceback" not in answer.text and ("from" in answer.text or "column" in answer.text)


def test_a_column_page_past_the_end_shows_the_last_page(web) -> None:
    """An old or hand-typed link past a column's end shows the column's last cards (and an
    'Earlier' link that goes somewhere), never an empty page counting cards it lacks."""
    made = [web.bb.applications.add(Application(company=f"Firm {n}", role="Analyst")).id
            for n in range(PER_COLUMN * 2)]
    newest_first = sorted(made, reverse=True)
    for params in ({"column": "applied", "from": "1000"},
                   {"column": "applied", "from": "1000", "q": "Analyst"}):
        page = web.get("/board", params=params)
        assert page.status_code == 200, params
        assert _cards(page.text) == newest_first[PER_COLUMN:], params
        assert f"Cards {PER_COLUMN + 1}–{2 * PER_COLUMN} of {2 * PER_COLUMN}" in page.text
        earlier = re.search(r'href="([^"]+)" data-earlier', page.text)
        assert earlier is not None and "from=0" in earlier.group(1), params
    empty = web.get("/board", params={"column": "offer", "from": "40"})
    assert empty.status_code == 200 and _cards(empty.text) == [] and "Earlier" not in empty.text


def test_a_card_shows_its_texts_escaped_with_its_own_move_form(web) -> None:
    """The cards are built by the page, not the template (web/pages/board.py: cards_html):
    a company, role or place typed with markup shows as text, each open card moves by its
    own form (the form token, the stage selected), and a closed card shows its status."""
    bb = web.bb
    made = bb.applications.add(Application(company='<b>Evil & "Co"</b>', role="<i>Analyst</i>",
                                           location="Bristol <script>", stage=Stage.SCREENING))
    page = web.get("/board", params={"show": "all"})
    card = page.text.split(f'data-id="{made.id}"', 1)[1].split("</li>", 1)[0]
    assert "<b>" not in card and "<i>" not in card and "<script>" not in card
    assert "&lt;b&gt;Evil &amp; &#34;Co&#34;&lt;/b&gt;" in card
    assert "&lt;i&gt;Analyst&lt;/i&gt;" in card and "Bristol &lt;script&gt;" in card
    assert f'action="/applications/{made.id}/move"' in card
    assert f'name="csrf_token" value="{web.token}"' in card
    assert '<option value="screening" selected>' in card
    bb.applications.withdraw(made.id or 0, reason="changed my mind")
    closed = web.get("/board", params={"show": "closed"}).text
    card = closed.split(f'data-id="{made.id}"', 1)[1].split("</li>", 1)[0]
    assert "/move" not in card and '<span class="pill">' in card
