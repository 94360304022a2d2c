"""The web's pages read through the lean read layer (the functions the CLI's read commands use,
no ORM), and show what the ORM's service methods gave: each page moved is rendered both ways on
a generated store (the small demo with what it lacks: feedback, a label of the user's, a
posting with an ESCO skill, skills of the profile, an application with no posting) and the two
pages must be the same, byte for byte. The ORM path is the oracle: the page's reads pointed
back at `applications.timeline`, `learning.for_timeline`, `skills.gaps`, `applications.get`...
Both engines."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from tests.web.conftest import Web

from bounceback.domain.errors import BouncebackError
from bounceback.domain.models import Application, ApplicationQuery
from bounceback.domain.vocabulary import Outcome
from bounceback.services import Bounceback
from bounceback.services.page_reads import ApplicationPage

DATA = Path(__file__).resolve().parents[1] / "data" / "skills"


def orm_application_page(bb: Bounceback, app_id: int, *, learning: bool,
                         skills: bool) -> ApplicationPage:
    """What the application's page read before round 18, through the ORM's service methods."""
    timeline = bb.applications.timeline(app_id)
    found = ApplicationPage(timeline)
    if learning:
        found.learning = bb.learning.for_timeline(timeline)
    if skills:
        try:
            report = bb.skills.gaps(app_id, timeline.application)
        except BouncebackError:
            report = None
        found.gaps = report if report is not None and report.has_posting else None
    return found


def orm_reads(bb: Bounceback, monkeypatch: pytest.MonkeyPatch) -> None:
    """The pages' lean reads pointed back at the ORM's service methods."""
    monkeypatch.setattr(bb.views, "application_page",
                        lambda app_id, **kw: orm_application_page(bb, app_id, **kw))
    monkeypatch.setattr(bb.views, "application", bb.applications.get)
    monkeypatch.setattr(bb.views, "journal", bb.recovery.journal)
    monkeypatch.setattr(bb.views, "people", bb.recovery.people)


def both(web: Web, monkeypatch: pytest.MonkeyPatch, paths: list[str]) -> None:
    """Each page through the lean path (twice: the second from what the process keeps) and
    through the ORM path: the same answer."""
    lean = {p: [web.get(p) for _ in range(2)] for p in paths}
    with monkeypatch.context() as m:
        orm_reads(web.bb, m)
        for path in paths:
            orm = web.get(path)
            assert orm.status_code == 200, path
            for found in lean[path]:
                assert found.status_code == 200, path
                assert found.text == orm.text, path


@pytest.fixture
def varied(demo_web: Web) -> Web:
    bb = demo_web.bb
    bb.skills.import_esco(DATA / "esco_skills.csv")
    bb.skills.import_posting(
        b"Cake Decorator\n\nRequirements: sugar craft for wedding cakes, SQL and Python. "
        b"Experience with dbt is desirable.", company="Crumb")
    bb.skills.add_skill("SQL", 7)
    bb.applications.add(Application(company="Nopost", role="Baker"))  # no posting
    rejected = [a for a in bb.views.applications() if a.outcome is Outcome.REJECTED]
    bb.learning.add_feedback(rejected[0].id, "They wanted more years of SQL experience.")
    bb.learning.correct_reasons(rejected[1].id, "experience_level", ["custom:too_far"])
    return demo_web


def app_ids(bb: Bounceback) -> list[int]:
    return [a.id for a in bb.views.applications() if a.id is not None]


def test_every_application_page_is_what_the_orm_path_gave(
        varied: Web, monkeypatch: pytest.MonkeyPatch) -> None:
    bb = varied.bb
    ids = app_ids(bb)
    both(varied, monkeypatch, [f"/applications/{i}" for i in ids])
    pages = {i: bb.views.application_page(i, learning=True, skills=True) for i in ids}
    # what the pages held: rejected ones with feedback and a review, open ones, with and
    # without gaps and interviews
    assert any(p.learning and p.learning.feedback and p.learning.feedback.feedback
               for p in pages.values())
    assert any(p.learning and p.learning.reasons and p.learning.reasons.suggestions
               for p in pages.values())
    assert {p.gaps is None for p in pages.values()} == {True, False}
    assert any(p.learning and p.learning.interviews for p in pages.values())


def matched(bb: Bounceback, ids: list[int]) -> set[str]:
    pages = [bb.views.application_page(i, learning=False, skills=True) for i in ids]
    return {m.skill for p in pages if p.gaps is not None for m in p.gaps.gaps.matched}


def missing(bb: Bounceback, ids: list[int]) -> list[str]:
    pages = [bb.views.application_page(i, learning=False, skills=True) for i in ids]
    return [g.skill for p in pages if p.gaps is not None for g in p.gaps.gaps.required_missing]


def test_the_page_follows_a_label_and_a_skill_written_after_it_was_kept(
        varied: Web, monkeypatch: pytest.MonkeyPatch) -> None:
    """What a process keeps under the labels' and the skills' stamps is worked out again
    when a write moves them: the next view shows the change, as the ORM path does."""
    bb = varied.bb
    rejected = [a.id for a in bb.views.applications() if a.outcome is Outcome.REJECTED]
    posted = [i for i in app_ids(bb)
              if bb.views.application_page(i, learning=False, skills=True).gaps is not None]
    paths = [f"/applications/{i}" for i in [*rejected[:3], *posted[:3]]]
    both(varied, monkeypatch, paths)
    skill = missing(bb, posted)[0]
    assert skill not in matched(bb, posted)
    bb.learning.correct_reasons(rejected[2], "compensation", ["custom:night_shifts"])
    bb.skills.add_skill(skill, 3)
    both(varied, monkeypatch, paths)
    review = bb.views.application_page(rejected[0], learning=True, skills=False).learning
    assert review is not None and review.reasons is not None
    assert "custom:night_shifts" in review.reasons.valid_reasons  # the new label's name
    assert skill in matched(bb, posted)  # the profile's new skill


def test_the_application_parts_are_what_the_orm_path_gave(
        varied: Web, monkeypatch: pytest.MonkeyPatch) -> None:
    """The details part and the edit form read the application alone (`views.application`)."""
    ids = app_ids(varied.bb)
    both(varied, monkeypatch, [p for i in ids[:15]
                               for p in (f"/applications/{i}/details", f"/applications/{i}/edit")])


def test_a_missing_application_is_not_found_both_ways(
        varied: Web, monkeypatch: pytest.MonkeyPatch) -> None:
    missing = max(app_ids(varied.bb)) + 100
    for path in (f"/applications/{missing}", f"/applications/{missing}/details"):
        lean = varied.get(path)
        with monkeypatch.context() as m:
            orm_reads(varied.bb, m)
            orm = varied.get(path)
        assert lean.status_code == orm.status_code == 404
        assert re.sub(r"\s+", " ", lean.text) == re.sub(r"\s+", " ", orm.text)


def test_no_orm_session_is_opened_by_the_pages(varied: Web, monkeypatch: pytest.MonkeyPatch
                                               ) -> None:
    """The moved pages open no ORM session (a read through `db.session` would)."""
    bb = varied.bb
    ids = app_ids(bb)
    opened: list[Any] = []
    real = type(bb.db).session

    def counting(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        opened.append(1)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(type(bb.db), "session", counting)
    for i in ids[:10]:
        for path in (f"/applications/{i}", f"/applications/{i}/details",
                     f"/applications/{i}/edit"):
            assert varied.get(path).status_code == 200
    assert opened == []


BOARDS = ["/board", "/board?show=all", "/board?show=closed", "/board?q=analyst&show=all",
          "/board?q=data&source=job_board&show=all"]


def test_the_board_cards_show_what_the_whole_rows_gave(
        varied: Web, monkeypatch: pytest.MonkeyPatch) -> None:
    """A card reads its number, role, company, place and status only (board_queries._CARD):
    the board renders the same as from whole applications (the rows read before round 18)."""
    from bounceback.storage.readmodel import board_queries, queries

    bb = varied.bb
    bb.applications.add(Application(company="Longpost", role="Analyst", location="Leeds",
                                    description="A long posting. " * 4000))
    lean = {p: varied.get(p).text for p in BOARDS}

    def whole_column(r, stages, limit, offset=0):  # type: ignore[no-untyped-def]
        ids = [a.id for a in real_column(r, stages, limit, offset)]
        found = queries.by_ids(r, ids)
        return [found[i] for i in ids]

    real_column = board_queries.column
    with monkeypatch.context() as m:
        m.setattr(board_queries, "column", whole_column)
        m.setattr(board_queries, "cards", queries.by_ids)
        for path, text in lean.items():
            assert varied.get(path).text == text, path
    columns = [ApplicationQuery(stages=["applied"], text="analyst"), ApplicationQuery(
        stages=["applied"]), ApplicationQuery(stages=["rejected", "withdrawn"])]
    cards = {a.id: a for column in columns
             for shown, _ in bb.views.board([column], 40, cap=100)[0] for a in shown}
    assert cards
    for app in bb.views.applications():
        if app.id in cards:
            card = cards[app.id]
            assert (card.role, card.company, card.location, card.status) == (
                app.role, app.company, app.location, app.status)


def test_the_board_reads_no_description_notes_or_tags(
        varied: Web, monkeypatch: pytest.MonkeyPatch) -> None:
    from bounceback.storage.readmodel import reader

    sent: list[str] = []
    real = reader.Reader.all

    def all_rows(self, sql, **params):  # type: ignore[no-untyped-def]
        sent.append(sql)
        return real(self, sql, **params)

    monkeypatch.setattr(reader.Reader, "all", all_rows)
    for path in BOARDS:
        assert varied.get(path).status_code == 200
    assert sent
    for sql in sent:
        assert not re.search(r"\b(description|notes|application_tags)\b", sql), sql


def test_the_journal_and_the_settings_support_list_are_what_the_orm_path_gave(
        varied: Web, monkeypatch: pytest.MonkeyPatch) -> None:
    """The journal (its count, and its entries once opened) and the support people on Settings
    read what `journal list` and `support list` read."""
    bb = varied.bb
    assert bb.views.journal() and bb.views.people()  # the demo has both
    opened = varied.post("/journal/open").headers["location"]
    assert "open=" in opened
    both(varied, monkeypatch, ["/journal", opened, "/settings"])
    assert bb.views.journal()[0].text[:20] in varied.get(opened).text
