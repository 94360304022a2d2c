"""The read model's totals by day and each wording's latest weak answer (migration 0023): what
the patterns' and the conversion's recent windows and the brief's weak answers read, instead of
a row per application sent or per time a question was asked. That the kept rows equal a
rebuild after any writes is tests/storage/test_read_model.py's state machine (its snapshot
holds them); here, that they count what the records hold, and that the pages read them."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, inspect, text

from bounceback.config import Settings
from bounceback.domain.learning import Interview, InterviewQuestion
from bounceback.domain.models import Application
from bounceback.domain.vocabulary import Stage
from bounceback.services import Bounceback
from bounceback.storage.readmodel import days, learning_queries, reader, sync
from bounceback.storage.readmodel.reader import as_date, as_datetime
from conftest import NOW
from tests_support import empty_database


def _expected_days(bb: Bounceback) -> dict[tuple[str, date, str], int]:
    """The totals by day counted from the records and the applications' kept rows."""
    out: dict[tuple[str, date, str], int] = {}

    def add(name: str, day: Any, key: str, value: int) -> None:
        if value:
            where = (name, as_date(day), key)
            out[where] = out.get(where, 0) + int(value)  # type: ignore[index]

    with bb.db.session() as s:
        for day, kind, stage, top, outcome, live, n in s.execute(text(
                "SELECT date_applied, kind, stage, furthest_stage, outcome, live, count(*) "
                "FROM rm_applications WHERE date_applied IS NOT NULL "
                "GROUP BY date_applied, kind, stage, furthest_stage, outcome, live")):
            add(days.APPLIED, day, f"{kind}|{stage}|{top}|{outcome or ''}|{int(bool(live))}", n)
        for day, stage, n in s.execute(text(
                "SELECT received_on, stage_reached, count(*) FROM rejections "
                "GROUP BY received_on, stage_reached")):
            add(days.REJECTED, day, stage, n)
        for day, n, total in s.execute(text(
                "SELECT i.held_on, count(q.rating), sum(q.rating) FROM interviews i "
                "JOIN interview_questions q ON q.interview_id = i.id WHERE q.rating != 0 "
                "GROUP BY i.held_on")):
            add(days.RATED_N, day, "", n)
            add(days.RATED_SUM, day, "", total)
        for name, table in ((days.BOOKED, "rm_bookings"), (days.TO_HOLD, "rm_interviews")):
            for (at,) in s.execute(text(
                    f"SELECT b.at FROM {table} b JOIN rm_applications a "
                    "ON a.application_id = b.application_id WHERE a.outcome IS NULL")):
                add(name, as_datetime(at).date(), "", 1)  # type: ignore[union-attr]
    return out


def _kept_days(bb: Bounceback) -> dict[tuple[str, date, str], int]:
    """The totals by day of the applications' shares (the resilience records' own, days.RECORDS,
    are tests/services/test_recovery_bounded.py's)."""
    with bb.db.session() as s:
        return {k: v for k, v in sync.snapshot(s)["days"].items() if k[0] not in days.RECORDS}


def test_totals_by_day_count_what_the_records_hold_after_writes(demo_bb: Bounceback) -> None:
    kept = _kept_days(demo_bb)
    assert kept and kept == _expected_days(demo_bb)
    assert {name for name, _, _ in kept} == set(days.NAMES)
    # a move, a rejection, an interview rated, a deletion and a new application: each day's
    # counts follow, in the write's own transaction
    apps = [a for a in demo_bb.applications.list() if a.outcome is None and a.date_applied]
    demo_bb.applications.move(apps[0].id, Stage.SCREENING, on=NOW.date())  # type: ignore[arg-type]
    demo_bb.rejections.record(apps[1].id, on=NOW.date())  # type: ignore[arg-type]
    demo_bb.learning.log_interview(Interview(
        application_id=apps[2].id, held_on=NOW.date() - timedelta(days=1), rating=2,  # type: ignore[arg-type]
        questions=[InterviewQuestion("Why us?", rating=1), InterviewQuestion("A gap?", rating=4)]))
    demo_bb.applications.delete(apps[3].id)  # type: ignore[arg-type]
    demo_bb.applications.add(Application(company="Newco", role="Analyst",
                                         date_applied=NOW.date() - timedelta(days=2)))
    assert _kept_days(demo_bb) == _expected_days(demo_bb) != kept


