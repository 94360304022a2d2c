"""`show`, `brief` and `practice` read without the ORM (issue 16), and say what the ORM path
said.

The ORM path is kept here as the oracle: `applications.timeline` and `applications.resolve`
(still the ORM's repositories) and the brief as round 14 built it (`orm_brief`, its body moved
here unchanged when the brief went to the views part). Every application of the demo, with a
few more kinds of data than the demo holds (a task done, a contact linked to two applications,
an application's tags, a lesson with tags and one of the application's own, a card reviewed),
on both engines.
"""

from __future__ import annotations

import json
from functools import partial
from typing import Any

import pytest

from bounceback.cli.jsonout import to_json
from bounceback.domain.errors import BouncebackError
from bounceback.domain.learning import PracticeCard
from bounceback.domain.models import Task
from bounceback.learning import practice
from bounceback.learning.brief import Brief
from bounceback.services import Bounceback
from bounceback.services.views import ViewsService
from tests_support_cli import lean_process


def orm_brief(bb: Bounceback, app_id: int, skills: list[str] | None = None) -> Brief:
    """Round 14's LearningService.brief, unchanged: the application's own rows through the
    ORM's repositories, the rest through the read model."""
    from bounceback.learning import brief as b
    from bounceback.learning.interviews import WeakAnswer
    from bounceback.learning.lessons import Context, lessons_for
    from bounceback.learning.patterns import WeakWording
    from bounceback.storage.readmodel import learning_queries
    from bounceback.storage.repos import applications as apps_repo
    from bounceback.storage.repos import companies as companies_repo
    from bounceback.storage.repos import contacts as contacts_repo
    from bounceback.storage.repos import feedback as feedback_repo
    from bounceback.storage.repos import interviews as interviews_repo

    today = bb.clock().date()
    with bb.db.session() as s:
        app = apps_repo.get(s, app_id)
        found = companies_repo.find_company(s, app.company)
        companies = {found.name: found} if found else {}
        kind = b.company_tags(app, companies)
        with bb.db.reader() as r:
            said: list[WeakWording] = [w for w in learning_queries.wordings(r)
                                       if w.last_held <= today]
            candidates = learning_queries.learnables(r, b.role_family(app.role), set(kind),
                                                     exclude=app_id, first=b.SIMILAR)
            chosen = b.most_similar(app, set(kind), candidates, b.SIMILAR)
            texts = learning_queries.learnable_texts(r, [c.application_id for c, _, _ in chosen])
            wordings = b.distinct_wordings([w.question for w in said])
            latest = learning_queries.latest_weak(r, wordings, today)
        held = sorted({interview_id for interview_id, _ in latest.values()})
        read = interviews_repo.interviews(s, app_id, also=held)
        rounds = sorted((i for i in read if i.application_id == app_id), key=lambda i: i.held_on)
        rounds_by_id = {i.id: i for i in read}
        struggled = []
        for text in wordings:
            if text in latest:
                interview_id, question_id = latest[text]
                round_ = rounds_by_id[interview_id]
                question = next(q for q in round_.questions if q.id == question_id)
                struggled.append(WeakAnswer(question, round_))
        context = Context(b.brief_stage(app), kind, tuple(skills or []))
        return b.Brief(
            application=app, stage=b.brief_stage(app),
            contacts=contacts_repo.list_contacts(s, app_id), rounds_so_far=rounds,
            lessons=lessons_for(feedback_repo.lessons(s), context),
            cards_due=interviews_repo.due_cards(s, today, b.CARDS), struggled=struggled,
            similar_feedback=[
                b.SimilarFeedback(other.application_id, other.title,
                                  texts[other.application_id][k][0], why,
                                  source=texts[other.application_id][k][1])
                for other, k, why in chosen
            ],
        )


def orm_deck(bb: Bounceback) -> list[PracticeCard]:
    """Round 14's LearningService.deck: every card through the ORM's repository."""
    from bounceback.storage.repos import interviews as interviews_repo

    with bb.db.session() as s:
        return interviews_repo.cards(s)


@pytest.fixture
def varied(demo_bb: Bounceback) -> Bounceback:
    """The demo with what it lacks: a task done, a contact of two applications, tags, lessons
    with tags and of an application, a card reviewed."""
    bb = demo_bb
    apps = bb.applications.list()
    first, second = apps[0], apps[1]
    task = bb.tasks.add(Task(title="Send the thank-you note", due=bb.clock().date(),
                             application_id=first.id, notes="after the call"))
    bb.tasks.done(task.id)
    contact = next(c for c in bb.contacts.list() if c.application_ids)
    other = next(a for a in apps if a.id not in contact.application_ids)
    bb.contacts.link(contact.id, other.id)
    bb.applications.edit(second.id, {"tags": ["dream", "Remote-first", "ächt"]})
    bb.learning.add_lesson("Ask about the team's on-call", ["stage:interviewing"], second.id)
    bb.learning.add_lesson("Bring numbers", ["skill:sql", "type:panel"])
    card = bb.learning.add_card("Tell me about a failure", ["behavioural"], second.id)
    assert card.id is not None
    bb.learning.review_card(card.id, 4, "The migration that slipped: what I changed after")
    return bb


def _outcome(call: Any) -> Any:
    try:
        return call()
    except BouncebackError as e:
        return (type(e).__name__, str(e))


