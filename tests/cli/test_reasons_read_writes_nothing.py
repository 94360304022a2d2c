"""`bounceback reasons APP` and an application's page are reads: they write nothing, not even
the reason model's file in the data folder (round 19, a MINOR finding of round 18's review).
With labels newer than the kept model (a correction just saved), the read trained the model
again and saved it under `models/` in the data folder; it keeps it in memory instead (training
takes well under a millisecond)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from bounceback.config import Settings
from bounceback.domain.models import Application
from bounceback.domain.vocabulary import Stage
from bounceback.services import Bounceback
from conftest import NOW

EMAIL = ("Thank you for interviewing with us. The panel felt your SQL and statistics were not "
         "yet at the level the role needs, so we will not move forward.")


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and not p.name.endswith(("-wal", "-shm"))}


def _rejected_with_a_fresh_label(db_url: str, home: Path) -> int:
    bb = Bounceback(Settings(database_url=db_url, home=home), clock=lambda: NOW)
    try:
        today = NOW.date()
        app = bb.applications.add(Application(company="Larkspur", role="Data Analyst",
                                              date_applied=today - timedelta(days=30)))
        assert app.id is not None
        bb.applications.move(app.id, Stage.INTERVIEWING, on=today - timedelta(days=20))
        bb.rejections.record(app.id, on=today - timedelta(days=3), text=EMAIL)
        bb.learning.correct_reasons(app.id, "skill_gap")  # a label newer than any model kept
        return app.id
    finally:
        bb.close()


def test_reasons_app_writes_no_model_file(db_url: str, home: Path) -> None:
    app_id = _rejected_with_a_fresh_label(db_url, home)
    before = _files(home)
    env = {**os.environ, "BOUNCEBACK_HOME": str(home), "BOUNCEBACK_NOW": NOW.isoformat(),
           "BOUNCEBACK_FULL_CLI": "1"}
    for args in (["reasons", str(app_id)], ["reasons", str(app_id), "--json"]):
        done = subprocess.run(
            [sys.executable, "-c", "from bounceback.cli.entry import run; run()", "--db", db_url,
             *args], capture_output=True, text=True, env=env, timeout=120)
        assert done.returncode == 0, done.stderr
        assert "skill_gap" in done.stdout
        assert _files(home) == before  # no models/reasons-*.json.gz made by a read


def test_an_application_page_writes_no_model_file(db_url: str, home: Path) -> None:
    app_id = _rejected_with_a_fresh_label(db_url, home)
    before = _files(home)
    bb = Bounceback(Settings(database_url=db_url, home=home), clock=lambda: NOW)
    try:
        found = bb.views.application_page(app_id, learning=True, skills=False)
        assert found.learning is not None and found.learning.reasons is not None
        assert bb.views.reasons(app_id).current
    finally:
        bb.close()
    assert _files(home) == before
