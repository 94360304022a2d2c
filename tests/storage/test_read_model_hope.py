"""The outlook's most hoped-for application and today's open tasks due read in listing order
from an index (migration 0024), on SQLite and PostgreSQL: the same answer as sorting every live
application, no sort left to SQLite, and the migration down and up."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, inspect, text

from bounceback.config import Settings
from bounceback.domain.models import Application
from bounceback.domain.vocabulary import Stage
from bounceback.services import Bounceback
from bounceback.storage.readmodel import queries
from conftest import NOW
from tests_support import empty_database


def test_the_most_hoped_for_is_the_newest_of_the_highest_excitement(bb: Bounceback) -> None:
    """Ties of excitement go to the newest application (then the highest id), offers and
    closed applications left out: as every live application sorted."""
    for i, (excitement, back, stage) in enumerate(
            [(4, 3, Stage.APPLIED), (5, 9, Stage.APPLIED), (5, 2, Stage.SCREENING),
             (5, 2, Stage.APPLIED), (5, 1, Stage.OFFER), (3, 0, Stage.APPLIED)]):
        bb.applications.add(Application(company=f"Firm {i}", role="Analyst", stage=stage,
                                        excitement=excitement,
                                        date_applied=NOW.date() - timedelta(days=back)))
    with bb.db.reader() as r:
        top = queries.top_hope(r)
        every = r.all("SELECT application_id, date_applied, excitement FROM rm_applications "
                      "WHERE live = :yes AND excitement > 0 AND stage != 'offer'", yes=True)
    expected = max(every, key=lambda row: (row[2], str(row[1]), row[0]))
    assert top is not None and (top[0], top[2]) == (expected[0], expected[2])
    assert top[1] == "Analyst at Firm 3"


def test_the_most_hoped_for_and_the_tasks_due_are_read_from_an_index_without_a_sort(
        bb: Bounceback) -> None:
    if not bb.settings.database_url.startswith("sqlite"):
        pytest.skip("the query plan read here is SQLite's")
    with bb.db.reader() as r:
        plan = " ".join(str(row[-1]) for row in r.all(
            "EXPLAIN QUERY PLAN SELECT application_id, company, role, excitement "
            "FROM rm_applications WHERE live = 1 AND excitement > 0 AND stage != 'offer' "
            f"ORDER BY excitement DESC, {queries.LIVE_ORDER} LIMIT 1"))
    assert "ix_rm_applications_hope" in plan and "TEMP B-TREE" not in plan
    with bb.db.reader() as r:
        plan = " ".join(str(row[-1]) for row in r.all(
            "EXPLAIN QUERY PLAN SELECT t.id, t.title, t.due, t.application_id, a.role, a.company "
            "FROM tasks t LEFT JOIN rm_applications a ON a.application_id = t.application_id "
            "WHERE t.done = 0 AND t.due <= '2026-01-01' ORDER BY t.due, t.id LIMIT 11"))
    assert "ix_tasks_open_due" in plan and "TEMP B-TREE" not in plan


@pytest.mark.parametrize("engine_name", ["sqlite", "postgresql"])
def test_migration_0024_down_and_up_keeps_the_records_and_orders_the_index(
        engine_name: str, tmp_path: Path) -> None:
    from alembic import command

    from bounceback.storage.migrate import alembic_config, upgrade

    def hope_columns(engine: Any) -> list[str]:
        found = inspect(engine).get_indexes("rm_applications")
        return next(list(i["column_names"]) for i in found if i["name"] == "ix_rm_applications_hope")

    with empty_database(engine_name, tmp_path) as url:
        bb = Bounceback(Settings(database_url=url, home=tmp_path), clock=lambda: NOW)
        bb.applications.add(Application(company="Acme", role="Analyst", excitement=4,
                                        date_applied=NOW.date() - timedelta(days=3)))
        bb.close()
        engine = create_engine(url)
        assert hope_columns(engine) == ["live", "excitement", "date_applied", "application_id"]
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0023_read_model_days")
        assert hope_columns(engine) == ["live", "excitement"]
        assert "ix_tasks_open_due" not in {i["name"] for i in inspect(engine).get_indexes("tasks")}
        with engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM applications")).scalar() == 1
        assert upgrade(engine) is True
        assert hope_columns(engine) == ["live", "excitement", "date_applied", "application_id"]
        assert "ix_tasks_open_due" in {i["name"] for i in inspect(engine).get_indexes("tasks")}
        engine.dispose()
        bb = Bounceback(Settings(database_url=url, home=tmp_path), clock=lambda: NOW)
        try:
            with bb.db.reader() as r:
                assert queries.top_hope(r) == (bb.applications.list()[0].id, "Analyst at Acme", 4)
        finally:
            bb.close()
