"""The calendar feed's days back to the search, read by the day each window ends
(services/feed_windows.py, migration 0024): the same windows, in the same order, and the same
count past the bound as every window of five weeks placed and sorted; on SQLite through the
indexes, without a sort of a whole day's rows."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import text

from bounceback.domain.models import Application
from bounceback.services import Bounceback, feed_windows, recovery_reads
from bounceback.storage.readmodel import reader
from tests_now import TODAY, day


def _reference(r: reader.Reader, first: Any, last: Any, default_days: int, limit: int
               ) -> tuple[list[Any], int]:
    """What the feed did before: every window started since five weeks, placed, sorted."""
    placed = sorted((p for p in recovery_reads.windows_since(r, first - timedelta(days=31), last,
                                                            default_days)
                     if first <= p.window.ends_on <= last),
                    key=lambda p: (p.window.ends_on, p.window.rejection_id))
    return placed[:limit], max(0, len(placed) - limit)


def _rejections(bb: Bounceback) -> None:
    """Rejections over six weeks, hurt from 0 to 10 (windows of different lengths), some with
    their stored window removed (their default one, from the setting, stands)."""
    for n in range(40):
        app = bb.applications.add(Application(company=f"Co {n}", role="Analyst",
                                              date_applied=day(-60)))
        bb.rejections.record(app.id, on=day(-((n * 5) % 42)), hurt=n % 11)
    with bb.db.session() as s:  # a few rejections kept without a window of their own
        s.execute(text("DELETE FROM recovery_windows WHERE rejection_id % 3 = 0"))
        s.commit()


@pytest.mark.parametrize("default_days", [1, 7, 30])
def test_the_soonest_windows_are_those_of_every_window_placed_and_sorted(
        bb: Bounceback, default_days: int) -> None:
    _rejections(bb)
    last = TODAY + timedelta(days=3650)
    with bb.db.reader() as r:
        for first in (day(-40), day(-7), day(-2), TODAY, day(5)):
            for limit in (1, 3, 10, 100):
                found, more = feed_windows.soonest(r, first, last, default_days, limit)
                expected, expected_more = _reference(r, first, last, default_days, limit)
                assert found == expected, (first, limit)
                assert more == expected_more, (first, limit)


def test_the_feed_reads_its_windows_and_follow_ups_through_indexes(
        bb: Bounceback, monkeypatch) -> None:
    """On the code before, the windows were read by their start over five weeks and every
    feedback request scanned."""
    from bounceback.services import charts

    monkeypatch.setattr(charts, "CALENDAR_MAX_WINDOWS", 2)
    _rejections(bb)
    sent: list[tuple[str, dict[str, Any]]] = []
    real = reader.Reader.all

    def all(self: reader.Reader, sql: str, **params: Any) -> Any:
        sent.append((sql, params))
        return real(self, sql, **params)

    monkeypatch.setattr(reader.Reader, "all", all)
    bb.charts.calendar()
    monkeypatch.setattr(reader.Reader, "all", real)
    if bb.db.engine.dialect.name != "sqlite":
        return  # the plans below are SQLite's; PostgreSQL ran the same statements
    plans = {}
    with bb.db.reader() as r:
        for sql, params in sent:
            for table in ("recovery_windows w", "feedback_requests f"):
                if f"FROM {table}" in sql:
                    plans.setdefault(table, []).append(
                        "\n".join(str(row[-1]) for row in real(r, "EXPLAIN QUERY PLAN " + sql, **params)))
    windows = "\n".join(plans["recovery_windows w"])
    assert "ix_recovery_windows_ends" in windows and "starts_on" not in windows
    for plan in plans["feedback_requests f"]:
        assert not re.search(r"^SCAN f\b", plan, re.M), plan
