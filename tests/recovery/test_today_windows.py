"""Today's recovery windows read by the day they end (storage/readmodel/window_ends.recent):
the same status as reading every window of the last weeks, on both engines, and on SQLite
through the index on the end.

At 50,000 applications Today read the 1,055 windows started in the last five weeks to keep
the 145 open or just ended, and probed every rejection of those weeks (3,500) for a window
of its own: 12 of its 20 ms."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import text

from bounceback.domain.models import Application
from bounceback.recovery import wallowing
from bounceback.services import Bounceback, recovery_reads
from bounceback.storage.readmodel import window_ends
from conftest import NOW
from kept_probes import read_path_statements


def _fill(bb: Bounceback) -> None:
    """Rejections over the last 60 days, of every hurt; some windows closed early (a cluster
    of them closed on their first day, so that the few read backwards from a day do not
    settle which ended last), some with no stored window (their default one), some longer."""
    today = NOW.date()
    for i in range(48):
        app = bb.applications.add(Application(company=f"Co {i}", role="Analyst",
                                              date_applied=today - timedelta(days=70)))
        assert app.id is not None
        bb.recovery.reject(app.id, on=today - timedelta(days=(i * 5) % 60),
                           hurt=[None, 2, 5, 8, 10][i % 5])
    with bb.db.engine.begin() as c:
        ids = [row[0] for row in c.execute(text("SELECT id FROM rejections ORDER BY id"))]
        for n, rid in enumerate(ids):
            if n % 5 == 3:
                c.execute(text("DELETE FROM recovery_windows WHERE rejection_id = :r"), {"r": rid})
            elif n % 7 == 2:
                c.execute(text("UPDATE recovery_windows SET closed_on = starts_on "
                               "WHERE rejection_id = :r"), {"r": rid})
            elif n % 11 == 5:
                c.execute(text("UPDATE recovery_windows SET days = 25 WHERE rejection_id = :r"),
                          {"r": rid})
        for back in (15, 20, 40):  # every window of those days closed the day it started
            c.execute(text("UPDATE recovery_windows SET closed_on = starts_on "
                           "WHERE starts_on = :day"), {"day": today - timedelta(days=back)})


def test_today_sees_the_same_windows_as_reading_the_whole_weeks(
        bb: Bounceback, monkeypatch: pytest.MonkeyPatch) -> None:
    _fill(bb)
    base = bb.preferences()
    whole = window_ends.recent
    asked: list[bool] = []
    opened: list[int] = []

    def counted(*args: Any, **kwargs: Any) -> Any:
        found = whole(*args, **kwargs)
        asked.append(found is None)
        return found

    for back in range(0, 75, 2):
        on = NOW.date() - timedelta(days=back)
        for days in (1, 7, 30):
            prefs = replace(base, wallowing_days_past_window=days)
            monkeypatch.setattr(window_ends, "recent", counted)
            with bb.db.reader() as r:
                new = recovery_reads.build_status(r, on, prefs, with_resilience=False)
                windows = [p.window for p in recovery_reads.recent_windows(r, on, prefs)]
                first = recovery_reads.build_status(r, on, prefs, with_resilience=False, listed=3)
            monkeypatch.setattr(window_ends, "recent", lambda *a, **k: None)  # the whole weeks
            with bb.db.reader() as r:
                old = recovery_reads.build_status(r, on, prefs, with_resilience=False)
                every = [p.window for p in recovery_reads.recent_windows(r, on, prefs)]
            assert new == old, (on, days)
            # Today's: the first three open windows and how many are open (window_ends.open_on)
            assert old.open_total == len(old.open)
            assert (first.open, first.open_total) == (old.open[:3], old.open_total), (on, days)
            if not old.open:
                assert first == old, (on, days)
            opened.append(old.open_total)
            assert all(w in every for w in windows)
            last = wallowing._last_ended(windows, on)
            assert last == wallowing._last_ended(every, on), (on, days)
    assert False in asked and True in asked  # read by the end, and some read in full
    assert 0 in opened and max(opened) > 3


def test_today_reads_its_windows_through_the_index_on_their_end(bb: Bounceback) -> None:
    """On the code before, the windows came through `ix_recovery_windows_starts_on`: every
    window started in the weeks read."""
    if not bb.settings.database_url.startswith("sqlite"):
        pytest.skip("the query plan read here is SQLite's")
    _fill(bb)
    with read_path_statements() as sent:
        bb.today(NOW.date())
    windows = [(sql, params) for sql, params in sent if "FROM recovery_windows" in sql
               and "rm_rejections x" in sql]
    assert len(windows) == 1
    with bb.db.reader() as r:
        plan = " ".join(str(row[-1]) for row in r.all("EXPLAIN QUERY PLAN " + windows[0][0],
                                                      **windows[0][1]))
    assert window_ends.INDEX in plan and "ix_recovery_windows_starts_on" not in plan, plan