def test_the_recent_windows_read_the_totals_by_day_not_the_applications(
        demo_bb: Bounceback, monkeypatch: pytest.MonkeyPatch) -> None:
    """The patterns' and the conversion's 30 days: the same answers, none of it from a row per
    application, rejection or answer (tests/reference_reads.py holds the answers to the ones
    computed from the records)."""
    sent: list[str] = []
    real = reader.Reader.all

    def counted(self: Any, sql: str, **params: Any) -> Any:
        sent.append(sql)
        return real(self, sql, **params)

    monkeypatch.setattr(reader.Reader, "all", counted)
    with demo_bb.pipeline.reads(NOW.date()) as reads:
        recent = reads.conversion().recent
    assert recent[0].applications > 0
    with demo_bb.db.reader() as r:
        inputs = learning_queries.pattern_inputs(r, NOW.date())
    assert inputs.compare
    windows = [s for s in sent if "rm_days" in s]
    assert len(windows) == 2  # one query each
    scans = [s for s in sent if any(t in s for t in (
        "FROM rm_applications WHERE date_applied", "FROM rm_rejections WHERE received_on",
        "FROM interview_questions"))]
    assert scans == []


def test_interviews_counted_past_a_bound_are_the_ones_listed(demo_bb: Bounceback) -> None:
    """Today's "and N more interviews" and the feed's count read the days kept: the same
    number as the interviews the full lists hold, for any window from a midnight."""
    from bounceback.storage.readmodel import chart_queries, due_queries

    app = next(a for a in demo_bb.applications.list() if a.outcome is None)
    assert app.id is not None
    demo_bb.rejections.record(app.id)  # its interviews no longer counted
    booked = 0
    with demo_bb.db.reader() as r:
        for start in range(-40, 41, 6):
            first = datetime.combine(NOW.date() + timedelta(days=start), time.min)
            for span in (1, 8, 30):
                last = first + timedelta(days=span)
                listed = len(due_queries.booked_between(r, first, last))
                assert due_queries.count_booked_between(r, first, last) == listed
                booked += listed
            held = len(chart_queries.interviews_to_hold(r, first))
            assert chart_queries.count_interviews_to_hold(r, first) == held
    assert booked


def test_latest_weak_answer_of_each_wording_equals_every_round_ranked(bb: Bounceback) -> None:
    """The brief's latest weak answer per wording, from the kept latest answer of each
    application, is the one every round asked would give: the latest day; that day's first
    round; the first time in it; and, asked for an earlier day, the rounds after it left out
    (the clock set back: the kept latest answers are then past that day)."""
    today = NOW.date()
    ids = [bb.applications.add(Application(company=c, role="Analyst",
                                           date_applied=today - timedelta(days=60))).id
           for c in ("Acme", "Globex", "Initech")]

    def log(app: int, days_ago: int, *asked: tuple[str, int | None], rating: int | None = None
            ) -> None:
        bb.learning.log_interview(Interview(
            application_id=app, held_on=today - timedelta(days=days_ago), rating=rating,
            questions=[InterviewQuestion(q, rating=n) for q, n in asked]))

    log(ids[0], 20, ("Why us?", 1), ("Tell me about a conflict", 5))
    log(ids[1], 10, ("Why us?", 2), ("Why us?", 1))  # twice in one round: the first
    log(ids[2], 10, ("Why us?", 1))  # the same day, a later round
    log(ids[0], 5, ("Tell me about a conflict", None), ("Why us?", 4), rating=2)  # the round's
    log(ids[2], 3, ("Why us?", 1), ("A gap?", 2))
    log(ids[1], 30, ("A gap?", 1))
    wordings = ["Why us?", "Tell me about a conflict", "A gap?", "Never asked"]
    with bb.db.reader() as r:
        for on in (today - timedelta(days=25), today - timedelta(days=10), today,
                   today + timedelta(days=5)):
            got = learning_queries.latest_weak(r, wordings, on)
            assert got == learning_queries._latest_weak_asked(r, wordings, on), on
        now = learning_queries.latest_weak(r, wordings, today)
        then = learning_queries.latest_weak(r, wordings, today - timedelta(days=10))
    assert set(now) == {"Why us?", "Tell me about a conflict", "A gap?"}
    with bb.db.session() as s:
        held = dict(s.execute(text("SELECT id, application_id FROM interviews")).all())
        asked = dict(s.execute(text("SELECT id, position FROM interview_questions")).all())
    assert held[now["Why us?"][0]] == held[now["A gap?"][0]] == ids[2]
    assert held[then["Why us?"][0]] == ids[1] and asked[then["Why us?"][1]] == 0
    assert held[then["A gap?"][0]] == ids[1]


