"""A first view reads from index entries what it does not show (migration 0028), on SQLite and
PostgreSQL: the outlook's contributions (each group's first rows from the (live, stage, silent
since, kind, day applied) index) equal the ranking of every row of the groups (the statement
before round 16, kept as `_ranked_together`), the offers in hand come in the same order, the
plans read no table row they need not, and the migration goes down and up."""

from __future__ import annotations

import random
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, inspect

from bounceback.config import Settings
from bounceback.domain.models import Application
from bounceback.domain.vocabulary import Source, Stage
from bounceback.pipeline.priors import Kind
from bounceback.services import Bounceback
from bounceback.storage.readmodel import live_queries, queries
from conftest import NOW
from tests_support import empty_database

STAGES = [Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEWING, Stage.OFFER, Stage.SAVED]
SOURCES = [Source.REFERRAL, Source.RECRUITER, Source.JOB_BOARD, Source.CAREERS_PAGE, Source.OTHER]


def _fill(bb: Bounceback, count: int = 90, seed: int = 16) -> None:
    """Applications on a few days only (so that groups hold several, ties of day and all),
    some with no day applied."""
    pick = random.Random(seed)
    for i in range(count):
        back = pick.choice([None, 1, 2, 2, 3, 3, 3, 5, 8])
        bb.applications.add(Application(
            company=f"Firm {i % 23}", role=f"Analyst {i}", stage=pick.choice(STAGES),
            source=pick.choice(SOURCES),
            date_applied=None if back is None else NOW.date() - timedelta(days=back)))


def _groups_present(bb: Bounceback) -> list[tuple[Kind, Stage, Any]]:
    with bb.db.reader() as r:
        rows = r.all("SELECT DISTINCT kind, stage, silent_since FROM rm_applications "
                     "WHERE live = :yes AND stage IN ('applied', 'screening', 'interviewing')",
                     yes=True)
    from bounceback.storage.readmodel.reader import as_date

    return sorted({(Kind(k), Stage(s), as_date(d)) for k, s, d in rows},
                  key=lambda g: (g[0].value, g[1].value, str(g[2])))


def test_contributions_read_per_group_equal_every_row_ranked(bb: Bounceback) -> None:
    _fill(bb)
    present = _groups_present(bb)
    assert len(present) >= 6, present  # groups enough for the draws below to mean something
    pick = random.Random(1)
    compared = 0
    for _ in range(60):
        chosen = pick.sample(present, pick.randint(1, len(present)))
        if pick.random() < 0.3:  # a group with nobody in it (a count that just changed)
            chosen.append((Kind.COLD, Stage.SCREENING, NOW.date() + timedelta(days=40)))
        levels = pick.randint(1, 4)  # equal ranks: ties go to listing order
        groups = [(pick.randrange(levels), k, s, d) for k, s, d in chosen]
        limit = pick.choice([1, 2, 3, 5, 25, 1000])
        with bb.db.reader() as r:
            found = live_queries.ranked_members(r, groups, limit)
            before = live_queries._ranked_together(r, groups, limit)
        assert found == before, (groups, limit)
        compared += len(found)
    assert compared > 200


