"""The CSV export and import are lossless for every column the export writes (issue 18, 2).

The sweep: two live applications with the same company, role and date but a different URL or
notes were merged on import ("1 already there"; 161 of 5,000 on the large demo), and salary,
currency and remote were exported but ignored on import. Here Hypothesis builds whole searches
through the service, exports them, imports the file into an empty database and exports again.
"""

from __future__ import annotations

import csv
import io
import shutil
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bounceback.config import Settings
from bounceback.domain.models import Application
from bounceback.domain.vocabulary import Source, Stage
from bounceback.services import Bounceback

TODAY = date(2026, 11, 25)
NOW = datetime(2026, 11, 25, 10)

line = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30)
plain_name = line.filter(lambda t: t.strip() and t.strip() == " ".join(t.split()))
# Cells a spreadsheet would open as formulas (CSV injection), and quotes before them.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
name = plain_name | st.tuples(st.sampled_from(["=", "+", "-", "@", "'=", "''-", "'"]),
                              plain_name).map("".join)
plain_notes = st.text(st.characters(blacklist_categories=("Cs",)), max_size=120)
notes = plain_notes | st.tuples(st.sampled_from([*FORMULA_STARTS, "'", "'\t"]),
                                plain_notes).map("".join)
tag = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zs"), blacklist_characters=",;"),
              min_size=1, max_size=10).map(str.lower).filter(lambda t: t == t.strip().lower())
url = st.none() | st.from_regex(r"https://[a-z]{1,10}\.example/[a-z0-9?=&]{0,12}", fullmatch=True)
money = st.none() | st.integers(0, 300_000)
OUTCOMES = ["live", "rejected", "withdrawn", "ghosted", "accepted"]


@st.composite
def application(draw: Any) -> dict[str, Any]:
    low, high = draw(money), draw(money)
    if low is not None and high is not None and high < low:
        low, high = high, low
    stage = draw(st.sampled_from([Stage.SAVED, Stage.APPLIED, Stage.SCREENING,
                                  Stage.INTERVIEWING, Stage.OFFER]))
    return {
        "app": Application(
            company=draw(name), role=draw(name),
            date_applied=None if stage == Stage.SAVED else draw(st.dates(date(2019, 1, 1), TODAY)),
            stage=stage, furthest_stage=stage, location=draw(st.none() | name),
            remote=draw(st.none() | st.booleans()), salary_min=low, salary_max=high,
            salary_currency=draw(st.none() | st.sampled_from(["EUR", "USD", "GBP", "INR"])),
            source=draw(st.sampled_from(Source)), source_detail=draw(st.none() | name),
            url=draw(url),
            excitement=draw(st.none() | st.integers(1, 5)), notes=draw(notes),
            tags=draw(st.lists(tag, max_size=3, unique=True)),
        ),
        "outcome": "live" if stage == Stage.SAVED else draw(st.sampled_from(OUTCOMES)),
    }


@st.composite
def search(draw: Any) -> list[dict[str, Any]]:
    """Applications, with the sweep's cases mixed in: a twin that differs only in its URL or
    its notes, and a row that is the same in every column."""
    found = draw(st.lists(application(), min_size=1, max_size=6))
    for spec in draw(st.lists(st.sampled_from(found), max_size=3)):
        twin = dict(spec, app=Application(**{**spec["app"].__dict__, "id": None}))
        change = draw(st.sampled_from(["url", "notes", "nothing"]))
        if change == "url":
            twin["app"].url = f"https://other.example/{len(found)}"
        elif change == "notes":
            twin["app"].notes = spec["app"].notes + " (the other one)"
        found.append(twin)
    return found


def build(bb: Bounceback, specs: list[dict[str, Any]]) -> None:
    for spec in specs:
        app = Application(**{**spec["app"].__dict__, "tags": list(spec["app"].tags)})
        created = bb.applications.add(app)
        assert created.id is not None
        day = created.date_applied or TODAY
        outcome = spec["outcome"]
        if outcome == "rejected":
            bb.rejections.record(created.id, on=day)
        elif outcome == "withdrawn":
            bb.applications.withdraw(created.id, on=day)
        elif outcome == "ghosted":
            bb.pipeline.confirm_ghosted(created.id, on=day)
        elif outcome == "accepted":
            bb.applications.move(created.id, Stage.ACCEPTED, on=day)


def rows(text: str) -> list[list[str]]:
    """The exported rows without the id column (a row's number in its own database)."""
    table = list(csv.reader(io.StringIO(text)))
    return [table[0][1:], *sorted(r[1:] for r in table[1:])]


