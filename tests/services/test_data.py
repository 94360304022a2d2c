"""The data as a whole: lossless JSON round trip, CSV import, backup and restore."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bounceback.config import Settings
from bounceback.domain.errors import ImportFailed
from bounceback.domain.models import Application, Contact, Task
from bounceback.domain.vocabulary import ContactRole, Source, Stage
from bounceback.services import Bounceback
from tests_now import NOW


def fresh(url: str) -> Bounceback:
    return Bounceback(Settings(database_url=url), clock=lambda: NOW)


def test_demo_round_trips_through_json(demo_bb: Bounceback, tmp_path: Path) -> None:
    first = demo_bb.data.export_document(include_private=True)
    other = fresh(f"sqlite:///{tmp_path / 'copy.db'}")
    other.data.import_document(json.loads(json.dumps(first)))
    assert other.data.export_document(include_private=True) == first
    # Importing the same export again adds nothing.
    added = other.data.import_document(first)
    assert sum(added.values()) == 0
    assert other.data.export_document(include_private=True) == first
    other.close()


texts = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40).filter(str.strip)
applications = st.builds(
    Application,
    company=texts, role=texts,
    location=st.none() | texts,
    remote=st.none() | st.booleans(),
    salary_min=st.none() | st.integers(0, 200_000),
    source=st.sampled_from(Source),
    date_applied=st.dates(date(2020, 1, 1), date(2026, 11, 25)),
    excitement=st.none() | st.integers(1, 5),
    stage=st.sampled_from([Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEWING]),
    notes=st.text(max_size=200),
    tags=st.lists(st.from_regex(r"[a-z]{1,8}", fullmatch=True), max_size=3),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(apps=st.lists(applications, min_size=1, max_size=5), notes=st.lists(texts, max_size=3))
def test_any_search_round_trips_losslessly(sqlite_url: str, tmp_path_factory: pytest.TempPathFactory,
                                           apps: list[Application], notes: list[str]) -> None:
    source = fresh(sqlite_url)
    from bounceback.storage.transfer import wipe

    with source.db.session() as s:
        wipe(s)
    ids = []
    for app in apps:
        app.furthest_stage = app.stage
        ids.append(source.applications.add(app).id)
    for i, text in enumerate(notes):
        source.applications.note(ids[i % len(ids)], text)
    source.contacts.add(Contact(name="Dana", role=ContactRole.RECRUITER, application_ids=[ids[0]]))
    source.tasks.add(Task(title="Follow up", due=date(2026, 12, 1), application_id=ids[-1]))
    source.rejections.record(ids[0], text="No, thank you", on=date(2026, 11, 25))
    document = source.data.export_document(include_private=True)
    target = fresh(f"sqlite:///{tmp_path_factory.mktemp('rt') / 'target.db'}")
    target.data.import_document(json.loads(json.dumps(document)))
    assert target.data.export_document(include_private=True) == document
    source.close()
    target.close()


def test_json_import_merges_into_a_database_with_data(bb: Bounceback, tmp_path: Path) -> None:
    bb.applications.add(Application(company="Mine", role="Analyst"))
    other = fresh(f"sqlite:///{tmp_path / 'other.db'}")
    a = other.applications.add(Application(company="Theirs", role="Engineer"))
    other.applications.note(a.id, "hello")
    other.rejections.record(a.id)
    added = bb.data.import_document(other.data.export_document())
    assert added["applications"] == 1
    apps = {x.company: x for x in bb.applications.list()}
    assert set(apps) == {"Mine", "Theirs"}
    timeline = bb.applications.timeline(apps["Theirs"].id)
    assert [e.summary for e in timeline.events if e.kind.value == "note"] == ["hello"]
    assert timeline.rejection is not None
    assert sum(bb.data.import_document(other.data.export_document()).values()) == 0
    other.close()


def test_broken_json_is_refused_and_nothing_changes(bb: Bounceback, tmp_path: Path) -> None:
    bb.applications.add(Application(company="Mine", role="Analyst"))
    before = bb.data.export_document()
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "bounceback-export", "version": 1, "tables": {"applications": [')
    with pytest.raises(ImportFailed, match="line 1"):
        bb.data.import_json(bad)
    wrong = dict(before)
    wrong["tables"] = {**before["tables"], "applications": [{"id": 99, "company_id": 1, "role": "x",
                                                               "date_applied": "yesterday-ish"}]}
    with pytest.raises(ImportFailed, match="date_applied"):
        bb.data.import_document(wrong)
    with pytest.raises(ImportFailed, match="not a bounceback export"):
        bb.data.import_document({"hello": 1})
    assert bb.data.export_document() == before


CSV = """Company,Position,Status,Date Applied,URL,Notes,Salary,Location
Acme Inc.,Data Analyst,Applied,2026-11-02,https://acme.example/1,Tailored,$50k-$60k,Remote
Beta GmbH,Engineer,Interviewing,02/11/2026,,,,Berlin
Gamma,Analyst,Rejected,2026-10-01,,,,
,Missing Company,Applied,2026-10-01,,,,
Delta,Planner,Dreaming,2026-10-01,,,,
Epsilon,Analyst,Applied,someday soon,,,,
"""


def test_an_ambiguous_slash_date_in_a_spreadsheet_is_a_row_error(bb: Bounceback,
                                                                  monkeypatch) -> None:  # type: ignore[no-untyped-def]
    for name in ("LC_ALL", "LC_TIME", "LANG"):
        monkeypatch.delenv(name, raising=False)
    preview = bb.data.import_csv(CSV, dry_run=True)
    beta = [e for e in preview.errors if e.line == 3]
    assert beta and "2 November 2026" in beta[0].message and "11 February 2026" in beta[0].message


def test_csv_import_with_preview_errors_and_idempotence(bb: Bounceback) -> None:
    bb.settings_store.set({"date_order": "DMY"})  # 02/11/2026 is 2 November here
    preview = bb.data.import_csv(CSV, dry_run=True)
    assert [a.company for a in preview.added] == ["Acme Inc.", "Beta GmbH", "Gamma"]
    assert [e.line for e in preview.errors] == [5, 6, 7]
    assert "company" in preview.errors[0].message and "Dreaming" in preview.errors[1].message
    assert bb.applications.list() == []
    report = bb.data.import_csv(CSV)
    assert len(report.added) == 3
    apps = {a.company: a for a in bb.applications.list()}
    assert apps["Acme Inc."].salary_min == 50000 and apps["Acme Inc."].salary_currency == "USD"
    assert apps["Beta GmbH"].stage == Stage.INTERVIEWING and apps["Beta GmbH"].date_applied == date(2026, 11, 2)
    assert apps["Gamma"].outcome is not None and bb.rejections.for_application(apps["Gamma"].id)
    again = bb.data.import_csv(CSV)
    assert again.added == [] and len(again.skipped_duplicates) == 3
    assert len(bb.applications.list()) == 3


def test_csv_mapping_for_unusual_headers(bb: Bounceback) -> None:
    text = "Employer;Job name;When\nAcme;Analyst;2026-11-01\n"
    with pytest.raises(ImportFailed, match="company"):
        bb.data.import_csv(text)
    report = bb.data.import_csv(text, mapping={"company": "Employer", "role": "Job name", "date_applied": "When"})
    assert [(a.company, a.role, a.date_applied) for a in report.added] == [("Acme", "Analyst", date(2026, 11, 1))]


def test_csv_that_is_not_utf8(bb: Bounceback) -> None:
    with pytest.raises(ImportFailed, match="UTF-8"):
        bb.data.import_csv("Company,Role\nCafé,Analyst\n".encode("latin-1"))


def test_sqlite_backup_and_restore(sqlite_url: str, tmp_path: Path) -> None:
    bb = fresh(sqlite_url)
    bb.data.build_demo("small")
    before = bb.data.export_document(include_private=True)
    assert bb.data.backup(tmp_path / "b" / "backup.db") == "sqlite"
    bb.applications.add(Application(company="After", role="Backup"))
    bb.data.restore(tmp_path / "b" / "backup.db")
    assert bb.data.export_document(include_private=True) == before
    not_ours = tmp_path / "x.db"
    not_ours.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    with pytest.raises(ImportFailed):
        bb.data.restore(not_ours)
    assert bb.data.export_document(include_private=True) == before
    bb.close()


def test_json_backup_and_restore_on_any_engine(bb: Bounceback, tmp_path: Path) -> None:
    bb.data.build_demo("small")
    before = bb.data.export_document(include_private=True)
    path = tmp_path / "backup.json"
    bb.data.export_json(path, include_private=True)
    bb.applications.add(Application(company="After", role="Backup"))
    bb.data.restore(path)
    assert bb.data.export_document(include_private=True) == before


def test_the_demo_is_deterministic(tmp_path: Path) -> None:
    from bounceback.demo import build_document

    assert build_document("small", today=date(2026, 11, 25)) == build_document("small", today=date(2026, 11, 25))
    large = build_document("large", today=date(2026, 11, 25))
    assert len(large["tables"]["applications"]) == 5000
    assert 40_000 <= len(large["tables"]["events"]) <= 60_000
