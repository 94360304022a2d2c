"""`withdraw`, `edit`, a check-in and a journal entry on SQLAlchemy Core (services/lean_writes.py,
services/lean_recovery.py: the CLI's and the web's since round 20) write the same rows as the ORM
path (ApplicationsService.withdraw and .edit, RecoveryService.check_in and .write), on SQLite
and PostgreSQL: the calls below run both ways inside test_lean_writes.py's test (the small demo
twice, one way on each: one demo built per engine for every lean write), every answer or refusal
equal, then every table's rows equal (uids aside) and the kept read model equal to a rebuild.
And a process that runs those commands loads no ORM."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import text
from tests.services.test_lean_writes import _outcome

from bounceback.domain.models import Application, RejectionReasonEntry
from bounceback.domain.reasons import reason_entries
from bounceback.domain.recovery import EmotionRating, WritingKind
from bounceback.domain.vocabulary import Emotion, ReasonSource, RejectionChannel, Source, Stage
from bounceback.services import Bounceback
from bounceback.services.recovery_drafts import CheckInDraft, EntryDraft, OutreachDraft
from conftest import NOW
from tests_support_cli import HEAVY, writes_in_one_process

EARLIER = NOW.date() - timedelta(days=3)
TOMORROW = NOW.date() + timedelta(days=1)


def _both(orm: Any, lean: Any, *args: Any, **options: Any) -> None:
    done = [_outcome(orm, *args, **options), _outcome(lean, *args, **options)]
    assert done[0] == done[1], (args, options, done)


def _rejections(bb: Bounceback) -> list[int]:
    with bb.db.session() as s:
        return [int(i) for i in s.execute(text("SELECT id FROM rejections ORDER BY id")).scalars()]


def withdraw_and_edit(orm: Bounceback, lean: Bounceback, ids: dict[str, int]) -> None:
    withdrawals: list[tuple[int, dict[str, Any]]] = [
        (ids["applied"], {"reason": "found another"}),
        (ids["applied"], {}),  # already closed: refused
        (ids["ghosted"], {"on": EARLIER}),  # a ghosted one may be withdrawn
        (ids["rejected"], {}),  # closed: refused
        (ids["screening"], {"on": TOMORROW}),  # the future: refused
        (ids["interviewing"], {"on": NOW.date() - timedelta(days=4000)}),  # before applying
        (ids["interviewing"], {"reason": "  "}),
        (10_000_000, {}),
    ]
    for app_id, options in withdrawals:
        _both(orm.applications.withdraw, lean.lean_writes.withdraw, app_id, **options)
    app = ids["screening"]
    edits: list[tuple[int, dict[str, Any]]] = [
        (app, {"role": "  Senior Analyst ", "tags": ["New", " b ", "new", ""]}),
        (app, {"company": "Brand  New Co"}),  # a company made
        (app, {"company": "brand new co", "location": "Leeds"}),  # the same company
        (app, {"role": "  Senior Analyst "}),  # nothing changes but the event
        (app, {"tags": []}),
        (app, {"source": Source.REFERRAL, "remote": False, "salary_min": 1, "salary_max": 2,
               "excitement": 5, "notes": "n", "url": "https://example.org/e"}),
        (app, {"date_applied": EARLIER}),
        (app, {"date_applied": TOMORROW}),  # refused: the future
        (app, {"role": " "}),  # refused: no role
        (app, {"excitement": 9}),
        (app, {"stage": "offer"}),  # refused: not here
        (10_000_000, {"role": "x"}),
    ]
    for app_id, changes in edits:
        _both(orm.applications.edit, lean.lean_writes.edit, app_id, changes)


def recovery_writes(orm: Bounceback, lean: Bounceback) -> None:
    rejections = _rejections(orm)
    assert rejections == _rejections(lean) and rejections
    first, last = rejections[0], rejections[-1]
    felt = [EmotionRating(Emotion.SADNESS, 6), EmotionRating(Emotion.HOPE, 2)]
    check_ins: list[tuple[CheckInDraft, int | None]] = [
        (CheckInDraft(3, felt, "tired of this"), first),
        (CheckInDraft(4), None),  # the newest open window's rejection, or none
        (CheckInDraft(1, [], "I want to die"), last),  # the crisis message
        (CheckInDraft(9), first),  # refused: no such mood
        (CheckInDraft(2), 10_000_000),  # no such rejection
        # no words: the ratings alone decide (round 21: no crisis check is loaded for them)
        (CheckInDraft(1, [EmotionRating(Emotion.HOPELESSNESS, 9)]), first),  # a soft note
        (CheckInDraft(1, [EmotionRating(Emotion.HOPELESSNESS, 7)], "  \n "), first),  # none
        (CheckInDraft(2, [EmotionRating(Emotion.HOPELESSNESS, 10)]), None),  # none
    ]
    for draft, rejection in check_ins:
        _both(orm.recovery.check_in, lean.lean_recovery.check_in, draft, rejection)
    entries: list[tuple[EntryDraft, int | None]] = [
        (EntryDraft("  it stung  \n", WritingKind.EXPRESSIVE, 12.5, "What hurt?"), first),
        (EntryDraft("a free one"), None),
        (EntryDraft("I don't want to be here anymore"), last),
        (EntryDraft("   "), first),  # empty: refused
        (EntryDraft("x", minutes=-1), first),  # refused
        (EntryDraft("x"), 10_000_000),
    ]
    for entry, rejection in entries:
        _both(orm.recovery.write, lean.lean_recovery.write, entry, rejection)
    for rejection_id in (None, first, last, 10_000_000):
        for kind in (WritingKind.EXPRESSIVE, WritingKind.SELF_COMPASSION):
            assert (orm.recovery.writing_prompt(rejection_id, kind)
                    == lean.lean_recovery.writing_prompt(rejection_id, kind)), rejection_id
    with orm.db.session() as s:
        apps = [int(i) for i in s.execute(text("SELECT id FROM applications ORDER BY id")
                                          ).scalars()][:40]
    for app_id in apps:  # the CLI's `--for APP`
        found = orm.rejections.for_application(app_id)
        assert lean.lean_recovery.rejection_of(app_id) == (found.id if found else None)


def _emails(bb: Bounceback) -> list[int]:
    """Three imported emails (the same ids on both sides): a body that came four days ago, a
    snippet whose sender's clock runs a day ahead, a subject alone with no date. The body holds
    words that would get the crisis message had the person written them: an email's do not."""
    from bounceback.storage.repos import mail as mail_repo

    rows = [dict(key="k1", kind="rejection", received_at=NOW - timedelta(days=4),
                 subject="Your application", snippet="Thank you",
                 body="We will not move forward. I want to kill myself."),
            dict(key="k2", kind="rejection", received_at=NOW + timedelta(days=1),
                 subject="Update", snippet="We went with another candidate", body=None),
            dict(key="k3", kind="rejection", received_at=None, subject="Not this time",
                 snippet="", body=None)]
    with bb.db.session() as s:
        mail_repo.add_messages(s, rows)
        return [int(i) for i in s.execute(text(
            "SELECT id FROM mail_messages WHERE key IN ('k1', 'k2', 'k3') ORDER BY key")).scalars()]


