"""Application page: details, timeline, tasks, contacts, notes, withdraw, reasons, delete."""

from __future__ import annotations

from bounceback.domain.models import Application
from bounceback.domain.vocabulary import Outcome
from web_helpers import field_error, text_of


def _app(web) -> int:
    return web.bb.applications.add(Application(company="Kestrel Energy", role="Analyst")).id


def test_the_page_shows_details_and_timeline(demo_web) -> None:
    timeline = demo_web.bb.applications.timeline(1)
    page = demo_web.get("/applications/1")
    words = text_of(page)
    assert timeline.application.role in words and timeline.application.company in words
    for event in timeline.events:
        assert (event.summary or "") in words


def test_notes_tasks_and_contacts_are_added_and_checked(web) -> None:
    app_id = _app(web)
    assert web.post(f"/applications/{app_id}/note", {"note_text": "Sent a thank-you"}).status_code == 303
    empty = web.post(f"/applications/{app_id}/note", {"note_text": "  "})
    assert empty.status_code == 400 and field_error(empty, "note_text")
    no_day = web.post(f"/applications/{app_id}/tasks", {"task_title": "Follow up"})
    assert field_error(no_day, "task_due")
    assert web.post(f"/applications/{app_id}/tasks", {"task_title": "Follow up",
                                                      "task_due": "2026-12-01"}).status_code == 303
    bad_mail = web.post(f"/applications/{app_id}/contacts", {"contact_name": "Ada",
                                                             "contact_email": "not-an-email"})
    assert bad_mail.status_code == 400 and field_error(bad_mail, "contact_email")
    assert web.post(f"/applications/{app_id}/contacts", {"contact_name": "Ada Lovelace",
                                                         "contact_role": "recruiter"}).status_code == 303
    timeline = web.bb.applications.timeline(app_id)
    assert [t.title for t in timeline.tasks] == ["Follow up"]
    assert [c.name for c in timeline.contacts] == ["Ada Lovelace"]
    assert any(e.summary == "Sent a thank-you" for e in timeline.events)
    task = timeline.tasks[0]
    web.post(f"/applications/{app_id}/tasks/{task.id}/done")
    assert web.bb.tasks.list(include_done=True)[0].done


def test_withdraw_and_delete(web) -> None:
    app_id = _app(web)
    web.post(f"/applications/{app_id}/withdraw", {"withdraw_reason": "Took another path"})
    assert web.bb.applications.get(app_id).outcome == Outcome.WITHDRAWN
    unconfirmed = web.post(f"/applications/{app_id}/delete")
    assert unconfirmed.status_code == 400 and field_error(unconfirmed, "confirm")
    assert web.post(f"/applications/{app_id}/delete", {"confirm": "on"}).status_code == 303
    assert web.get(f"/applications/{app_id}").status_code == 404


def test_reasons_for_a_rejection(web) -> None:
    app_id = _app(web)
    web.bb.rejections.record(app_id, text="We went with an internal candidate.")
    response = web.post(f"/applications/{app_id}/reasons", {
        "primary_reason": "internal_candidate", "other_reasons": ["skill_gap"],
        "own_reason": "Timing"})
    assert response.status_code == 303
    rejection = web.bb.rejections.for_application(app_id)
    assert rejection.primary_reason == "internal_candidate"
    assert {r.reason for r in rejection.reasons} >= {"internal_candidate", "skill_gap"}
