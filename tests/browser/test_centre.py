"""A shared server in real Chromium: the login form, a seeker sharing with a coach, the coach's
page, the seeker's audit, and the journal seen by its writer only (not the coach, not an
administrator)."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from bounceback.domain.accounts import Role
from bounceback.services.accounts import AccountsService
from bounceback.services.recovery import EntryDraft
from browser_support import ARGS, CHROMIUM, Server, block_outside, require_chromium, shot
from conftest import NOW

PASSWORD = "correct horse battery"
SECRET = "Quetzalcoatl-journal-secret"


@pytest.fixture(scope="module")
def centre_server(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path
                  ) -> Iterator[Server]:
    require_chromium()
    folder = tmp_path_factory.mktemp("centre")
    path = folder / "centre.db"
    shutil.copy(sqlite_template, path)
    url = f"sqlite:///{path}"
    accounts = AccountsService(url, lambda: NOW)
    accounts.add("admin@centre.org", Role.ADMIN, PASSWORD)
    seeker = accounts.add("a@centre.org", Role.SEEKER, PASSWORD)
    accounts.add("coach@centre.org", Role.COACH, PASSWORD)
    bb = accounts.service_for(seeker)
    bb.data.build_demo("small")
    bb.recovery.write(EntryDraft(text=f"{SECRET}: I did not want anyone to read this."))
    bb.close()
    accounts.close()
    running = Server(url, tmp_path_factory.mktemp("home"), ("--multi-user",))
    yield running
    running.stop()


@pytest.fixture(scope="module")
def chromium() -> Iterator[object]:
    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        found = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield found
        found.close()


def log_in(chromium, server: Server, email: str, start: str = "/"):  # type: ignore[no-untyped-def]
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, base_url=server.url)
    outside = block_outside(context)
    tab = context.new_page()
    tab.goto(start)
    tab.wait_for_url("**/login**")
    tab.get_by_label("Email").fill(email)
    tab.get_by_label("Password").fill(PASSWORD)
    tab.get_by_role("button", name="Log in").click()
    tab.wait_for_url(f"**{start}")
    assert outside == []
    return context, tab


def test_the_journal_is_its_writers_only_and_coaches_see_what_is_shared(  # type: ignore[no-untyped-def]
        chromium, centre_server: Server) -> None:
    seeker_ctx, seeker = log_in(chromium, centre_server, "a@centre.org", "/journal")
    assert SECRET not in seeker.content()  # hidden until asked for, even to the writer
    seeker.get_by_role("button", name=re.compile(r"^Show my \d+ entr")).click()
    seeker.wait_for_url("**/journal?open=*")
    assert SECRET in seeker.content()  # the writer reads their own journal
    seeker.goto("/settings/sharing")
    seeker.get_by_label("Your coach's email").fill("coach@centre.org")
    seeker.get_by_label("A weekly summary of check-ins", exact=False).check()
    seeker.get_by_role("button", name="Share").click()
    seeker.wait_for_url("**/settings/sharing?done=saved")
    assert "coach@centre.org" in seeker.content()

    coach_ctx, coach = log_in(chromium, centre_server, "coach@centre.org", "/coach")
    assert "a@centre.org" in coach.content()
    coach.get_by_role("link", name="a@centre.org").click()
    coach.wait_for_url("**/coach/seekers/*")
    shown = coach.content()
    assert "Applications" in shown and "Check-ins by week" in shown and SECRET not in shown
    shot(coach, "centre-coach-seeker")
    coach.get_by_label("Note").fill("Well done for keeping going this week.")
    coach.get_by_role("button", name="Send the note").click()
    coach.wait_for_url("**done=noted")
    for where in ("/journal", "/coach", "/"):  # the coach's own pages: nothing of A's journal
        coach.goto(where)
        assert SECRET not in coach.content()

    admin_ctx, admin = log_in(chromium, centre_server, "admin@centre.org", "/journal")
    assert SECRET not in admin.content()
    admin.goto("/coach")
    assert SECRET not in admin.content()

    seeker.goto("/settings/sharing")
    audit = seeker.content()
    assert "Well done for keeping going this week." in audit
    assert audit.count("coach@centre.org") >= 3  # the share, the overview and the page looked at
    seeker.get_by_role("button", name="Stop sharing").click()
    seeker.wait_for_url("**/settings/sharing?done=saved")
    coach.goto(coach.url)
    assert "a@centre.org" not in coach.content()
    for ctx in (seeker_ctx, coach_ctx, admin_ctx):
        ctx.close()
