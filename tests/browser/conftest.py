"""Fixtures: Debian's Chromium through Playwright, against a real `bounceback serve` over a demo.

Every request that would leave the machine is blocked and recorded; a test fails on any.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from browser_support import ARGS, CHROMIUM, Server, Watch, block_outside, require_chromium
from tests_now import NOW


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if "browser" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> str:
    from bounceback.config import Settings
    from bounceback.services import Bounceback

    folder = tmp_path_factory.mktemp("browser")
    path = folder / "demo.db"
    shutil.copy(sqlite_template, path)
    url = f"sqlite:///{path}"
    bb = Bounceback(Settings(database_url=url, home=folder), clock=lambda: NOW)
    bb.data.build_demo("small")
    bb.close()
    return url


@pytest.fixture(scope="module")
def server(demo_db: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    require_chromium()
    running = Server(demo_db, tmp_path_factory.mktemp("home"))
    yield running
    running.stop()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def watch() -> Watch:
    return Watch()


@pytest.fixture
def page(browser, server: Server, watch: Watch):  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=server.url)

    watch.outside = block_outside(context)
    tab = context.new_page()
    tab.on("console", lambda m: watch.console_errors.append(m.text) if m.type == "error" else None)
    tab.on("pageerror", lambda e: watch.page_errors.append(str(e)))

    def on_dialog(d) -> None:  # type: ignore[no-untyped-def]
        watch.dialogs.append(d.message)
        d.accept()

    tab.on("dialog", on_dialog)
    yield tab
    context.close()