def test_show_and_brief_read_what_the_orm_path_read(varied: Bounceback) -> None:
    bb = varied
    kinds = {"events": 0, "details": 0, "contacts": 0, "linked twice": 0, "tasks done": 0,
             "rejections with reasons": 0, "rounds": 0, "lessons": 0, "cards": 0,
             "struggled": 0, "similar": 0, "tags": 0}
    for app in bb.applications.list():
        full = bb.applications.timeline(app.id)
        assert bb.views.timeline(app.id) == full, app.id
        for skills in ([], ["sql", "stakeholder management"]):
            expected = orm_brief(bb, app.id, skills)
            assert bb.views.brief(app.id, skills) == expected, app.id
            assert bb.learning.brief(app.id, skills) == expected, app.id
        kinds["events"] += len(full.events)
        kinds["details"] += sum(bool(e.details) for e in full.events)
        kinds["contacts"] += len(full.contacts)
        kinds["linked twice"] += sum(len(c.application_ids) > 1 for c in full.contacts)
        kinds["tasks done"] += sum(t.done for t in full.tasks)
        kinds["rejections with reasons"] += bool(full.rejection and full.rejection.reasons)
        kinds["tags"] += len(full.application.tags)
        kinds["rounds"] += len(expected.rounds_so_far)
        kinds["lessons"] += len(expected.lessons)
        kinds["cards"] += len(expected.cards_due)
        kinds["struggled"] += len(expected.struggled)
        kinds["similar"] += len(expected.similar_feedback)
    assert all(kinds.values()), kinds  # every kind of row was compared
    deck = orm_deck(bb)
    assert bb.views.deck() == bb.learning.deck() == deck
    assert any(c.tags for c in deck) and any(c.last_reviewed for c in deck)
    assert bb.views.due_cards(3) == practice.due_cards(deck, bb.clock().date(), 3)
    assert bb.views.due_cards() == practice.due_cards(deck, bb.clock().date(), None)


def test_an_application_is_named_as_before(varied: Bounceback) -> None:
    bb = varied
    apps = bb.applications.list()
    refs = ["", "  ", "0", "#0", "99999", "99999999999999999999999", "zzzz qqqq", "analyst",
            "data", "Kestrel"]
    for app in apps[:25]:
        refs += [str(app.id), f"#{app.id}", f" {app.id} ", app.company, app.role,
                 f"{app.company} {app.role}", app.company.upper()[:6]]
    for ref in refs:
        assert _outcome(partial(bb.views.resolve, ref)) == _outcome(
            partial(bb.applications.resolve, ref)), ref


def _orm_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI's reads as round 14 made them (the oracle)."""
    monkeypatch.setattr(ViewsService, "resolve", lambda self, ref: self.app.applications.resolve(ref))
    monkeypatch.setattr(ViewsService, "timeline",
                        lambda self, app_id: self.app.applications.timeline(app_id))
    monkeypatch.setattr(ViewsService, "deck", lambda self: orm_deck(self.app))
    monkeypatch.setattr(ViewsService, "brief",
                        lambda self, app_id, skills=None: orm_brief(self.app, app_id, skills))


_process = lean_process


def test_show_and_brief_load_no_orm_and_print_what_they_printed(
        varied: Bounceback, cli: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    bb = varied
    apps = bb.applications.list()
    rejected = next(a for a in apps if a.outcome is not None)
    interviewed = next(a for a in apps if bb.views.brief(a.id).rounds_so_far)
    calls = [["show", str(rejected.id), "--json"], ["show", str(apps[1].id)],
             ["show", apps[1].company], ["brief", str(interviewed.id), "--json"],
             ["brief", str(apps[1].id), "--skill", "sql"], ["show", "zzzz qqqq"],
             ["brief", "99999"], ["practice", "--json"], ["practice", "list"],
             ["practice", "list", "--json"], ["practice", "--limit", "3", "--json"]]
    lean = [_process(cli.url, args) for args in calls]
    for (_, heavy), args in zip(lean, calls, strict=True):
        assert heavy == [], args
    _orm_path(monkeypatch)
    for (printed, _), args in zip(lean, calls, strict=True):
        before = cli(*args)
        assert printed == before.stdout, args
    assert json.loads(lean[0][0]) == json.loads(to_json(bb.applications.timeline(rejected.id)))
    assert json.loads(lean[0][0])["rejection"]["reasons"]
    assert json.loads(lean[3][0]) == json.loads(to_json(orm_brief(bb, interviewed.id)))
    assert json.loads(lean[3][0])["rounds_so_far"]


def test_the_similar_applications_read_first_are_those_a_full_ranking_picks(
        demo_bb: Bounceback) -> None:
    """The brief reads only the first applications of each rank of similarity (every rank in
    one statement, round 22): for every application, and for as few as one shown, they pick
    the same similar applications, in the same order, as ranking every learnable one."""
    from bounceback.learning import brief as b
    from bounceback.storage.readmodel import learning_queries

    bb = demo_bb
    picked = 0
    with bb.db.reader() as r:
        companies = {name: (size, industry) for name, size, industry in r.all(
            "SELECT name, size, industry FROM companies")}
        for app in bb.applications.list():
            kind = {t for t in companies.get(app.company, ()) if t}
            family = b.role_family(app.role)
            every = learning_queries.learnables(r, family, kind, exclude=app.id)
            for shown in (1, 2, b.SIMILAR):
                first = learning_queries.learnables(r, family, kind, exclude=app.id,
                                                    first=shown)
                expected = b.most_similar(app, kind, every, shown)
                assert b.most_similar(app, kind, first, shown) == expected, (app.id, shown)
                picked += len(expected)
    assert picked  # some application had similar ones to pick
