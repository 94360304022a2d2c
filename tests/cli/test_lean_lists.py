"""`contacts`, `tasks`, `journal list`, `support list`, `interview list`, `lesson list` and
`feedback list`, `reasons` read without the ORM (issue 16), and say what the ORM path said.

The ORM's repositories are the oracle (storage/repos/contacts.py, tasks.py, recovery.py,
interviews.py, feedback.py: what the capability parts read through before). The demo with
more kinds of data than it holds (a task done, a contact linked to two applications and one
without a company, a support person set aside and one suggested, a journal entry of no
rejection, feedback with reasons and without, lessons with tags), on both engines.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from bounceback.domain.errors import NotFound
from bounceback.domain.learning import Interview, InterviewQuestion
from bounceback.domain.models import Contact, Task
from bounceback.domain.vocabulary import ContactRole, InterviewType
from bounceback.services import Bounceback
from bounceback.services.recovery import EntryDraft
from bounceback.services.views import ViewsService
from tests_support_cli import lean_process


def orm_contacts(bb: Bounceback, app_id: int | None = None) -> list[Contact]:
    from bounceback.storage.repos import contacts

    with bb.db.session() as s:
        return contacts.list_contacts(s, app_id)


def orm_tasks(bb: Bounceback, *, include_done: bool = False) -> list[Task]:
    from bounceback.storage.repos import tasks

    with bb.db.session() as s:
        return tasks.list_tasks(s, include_done=include_done)


def orm_journal(bb: Bounceback) -> Any:
    from bounceback.storage.repos import recovery

    with bb.db.session() as s:
        return recovery.entries(s)


def orm_people(bb: Bounceback, include_inactive: bool = False) -> Any:
    from bounceback.storage.repos import recovery

    with bb.db.session() as s:
        return recovery.people(s, include_inactive=include_inactive)


def orm_interviews(bb: Bounceback, app_id: int | None = None) -> Any:
    from bounceback.storage.repos import interviews

    with bb.db.session() as s:
        return interviews.interviews(s, app_id)


def orm_lessons(bb: Bounceback, tag: str | None = None) -> Any:
    from bounceback.learning import lessons
    from bounceback.storage.repos import feedback

    wanted = lessons.parse_tag(tag) if tag else None
    with bb.db.session() as s:
        return [x for x in feedback.lessons(s) if wanted is None or wanted in x.tags]


def orm_feedback(bb: Bounceback, app_id: int | None = None) -> Any:
    from bounceback.learning.feedback import overview
    from bounceback.storage.repos import feedback

    with bb.db.session() as s:
        return overview(feedback.requests(s, app_id), feedback.feedback(s, app_id),
                        bb.clock().date())


@pytest.fixture
def varied(demo_bb: Bounceback) -> Bounceback:
    bb, today = demo_bb, demo_bb.clock().date()
    apps = bb.applications.list()
    second = apps[1]
    for title, app_id, done in (("Update the portfolio", None, False),
                                ("Send the thank-you note", apps[0].id, True)):
        task = bb.tasks.add(Task(title=title, due=today, application_id=app_id, notes="later"))
        if done:
            bb.tasks.done(task.id)
    contact = next(c for c in bb.contacts.list() if c.application_ids)
    other = next(a for a in apps if a.id not in contact.application_ids)
    bb.contacts.link(contact.id, other.id)
    bb.contacts.add(Contact(name="Ana Ölz", role=ContactRole.REFERRER, email="ana@example.org"))
    bb.learning.add_lesson("Ask about the team's on-call", ["stage:interviewing"], second.id)
    bb.learning.add_lesson("Bring numbers", ["skill:sql", "type:panel"])
    set_aside = bb.recovery.add_person("Sam", "sam@example.org", "former colleague")
    bb.recovery.edit_person(set_aside.id, active=False)
    asked = bb.recovery.add_person("Rosa", "+44 7700 900123", "sister")
    bb.recovery.record_outreach(asked.id, True, "Had a long call")
    bb.recovery.write(EntryDraft(text="A quiet week, some good news at last.", minutes=4.5))
    rejected = next(a for a in apps if a.outcome is not None)
    bb.learning.add_feedback(rejected.id, "Strong, but another had more SQL.", from_name="Lee",
                             primary="skill_gap", others=["experience_level"])
    bb.learning.add_feedback(rejected.id, "Thanks for asking.")
    live = next(a for a in apps if a.outcome is None)
    bb.learning.log_interview(Interview(
        application_id=live.id, held_on=bb.clock().date(), kind=InterviewType.PANEL,
        interviewers=["Kim Ode", "Jo Park"], rating=3, went_well="the SQL part",
        questions=[InterviewQuestion("Why this team?", "the product", 4),
                   InterviewQuestion("Describe a conflict", "", 2)]))
    return bb


def test_the_lists_read_what_the_orm_path_read(varied: Bounceback) -> None:
    bb = varied
    views = bb.views
    contacts = orm_contacts(bb)
    assert views.contacts() == contacts
    assert any(len(c.application_ids) > 1 for c in contacts)
    assert any(c.company is None for c in contacts)
    for app in bb.applications.list():
        assert views.contacts(app.id) == orm_contacts(bb, app.id), app.id
        assert views.interviews(app.id) == orm_interviews(bb, app.id), app.id
        assert views.feedback_overview(app.id) == orm_feedback(bb, app.id), app.id
    for done in (False, True):
        assert views.tasks(include_done=done) == orm_tasks(bb, include_done=done)
    assert any(t.done for t in orm_tasks(bb, include_done=True))
    assert any(t.application_id is None for t in orm_tasks(bb))
    journal = orm_journal(bb)
    assert views.journal() == journal
    assert [e.text for e in views.journal()] == [e.text for e in journal]  # not in the repr
    assert any(e.rejection_id is None for e in journal) and any(e.rejection_id for e in journal)
    for every in (False, True):
        assert views.people(every) == orm_people(bb, every)
    people = orm_people(bb, True)
    assert any(not p.active for p in people) and any(p.last_suggested_at for p in people)
    interviews = orm_interviews(bb)
    assert views.interviews() == interviews
    assert any(i.questions for i in interviews) and any(i.interviewers for i in interviews)
    for tag in (None, "stage:interviewing", "skill:sql", "nothing-like-it"):
        assert views.lessons(tag) == orm_lessons(bb, tag), tag
    overview = orm_feedback(bb)
    assert views.feedback_overview() == overview
    assert any(f.reasons for f in overview.feedback) and overview.requests
    assert any(f.from_name is None for f in overview.feedback)


def _orm_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI's reads as round 16 made them (the oracle)."""
    monkeypatch.setattr(ViewsService, "contacts", lambda self, app_id=None: orm_contacts(
        self.app, app_id))
    monkeypatch.setattr(ViewsService, "tasks", lambda self, include_done=False: orm_tasks(
        self.app, include_done=include_done))
    monkeypatch.setattr(ViewsService, "journal", lambda self: orm_journal(self.app))
    monkeypatch.setattr(ViewsService, "people", lambda self, include_inactive=False: orm_people(
        self.app, include_inactive))
    monkeypatch.setattr(ViewsService, "interviews", lambda self, app_id=None: orm_interviews(
        self.app, app_id))
    monkeypatch.setattr(ViewsService, "lessons", lambda self, tag=None: orm_lessons(
        self.app, tag))
    monkeypatch.setattr(ViewsService, "feedback_overview", lambda self, app_id=None: (
        orm_feedback(self.app, app_id)))


