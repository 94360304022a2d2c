"""The reads round 11 moved to the totals kept by day and the latest weak answers, timed alone
against the statements they replaced: processor time of this process (SQLite runs in it),
median of `--runs`, on a demo database. Each pair is checked to give the same answer first.

    .venv/bin/python bench/window_reads.py [--size large|huge] [--db PATH.db] [--runs 7]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import NOW, demo_path  # noqa: E402


def main() -> None:
    from bounceback.learning.patterns import RECENT_DAYS
    from bounceback.storage.readmodel import chart_queries as cq
    from bounceback.storage.readmodel import days, due_queries
    from bounceback.storage.readmodel import learning_queries as lq
    from bounceback.storage.readmodel import reader as rd

    parser = argparse.ArgumentParser()
    parser.add_argument("--size", default="large")
    parser.add_argument("--db")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    path = Path(args.db) if args.db else demo_path(args.size)
    r = rd.Reader(rd.open_sqlite(path), "sqlite")
    today = datetime.fromisoformat(NOW).date()
    cut = today - timedelta(days=RECENT_DAYS)
    wordings = [w.question for w in lq.wordings(r) if w.last_held <= today]
    first = datetime.combine(today, datetime.min.time())
    last = first + timedelta(days=8)
    since = first - timedelta(days=30)

    def old_patterns() -> Any:
        return (
            r.one("SELECT count(*), sum(CASE WHEN furthest_stage IN ('screening', 'interviewing',"
                  " 'offer', 'accepted') THEN 1 ELSE 0 END) FROM rm_applications "
                  "WHERE date_applied >= :cut", cut=cut),
            r.one("SELECT count(*), sum(CASE WHEN stage_reached IN ('interviewing', 'offer') "
                  "THEN 1 ELSE 0 END) FROM rm_rejections WHERE received_on >= :cut", cut=cut),
            r.one("SELECT count(q.rating), sum(q.rating) FROM interview_questions q JOIN "
                  "interviews i ON i.id = q.interview_id WHERE i.held_on >= :cut "
                  "AND q.rating != 0", cut=cut))

    cases: dict[str, tuple[Any, Any]] = {
        "conversion, last 30 days": (
            lambda: r.all("SELECT kind, stage, furthest_stage, outcome, live, count(*) FROM "
                          "rm_applications WHERE date_applied > :after GROUP BY kind, stage, "
                          "furthest_stage, outcome, live", after=cut),
            lambda: days.recent_apps(r, cut)),
        "patterns, last 30 days (3 statements -> 1)": (
            old_patterns,
            lambda: days.since(r, [days.APPLIED, days.REJECTED, days.RATED_N, days.RATED_SUM],
                               cut)),
        f"brief's latest weak answers ({len(wordings)} wordings)": (
            lambda: lq._latest_weak_asked(r, wordings, today),
            lambda: lq.latest_weak(r, wordings, today)),
        "interviews booked in the next 7 days, counted": (
            lambda: r.scalar(f"SELECT count(*) {due_queries._BOOKED}", first=first, last=last),
            lambda: due_queries.count_booked_between(r, first, last)),
        "the feed's interviews to hold, counted": (
            lambda: r.scalar(f"SELECT count(*) {cq._TO_HOLD}", since=since),
            lambda: cq.count_interviews_to_hold(r, since)),
    }
    assert lq._latest_weak_asked(r, wordings, today) == lq.latest_weak(r, wordings, today)
    for name in ("interviews booked in the next 7 days, counted",
                 "the feed's interviews to hold, counted"):
        old, new = cases[name]
        assert old() == new(), name

    def cpu_ms(fn: Any) -> float:
        spent = []
        for _ in range(args.runs):
            started = time.process_time()
            fn()
            spent.append(time.process_time() - started)
        return statistics.median(spent) * 1000

    print(f"{path.name}, as of {today}")
    print(f"{'read':50} {'before ms':>10} {'after ms':>10}")
    for name, (old, new) in cases.items():
        print(f"{name:50} {cpu_ms(old):10.2f} {cpu_ms(new):10.2f}")


if __name__ == "__main__":
    main()
