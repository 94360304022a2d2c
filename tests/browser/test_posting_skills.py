"""An application's page in real Chromium shows the skills its posting asks for apart from those
it only mentions, and counts only the asked-for ones as missing."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from browser_support import Server, Watch, block_outside, require_chromium
from skills_documents import ACCOUNTS_POSTING as POSTING
from tests_now import NOW


@pytest.fixture(scope="module")
def posting_server(
    tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path
) -> Iterator[tuple[Server, int]]:
    require_chromium()
    from bounceback.config import Settings
    from bounceback.services import Bounceback

    folder = tmp_path_factory.mktemp("posting")
    shutil.copy(sqlite_template, folder / "p.db")
    url = f"sqlite:///{folder / 'p.db'}"
    bb = Bounceback(Settings(database_url=url, home=folder), clock=lambda: NOW)
    app_id = bb.skills.import_posting(POSTING, "accounts.txt").application_id
    bb.close()
    running = Server(url, tmp_path_factory.mktemp("home"))
    yield running, app_id
    running.stop()


def test_also_mentioned_is_shown_apart_and_is_not_missing(browser, posting_server) -> None:  # type: ignore[no-untyped-def]
    server, app_id = posting_server
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=server.url)
    watch = Watch()
    watch.outside = block_outside(context)
    page = context.new_page()
    page.on("pageerror", lambda e: watch.page_errors.append(str(e)))
    page.goto(f"/applications/{app_id}")
    skills = page.locator("#gaps")
    skills.wait_for()
    heading = skills.get_by_role("heading", name="Also mentioned")
    assert heading.is_visible()
    mentioned = skills.locator("#also-mentioned + p").inner_text()
    assert "Power BI" in mentioned and "Sage" not in mentioned
    missing = skills.get_by_role("heading", name="Required, not in your profile")
    assert missing.is_visible()
    required = skills.locator("h3:has-text('Required, not in your profile') + ul").inner_text()
    assert "Sage" in required and "Slack" not in required and "Power BI" not in required
    context.close()
    watch.clean()
