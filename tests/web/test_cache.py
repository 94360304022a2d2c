"""The web's kept reads: reused until something is written, computed once for many callers."""

from __future__ import annotations

import threading
import time
from datetime import datetime, timedelta

import pytest

from bounceback.config import Settings
from bounceback.domain.models import Application
from bounceback.services import Bounceback
from bounceback.web.cache import ReadCache, sqlite_files


def test_a_result_is_kept_until_a_form_is_saved(bb) -> None:
    cache = ReadCache(bb)
    calls = []
    compute = lambda: calls.append(1) or len(calls)  # noqa: E731
    assert cache.get("k", compute) == 1
    assert cache.get("k", compute) == 1
    cache.bump()
    assert cache.get("k", compute) == 2


def test_a_write_by_another_process_is_seen_on_sqlite(sqlite_url, home) -> None:
    reader = Bounceback(Settings(database_url=sqlite_url, home=home))
    writer = Bounceback(Settings(database_url=sqlite_url, home=home))  # like the CLI, elsewhere
    cache = ReadCache(reader)
    count = lambda: len(reader.applications.list())  # noqa: E731
    assert cache.get("apps", count) == 0
    writer.applications.add(Application(company="Acme", role="Analyst"))
    assert cache.get("apps", count) == 1
    reader.close()
    writer.close()


def test_the_files_watched_are_the_database_and_its_log() -> None:
    files = sqlite_files("sqlite:////tmp/x/bounceback.db")
    assert [f.name for f in files] == ["bounceback.db", "bounceback.db-wal"]
    assert sqlite_files("postgresql+psycopg://u@h/db") == []


def test_without_sqlite_results_expire_after_the_ttl(bb, monkeypatch) -> None:
    cache = ReadCache(bb, ttl=0.05)
    cache.files = []
    cache.ttl = 0.05
    calls = []
    compute = lambda: calls.append(1) or len(calls)  # noqa: E731
    cache.get("k", compute)
    time.sleep(0.12)
    assert cache.get("k", compute) == 2


def test_a_new_day_is_a_change(bb) -> None:
    now = [datetime(2026, 11, 25, 23, 59)]
    bb.clock = lambda: now[0]
    cache = ReadCache(bb)
    calls = []
    compute = lambda: calls.append(1) or len(calls)  # noqa: E731
    cache.get("today", compute)
    now[0] += timedelta(minutes=2)
    assert cache.get("today", compute) == 2


def test_many_callers_at_once_compute_it_once(bb) -> None:
    cache = ReadCache(bb)
    calls = []
    started = threading.Event()

    def slow() -> str:
        calls.append(1)
        started.set()
        time.sleep(0.2)
        return "done"

    results: list[str] = []
    threads = [threading.Thread(target=lambda: results.append(cache.get("slow", slow)))
               for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == ["done"] * 8 and len(calls) == 1


def test_a_failed_computation_is_not_kept(bb) -> None:
    cache = ReadCache(bb)

    def broken() -> int:
        raise RuntimeError("no")

    with pytest.raises(RuntimeError):
        cache.get("k", broken)
    assert cache.get("k", lambda: 3) == 3


def test_pages_show_a_change_made_through_a_form_at_once(web) -> None:
    assert "Fresh Co" not in web.get("/board").text
    web.post("/applications/new", {"company": "Fresh Co", "role": "Analyst"})
    assert "Fresh Co" in web.get("/board").text


def test_busy_pages_are_computed_again_in_the_background_after_a_change(bb) -> None:
    cache = ReadCache(bb, warm_delay=0.01)
    calls = []
    compute = lambda: calls.append(1) or len(calls)  # noqa: E731
    cache.get("today", compute)
    cache.keep_warm("today", compute)
    cache.bump()
    cache.bump()  # two changes in a row: one refresh, after the last
    for _ in range(100):
        if len(calls) == 2:
            break
        time.sleep(0.02)
    time.sleep(0.1)
    assert len(calls) == 2
    assert cache.get("today", compute) == 2  # ready before anyone asked
    cache.close()
