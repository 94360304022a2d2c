"""Every page in real Chromium: it loads, nothing leaves the machine, no CSP or script error;
a screenshot of each in test-artifacts/screenshots/, light, dark and phone-sized."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from browser_support import shot

PAGES = [
    ("today", "/"), ("board", "/board"), ("application", "/applications/1"),
    ("add", "/applications/new"), ("settings", "/settings"), ("import", "/import"),
    ("outlook", "/outlook"), ("insights", "/insights"), ("practice", "/practice"),
    ("inbox", "/inbox"), ("journal", "/journal"), ("journal-write", "/journal/write"),
    ("checkin", "/checkin"), ("rejection-flow", "/rejections/1"), ("brief", "/applications/10/brief"),
    ("not-found", "/no/such/page"),
]


@pytest.mark.parametrize(("name", "path"), PAGES)
def test_page_loads_offline_with_no_script_errors(page, watch, name: str, path: str) -> None:
    response = page.goto(path)
    assert response is not None
    assert response.status == (404 if name == "not-found" else 200)
    page.wait_for_load_state("networkidle")
    assert page.locator("h1").first.is_visible()
    if name == "insights":
        page.wait_for_selector(".chart .main-svg", timeout=15_000)
        page.wait_for_selector("#sec-patterns table, #sec-patterns p", timeout=15_000)
    shot(page, name)
    if name == "not-found":  # the browser logs the 404 status itself
        watch.console_errors = [e for e in watch.console_errors if "404" not in e]
    watch.clean()


@pytest.mark.parametrize(("name", "path"), [("today", "/"), ("board", "/board"),
                                            ("insights", "/insights"), ("application", "/applications/1")])
def test_dark_mode_and_phone_width(browser, server, name: str, path: str) -> None:
    from browser_support import block_outside

    for label, options in (("dark", {"color_scheme": "dark", "viewport": {"width": 1280, "height": 900}}),
                           ("phone", {"viewport": {"width": 390, "height": 844}, "is_mobile": True})):
        context = browser.new_context(base_url=server.url, **options)
        outside = block_outside(context)
        tab = context.new_page()
        tab.goto(path)
        tab.wait_for_load_state("networkidle")
        if name == "insights":
            tab.wait_for_selector(".chart .main-svg", timeout=15_000)
        if label == "phone":  # nothing wider than the screen but the board's own scroller
            width = tab.evaluate("document.documentElement.scrollWidth")
            assert width <= 392, f"{path} is {width}px wide on a phone"
        shot(tab, f"{name}-{label}")
        context.close()
        assert outside == []


def test_the_keyboard_reaches_the_content_first(page, watch) -> None:
    page.goto("/board")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to the content"
    assert page.locator(".skip").bounding_box()["x"] >= 0  # shown while focused
    page.keyboard.press("Enter")
    # the fragment's navigation reaches page.url by an event: wait for it, not race it
    expect(page).to_have_url(re.compile(r"/board#main$"))
    for _ in range(60):  # Tab walks on to a card, which says what it is
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('kcard')"):
            break
    label = page.evaluate("document.activeElement.getAttribute('aria-label')")
    assert label and " at " in label
    watch.clean()
