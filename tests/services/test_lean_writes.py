"""`add`, `move` and `note` on SQLAlchemy Core (services/lean_writes.py, the CLI's; and round 20's
`withdraw`, `edit`, check-in and journal entry, test_lean_writes20.py) write the same rows
as the ORM path (ApplicationsService), on SQLite and PostgreSQL: two copies of the demo, the
same writes on each, one way on each, then every table compared row by row (the random uids
aside); what each call returns or refuses is the same; and the kept read model equals a rebuild."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from bounceback.config import Settings
from bounceback.domain.models import Application
from bounceback.domain.vocabulary import Source, Stage
from bounceback.services import Bounceback
from bounceback.storage.readmodel import sync
from bounceback.storage.tables import Base
from conftest import ENGINES, IN_CI, NOW, PG_URL

LATER = NOW + timedelta(seconds=5)


@pytest.fixture(params=ENGINES)
def two(request: pytest.FixtureRequest, tmp_path: Path, home: Path,
        sqlite_template: Path) -> Iterator[tuple[Bounceback, Bounceback]]:
    """The small demo twice, byte for byte the same (uids too): the ORM's side and the lean."""
    if request.param == "sqlite":
        first, second = tmp_path / "orm.db", tmp_path / "lean.db"
        shutil.copy(sqlite_template, first)
        made = Bounceback(Settings(database_url=f"sqlite:///{first}", home=home), clock=lambda: NOW)
        made.data.build_demo("small")
        made.close()
        shutil.copy(first, second)
        urls = [f"sqlite:///{first}", f"sqlite:///{second}"]
        dropped: list[str] = []
    else:
        if not PG_URL:
            if IN_CI:
                pytest.fail("PostgreSQL is required under CI=true")
            pytest.skip("PostgreSQL not configured (set BOUNCEBACK_TEST_PG_URL)")
        template = request.getfixturevalue("pg_template")
        dropped = [f"t_{uuid.uuid4().hex[:16]}" for _ in range(2)]
        admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as c:
            c.execute(text(f'CREATE DATABASE "{dropped[0]}" TEMPLATE "{template}"'))
        urls = [make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
                for name in dropped]
        made = Bounceback(Settings(database_url=urls[0], home=home), clock=lambda: NOW)
        made.data.build_demo("small")
        made.close()
        with admin.connect() as c:
            c.execute(text(f'CREATE DATABASE "{dropped[1]}" TEMPLATE "{dropped[0]}"'))
    # the writes a little after the demo was built: a time stamp left unwritten shows
    sides = tuple(Bounceback(Settings(database_url=url, home=home), clock=lambda: LATER)
                  for url in urls)
    yield sides  # type: ignore[misc]
    for side in sides:
        side.close()
    if dropped:
        with admin.connect() as c:
            for name in dropped:
                c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _tables(bb: Bounceback) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows (uids and the read model's random stamps left out), in one order."""
    out = {}
    with bb.db.session() as s:
        for name, table in sorted(Base.metadata.tables.items()):
            columns = [c for c in table.columns if c.name != "uid"
                       and not (name == "rm_meta" and c.name == "value")]
            rows = s.execute(select(*columns)).all()
            out[name] = sorted((tuple(r) for r in rows), key=repr)
    return out


def _outcome(call: Any, *args: Any, **options: Any) -> Any:
    """What a call returns (an application, its uid aside) or the error it raises."""
    try:
        found = call(*args, **options)
    except Exception as exc:
        return type(exc).__name__, str(exc)
    return replace(found, uid=None) if isinstance(found, Application) else found


def _ids(bb: Bounceback, pick: str = "min") -> dict[str, int]:
    """Applications of each kind the moves below need (the same ids on both copies); round 20's
    writes take the newest of each kind (`pick="max"`), the moves the oldest."""
    with bb.db.session() as s:
        def first(where: str) -> int:
            return int(s.execute(text(f"SELECT {pick}(id) FROM applications WHERE {where}"))
                       .scalar())
        return {
            "ghosted": first("outcome = 'ghosted'"),
            "rejected": first("outcome = 'rejected'"),
            "applied": first("outcome IS NULL AND stage = 'applied' AND date_applied IS NOT NULL"),
            "screening": first("outcome IS NULL AND stage = 'screening'"),
            "interviewing": first("outcome IS NULL AND stage = 'interviewing'"),
        }


def test_the_lean_writes_write_what_the_orm_writes(two: tuple[Bounceback, Bounceback]) -> None:
    orm, lean = two
    ids = _ids(orm)
    assert ids == _ids(lean)
    newest = _ids(orm, "max")
    earlier = NOW.date() - timedelta(days=3)
    adds = [
        dict(company="Acme  Corp", role="Data Analyst", tags=["Remote", " b ", "remote", ""],
             source=Source.REFERRAL, source_detail="Ana", location="Leeds", remote=True,
             salary_min=40000, salary_max=50000, salary_currency="GBP", excitement=4,
             notes="a note", url="https://example.org/1"),
        dict(company="Brand New Company Ltd", role="Tester", stage=Stage.SAVED,
             furthest_stage=Stage.SAVED),
        dict(company="Acme Corp", role="Engineer", date_applied=earlier,
             stage=Stage.INTERVIEWING, furthest_stage=Stage.APPLIED),
        dict(company="Acme Corp", role="Planner", date_applied=NOW.date() + timedelta(days=2)),
        dict(company="", role="Nobody"),
    ]
    for fields in adds:
        for again in (True, False):
            done = [_outcome(side, Application(**fields), again=again)
                    for side in (orm.applications.add, lean.lean_writes.add)]
            assert done[0] == done[1], (fields, again)
    saved, also = (_outcome(side, Application(company="Zeta", role="Saved one",
                                              stage=Stage.SAVED, furthest_stage=Stage.SAVED))
                   for side in (orm.applications.add, lean.lean_writes.add))
    assert saved == also
    moves: list[tuple[int, Stage, dict[str, Any]]] = [
        (ids["applied"], Stage.SCREENING, {}),
        (ids["applied"], Stage.SCREENING, {}),  # already there: nothing recorded
        (ids["screening"], Stage.OFFER, {"note": "they called"}),
        (ids["interviewing"], Stage.APPLIED, {"on": earlier}),  # back: furthest stays
        (ids["ghosted"], Stage.INTERVIEWING, {}),  # revived
        (ids["rejected"], Stage.OFFER, {}),  # closed: refused
        (ids["screening"], Stage.ACCEPTED, {}),
        (ids["screening"], Stage.INTERVIEWING, {}),  # accepted: closed
        (saved.id, Stage.APPLIED, {"on": earlier}),  # the day applied set by the move
        (10_000_000, Stage.OFFER, {}),  # no such application
        (ids["applied"], Stage.OFFER, {"on": NOW.date() + timedelta(days=1)}),  # the future
    ]
    for app_id, stage, options in moves:
        done = [_outcome(side, app_id, stage, **options)
                for side in (orm.applications.move, lean.lean_writes.move)]
        assert done[0] == done[1], (app_id, stage, options)
    notes: list[tuple[int, str, dict[str, Any]]] = [
        (ids["applied"], "  called them  ", {}),
        (ids["ghosted"], "an old one", {"on": earlier - timedelta(days=400)}),  # no activity
        (ids["interviewing"], "dated back", {"on": earlier}),
        (ids["applied"], "   ", {}),  # empty: refused
        (10_000_000, "nobody", {}),
        (ids["applied"], "tomorrow", {"on": NOW.date() + timedelta(days=1)}),
    ]
    for app_id, text_, options in notes:
        done = [_outcome(side, app_id, text_, **options)
                for side in (orm.applications.note, lean.lean_writes.note)]
        assert done[0] == done[1], (app_id, text_, options)
    # round 20: withdraw, edit, a check-in, a journal entry (test_lean_writes20.py)
    from tests.services.test_lean_writes20 import recovery_writes, rejections, withdraw_and_edit

    rejections(orm, lean, _ids(orm, "max"))
    withdraw_and_edit(orm, lean, newest)
    recovery_writes(orm, lean)
    assert _tables(orm) == _tables(lean)
    with lean.db.session() as s:
        assert sync.check(s) == []  # the kept read model equals a rebuild


def test_a_lean_write_rolls_back_whole(two: tuple[Bounceback, Bounceback]) -> None:
    _, lean = two
    before = _tables(lean)
    with pytest.raises(RuntimeError), lean.db.writing():
        lean.lean_writes.add(Application(company="Acme", role="Gone"))
        lean.applications.add(Application(company="Acme", role="Also gone"))  # a session joins
        raise RuntimeError("after the writes, before the commit")
    assert _tables(lean) == before
