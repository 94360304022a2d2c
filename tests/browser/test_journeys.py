"""The main journeys in real Chromium: add an application, move it (drag, keyboard, form), log a
rejection through the check-in and see it on Insights, correct an imported email in the inbox
review; and hostile text from a form or an email never runs."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import expect

from bounceback.config import Settings
from bounceback.domain.models import Application
from bounceback.services import Bounceback
from browser_support import shot
from tests_now import NOW

HOSTILE = Path(__file__).resolve().parents[1] / "data" / "web" / "hostile.eml"


def _service(db_url: str) -> Bounceback:
    return Bounceback(Settings(database_url=db_url), clock=lambda: NOW)


def _column_of(page, app_id: str) -> str:  # type: ignore[no-untyped-def]
    return page.locator(f'.kcard[data-id="{app_id}"]').evaluate(
        "card => card.closest('.column').getAttribute('data-stage')")


def test_add_an_application_and_move_it_through_the_stages(page, watch) -> None:
    page.goto("/applications/new")
    page.get_by_label("Company").fill("Northwind Studio")
    page.get_by_label("Role").fill("Junior Analyst")
    page.get_by_label("Where it came from").select_option("referral")
    page.get_by_role("button", name="Add it").click()
    page.wait_for_url(re.compile(r"/applications/\d+"))
    app_id = page.url.rstrip("/").rsplit("/", 1)[1].split("?")[0]
    assert page.get_by_role("status").first.inner_text() == "Added."

    page.goto("/board?q=Northwind")
    assert _column_of(page, app_id) == "applied"
    card = page.locator(f'.kcard[data-id="{app_id}"]')
    card.drag_to(page.locator('.column[data-stage="screening"]'))
    expect(page.locator("#live")).to_contain_text("screening")
    page.reload()
    assert _column_of(page, app_id) == "screening"

    card = page.locator(f'.kcard[data-id="{app_id}"]')
    card.focus()
    page.keyboard.press("Alt+ArrowRight")
    expect(page.locator("#live")).to_contain_text("interviewing")
    assert page.evaluate("document.activeElement.getAttribute('data-id')") == app_id
    page.reload()
    assert _column_of(page, app_id) == "interviewing"

    page.get_by_label("Move Junior Analyst at Northwind Studio to").select_option("offer")
    page.locator(f'.kcard[data-id="{app_id}"]').get_by_role("button", name="Move").click()
    page.wait_for_url(re.compile(r"/board\?.*done=moved"))
    assert _column_of(page, app_id) == "offer"
    shot(page, "journey-board-moved")
    watch.clean()


def test_log_a_rejection_through_the_check_in_and_see_it_on_insights(page, watch, demo_db) -> None:
    bb = _service(demo_db)
    app = bb.applications.add(Application(company="Larkspur Analytics", role="Data Analyst",
                                          date_applied=NOW.date()))
    bb.close()
    page.goto(f"/applications/{app.id}")
    page.get_by_role("link", name="They said no").click()
    page.get_by_label("How far you got").select_option("interviewing")
    page.get_by_label("How much it hurts (optional)").select_option("7")
    page.get_by_label("Their message (optional)").fill("We have decided to move forward with "
                                                       "another candidate.")
    page.get_by_role("button", name="Record it").click()
    page.wait_for_url(re.compile(r"/rejections/\d+"))
    assert page.locator("h1").first.is_visible()
    page.get_by_label("2, low").check()
    page.get_by_label("Disappointment").fill("7")
    page.get_by_label("Sadness").fill("4")
    assert page.locator("#o-disappointment").inner_text() == "7"
    shot(page, "journey-check-in")
    page.get_by_role("button", name="Save the check-in").click()
    page.get_by_text("Thank you for checking in").first.wait_for()
    assert page.locator(".tone-crisis").count() == 0

    page.goto("/insights")
    page.wait_for_selector("#sec-resilience table")
    assert "Larkspur Analytics" in page.locator("#sec-resilience").inner_text()
    page.wait_for_selector("#sec-patterns table")
    page.wait_for_selector(".chart .main-svg")
    shot(page, "journey-insights")
    watch.clean()


def test_correct_an_imported_email_in_the_inbox_review(page, watch, demo_db) -> None:
    bb = _service(demo_db)
    first = bb.applications.add(Application(company="Acme Logistics", role="Data Analyst"))
    bb.applications.add(Application(company="Acme Logistics", role="Operations Coordinator"))
    bb.close()
    page.goto("/import")
    page.get_by_label("What it is").select_option("mail")
    page.get_by_label("File").set_input_files(str(HOSTILE))
    page.get_by_role("button", name="Import").click()
    page.get_by_text("Done.").wait_for(timeout=30_000)
    assert "wait for you in the inbox review" in page.locator("#job").inner_text()
    page.get_by_role("link", name="Review the inbox").click()
    heading = page.get_by_role("heading", name=re.compile("Your application"))
    assert "<script>window.__pwned=1</script>" in heading.inner_text()
    page.get_by_text("The message").click()
    shot(page, "journey-inbox")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    page.locator("select[name=application]").select_option(str(first.id))
    page.get_by_role("button", name="Link it").click()
    page.wait_for_url(re.compile(r"/inbox\?done=reviewed"))
    assert "the inbox is a little shorter" in page.get_by_role("status").first.inner_text()
    page.goto(f"/applications/{first.id}")
    assert page.locator("#rejection").is_visible()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert watch.dialogs == []
    watch.clean()


def test_hostile_text_typed_into_a_form_never_runs(page, watch) -> None:
    page.goto("/applications/new")
    page.get_by_label("Company").fill('<script>window.__pwned=6</script>')
    page.get_by_label("Role").fill('<img src=x onerror="window.__pwned=5">')
    page.get_by_label("Notes").fill('"><svg onload=alert(7)>')
    page.get_by_role("button", name="Add it").click()
    page.wait_for_url(re.compile(r"/applications/\d+"))
    for path in (page.url, "/board?show=all", "/", "/outlook"):
        page.goto(path)
        page.wait_for_load_state("networkidle")
        assert page.evaluate("typeof window.__pwned") == "undefined"
    page.goto("/board?q=pwned&show=all")
    assert "<script>window.__pwned=6</script>" in page.locator(".kcard").first.inner_text()
    assert watch.dialogs == []
    watch.clean()


def test_edit_details_in_place(page, watch) -> None:
    page.goto("/applications/2")
    page.get_by_role("link", name="Edit details").click()
    form = page.locator("#details form")
    form.wait_for()
    assert page.url.endswith("/applications/2")  # no page change: the form took the card's place
    form.get_by_label("Role").fill("")
    form.get_by_role("button", name="Save changes").click()
    expect(page.locator("#e-role")).to_contain_text("missing")
    page.locator("#details").get_by_label("Role").fill("Senior Data Analyst")
    page.locator("#details").get_by_role("button", name="Save changes").click()
    expect(page.locator("#details")).to_contain_text("Senior Data Analyst")
    expect(page.locator("#details")).to_contain_text("Saved.")
    assert page.url.endswith("/applications/2")
    watch.clean()


def test_a_long_column_pages_through_its_cards(page, watch) -> None:
    """The board shows a screenful per column; the column's 'more' link, followed in Chromium,
    shows the next cards (none twice) and leads back to the whole board."""
    from bounceback.web.pages.board import PER_COLUMN

    page.goto("/board?show=closed")
    closed = page.locator('section[aria-labelledby="col-closed"]')
    total = int(closed.locator("[data-count]").inner_text())
    assert total > PER_COLUMN  # the small demo closes more than a screenful
    first = closed.locator(".kcard").evaluate_all("cards => cards.map(c => c.dataset.id)")
    assert len(first) == PER_COLUMN
    closed.get_by_role("link", name=re.compile("more in Closed")).click()
    page.wait_for_url(re.compile(rf"/board\?.*column=closed.*from={PER_COLUMN}"))
    rest = page.locator(".kcard").evaluate_all("cards => cards.map(c => c.dataset.id)")
    assert 0 < len(rest) <= PER_COLUMN and not set(rest) & set(first)
    assert len(rest) == min(PER_COLUMN, total - PER_COLUMN)
    page.get_by_role("link", name=re.compile("The whole board")).click()
    page.wait_for_url(re.compile(r"/board\?show=closed$"))
    assert page.locator(".kcard").count() == PER_COLUMN
    watch.clean()


def test_a_searched_column_pages_on_a_phone_without_javascript(browser, server, watch) -> None:  # type: ignore[no-untyped-def]
    """A search's column shows a screenful too (its newest matches, from the search index in
    the board's order); its 'more' link is a plain link: followed at phone width with
    JavaScript off, it shows the rest of the matches, none twice, with the search kept."""
    from bounceback.web.pages.board import PER_COLUMN

    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True,
                                  java_script_enabled=False, base_url=server.url)
    try:
        page = context.new_page()
        page.goto("/board?show=closed&q=analyst")
        closed = page.locator('section[aria-labelledby="col-closed"]')
        total = int(closed.locator("[data-count]").inner_text())
        assert total > PER_COLUMN  # the small demo closed more analyst roles than a screenful
        first = closed.locator(".kcard").evaluate_all("cards => cards.map(c => c.dataset.id)")
        assert len(first) == PER_COLUMN
        closed.get_by_role("link", name=re.compile("more in Closed")).click()
        page.wait_for_url(re.compile(rf"/board\?.*q=analyst.*column=closed.*from={PER_COLUMN}"))
        rest = page.locator(".kcard").evaluate_all("cards => cards.map(c => c.dataset.id)")
        assert len(rest) == min(PER_COLUMN, total - PER_COLUMN) and not set(rest) & set(first)
    finally:
        context.close()
    watch.clean()