def rejections(orm: Bounceback, lean: Bounceback, ids: dict[str, int]) -> None:
    """`reject` both ways: the rows, and the whole answer (the application, the rejection, the
    acknowledgement, the window, what was saved, the prompt, the suggestion)."""
    felt = [EmotionRating(Emotion.ANGER, 5)]
    emails = _emails(orm)
    assert emails == _emails(lean)
    with orm.db.session() as s:  # open, with interview questions: its reasons make cards
        asked = int(s.execute(text(
            "SELECT max(i.application_id) FROM interviews i JOIN interview_questions q "
            "ON q.interview_id = i.id JOIN applications a ON a.id = i.application_id "
            "WHERE a.outcome IS NULL AND a.id NOT IN (:a, :b, :c) "
            "AND q.question NOT IN (SELECT question FROM practice_cards)"),
            {"a": ids["screening"], "b": ids["ghosted"], "c": ids["interviewing"]}).scalar())
        cards_before = s.execute(text("SELECT count(*) FROM practice_cards")).scalar()
        people = [int(i) for i in s.execute(text("SELECT id FROM support_people ORDER BY id"))
                  .scalars()]
    assert len(people) >= 2  # the demo's

    def why(*names: str, primary: str | None = None) -> list[RejectionReasonEntry]:
        return reason_entries(primary, list(names), ReasonSource.USER)
    calls: list[tuple[int | None, dict[str, Any]]] = [
        (ids["screening"], {"text": "We went with another candidate", "hurt": 7}),
        (ids["screening"], {}),  # closed now: refused
        (ids["ghosted"], {"on": EARLIER, "channel": RejectionChannel.CALL,
                          "stage_reached": Stage.INTERVIEWING, "window_days": 3,
                          "check_in": CheckInDraft(2, felt, "gutted"),
                          "entry": EntryDraft("it stung", WritingKind.EXPRESSIVE, 10)}),
        (None, {"new_application": Application(company="Nova  Ltd", role="Clerk"),
                "stage_reached": Stage.SCREENING, "text": "I want to die",
                "entry": EntryDraft("no point anymore")}),
        # round 22: an outreach (`--reached-out`), lean too: the rotation moves on from them
        (None, {"new_application": Application(company="Outco", role="A"), "hurt": 8,
                "outreach": OutreachDraft(people[0], True, "Call tonight?")}),
        (None, {"new_application": Application(company="Outco", role="B"),
                "outreach": OutreachDraft(people[1], False),
                "entry": EntryDraft("a hard day")}),
        (None, {"new_application": Application(company="Outco", role="C"),
                "outreach": OutreachDraft(10**7, True)}),  # no such person: refused, none kept
        (None, {"new_application": Application(company="Outco", role="D"),
                "outreach": OutreachDraft(people[0], True, "I want to die")}),  # crisis words
        (ids["interviewing"], {"on": TOMORROW}),  # the future: refused
        (ids["interviewing"], {"hurt": 11}),  # refused
        (ids["interviewing"], {"check_in": CheckInDraft(9)}),  # refused
        (10_000_000, {}),
        (None, {}),  # neither: refused
        (ids["interviewing"], {"entry": EntryDraft("   ")}),  # refused: nothing written
        (ids["interviewing"], {"check_in": CheckInDraft(4)}),
        (ids["applied"], {"check_in": CheckInDraft(1, [EmotionRating(Emotion.HOPELESSNESS, 8)])}),
        # round 21: an imported email's text and day (`--from-email`), lean too
        (None, {"new_application": Application(company="Mailco", role="A"), "email_id": 10**7}),
        (None, {"new_application": Application(company="Mailco", role="B"),
                "email_id": emails[0], "text": "ignored: the email's"}),
        (None, {"new_application": Application(company="Mailco", role="C"),
                "email_id": emails[1], "hurt": 3}),
        (None, {"new_application": Application(company="Mailco", role="D"),
                "email_id": emails[2], "on": EARLIER}),
        (None, {"new_application": Application(company="Mailco", role="E"),
                "email_id": emails[2]}),
        # round 21: reasons, and the practice cards an interview_performance one calls for
        (asked, {"reasons": why("Skill-Gap", "custom:too far", "skill_gap",
                                primary="interview performance")}),
        (None, {"new_application": Application(company="Reasonco", role="A"),
                "reasons": why("experience level", "compensation")}),
        (None, {"new_application": Application(company="Reasonco", role="B"),
                "reasons": why("no such reason")}),  # refused: nothing kept, not the new one
        (None, {"new_application": Application(company="Reasonco", role="C"),
                "reasons": why("custom:")}),  # refused
    ]
    answers: list[Any] = []
    for app_id, options in calls:
        done = []
        for side in (orm.recovery.reject, lean.lean_reject.reject):
            again = {k: (replace(v) if k == "new_application" else
                         [replace(e) for e in v] if k == "reasons" else v)
                     for k, v in options.items()}
            found = _outcome(side, app_id, **again)
            if not isinstance(found, tuple):  # a new application's uid is random
                found = replace(found, application=replace(found.application, uid=None))
            done.append(found)
        assert done[0] == done[1], (app_id, options, done)
        answers.append(done[0])
    assert [type(a).__name__ for a in answers] == [
        "RejectionFlow", "tuple", "RejectionFlow", "RejectionFlow",
        "RejectionFlow", "RejectionFlow", "tuple", "RejectionFlow", "tuple", "tuple", "tuple",
        "tuple", "tuple", "tuple", "RejectionFlow", "RejectionFlow",
        "tuple", "RejectionFlow", "RejectionFlow", "RejectionFlow", "RejectionFlow",
        "RejectionFlow", "RejectionFlow", "tuple", "tuple"], answers
    assert answers[2].saved.check_in and answers[2].saved.entry and answers[3].saved.crisis
    reached, quiet, crisis = answers[4], answers[5], answers[7]
    assert reached.outreach.message == "Call tonight?" and reached.support is None
    assert quiet.outreach.reached_out is False and quiet.saved.entry is not None
    assert crisis.saved.crisis is not None  # the outreach's words get the crisis check
    for side in (orm, lean):
        with side.db.session() as s:
            assert s.execute(text("SELECT count(*) FROM applications a JOIN companies c ON "
                                  "c.id = a.company_id WHERE c.name = 'Outco'")).scalar() == 3
            assert s.execute(text("SELECT last_suggested_at FROM support_people WHERE id = :p"),
                             {"p": people[0]}).scalar() is not None
    assert answers[-10].saved.crisis is not None  # the ratings' soft note, without words
    performance, other = answers[-4].rejection.reasons, answers[-3].rejection.reasons
    # the answer gives the reasons as kept (round 22: it gave them as typed, a repeat twice
    # and, without a primary, none, while the first was kept as the primary)
    assert [(e.reason, e.primary) for e in performance] == [
        ("interview_performance", True), ("skill_gap", False), ("custom:too_far", False)]
    assert [(e.reason, e.primary) for e in other] == [("experience_level", True),
                                                ("compensation", False)]
    for side in (orm, lean):
        with side.db.session() as s:
            assert s.execute(text("SELECT count(*) FROM practice_cards")).scalar() > cards_before
            assert s.execute(text(
                "SELECT reason, is_primary FROM rejection_reasons r JOIN rejections j ON "
                "j.id = r.rejection_id WHERE j.application_id = :a ORDER BY r.id"), {"a": asked}
            ).all() == [("interview_performance", True), ("skill_gap", False),
                        ("custom:too_far", False)]
            assert s.execute(text("SELECT count(*) FROM applications a JOIN companies c ON "
                                  "c.id = a.company_id WHERE c.name = 'Reasonco'")).scalar() == 1
    body, snippet, dated, undated = (a.rejection for a in answers[-8:-4])
    assert body.text.startswith("We will not move forward") and body.received_on == (
        NOW.date() - timedelta(days=4))
    assert answers[-8].saved.crisis is None  # the employer's words get no crisis check
    assert (snippet.text, snippet.received_on) == ("We went with another candidate", NOW.date())
    assert (dated.text, dated.received_on) == ("Not this time", EARLIER)
    assert (undated.text, undated.received_on) == ("Not this time", NOW.date())


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)  # imports: the same on both
def test_the_commands_load_no_orm(cli: Any, demo_bb: Bounceback) -> None:
    """`reject` (also `--from-email` and `--reason`, round 21, and `--reached-out`, round 22),
    `edit`, `withdraw`, `checkin` and
    `journal write`
    in one process: the ORM, the tables, the repositories and the migrations are never imported;
    each did its write."""
    with demo_bb.db.session() as s:
        app = int(s.execute(text("SELECT min(id) FROM applications WHERE outcome IS NULL "
                                 "AND stage = 'interviewing'")).scalar())
        rejected = int(s.execute(text("SELECT min(application_id) FROM rejections")).scalar())
        other = int(s.execute(text("SELECT min(id) FROM applications WHERE outcome IS NULL "
                                   "AND stage = 'applied'")).scalar())
        mailed = int(s.execute(text("SELECT min(id) FROM applications WHERE outcome IS NULL "
                                    "AND stage = 'applied' AND id > :o"), {"o": other}).scalar())
        reasoned = int(s.execute(text("SELECT min(id) FROM applications WHERE outcome IS NULL "
                                      "AND stage = 'applied' AND id > :o"), {"o": mailed}).scalar())
        person = int(s.execute(text("SELECT min(id) FROM support_people")).scalar())
    email = _emails(demo_bb)[0]
    calls = [["reject", str(other), "--hurt", "6", "--mood", "2", "--quick"],
             ["reject", "Reachco", "--role", "Tester", "--reached-out", str(person), "--message",
              "Coffee?", "--quick"],
             ["reject", str(mailed), "--from-email", str(email), "--quick"],
             ["reject", str(reasoned), "--reason", "interview performance", "--also", "fit",
              "--quick"],
             ["edit", str(app), "--role", "Lead", "--tag", "x"],
             ["withdraw", str(app), "--reason", "not for me"],
             ["checkin", "--mood", "3", "--feel", "sadness=4", "--for", str(rejected)],
             ["journal", "write", "a few words", "--for", str(rejected)]]
    printed, heavy = writes_in_one_process(cli.url, calls, HEAVY)
    assert heavy == [], printed
    assert f"Updated #{app}" in printed and f"Withdrawn: #{app}" in printed
    assert "Saved privately as journal entry" in printed
    assert "window" in printed.lower()  # reject's answer ends with the window
    with demo_bb.db.session() as s:
        assert s.execute(text("SELECT outcome, role FROM applications WHERE id = :i"),
                         {"i": app}).one() == ("withdrawn", "Lead")
        assert s.execute(text("SELECT count(*) FROM rejections WHERE application_id = :i"),
                         {"i": other}).scalar() == 1
        assert s.execute(text("SELECT message FROM outreach WHERE person_id = :p ORDER BY id "
                              "DESC"), {"p": person}).first() == ("Coffee?",)
        assert s.execute(text("SELECT text FROM rejections WHERE application_id = :i"),
                         {"i": mailed}).scalar().startswith("We will not move forward")
        assert s.execute(text("SELECT r.reason, r.is_primary FROM rejection_reasons r JOIN "
                              "rejections j ON j.id = r.rejection_id WHERE j.application_id = :i "
                              "ORDER BY r.id"), {"i": reasoned}).all() == [
            ("interview_performance", True), ("fit", False)]


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_check_in_without_words_loads_no_crisis_check(cli: Any, demo_bb: Bounceback) -> None:
    """A check-in without a note has no words to read: its process never imports the crisis
    check (~150 ms of modules); its ratings alone still give very strong hopelessness at the
    lowest mood its soft note, stored with it."""
    code = (
        "import sys; from bounceback.cli.entry import run\n"
        f"sys.argv = ['bounceback', '--db', {cli.url!r}, 'checkin', '--mood', '1', "
        "'--feel', 'hopelessness=9']\n"
        "try:\n    run()\nexcept SystemExit as exc:\n    assert not exc.code, exc.code\n"
        "print('LOADED', 'bounceback.recovery.crisis' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.rsplit("LOADED", 1)[1].strip() == "False", done.stdout
    with demo_bb.db.session() as s:
        assert s.execute(text("SELECT mood, crisis_level FROM check_ins ORDER BY id DESC")
                         ).first() == (1, "soft")
