"""An import killed with SIGKILL half-way, then run again, ends with exactly the database that
one uninterrupted run gives (on SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from mail.mailkit import sample_messages, write_mbox

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """
import sys, time
sys.path[:0] = [{tests!r}, {src!r}]
from pathlib import Path
from mail.mailkit import StandInClassifier
import bounceback.mail.sources as sources
from bounceback.config import Settings
from bounceback.services import Bounceback

sources.BATCH_MESSAGES = 40

class Slow(StandInClassifier):
    def classify(self, sender, subject, body_text, year=None):
        time.sleep({pause})
        return super().classify(sender, subject, body_text)

bb = Bounceback(Settings(database_url={url!r}, home=Path({home!r})))
bb.mail.import_path({path!r}, classifier=Slow())
print("finished")
"""


def start(url: str, path: Path, home: Path, pause: float) -> subprocess.Popen[str]:
    code = SCRIPT.format(tests=str(ROOT / "tests"), src=str(ROOT / "src"), url=url,
                         home=str(home), path=str(path), pause=pause)
    return subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def dump(url: str) -> dict[str, list[tuple]]:
    """The database's content without surrogate ids, uids and wall-clock timestamps."""
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.connect() as c:
        apps = {r[0]: (r[1], r[2]) for r in c.execute(text(
            "select a.id, c.name, a.role from applications a join companies c "
            "on c.id = a.company_id"))}
        out = {
            "applications": sorted(
                (apps[r[0]], *r[1:]) for r in c.execute(text(
                    "select id, stage, furthest_stage, outcome, date_applied, outcome_date, "
                    "last_activity from applications"))
            ),
            "events": sorted(
                (apps[r[0]], *r[1:5], str(_json(r[5]))) for r in c.execute(text(
                    "select application_id, kind, occurred_at, origin, summary, details "
                    "from events"))
            ),
            "rejections": sorted(
                (apps[r[0]], *r[1:]) for r in c.execute(text(
                    "select application_id, stage_reached, received_on, text from rejections"))
            ),
            "messages": sorted(
                (r[0], r[1], r[2], apps.get(r[3]), r[4], r[5]) for r in c.execute(text(
                    "select key, kind, link, application_id, body, snippet from mail_messages"))
            ),
            "reviews": sorted(
                (r[0], r[1], str(sorted(apps[i] for i in _json(r[2]))), str(_json(r[3])))
                for r in c.execute(
                    text("select m.key, r.reason, r.candidates, r.proposal from mail_review r "
                         "join mail_messages m on m.id = r.message_id"))
            ),
            "sources": sorted(c.execute(text("select key, checkpoint, messages from mail_sources"))
                              .all()),
        }
    engine.dispose()
    return out


@pytest.fixture
def clean_url(db_url: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """A second empty database on the same engine, for the uninterrupted run."""
    if db_url.startswith("sqlite"):
        yield f"sqlite:///{tmp_path / 'clean.db'}"
        return
    template = request.getfixturevalue("pg_template")
    name = f"t_{uuid.uuid4().hex[:16]}"
    admin = create_engine(os.environ["BOUNCEBACK_TEST_PG_URL"], isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    yield make_url(db_url).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _json(value: object) -> object:
    return json.loads(value) if isinstance(value, str) else value


def committed_batches(url: str) -> int:
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.connect() as c:
            return c.execute(text("select coalesce(sum(messages), 0) from mail_sources")).scalar()
    except Exception:
        return 0
    finally:
        engine.dispose()


@pytest.mark.slow
def test_an_import_killed_half_way_resumes_to_the_same_database(
    db_url: str, clean_url: str, tmp_path: Path
):
    box = write_mbox(tmp_path / "box.mbox", sample_messages(600, job_every=3))
    home = tmp_path / "home"
    victim = start(db_url, box, home, pause=0.01)
    deadline = time.monotonic() + 120
    while committed_batches(db_url) < 40 and time.monotonic() < deadline:
        if victim.poll() is not None:
            pytest.fail(f"the import ended before it could be killed: {victim.stderr.read()}")
        time.sleep(0.05)
    os.kill(victim.pid, signal.SIGKILL)
    victim.wait()
    assert victim.returncode == -signal.SIGKILL
    partly = dump(db_url)
    assert 0 < len(partly["messages"]) < 200

    resumed = start(db_url, box, home, pause=0)
    assert resumed.communicate(timeout=300)[0].strip() == "finished"
    clean = start(clean_url, box, home, pause=0)
    assert clean.communicate(timeout=300)[0].strip() == "finished"

    after, expected = dump(db_url), dump(clean_url)
    assert len(expected["messages"]) == 200
    assert after == expected
