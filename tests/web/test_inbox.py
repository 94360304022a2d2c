"""Inbox review: uncertain emails shown as text, confirmed or corrected, and the label kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from bounceback.domain.models import Application
from web_helpers import text_of

HOSTILE = Path(__file__).resolve().parents[1] / "data" / "web" / "hostile.eml"


@pytest.fixture
def queued(web):
    web.bb.applications.add(Application(company="Acme Logistics", role="Data Analyst"))
    web.bb.applications.add(Application(company="Acme Logistics", role="Operations Coordinator"))
    web.bb.mail.import_path(HOSTILE)
    [item] = web.bb.inbox.review_items()
    return item


def test_the_queue_shows_each_email_escaped(web, queued) -> None:
    page = web.get("/inbox")
    assert page.status_code == 200
    assert "<script>window.__pwned" not in page.text
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page.text
    assert "could be one of 2 applications" in text_of(page)


def test_linking_it_to_the_right_application_records_the_rejection(web, queued) -> None:
    target = queued.candidates[0]
    response = web.post(f"/inbox/{queued.id}", {"action": "link", "application": str(target)})
    assert response.status_code == 303
    assert web.bb.inbox.review_items() == []
    assert web.bb.rejections.for_application(target) is not None
    assert "Nothing waits for review" in text_of(web.get("/inbox?done=reviewed"))


def test_correcting_the_kind_is_kept_for_the_classifier(web, queued) -> None:
    assert "has not learned from any correction" in text_of(web.get("/inbox"))
    response = web.post(f"/inbox/{queued.id}", {"action": "kind", "kind": "other"})
    assert response.status_code == 303
    assert [c.kind for c in web.bb.inbox.corrections()] == ["other"]
    assert "learned from 1 of your correction" in text_of(web.get("/inbox"))


def test_a_decision_that_cannot_apply_is_explained_beside_the_email(web, queued) -> None:
    response = web.post(f"/inbox/{queued.id}", {"action": "accept"})
    assert response.status_code == 400
    assert "several applications" in text_of(response)
    missing = web.post(f"/inbox/{queued.id}", {"action": "link", "application": ""})
    assert "choose the application" in text_of(missing)
