"""The rejection flow, check-ins and the crisis message, private writing and the journal."""

from __future__ import annotations

import re
from datetime import date

from bounceback.domain.models import Application
from web_helpers import field_error, text_of


def _rejected(web) -> tuple[int, int]:
    app = web.bb.applications.add(Application(company="Kite Nonprofit Network", role="Analyst",
                                              date_applied=date(2026, 11, 1)))
    response = web.post(f"/applications/{app.id}/reject", {
        "received_on": "2026-11-24", "channel": "email", "stage_reached": "interviewing",
        "hurt": "8", "text": "We have decided to move forward with other candidates."})
    assert response.status_code == 303
    rejection_id = int(response.headers["location"].rsplit("/", 1)[1])
    return app.id, rejection_id


def test_recording_a_rejection_opens_the_flow(web) -> None:
    app_id, rejection_id = _rejected(web)
    rejection = web.bb.rejections.for_application(app_id)
    assert rejection.id == rejection_id and rejection.hurt == 8
    page = web.get(f"/rejections/{rejection_id}")
    words = text_of(page)
    assert "How do you feel about it?" in words and "Private writing" in words
    assert "Talk to someone" in words and "A few days for this" in words
    [window] = web.bb.recovery.windows()
    assert window.days > web.bb.preferences().recovery_window_days  # it hurt: a longer window


def test_a_bad_rejection_form_keeps_everything_and_says_why(web) -> None:
    app = web.bb.applications.add(Application(company="Acme", role="Analyst"))
    response = web.post(f"/applications/{app.id}/reject", {"received_on": "someday maybe",
                                                           "hurt": "11"})
    assert response.status_code == 400
    assert field_error(response, "received_on") and field_error(response, "hurt")
    assert web.bb.rejections.list() == []


def test_the_check_in_is_saved_with_its_reflection(web) -> None:
    _, rejection_id = _rejected(web)
    response = web.post(f"/rejections/{rejection_id}/checkin", {
        "mood": "2", "e_disappointment": "7", "e_anger": "3", "e_hope": "0"}, follow=True)
    assert response.status_code == 200 and response.history[0].status_code == 303
    [check_in] = web.bb.recovery.check_ins()
    assert check_in.mood == 2 and {e.emotion.value for e in check_in.emotions} == {
        "disappointment", "anger"}
    assert "Thank you for checking in" in text_of(response)
    missing = web.post(f"/rejections/{rejection_id}/checkin", {"e_anger": "3"})
    assert missing.status_code == 400 and field_error(missing, "mood")


def test_signs_of_crisis_bring_resources_before_anything_else(web) -> None:
    _, rejection_id = _rejected(web)
    response = web.post(f"/rejections/{rejection_id}/checkin", {
        "mood": "1", "something_else": "I want to end my life"}, follow=True)
    html = response.text
    main = html[html.index("<main"):]
    crisis = main.index("tone-crisis")
    assert crisis < main.index("Thank you for checking in") < main.index("<h1")
    assert 'role="alert"' in main[max(0, crisis - 200): crisis + 200]


def test_reaching_out_and_the_window(web) -> None:
    person = web.bb.recovery.add_person("Priya", "07700 900123")
    _, rejection_id = _rejected(web)
    page = web.get(f"/rejections/{rejection_id}?step=reach-out")
    assert "Priya" in text_of(page) and "Copy the message" in page.text
    assert web.post(f"/rejections/{rejection_id}/reach-out", {
        "person_id": str(person.id), "reached": "yes", "message": "Coffee this week?"}).status_code == 303
    [outreach] = web.bb.recovery.outreach()
    assert outreach.reached_out
    web.post(f"/rejections/{rejection_id}/window", {"days": "6"})
    assert web.bb.recovery.windows()[0].days == 6
    bad = web.post(f"/rejections/{rejection_id}/window", {"days": "90"})
    assert bad.status_code == 400 and field_error(bad, "days")
    web.post(f"/rejections/{rejection_id}/window", {"action": "end"})
    assert web.bb.recovery.windows()[0].closed_on is not None


def test_journal_entries_stay_behind_a_deliberate_click(web) -> None:
    secret = "I felt small when they said no"
    response = web.post("/journal/write", {"text": secret, "kind": "free"}, follow=True)
    assert response.status_code == 200 and "Saved privately" in response.text
    assert secret not in response.text and secret not in str(response.url)
    assert response.headers["cache-control"] == "no-store"
    closed = web.get("/journal")
    assert secret not in closed.text and "Show my 1 entry" in text_of(closed)
    opened = web.post("/journal/open", follow=True)
    assert secret in opened.text
    assert opened.headers["cache-control"] == "no-store"
    title = re.search(r"<title>(.*?)</title>", opened.text).group(1)
    assert secret not in title and title.startswith("Journal")
    [entry] = web.bb.recovery.journal()
    assert web.post(f"/journal/entries/{entry.id}/delete").status_code == 303
    assert web.bb.recovery.journal() == []


def test_an_empty_entry_is_refused_and_a_crisis_entry_gets_resources(web) -> None:
    empty = web.post("/journal/write", {"text": "   "})
    assert empty.status_code == 400 and field_error(empty, "text")
    crisis = web.post("/journal/write", {"text": "I keep thinking about killing myself"}, follow=True)
    assert "tone-crisis" in crisis.text


def test_a_check_in_on_any_day(web) -> None:
    assert "How are you feeling?" in web.get("/checkin").text
    response = web.post("/checkin", {"mood": "4", "e_hope": "6"}, follow=True)
    assert response.status_code == 200 and "Thank you for checking in" in response.text
    assert web.bb.recovery.check_ins()[0].mood == 4
