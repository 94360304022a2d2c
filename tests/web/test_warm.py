"""A server loads what every process loads once (templates, the shipped skills vocabulary, the
ORM's mappers, the outlook's model) before it answers, so that the first view of a page after
the server (or a worker) started costs what every later view costs: the first view of an
application compiled five templates and read the vocabulary (450 ms of processor time at
5,000 applications against 13 ms once warm; `make bench` measures the first views)."""

from __future__ import annotations

import re
from typing import Any

import jinja2
import pytest


def test_first_views_compile_no_template(demo_web: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    compiled: list[str | None] = []
    real = jinja2.Environment.compile

    def counting(self, source, name=None, *args, **kwargs):  # type: ignore[no-untyped-def]
        compiled.append(name)
        return real(self, source, name, *args, **kwargs)

    monkeypatch.setattr(jinja2.Environment, "compile", counting)
    board = demo_web.get("/board").text
    first = re.findall(r'data-id="(\d+)"', board)[0]
    for path in ("/", "/outlook", f"/applications/{first}", "/insights", "/journal/write",
                 "/practice", "/settings"):
        assert demo_web.get(path).status_code == 200, path
    assert compiled == []


def test_the_shipped_vocabulary_is_read_before_the_first_page(demo_bb: Any) -> None:
    from bounceback.services.skills import _shared_builtin
    from bounceback.skills.occupations import _occupations

    from .conftest import make_web

    _shared_builtin.cache_clear()
    _occupations.cache_clear()
    for _web in make_web(demo_bb):  # started (its warm-up run), no page asked yet
        assert _shared_builtin.cache_info().currsize == 1
        assert _occupations.cache_info().currsize == 1


def test_the_crisis_check_is_ready_before_the_first_written_note(demo_bb: Any) -> None:
    """The first note, check-in or journal entry a worker saved compiled every language's
    phrase list inside its request (0.9 s of processor time holding the interpreter lock: the
    pages beside it waited; the first web write of a worker took 17-23 s under load)."""
    from bounceback.recovery import crisis_lexicon
    from bounceback.recovery.crisis_lang import LANGUAGES

    from .conftest import make_web

    crisis_lexicon.lexicon.cache_clear()
    for _web in make_web(demo_bb):  # started, nothing written yet
        for lang in LANGUAGES:
            assert lexicon_ready(lang), lang


def lexicon_ready(lang: str) -> bool:
    """Whether the phrase list of `lang` is compiled already (asked for without compiling)."""
    from bounceback.recovery import crisis_lexicon

    before = crisis_lexicon.lexicon.cache_info()
    crisis_lexicon.lexicon(lang)
    return crisis_lexicon.lexicon.cache_info().hits == before.hits + 1


def test_the_first_view_of_a_worker_opens_no_connection(demo_bb: Any) -> None:
    """A worker's first page read the database through a connection opened for it (on
    PostgreSQL a server process that reads the tables' definitions and plans each statement
    anew): Today's first view after a write, handed to a worker that had served nothing,
    took 100-210 ms at 5,000 applications on a quiet machine, 7-30 ms after it."""
    from sqlalchemy import event

    from .conftest import make_web

    opened: list[object] = []
    for web in make_web(demo_bb):  # started (its warm-up run), no page asked yet
        event.listen(demo_bb.db.engine, "connect", lambda *_: opened.append(1))
        page = web.get("/")
        assert page.status_code == 200
        assert "Today" in page.text
        assert opened == []


FIRST_VIEWS = """
import sys
from datetime import datetime
from pathlib import Path

from starlette.testclient import TestClient

from bounceback.config import Settings
from bounceback.services import Bounceback
from bounceback.web.app import create_app

now = datetime.fromisoformat(sys.argv[2])
bb = Bounceback(Settings(database_url=sys.argv[1], home=Path(sys.argv[3])), clock=lambda: now)
with TestClient(create_app(bb)) as client:
    before = set(sys.modules)
    for path in sys.argv[4:]:
        assert client.get(path).status_code == 200, path
    print(" ".join(sorted(m for m in set(sys.modules) - before if m.startswith("bounceback"))))
"""


def test_first_views_import_no_module_of_ours(demo_bb: Any, tmp_path: Any) -> None:
    """In a fresh process (a worker just started): the warm-up imports what the pages' first
    views import, instead of the first request of each (Today's nine modules: ~35 ms of
    processor time on its first view)."""
    import subprocess
    import sys

    from tests_now import NOW

    board = make_demo_paths(demo_bb)
    done = subprocess.run([sys.executable, "-c", FIRST_VIEWS, demo_bb.settings.database_url,
                           NOW.isoformat(), str(tmp_path), *board],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == []


def make_demo_paths(bb: Any) -> list[str]:
    """Every kind of page a seeker opens, on the demo's applications."""
    from .conftest import make_web

    for web in make_web(bb):
        board = web.get("/board").text
        closed = web.get("/board?show=closed").text
    live = re.findall(r'data-id="(\d+)"', board)[0]
    shut = re.findall(r'href="/applications/(\d+)"', closed)[0]
    return ["/", "/board", "/board?show=all", "/board?q=analyst&show=all", "/outlook",
            "/insights", "/practice", "/inbox", "/journal", "/journal/write", "/checkin",
            "/calendar.ics", "/settings", "/import", "/applications/new",
            f"/applications/{live}", f"/applications/{shut}", f"/applications/{live}/edit",
            *(f"/insights/sections/{n}" for n in ("patterns", "conversion", "resilience",
                                                  "gaps"))]


def test_a_database_the_warm_up_cannot_read_still_starts_the_server(
        demo_bb: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The warm-up's read failing (a database down, a capability missing) is left to the
    pages: the server starts and answers them."""
    from bounceback.services import Bounceback

    from .conftest import make_web

    def broken(self: Any, *args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("the database went away")

    monkeypatch.setattr(Bounceback, "today", broken)
    for web in make_web(demo_bb):
        assert web.get("/settings").status_code == 200
        assert web.get("/board").status_code == 200
