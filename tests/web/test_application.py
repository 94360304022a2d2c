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


def test_the_pages_read_through_core_give_what_the_repositories_give(demo_web) -> None:
    """The application and rejection pages read the timeline with SQLAlchemy Core: the same
    domain objects as the repositories' ORM reads, for every application of the demo."""
    from bounceback.domain.models import Timeline
    from bounceback.storage.repos import applications, contacts, events, rejections, tasks
    from bounceback.storage.repos.timeline import timeline

    bb = demo_web.bb
    with bb.db.session() as s:
        ids = [a.id for a in applications.query(s)]
        assert ids
        for app_id in ids:
            assert timeline(s, app_id) == Timeline(
                application=applications.get(s, app_id),
                events=events.for_application(s, app_id),
                contacts=contacts.list_contacts(s, app_id),
                tasks=tasks.list_tasks(s, include_done=True, app_id=app_id),
                rejection=rejections.for_application(s, app_id),
            ), app_id


def test_the_pages_show_each_write_at_once(web, bb) -> None:
    """Nothing on the application page or the rejection page is kept between requests: each
    write (through the web, or through the service as the CLI does) shows on the next view."""
    from bounceback.config import Settings
    from bounceback.domain.reasons import reason_entries
    from bounceback.domain.vocabulary import ReasonSource
    from bounceback.services import Bounceback

    app_id = _app(web)
    first = text_of(web.get(f"/applications/{app_id}"))
    assert "Sent a thank-you" not in first and "Ada Lovelace" not in first
    web.post(f"/applications/{app_id}/note", {"note_text": "Sent a thank-you"})
    assert "Sent a thank-you" in text_of(web.get(f"/applications/{app_id}"))
    web.post(f"/applications/{app_id}/tasks", {"task_title": "Call back Kestrel",
                                               "task_due": "2026-12-01"})
    web.post(f"/applications/{app_id}/contacts", {"contact_name": "Ada Lovelace",
                                                  "contact_role": "recruiter"})
    words = text_of(web.get(f"/applications/{app_id}"))
    assert "Call back Kestrel" in words and "Ada Lovelace" in words
    other = Bounceback(Settings(database_url=bb.settings.database_url, home=bb.settings.home),
                       clock=bb.clock)  # another process on the same database, as the CLI
    try:
        rejection = other.rejections.record(app_id, text="We went with an internal candidate.")
        other.rejections.set_reasons(rejection.id or 0, reason_entries(
            "internal_candidate", [], ReasonSource.USER))
        other.applications.edit(app_id, {"role": "Senior analyst"})
    finally:
        other.close()
    page = web.get(f"/applications/{app_id}")
    words = text_of(page)
    assert "Senior analyst" in words and "Internal candidate" in words
    assert f'href="/rejections/{rejection.id}"' in page.text
    flow = text_of(web.get(f"/rejections/{rejection.id}"))
    assert "Senior analyst" in flow and "Kestrel Energy" in flow