def test_each_wordings_weak_answers_are_summed_by_the_tallies(bb: Bounceback) -> None:
    """How often each wording was answered weakly is kept in the tallies (round 13: the
    patterns and the brief read a few rows, not every application's): after rounds logged,
    one deleted with its application, and a wording longer than a tally's key, the tallies
    equal the weak answers summed, and the wordings read equal those grouped from every row."""
    today = NOW.date()
    long_one = "Walk me through" + " a very long question" * 20
    ids = [bb.applications.add(Application(company=c, role="Analyst",
                                           date_applied=today - timedelta(days=60))).id
           for c in ("Acme", "Globex", "Initech")]

    def log(app: int, days_ago: int, *asked: tuple[str, int | None]) -> None:
        bb.learning.log_interview(Interview(
            application_id=app, held_on=today - timedelta(days=days_ago),
            questions=[InterviewQuestion(q, rating=n) for q, n in asked]))

    def agree() -> list[Any]:
        with bb.db.reader() as r:
            kept = {k: int(v) for k, v in r.all(
                "SELECT key, value FROM rm_tallies WHERE name = :n", n=days.WEAK_TIMES)}
            summed = {days.wording_key(q): int(n) for q, n in r.all(
                "SELECT question, sum(times) FROM rm_weak GROUP BY question")}
            assert kept == summed
            found = learning_queries.wordings(r)
            assert found == learning_queries.wordings_grouped(r)
            return found

    log(ids[0], 20, ("Why us?", 1), (long_one, 2))
    log(ids[1], 10, ("Why us?", 2), ("Why us?", 1), (long_one, 1))
    log(ids[2], 3, ("Why us?", 1), ("A gap?", 2))
    found = agree()
    assert [(w.question, w.times) for w in found] == [("A gap?", 1), ("Why us?", 4),
                                                       (long_one, 2)]
    bb.applications.delete(ids[1])
    assert [(w.question, w.times) for w in agree()] == [("A gap?", 1), ("Why us?", 2),
                                                         (long_one, 1)]


@pytest.mark.parametrize("engine_name", ["sqlite", "postgresql"])
def test_migration_0023_down_and_up_keeps_the_records_and_fills_the_days(
        engine_name: str, tmp_path: Path) -> None:
    from alembic import command

    from bounceback.storage.migrate import alembic_config, upgrade

    with empty_database(engine_name, tmp_path) as url:
        bb = Bounceback(Settings(database_url=url, home=tmp_path), clock=lambda: NOW)
        bb.applications.add(Application(company="Acme", role="Analyst",
                                        date_applied=NOW.date() - timedelta(days=3)))
        bb.close()
        engine = create_engine(url)
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0022_covering_read_indexes")
        found = inspect(engine)
        assert "rm_days" not in found.get_table_names()
        assert {c["name"] for c in found.get_columns("rm_weak")}.isdisjoint(
            {"latest_interview", "latest_question"})
        with engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM applications")).scalar() == 1
        assert upgrade(engine) is True
        engine.dispose()
        bb = Bounceback(Settings(database_url=url, home=tmp_path), clock=lambda: NOW)
        try:
            assert [a.company for a in bb.applications.list()] == ["Acme"]
            assert _kept_days(bb) == {(days.APPLIED, NOW.date() - timedelta(days=3),
                                       "cold|applied|applied||1"): 1}
            with bb.db.session() as s:
                assert sync.check(s) == []
        finally:
            bb.close()