def test_many_groups_take_the_statement_of_every_row(bb: Bounceback,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    _fill(bb, count=30)
    groups = [(0, k, s, d) for k, s, d in _groups_present(bb)]
    with bb.db.reader() as r:
        apart = live_queries.ranked_members(r, groups, 7)
    monkeypatch.setattr(live_queries, "GROUPS_APART", 0)
    with bb.db.reader() as r:
        assert live_queries.ranked_members(r, groups, 7) == apart
    assert len(apart) == 7


def test_offers_in_hand_in_listing_order(bb: Bounceback) -> None:
    _fill(bb)
    bb.applications.add(Application(company="Late", role="Lead", stage=Stage.OFFER))
    with bb.db.reader() as r:
        every = r.all("SELECT application_id, company, role, date_applied FROM rm_applications "
                      "WHERE live = :yes AND stage = 'offer'", yes=True)
        found = queries.offers(r)
    dated = sorted((row for row in every if row[3] is not None),
                   key=lambda row: (str(row[3]), row[0]), reverse=True)
    undated = sorted((row for row in every if row[3] is None), key=lambda row: -row[0])
    # no day applied: last on SQLite (the smallest value), first on PostgreSQL (DESC puts
    # NULLs first), as the statement before ordered them
    ordered = dated + undated if bb.db.engine.dialect.name == "sqlite" else undated + dated
    assert found == [(a, f"{role} at {company}") for a, company, role, _ in ordered]
    assert len(found) >= 10


def _plan(bb: Bounceback, sql: str, **params: Any) -> str:
    with bb.db.reader() as r:
        return " | ".join(str(row[-1]) for row in r.all("EXPLAIN QUERY PLAN " + sql, **params))


def test_first_views_read_index_entries_not_table_rows(bb: Bounceback) -> None:
    if not bb.settings.database_url.startswith("sqlite"):
        pytest.skip("the query plans read here are SQLite's")
    _fill(bb, count=12)
    group = (0, Kind.REFERRAL, Stage.APPLIED, NOW.date())
    sent: list[str] = []
    with bb.db.reader() as r:
        real = r.all

        def keep(sql: str, **params: Any) -> list[tuple[Any, ...]]:
            sent.append(sql)
            return real(sql, **params)

        r.all = keep  # type: ignore[method-assign]
        live_queries.ranked_members(r, [group], 25)
        queries.offers(r)
    ranked, offers = sent
    # the group's entries: covering (no table row until the 25 are chosen)
    plan = _plan(bb, ranked, yes=True, limit=25, s0="applied", k0="referral", r0=0,
                 d0=NOW.date().isoformat())
    assert "COVERING INDEX ix_rm_applications_live" in plan, plan
    plan = _plan(bb, offers, yes=True)
    assert "COVERING INDEX ix_rm_applications_offers" in plan and "TEMP B-TREE" not in plan, plan
    # an application's tasks (its page, a rejection's): through its own index, not every task
    plan = _plan(bb, "SELECT id, title FROM tasks WHERE application_id = :a ORDER BY due", a=1)
    assert "ix_tasks_application" in plan, plan
    # the brief's similar feedback and rejections: their days from index entries
    plan = _plan(bb, "SELECT f.received_on, f.id FROM feedback f WHERE f.application_id = :a", a=1)
    assert "COVERING INDEX ix_feedback_application" in plan, plan
    plan = _plan(bb, "SELECT x.received_on, x.rejection_id FROM rm_rejections x "
                 "WHERE x.application_id = :a", a=1)
    assert "COVERING INDEX ix_rm_rejections_application" in plan, plan


@pytest.mark.parametrize("engine_name", ["sqlite", "postgresql"])
def test_migration_0028_down_and_up(engine_name: str, tmp_path: Path) -> None:
    from alembic import command

    from bounceback.storage.migrate import alembic_config, upgrade

    def indexes(engine: Any) -> dict[str, list[str]]:
        out = {}
        for table in ("rm_applications", "rm_rejections", "feedback", "tasks"):
            for found in inspect(engine).get_indexes(table):
                out[found["name"]] = list(found["column_names"])
        return out

    with empty_database(engine_name, tmp_path) as url:
        bb = Bounceback(Settings(database_url=url, home=tmp_path), clock=lambda: NOW)
        bb.applications.add(Application(company="Acme", role="Analyst", stage=Stage.OFFER,
                                        date_applied=NOW.date() - timedelta(days=3)))
        bb.close()
        engine = create_engine(url)
        after = indexes(engine)
        assert after["ix_rm_applications_live"] == ["live", "stage", "silent_since", "kind",
                                                    "date_applied"]
        assert after["ix_rm_applications_offers"] == ["live", "stage", "date_applied", "application_id",
                                                      "company", "role"]
        assert after["ix_rm_rejections_application"] == ["application_id", "received_on",
                                                         "rejection_id"]
        assert after["ix_feedback_application"] == ["application_id", "received_on", "id"]
        assert after["ix_tasks_application"] == ["application_id"]
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0027_store_policy_once")
        before = indexes(engine)
        assert before["ix_rm_applications_live"] == ["live", "stage", "silent_since"]
        assert before["ix_rm_rejections_application"] == ["application_id"]
        assert before["ix_feedback_application"] == ["application_id"]
        assert "ix_rm_applications_offers" not in before and "ix_tasks_application" not in before
        assert upgrade(engine) is True
        assert indexes(engine) == after
        engine.dispose()
        bb = Bounceback(Settings(database_url=url, home=tmp_path), clock=lambda: NOW)
        with bb.db.reader() as r:
            assert [title for _, title in queries.offers(r)] == ["Analyst at Acme"]
        bb.close()
