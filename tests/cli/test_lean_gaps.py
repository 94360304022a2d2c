"""`gaps`, `tailor` and `resume list` read without the ORM (issue 16: `gaps` was the last
read command on it, ~1 s as a whole process) and say what the skills part says through the
ORM's repositories (`skills.gaps`, `skills.search_gaps`, `skills.resumes`: kept as the oracle),
for every application of the demo with more kinds of skills data than it holds: an ESCO import
(its attribution), a posting that asks for an ESCO skill, skills added to the profile (one the
vocabulary knows, with years; one it does not, which becomes a vocabulary entry of the
user's), an entry of the user's with an alias, and applications without a posting or without a
resume. Both engines."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bounceback.cli.jsonout import to_json
from bounceback.domain.errors import NotFound
from bounceback.domain.models import Application
from bounceback.services import Bounceback

DATA = Path(__file__).resolve().parents[1] / "data" / "skills"


@pytest.fixture
def varied(demo_bb: Bounceback) -> Bounceback:
    bb = demo_bb
    bb.skills.import_esco(DATA / "esco_skills.csv")
    bb.skills.import_posting(
        b"Cake Decorator\n\nRequirements: sugar craft for wedding cakes, SQL and Python. "
        b"Experience with dbt is desirable.", company="Crumb")
    bb.skills.add_skill("SQL", 7)
    bb.skills.add_skill("ikebana")
    bb.skills.add_vocabulary("sugar art", "craft", ["sugar sculpture"])
    bb.applications.add(Application(company="Nopost", role="Baker"))  # no posting
    return bb


def test_every_applications_gaps_are_what_the_orm_path_gives(varied: Bounceback) -> None:
    apps = varied.views.applications()
    reports = {app.id: varied.views.gaps(app.id) for app in apps}
    for app in apps:
        assert to_json(reports[app.id]) == to_json(varied.skills.gaps(app.id)), app.id
    kinds = {(r.has_posting, r.resume is not None, bool(r.hints), r.attribution is not None)
             for r in reports.values()}
    assert {k[0] for k in kinds} == {True, False}  # with and without a posting
    assert {k[1] for k in kinds} == {True, False}  # with and without a resume sent
    assert any(k[3] for k in kinds)  # the ESCO posting owes its attribution
    assert any(r.implied for r in reports.values())


@pytest.mark.parametrize(("limit", "applications"), [(1, True), (10, True), (100, False)])
def test_the_search_gaps_are_what_the_orm_path_gives(
        varied: Bounceback, limit: int, applications: bool) -> None:
    lean = varied.views.search_gaps(limit, applications=applications)
    assert to_json(lean) == to_json(varied.skills.search_gaps(limit, applications=applications))
    assert lean.gaps and lean.plan


@pytest.mark.parametrize("args", [["gaps", "--json"], ["gaps", "APP", "--json"], ["gaps", "APP"],
                                  ["tailor", "APP", "--json"]])
def test_gaps_and_tailor_load_no_orm(varied: Bounceback, cli, args: list[str]) -> None:  # type: ignore[no-untyped-def]
    app_id = next(a.id for a in varied.views.applications() if a.company == "Crumb")
    argv = [str(app_id) if a == "APP" else a for a in args]
    code = (
        "import sys; from bounceback.cli.entry import run\n"
        f"sys.argv = ['bounceback', '--db', {cli.url!r}, *{argv!r}]\n"
        "try:\n    run()\nexcept SystemExit as e:\n    assert not e.code, e.code\n"
        "heavy = {m for m in sys.modules if m.startswith(('sqlalchemy.orm', "
        "'bounceback.storage.repos', 'bounceback.storage.tables'))}\n"
        "sys.stderr.write(repr(sorted(heavy)))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stderr.strip() == "[]"
    if args[0] == "tailor":
        report = varied.skills.gaps(app_id)
        assert [h["skill"] for h in json.loads(done.stdout)["hints"]] == [
            h.skill for h in report.hints]
    elif "--json" in args:
        orm = varied.skills.gaps(app_id) if "APP" in args else varied.skills.search_gaps(10)
        assert json.loads(done.stdout) == json.loads(to_json(orm))
    else:
        assert "Cake Decorator" in done.stdout


def test_resume_list_reads_without_the_orm_and_says_the_same(varied: Bounceback, cli) -> None:  # type: ignore[no-untyped-def]
    """`resume list` (round 16): the versions with their skills and the applications each went
    with, as `skills.resumes` and `skills.resume_links` read them through the ORM."""
    versions, links = varied.views.resumes()
    assert [(v.id, v.label, v.file_format, v.imported_at, v.skill_names, v.titles, v.years)
            for v in versions] == [
        (v.id, v.label, v.file_format, v.imported_at, v.skill_names, v.titles, v.years)
        for v in varied.skills.resumes()]
    assert links == varied.skills.resume_links() and links
    code = (
        "import sys; from bounceback.cli.entry import run\n"
        f"sys.argv = ['bounceback', '--db', {cli.url!r}, 'resume', 'list', '--json']\n"
        "try:\n    run()\nexcept SystemExit as e:\n    assert not e.code, e.code\n"
        "heavy = {m for m in sys.modules if m.startswith(('sqlalchemy.orm', "
        "'bounceback.storage.repos', 'bounceback.storage.tables'))}\n"
        "sys.stderr.write(repr(sorted(heavy)))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stderr.strip() == "[]"
    rows = json.loads(done.stdout)
    assert [(row["id"], row["applications"]) for row in rows] == [
        (v.id, links.get(v.id or 0, [])) for v in varied.skills.resumes()]


def test_profile_vocabulary_and_postings_read_what_the_orm_path_read(varied: Bounceback) -> None:
    """`skills`, `skills vocabulary` and `posting show` (round 17), against the skills part's
    `profile`, `vocabulary`, `attributions`, `posting` and `attribution_for` (the ORM's)."""
    bb = varied
    assert to_json(bb.views.profile()) == to_json(bb.skills.profile())
    vocabulary, stored = bb.views.vocabulary()
    assert stored == bb.skills.attributions() and stored
    assert [to_json(s) for s in vocabulary] == [to_json(s) for s in bb.skills.vocabulary()]
    kinds = set()
    for app in bb.views.applications():
        try:
            orm = bb.skills.posting(app.id)
        except NotFound as e:
            with pytest.raises(NotFound, match=re.escape(str(e))):
                bb.views.posting(app.id)
            kinds.add("none")
            continue
        found, owed = bb.views.posting(app.id)
        assert to_json(found) == to_json(orm), app.id
        assert owed == bb.skills.attribution_for([*orm.skills, *orm.mentioned], orm.location)
        kinds |= {"posting", "owed" if owed else "owes nothing",
                  "salary" if orm.salary else "no salary", "implied" if orm.implied else ""}
    assert {"none", "posting", "owed", "owes nothing", "salary", "no salary", "implied"} <= kinds


def test_skills_vocabulary_and_posting_show_load_no_orm_and_print_the_same(
        varied: Bounceback, cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from bounceback.services.views import ViewsService

    app_id = next(a.id for a in varied.views.applications() if a.company == "Crumb")
    other = next(a.id for a in varied.views.applications()
                 if a.company != "Crumb" and _has_posting(varied, a.id))
    calls = [["skills"], ["skills", "--json"], ["skills", "vocabulary"],
             ["skills", "vocabulary", "sugar", "--json"], ["skills", "vocabulary", "--category",
                                                          "craft"],
             ["posting", "show", str(app_id)], ["posting", "show", str(app_id), "--json"],
             ["posting", "show", str(other)], ["posting", "show", str(other), "--json"]]
    lean = []
    for args in calls:
        code = (
            "import sys; from bounceback.cli.entry import run\n"
            f"sys.argv = ['bounceback', '--db', {cli.url!r}, *{args!r}]\n"
            "try:\n    run()\nexcept SystemExit as e:\n    assert not e.code, e.code\n"
            "heavy = {m for m in sys.modules if m.startswith(('sqlalchemy.orm', "
            "'bounceback.storage.repos', 'bounceback.storage.tables'))}\n"
            "sys.stderr.write(repr(sorted(heavy)))"
        )
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              check=True)
        assert done.stderr.strip() == "[]", args
        lean.append(done.stdout)
    monkeypatch.setattr(ViewsService, "profile", lambda self: self.app.skills.profile())
    monkeypatch.setattr(ViewsService, "vocabulary", lambda self: (
        self.app.skills.vocabulary(), self.app.skills.attributions()))
    monkeypatch.setattr(ViewsService, "posting", lambda self, app_id: (
        (p := self.app.skills.posting(app_id)),
        self.app.skills.attribution_for([*p.skills, *p.mentioned], p.location)))
    for printed, args in zip(lean, calls, strict=True):
        before = cli(*args)
        assert before.exit_code == 0, (args, before.output)
        assert printed == before.stdout, args


def _has_posting(bb: Bounceback, app_id: int) -> bool:
    try:
        bb.skills.posting(app_id)
    except NotFound:
        return False
    return True
