"""Every page in real Chromium: it loads, nothing leaves the machine, the CSP holds, screenshots."""

from __future__ import annotations

import pytest

from browser_support import shot

PAGES = [
    ("today", "/"), ("board", "/board"), ("application", "/applications/1"),
    ("add", "/applications/new"), ("settings", "/settings"), ("import", "/import"),
    ("outlook", "/outlook"), ("insights", "/insights"), ("practice", "/practice"),
    ("inbox", "/inbox"), ("journal", "/journal"), ("not-found", "/no/such/page"),
]


@pytest.mark.parametrize(("name", "path"), PAGES)
def test_page_loads_offline_with_no_script_errors(page, watch, name: str, path: str) -> None:
    response = page.goto(path)
    assert response is not None
    assert response.status == (404 if name == "not-found" else 200)
    page.wait_for_load_state("networkidle")
    assert page.locator("h1").first.is_visible()
    shot(page, name)
    if name == "not-found":
        watch.console_errors = [e for e in watch.console_errors if "404" not in e]
    watch.clean()
