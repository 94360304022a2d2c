"""Settings: preferences with messages beside fields, export, support people, deleting data."""

from __future__ import annotations

import json

from web_helpers import field_error


def test_preferences_are_saved(web) -> None:
    response = web.post("/settings", {"recovery_window_days": "5", "weekly_application_goal": "8"})
    assert response.status_code == 303
    prefs = web.bb.preferences()
    assert (prefs.recovery_window_days, prefs.weekly_application_goal) == (5, 8)


def test_a_bad_value_is_explained_beside_its_field_and_nothing_is_saved(web) -> None:
    response = web.post("/settings", {"recovery_window_days": "99", "weekly_application_goal": "8"})
    assert response.status_code == 400
    assert "outside 1..30" in (field_error(response, "recovery_window_days") or "")
    assert web.bb.preferences().weekly_application_goal == 5


def test_export_downloads_json_and_csv(demo_web) -> None:
    response = demo_web.post("/settings/export", {"format": "json"})
    assert response.status_code == 200
    assert "attachment" in response.headers["content-disposition"]
    document = json.loads(response.text)
    assert len(document["tables"]["applications"]) == len(demo_web.bb.applications.list())
    csv = demo_web.post("/settings/export", {"format": "csv"})
    assert csv.headers["content-type"].startswith("text/csv")
    assert csv.text.count("\n") >= len(demo_web.bb.applications.list())


def test_deleting_everything_needs_the_typed_confirmation(demo_web) -> None:
    refused = demo_web.post("/settings/wipe", {"what": "all", "confirm_phrase": "yes"})
    assert refused.status_code == 400 and field_error(refused, "confirm_phrase")
    assert demo_web.bb.applications.list()
    done = demo_web.post("/settings/wipe", {"what": "all", "confirm_phrase": "Delete everything"})
    assert done.status_code == 303
    assert demo_web.bb.applications.list() == []


def test_support_people_are_added_and_removed(web) -> None:
    assert web.post("/support", {"person_name": "Priya", "person_reach": "07700 900123"}).status_code == 303
    [person] = web.bb.recovery.people()
    assert "Priya" in web.get("/settings").text
    nameless = web.post("/support", {"person_name": ""})
    assert nameless.status_code == 400 and field_error(nameless, "person_name")
    web.post(f"/support/{person.id}/delete")
    assert web.bb.recovery.people() == []


def test_crisis_resources_are_chosen_from_a_list(web) -> None:
    page = web.get("/settings")
    assert '<select id="f-crisis_country"' in page.text and 'value="gb"' in page.text
    assert web.post("/settings", {"crisis_country": "gb"}).status_code == 303
    assert web.bb.preferences().crisis_country == "gb"


def test_settings_give_the_calendar_feed_to_subscribe_to(web) -> None:
    page = web.get("/settings").text
    assert 'href="/calendar.ics"' in page and "/calendar.ics</a>" in page
    assert "last 30 days and everything ahead" in page
