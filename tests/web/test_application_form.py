"""Add and edit forms: saved when valid; each bad field gets its message beside it, nothing saved."""

from __future__ import annotations

from web_helpers import field_error, text_of


def test_adding_an_application_saves_it_and_shows_its_page(web) -> None:
    response = web.post("/applications/new", {
        "company": "Harbour & Vale", "role": "Data Analyst", "date_applied": "2026-11-20",
        "stage": "applied", "source": "referral", "salary": "45k-55k", "salary_currency": "eur",
        "excitement": "4", "tags": "dream, remote", "notes": "Met them at a meetup"})
    assert response.status_code == 303
    location = response.headers["location"]
    assert location.startswith("/applications/")
    [app] = web.bb.applications.list()
    assert (app.company, app.role, app.salary_min, app.salary_max) == (
        "Harbour & Vale", "Data Analyst", 45000, 55000)
    assert app.salary_currency == "EUR" and app.tags == ["dream", "remote"]
    page = web.get(location)
    assert "Harbour &amp; Vale" in page.text and "Added." in page.text


def test_invalid_fields_get_their_message_beside_them_and_nothing_is_saved(web) -> None:
    response = web.post("/applications/new", {
        "company": "", "role": "Analyst", "salary": "lots", "date_applied": "not a date"})
    assert response.status_code == 400
    assert field_error(response, "company") is not None
    assert "45000-55000" in (field_error(response, "salary") or "")
    assert field_error(response, "date_applied") is not None
    assert 'value="Analyst"' in response.text  # what was typed stays
    assert web.bb.applications.list() == []


def test_service_rules_show_on_their_field(web) -> None:
    response = web.post("/applications/new", {
        "company": "Acme", "role": "Analyst", "url": "ftp://example.org", "salary": "60000-50000"})
    assert response.status_code == 400
    # The first rule the service meets is reported beside its field.
    assert field_error(response, "salary") or field_error(response, "url")
    assert web.bb.applications.list() == []


def test_editing_in_place_returns_the_details_or_the_form_with_messages(demo_web) -> None:
    htmx = {"HX-Request": "true", "X-CSRF-Token": demo_web.token}
    form = demo_web.client.get("/applications/2/edit", headers=htmx)
    assert 'id="details"' in form.text and "<html" not in form.text
    bad = demo_web.client.post("/applications/2/edit", data={"company": "Acme", "role": "",
                                                             "excitement": "9"}, headers=htmx)
    assert bad.status_code == 200 and field_error(bad, "role")
    assert field_error(bad, "excitement")
    good = demo_web.client.post("/applications/2/edit", data={
        "company": "Acme", "role": "Lead Analyst", "excitement": "5"}, headers=htmx)
    assert "Lead Analyst" in text_of(good) and "Saved." in good.text
    assert demo_web.bb.applications.get(2).role == "Lead Analyst"


def test_the_full_edit_page_works_without_javascript(demo_web) -> None:
    app = demo_web.bb.applications.get(3)
    page = demo_web.get("/applications/3/edit")
    assert page.status_code == 200 and f'value="{app.role}"' in page.text
    response = demo_web.post("/applications/3/edit", {"company": app.company, "role": app.role,
                                                      "notes": "Call back on Monday"})
    assert response.status_code == 303
    assert demo_web.bb.applications.get(3).notes == "Call back on Monday"


def test_an_exact_duplicate_asks_before_adding_a_second_one(web) -> None:  # type: ignore[no-untyped-def]
    form = {"company": "Northwind Health", "role": "Data Analyst"}
    assert web.post("/applications/new", form).status_code == 303
    again = web.post("/applications/new", {"company": "northwind health", "role": "data analyst"})
    assert again.status_code == 400
    assert "already tracked as #1" in again.text and 'name="again"' in again.text
    assert len(web.bb.applications.list()) == 1
    assert web.post("/applications/new", {**form, "again": "on"}).status_code == 303
    assert len(web.bb.applications.list()) == 2


def test_moving_to_the_same_stage_changes_nothing(web) -> None:  # type: ignore[no-untyped-def]
    from bounceback.domain.models import Application

    app = web.bb.applications.add(Application(company="Acme", role="Analyst"))
    before = web.bb.applications.timeline(app.id).events
    response = web.post(f"/applications/{app.id}/move", {"stage": "applied"})
    assert response.status_code == 303 and "done=unchanged" in response.headers["location"]
    assert web.bb.applications.timeline(app.id).events == before
