"""Garbage and truncations never crash an import and never damage the database (Hypothesis)."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bounceback.config import Settings
from bounceback.domain.models import Application
from bounceback.mail.ingest import ListSink, import_source
from bounceback.mail.locate import open_sources
from bounceback.services import Bounceback
from mail.mailkit import NAMES, StandInClassifier, mangled, place

CLF = StandInClassifier()
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=mangled(), name=st.sampled_from(NAMES))
def test_the_ingest_steps_never_raise_on_garbage(data: bytes, name: str):
    with tempfile.TemporaryDirectory() as tmp:
        path = place(Path(tmp), name, data)
        sources, _ = open_sources(path)
        for source in sources:
            report = import_source(source, ListSink(), CLF)
            assert report.messages >= 0


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=mangled(), name=st.sampled_from(NAMES))
def test_garbage_never_damages_the_database(tmp_path: Path, data: bytes, name: str):
    template = tmp_path / "template.db"
    if not template.exists():
        bb = Bounceback(Settings(database_url=f"sqlite:///{template}", home=tmp_path))
        bb.applications.add(Application(company="Acme", role="Data Analyst"))
        bb.close()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bounceback.db"
        shutil.copy(template, db)
        bb = Bounceback(Settings(database_url=f"sqlite:///{db}", home=Path(tmp)))
        try:
            report = bb.mail.import_path(place(Path(tmp), name, data), classifier=CLF)
            assert report.messages >= 0
            apps = bb.applications.list()
            assert ("Acme", "Data Analyst") in [(a.company, a.role) for a in apps]
            stored = bb.mail.messages()
            assert len(stored) <= report.messages
        finally:
            bb.close()
        with sqlite3.connect(db) as check:
            assert check.execute("pragma integrity_check").fetchone()[0] == "ok"
            assert check.execute("pragma foreign_key_check").fetchall() == []