_process = lean_process


def test_the_list_commands_load_no_orm_and_print_what_they_printed(
        varied: Bounceback, cli: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    bb = varied
    apps = bb.applications.list()
    interviewed = next(a for a in apps if bb.views.interviews(a.id))
    rejected = next(a for a in apps if bb.views.feedback_overview(a.id).feedback)
    calls = [["contacts"], ["contacts", "--json"], ["contacts", "--app", str(apps[0].id)],
             ["tasks"], ["tasks", "--all", "--json"], ["journal", "list"],
             ["journal", "list", "--json"], ["support", "list", "--all"], ["support"],
             ["support", "list", "--json"], ["interview", "list"],
             ["interview", "list", str(interviewed.id), "--json"], ["lesson", "list"],
             ["lesson", "list", "--tag", "skill:sql", "--json"], ["lesson", "list", "--suggested"],
             ["feedback", "list"], ["feedback", "list", "--json"],
             ["feedback", "list", str(rejected.id), "--json"]]
    lean = [_process(cli.url, args) for args in calls]
    for (printed, heavy), args in zip(lean, calls, strict=True):
        assert heavy == [], args
        assert printed.strip(), args
    _orm_path(monkeypatch)
    for (printed, _), args in zip(lean, calls, strict=True):
        before = cli(*args)
        assert before.exit_code == 0, (args, before.output)
        assert printed == before.stdout, args


def test_reasons_read_what_the_orm_path_read(varied: Bounceback, cli: Any,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """`reasons` and `reasons APP` (the rejection's reasons, the classifier's suggestions
    trained on the labels, the valid names with the user's own) against the learning part's
    `valid_reasons` and `review_reasons` through the ORM."""
    bb = varied
    rejected = [a for a in bb.applications.list() if a.outcome is not None]
    bb.learning.correct_reasons(rejected[1].id, "custom:portfolio_missing", ["fit"])
    assert "custom:portfolio_missing" in bb.views.valid_reasons()
    assert bb.views.valid_reasons() == bb.learning.valid_reasons()
    kinds = set()
    for app in [*rejected, *(a for a in bb.applications.list() if a.outcome is None)][:40]:
        try:
            bb.learning.review_reasons(app.id)  # the model trained (once) before comparing
        except NotFound as e:
            with pytest.raises(NotFound, match=re.escape(str(e))):
                bb.views.reasons(app.id)
            kinds.add("no rejection")
            continue
        lean = bb.views.reasons(app.id)
        assert lean == bb.learning.review_reasons(app.id), app.id
        kinds |= {lean.suggested_from or "nothing to read",
                  "suggested" if lean.suggestions else "", "reasons" if lean.current else ""}
    assert {"no rejection", "email", "feedback", "suggested", "reasons"} <= kinds, kinds
    calls = [["reasons"], ["reasons", "--json"], ["reasons", str(rejected[0].id)],
             ["reasons", str(rejected[1].id), "--json"]]
    lean_runs = [_process(cli.url, args) for args in calls]
    for (_, heavy), args in zip(lean_runs, calls, strict=True):
        assert heavy == [], args
    monkeypatch.setattr(ViewsService, "valid_reasons", lambda self: (
        self.app.learning.valid_reasons()))
    monkeypatch.setattr(ViewsService, "reasons", lambda self, app_id: (
        self.app.learning.review_reasons(app_id)))
    for (printed, _), args in zip(lean_runs, calls, strict=True):
        before = cli(*args)
        assert before.exit_code == 0, (args, before.output)
        assert printed == before.stdout, args


def test_the_weekly_review_loads_no_orm_and_writes_what_it_wrote(
        varied: Bounceback, cli: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    """`review` (a page of the week, private parts with --include-private): its check-ins,
    journal, lessons, cards, feedback requests and plan from the views part, against the
    recovery and learning parts' ORM reads (the check-ins compared row by row too)."""
    from bounceback.services import chart_sources
    from bounceback.storage.repos import recovery

    bb = varied
    with bb.db.session() as s:
        orm = recovery.check_ins(s)
    assert bb.views.check_ins() == orm and any(c.emotions for c in orm)
    assert [c.something_else for c in bb.views.check_ins()] == [c.something_else for c in orm]
    calls = [["review", "--include-private", "--out", str(tmp_path / "lean-{}.html")],
             ["review", "--week", "last", "--include-private", "--out",
              str(tmp_path / "lean-{}.html")], ["review", "--out", str(tmp_path / "lean-{}.html")]]
    lean = []
    for n, args in enumerate(calls):
        args = [a.format(n) for a in args]
        _, heavy = _process(cli.url, args)
        assert heavy == [], args
        lean.append((tmp_path / f"lean-{n}.html").read_text())
    monkeypatch.setattr(chart_sources, "check_ins", lambda bb: bb.recovery.check_ins())
    monkeypatch.setattr(chart_sources, "journal", lambda bb: orm_journal(bb))
    monkeypatch.setattr(chart_sources, "lessons", lambda bb: orm_lessons(bb))
    monkeypatch.setattr(chart_sources, "intentions", lambda bb: bb.pipeline.plan().intentions)
    for n, args in enumerate(calls):
        args = [a.replace("lean-{}", f"orm-{n}") for a in args]
        assert cli(*args).exit_code == 0, args
        assert (tmp_path / f"orm-{n}.html").read_text() == lean[n], args
    assert "Journal" in lean[0] or "journal" in lean[0]
