"""No stale view: a page shows a change on the first look after it, whoever made it (this
server, the CLI in another process); nothing is kept between requests."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from typing import Any

from bounceback.config import Settings
from bounceback.domain.models import Application, Task
from bounceback.services import Bounceback
from conftest import NOW


def _live(html: str) -> int:
    found = re.search(r"from (\d+) live application", html)
    assert found, "the outlook says how many applications are live"
    return int(found.group(1))


def test_a_cli_write_in_another_process_shows_on_the_next_page(demo_web: Any, db_url: str) -> None:
    before = demo_web.get("/outlook").text
    count = demo_web.get("/board").text.count('data-id="')
    code = (
        "from bounceback.cli.main import run; import sys;"
        f"sys.argv = ['bounceback', '--db', {db_url!r}, 'add', 'Initrode', 'Data Analyst',"
        " '--source', 'referral'];"
        "run()"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={**os.environ, "BOUNCEBACK_NOW": NOW.isoformat()})
    assert done.returncode == 0, done.stderr
    board = demo_web.get("/board").text
    assert "Initrode" in board
    assert board.count('data-id="') == count + 1
    assert _live(demo_web.get("/outlook").text) == _live(before) + 1
    assert "Initrode" in demo_web.get("/board?q=initrode").text


def test_a_write_through_another_service_object_shows_at_once(demo_web: Any, db_url: str,
                                                               home: Any) -> None:
    other = Bounceback(Settings(database_url=db_url, home=home), clock=lambda: NOW)
    try:
        today = demo_web.get("/").text
        assert "Globex Deluxe" not in today
        created = other.applications.add(Application(company="Globex Deluxe", role="Analyst",
                                                     excitement=5))
        other.tasks.add(Task(title="Send the portfolio", due=NOW.date(),
                             application_id=created.id))
        assert "Send the portfolio — Analyst at Globex Deluxe" in demo_web.get("/").text
    finally:
        other.close()