@pytest.fixture
def databases(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    def fresh() -> Bounceback:
        path = tmp_path_factory.mktemp("csv") / "bb.db"
        shutil.copy(sqlite_template, path)
        return Bounceback(Settings(database_url=f"sqlite:///{path}"), clock=lambda: NOW)

    return fresh


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(specs=search())
def test_csv_export_and_import_keep_every_column(databases, specs) -> None:  # type: ignore[no-untyped-def]
    source, target = databases(), databases()
    build(source, specs)
    exported = source.data.export_csv(None)
    assert not [c for r in csv.reader(io.StringIO(exported)) for c in r
                if c.startswith(FORMULA_STARTS)]
    report = target.data.import_csv(exported)
    assert report.errors == [] and report.skipped_duplicates == []
    assert len(report.added) == len(specs)
    assert rows(target.data.export_csv(None)) == rows(exported)
    assert target.data.import_csv(exported).added == []  # the same file twice adds nothing
    back = source.data.import_csv(exported)  # the export read back into its own database
    assert back.added == [] and len(back.skipped_duplicates) == len(specs)
    source.close()
    target.close()


def test_the_sweeps_twins_are_not_merged_and_money_comes_back(bb: Bounceback) -> None:
    for notes_, link in (("first", "https://a.example/1"), ("second", "https://a.example/1"),
                         ("first", "https://a.example/2")):
        bb.applications.add(Application(company="Acme", role="Analyst", notes=notes_, url=link,
                                        date_applied=date(2026, 11, 2), salary_min=50_000,
                                        salary_max=60_000, salary_currency="EUR", remote=True))
    exported = bb.data.export_csv(None)
    for app_id in [a.id for a in bb.applications.list()]:
        assert app_id is not None
        bb.applications.delete(app_id)
    report = bb.data.import_csv(exported)
    assert len(report.added) == 3 and report.ignored_columns == []
    apps = bb.applications.list()
    assert {(a.notes, a.url) for a in apps} == {("first", "https://a.example/1"),
                                                ("second", "https://a.example/1"),
                                                ("first", "https://a.example/2")}
    assert {(a.salary_min, a.salary_max, a.salary_currency, a.remote) for a in apps} == {
        (50_000, 60_000, "EUR", True)}


HOSTILE = {
    "company": "=HYPERLINK(\"https://evil.example\",\"Acme\")",
    "role": "+cmd|' /C calc'!A0",
    "location": "@SUM(1+1)*cmd|' /C calc'!A0",
    "source_detail": "-2+3+cmd|' /C calc'!A0",
    "notes": "\t=1+1\r\nsecond line",
    "url": None,
}


def test_export_neutralises_formulas_and_import_takes_back_only_the_quote(bb: Bounceback) -> None:
    bb.applications.add(Application(**HOSTILE, tags=["=tag", "ok"]))
    bb.applications.add(Application(company="'=already quoted", role="'Tis the season",
                                     notes="\rcarriage"))
    exported = bb.data.export_csv(None)
    table = list(csv.reader(io.StringIO(exported)))
    by_role = {r[2]: dict(zip(table[0], r, strict=True)) for r in table[1:]}
    first = by_role["'" + HOSTILE["role"]]
    assert first["company"] == "'" + HOSTILE["company"]
    assert first["role"] == "'" + HOSTILE["role"]
    assert first["location"] == "'" + HOSTILE["location"]
    assert first["via"] == "'" + HOSTILE["source_detail"]
    assert first["notes"] == "'" + HOSTILE["notes"]
    assert first["tags"] == "'=tag, ok"
    second = by_role["'Tis the season"]
    assert second["company"] == "''=already quoted"  # one more quote, taken off on import
    assert second["role"] == "'Tis the season"  # no formula: left as it is
    assert second["notes"] == "'\rcarriage"
    for app_id in [a.id for a in bb.applications.list()]:
        assert app_id is not None
        bb.applications.delete(app_id)
    report = bb.data.import_csv(exported)
    assert len(report.added) == 2 and report.errors == []
    back = sorted(bb.applications.list(), key=lambda a: a.role)
    assert [(a.company, a.role, a.location, a.source_detail, a.notes, a.tags) for a in back] == [
        ("'=already quoted", "'Tis the season", None, None, "\rcarriage", []),
        (HOSTILE["company"], HOSTILE["role"], HOSTILE["location"], HOSTILE["source_detail"],
         HOSTILE["notes"], ["=tag", "ok"]),
    ]


def test_a_hand_made_csv_keeps_its_quotes(bb: Bounceback) -> None:
    """Only bounceback's own export had a quote added; a person's spreadsheet is read as typed."""
    report = bb.data.import_csv("Company,Role\n'=Acme,Analyst\nBeta,Lead\n")
    assert len(report.added) == 2
    assert {(a.company, a.role) for a in bb.applications.list()} == {
        ("'=Acme", "Analyst"), ("Beta", "Lead")}


def test_a_ten_megabyte_cell_is_a_one_line_error(bb: Bounceback) -> None:
    from bounceback.domain.errors import ImportFailed

    with pytest.raises(ImportFailed, match="line 2: a cell holds more than 1,000,000 characters"):
        bb.data.import_csv("company,role,notes\nAcme,Analyst," + "x" * 10_000_000 + "\n")
    assert bb.applications.list() == []
