"""The read model kept by each write equals the one rebuilt from the records, after any
sequence of writes (Hypothesis drives the service as a user would), on SQLite and PostgreSQL.

`make test` runs the "read-model" settings profile (a few minutes of both engines at most);
BOUNCEBACK_READ_MODEL_PROFILE=read-model-thorough runs many more and longer sequences."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from bounceback.config import Settings
from bounceback.domain.errors import BouncebackError
from bounceback.domain.models import Application, Event
from bounceback.domain.vocabulary import EventKind, Source, Stage
from bounceback.services import Bounceback
from bounceback.services.recovery import CheckInDraft
from bounceback.storage import transfer
from bounceback.storage.readmodel import sync
from conftest import NOW

COMPANIES = ["Acme", "Globex", "Initech", "Umbrella"]
STAGES = [Stage.SAVED, Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEWING, Stage.OFFER]
MOVES = [*STAGES, Stage.ACCEPTED]
POSTING_LINES = ["- 3 years of SQL", "- Python is a plus", "- Tableau or Power BI",
                 "- Excel (nice to have)", "- Stakeholder management"]
QUESTIONS = ["Tell me about a conflict", "Tell me about a conflict at work?", "Why us?",
             "Walk me through a project"]

settings.register_profile("read-model", max_examples=20, stateful_step_count=30, deadline=None,
                          suppress_health_check=list(HealthCheck))
settings.register_profile("read-model-thorough", max_examples=400, stateful_step_count=50,
                          deadline=None, suppress_health_check=list(HealthCheck))
PROFILE = os.environ.get("BOUNCEBACK_READ_MODEL_PROFILE", "read-model")
EMAIL_KINDS = ["rejection", "application_received", "interview_request"]
EVENT_KINDS = [EventKind.EMAIL_RECEIVED, EventKind.INTERVIEW_SCHEDULED, EventKind.FOLLOW_UP_SENT,
               EventKind.FEEDBACK_RECEIVED, EventKind.ASSESSMENT, EventKind.NOTE]


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


def machine_for(bb: Bounceback, clock: Clock, folder: Path) -> type[RuleBasedStateMachine]:
    from mail.mailkit import StandInClassifier, job_message, write_mbox

    classifier = StandInClassifier()
    mails = iter(range(1, 10**6))

    class ReadModel(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            clock.now = NOW
            with bb.db.session() as s:
                transfer.wipe(s)
            self.ids: list[int] = []

        def pick(self, i: int) -> int:
            return self.ids[i % len(self.ids)]

        def day(self, days_ago: int) -> Any:
            return clock.now.date() - timedelta(days=days_ago)

        def attempt(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
            try:
                return fn(*args, **kwargs)
            except BouncebackError:
                return None  # refused as a user would be told; nothing was half-saved

        @rule(company=st.sampled_from(COMPANIES), stage=st.sampled_from(STAGES),
              source=st.sampled_from(list(Source)), days_ago=st.integers(0, 60),
              tags=st.lists(st.sampled_from(["tailored", "remote"]), max_size=2, unique=True),
              excitement=st.one_of(st.none(), st.integers(1, 5)))
        def add(self, company: str, stage: Stage, source: Source, days_ago: int,
                tags: list[str], excitement: int | None) -> None:
            app = Application(company=company, role="Analyst", stage=stage, furthest_stage=stage,
                              source=source, tags=tags, excitement=excitement,
                              date_applied=None if stage == Stage.SAVED else self.day(days_ago))
            created = bb.applications.add(app)
            assert created.id is not None
            self.ids.append(created.id)

        @precondition(lambda self: self.ids)
        @rule(i=st.integers(0, 99), stage=st.sampled_from(MOVES), days_ago=st.integers(0, 30))
        def move(self, i: int, stage: Stage, days_ago: int) -> None:
            self.attempt(bb.applications.move, self.pick(i), stage, on=self.day(days_ago))

        @precondition(lambda self: self.ids)
        @rule(i=st.integers(0, 99), kind=st.sampled_from(EVENT_KINDS), days_ago=st.integers(0, 30),
              ahead=st.integers(-5, 10), email=st.sampled_from(["", "interview_request", "update"]))
        def event(self, i: int, kind: EventKind, days_ago: int, ahead: int, email: str) -> None:
            details: dict[str, object] = {}
            if kind == EventKind.INTERVIEW_SCHEDULED:
                details["at"] = (clock.now + timedelta(days=ahead)).replace(microsecond=0).isoformat()
            if kind == EventKind.EMAIL_RECEIVED and email:
                details["email_kind"] = email
            when = datetime.combine(self.day(days_ago), datetime.min.time()) + timedelta(hours=12)
            self.attempt(bb.applications.add_event, Event(
                application_id=self.pick(i), kind=kind, occurred_at=when, details=details))

        @precondition(lambda self: self.ids)
        @rule(i=st.integers(0, 99), source=st.sampled_from(list(Source)),
              tags=st.lists(st.sampled_from(["tailored", "dream"]), max_size=2, unique=True),
              company=st.sampled_from(COMPANIES), days_ago=st.integers(0, 90))
        def edit(self, i: int, source: Source, tags: list[str], company: str, days_ago: int) -> None:
            self.attempt(bb.applications.edit, self.pick(i), {
                "source": source, "tags": tags, "company": company,
                "date_applied": self.day(days_ago)})

        @precondition(lambda self: self.ids)
        @rule(i=st.integers(0, 99), days_ago=st.integers(0, 30))
        def note(self, i: int, days_ago: int) -> None:
            self.attempt(bb.applications.note, self.pick(i), "Called the recruiter.",
                         on=self.day(days_ago))

        @rule(company=st.sampled_from([*COMPANIES, "Hooli"]), kind=st.sampled_from(EMAIL_KINDS),
              accept=st.booleans())
        def mail(self, company: str, kind: str, accept: bool) -> None:
            """An email about one of the companies: linked to its application when there is one
            (a rejection or an interview changes the stage), else waiting in the inbox."""
            number = next(mails)
            box = write_mbox(folder / f"box{number}.mbox", [job_message(number, kind, company)])
            bb.mail.import_path(box, classifier=classifier)  # type: ignore[arg-type]
            if accept:
                for item in bb.inbox.review_items():
                    before = {a.id for a in bb.applications.list()}
                    self.attempt(bb.inbox.accept, item.id)
                    self.ids.extend(a.id for a in bb.applications.list()
                                    if a.id is not None and a.id not in before)

        @precondition(lambda self: self.ids)
        @rule(i=st.integers(0, 99), days_ago=st.integers(0, 20))
        def withdraw(self, i: int, days_ago: int) -> None:
            self.attempt(bb.applications.withdraw, self.pick(i), on=self.day(days_ago))

        @precondition(lambda self: self.ids)
        @rule(i=st.integers(0, 99), days_ago=st.integers(0, 20))
        def reject(self, i: int, days_ago: int) -> None:
            self.attempt(bb.rejections.record, self.pick(i), on=self.day(days_ago))

        @precondition(lambda self: self.ids)
        @rule(i=st.integers(0, 99), action=st.sampled_from(["ghost", "revive", "wait", "follow"]))
        def ghosting(self, i: int, action: str) -> None:
            pipeline = bb.pipeline
            do = {"ghost": pipeline.confirm_ghosted, "revive": pipeline.revive,
                  "wait": pipeline.not_ghosted_yet, "follow": pipeline.followed_up}[action]
            self.attempt(do, self.pick(i))

        @precondition(lambda self: self.ids)
        @rule(i=st.integers(0, 99))
        def delete(self, i: int) -> None:
            app_id = self.pick(i)
            bb.applications.delete(app_id)
            self.ids.remove(app_id)

        @precondition(lambda self: self.ids)
        @rule(i=st.integers(0, 99), days_ago=st.integers(0, 40),
              ratings=st.lists(st.tuples(st.sampled_from(QUESTIONS), st.one_of(
                  st.none(), st.integers(1, 5))), min_size=1, max_size=3),
              overall=st.one_of(st.none(), st.integers(1, 5)))
        def interview(self, i: int, days_ago: int, ratings: list[tuple[str, int | None]],
                      overall: int | None) -> None:
            from bounceback.domain.learning import Interview, InterviewQuestion

            self.attempt(bb.learning.log_interview, Interview(
                application_id=self.pick(i), held_on=self.day(days_ago), rating=overall,
                questions=[InterviewQuestion(q, rating=r) for q, r in ratings]))

        @precondition(lambda self: self.ids)
        @rule(i=st.integers(0, 99), reason=st.sampled_from(
            ["skill_gap", "not_specified", "interview_performance", "fit"]))
        def reasons(self, i: int, reason: str) -> None:
            from bounceback.domain.models import RejectionReasonEntry

            found = bb.rejections.for_application(self.pick(i))
            if found is not None and found.id is not None:
                bb.rejections.set_reasons(found.id, [RejectionReasonEntry(reason, primary=True)])

        @precondition(lambda self: self.ids)
        @rule(i=st.integers(0, 99))
        def feedback(self, i: int) -> None:
            self.attempt(bb.learning.add_feedback, self.pick(i), "They wanted more SQL.")

        @precondition(lambda self: self.ids)
        @rule(i=st.integers(0, 99), asks=st.lists(st.sampled_from(POSTING_LINES), min_size=1,
                                                   max_size=3, unique=True))
        def posting(self, i: int, asks: list[str]) -> None:
            text = "Data Analyst at Acme\n\nRequirements:\n" + "\n".join(asks) + "\n"
            self.attempt(bb.skills.import_posting, text, "posting.txt", self.pick(i))

        @rule(skill=st.sampled_from(["SQL", "Python", "Tableau"]), add=st.booleans())
        def profile(self, skill: str, add: bool) -> None:
            self.attempt(bb.skills.add_skill if add else bb.skills.remove_skill, skill)

        @rule(mood=st.integers(1, 5))
        def check_in(self, mood: int) -> None:
            bb.recovery.check_in(CheckInDraft(mood=mood))

        @rule(days=st.integers(1, 12))
        def time_passes(self, days: int) -> None:
            clock.now += timedelta(days=days)

        @rule(rows=st.integers(1, 4))
        def import_csv(self, rows: int) -> None:
            lines = ["company,role,date applied,stage"]
            lines += [f"Csv {k},Clerk {len(self.ids)},{self.day(k).isoformat()},applied"
                      for k in range(rows)]
            report = bb.data.import_csv("\n".join(lines) + "\n")
            self.ids.extend(a.id for a in report.added if a.id is not None)

        @invariant()
        def kept_equals_rebuilt(self) -> None:
            with bb.db.session() as s:
                assert sync.check(s) == []

        def teardown(self) -> None:
            """At the end of each sequence, the answers read from the read model equal the ones
            computed from the records (every step is checked against a rebuild above)."""
            from reference_reads import (
                assert_brief_matches_reference,
                assert_gaps_match_reference,
                assert_patterns_match_reference,
                assert_reads_match_reference,
            )

            assert_reads_match_reference(bb, clock.now.date())
            assert_patterns_match_reference(bb, clock.now.date())
            for app_id in self.ids[:3]:
                assert_brief_matches_reference(bb, app_id)
            assert_gaps_match_reference(bb)

    return ReadModel


def test_kept_read_model_equals_a_rebuild_after_any_writes(db_url: str, home: Path,
                                                           tmp_path: Path) -> None:
    clock = Clock()
    bb = Bounceback(Settings(database_url=db_url, home=home), clock=clock)
    try:
        run_state_machine_as_test(machine_for(bb, clock, tmp_path),
                                  settings=settings.get_profile(PROFILE))
    finally:
        bb.close()


def test_a_bulk_load_rebuilds_and_agrees(demo_bb: Bounceback) -> None:
    with demo_bb.db.session() as s:
        assert sync.snapshot(s)["applications"]
        assert sync.check(s) == []


def test_a_company_renamed_in_place_reaches_its_applications(bb: Bounceback) -> None:
    from sqlalchemy import text

    app = bb.applications.add(Application(company="Acme", role="Analyst"))
    with bb.db.session() as s:
        s.execute(text("UPDATE companies SET name = 'Acme Group' WHERE name = 'Acme'"))
    with bb.db.session() as s:
        assert sync.snapshot(s)["applications"][app.id][0] == "Acme Group"
        assert sync.check(s) == []


def test_an_application_moved_later_is_no_longer_the_next_one_after_a_rejection(bb: Bounceback) -> None:
    today = NOW.date()
    rejected = bb.applications.add(Application(company="Acme", role="Analyst",
                                               date_applied=today - timedelta(days=30)))
    bb.rejections.record(rejected.id, on=today - timedelta(days=20))
    later = bb.applications.add(Application(company="Globex", role="Analyst",
                                            date_applied=today - timedelta(days=15)))
    bb.applications.add(Application(company="Initech", role="Analyst",
                                    date_applied=today - timedelta(days=5)))
    bb.applications.edit(later.id, {"date_applied": today - timedelta(days=2)})
    with bb.db.session() as s:
        assert sync.check(s) == []
        (record,) = sync.snapshot(s)["rejections"]
        _, _, received, _, next_applied, _, next_days, *_ = record
        assert next_applied == today - timedelta(days=5)
        assert next_days == (next_applied - received).days == 15


def test_the_demos_answers_from_the_read_model_equal_the_reference(demo_bb: Bounceback) -> None:
    from reference_reads import (
        assert_brief_matches_reference,
        assert_gaps_match_reference,
        assert_patterns_match_reference,
        assert_reads_match_reference,
    )

    for days in (0, 9, 40):
        assert_reads_match_reference(demo_bb, NOW.date() + timedelta(days=days))
        assert_patterns_match_reference(demo_bb, NOW.date() + timedelta(days=days))
    for app in demo_bb.applications.list():
        assert app.id is not None
        assert_brief_matches_reference(demo_bb, app.id)
    assert_gaps_match_reference(demo_bb)


def test_every_threshold_of_a_small_search_agrees_day_by_day(bb: Bounceback) -> None:
    """Silence, follow-ups, snoozes and idle days cross every boundary as the days go by."""
    from reference_reads import assert_reads_match_reference

    today = NOW.date()

    def add(days_ago: int, **fields: Any) -> int:
        created = bb.applications.add(Application(
            company=fields.pop("company", "Acme"), role="Analyst",
            date_applied=today - timedelta(days=days_ago), **fields))
        assert created.id is not None
        return created.id

    waiting = add(40)
    bb.pipeline.followed_up(waiting, on=today - timedelta(days=10))
    bb.pipeline.followed_up(add(60, company="Hooli"), on=today - timedelta(days=2))
    bb.pipeline.followed_up(add(10, company="Pied Piper"), on=today - timedelta(days=8))
    screened = add(30, company="Globex")
    bb.applications.move(screened, Stage.SCREENING, on=today - timedelta(days=20))
    bb.pipeline.not_ghosted_yet(screened, days=9)
    interviewing = add(25, company="Initech", excitement=5)
    bb.applications.move(interviewing, Stage.INTERVIEWING, on=today - timedelta(days=3))
    add(5, excitement=1, source=Source.REFERRAL)
    add(12, company="Umbrella", tags=["tailored"], excitement=2)
    for days in range(0, 75):
        assert_reads_match_reference(bb, today + timedelta(days=days))


def test_board_columns_agree_with_listing_each_column(demo_bb: Bounceback) -> None:
    """The board's counts (kept totals, or one pass under a filter) and first cards equal a
    query per column."""
    from dataclasses import replace

    from bounceback.domain.models import ApplicationQuery

    stages = [["saved"], ["applied"], ["screening"], ["interviewing"], ["offer"],
              ["rejected", "withdrawn", "ghosted", "accepted"]]
    for extra in ({}, {"text": "analyst"}, {"tag": "dream"}, {"source": "referral"},
                  {"text": "data", "source": "job_board"}):
        columns = [ApplicationQuery(stages=s, **extra) for s in stages]  # type: ignore[arg-type]
        found, capped = demo_bb.views.board(columns, 3)
        assert not capped
        for q, (cards, total) in zip(columns, found, strict=True):
            every = demo_bb.views.applications(replace(q))
            assert total == len(every)
            assert [a.id for a in cards] == [a.id for a in every[:3]]


def test_a_capped_board_counts_the_newest_matches(demo_bb: Bounceback) -> None:
    from bounceback.domain.models import ApplicationQuery

    stages = [["applied"], ["screening"], ["rejected", "withdrawn", "ghosted", "accepted"]]
    columns = [ApplicationQuery(stages=s, text="analyst") for s in stages]  # type: ignore[arg-type]
    every = demo_bb.views.applications(ApplicationQuery(text="analyst"))
    assert len(every) > 6
    found, capped = demo_bb.views.board(columns, 40, cap=6)
    from bounceback.storage.readmodel.search import recency

    # the board's order: day applied, no day as the oldest (as SQLite lists them; PostgreSQL's
    # list puts them first), then id
    every.sort(key=lambda a: recency(a.date_applied, int(a.id or 0)), reverse=True)
    newest = {a.id for a in every[:6]}
    assert capped and sum(total for _, total in found) <= 6
    assert {a.id for cards, _ in found for a in cards} <= newest
    assert demo_bb.views.board(columns, 40, cap=len(every))[1] is False
