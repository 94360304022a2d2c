"""The pipeline service on a real database: outlook, warnings, ghosting, plan, conversion, today."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bounceback.domain.errors import Conflict, InvalidDate, InvalidValue, NotFound
from bounceback.domain.models import Application, Event
from bounceback.domain.vocabulary import EventKind, Outcome, Source, Stage
from bounceback.pipeline.concentration import WarningKind
from bounceback.pipeline.ghosting import GhostStatus
from bounceback.pipeline.plan import WEEKDAYS, parse_intention
from bounceback.services import Bounceback
from tests_now import TODAY, day, moment


def add(bb: Bounceback, company: str, days_ago: int = 0, **kw) -> Application:  # type: ignore[no-untyped-def]
    return bb.applications.add(Application(
        company=company, role="Data Analyst", date_applied=TODAY - timedelta(days=days_ago), **kw
    ))


def test_an_empty_pipeline_gets_an_answer_not_an_error(bb: Bounceback) -> None:
    report = bb.pipeline.report()
    assert report.outlook.chance == 0 and report.outlook.live_count == 0
    assert report.outlook.explanation.startswith(
        "No live applications: the chance is 0 until you apply."
    )
    assert report.to_dict()["warnings"][0]["kind"] == "thin_pipeline"


def test_outlook_counts_stage_source_and_silence(bb: Bounceback) -> None:
    fresh = add(bb, "Acme", 1)
    referral = add(bb, "Globex", 2, source=Source.REFERRAL)
    final = add(bb, "Initech", 10)
    bb.applications.move(final.id, Stage.INTERVIEWING, on=TODAY - timedelta(days=3))
    outlook = bb.pipeline.outlook()
    chances = {c.application_id: c.chance for c in outlook.contributions}
    assert chances[final.id] > chances[referral.id] > chances[fresh.id]
    assert outlook.live_count == 3 and 0 < outlook.low <= outlook.chance <= outlook.high < 1
    assert outlook.target == 0.8
    bb.settings_store.set({"offer_target": 0.5})
    assert bb.pipeline.outlook().target == 0.5


@pytest.mark.parametrize("target", [0.0, 1.0, 2.5, -1.0])
def test_a_target_outside_zero_and_one_is_refused(bb: Bounceback, target: float) -> None:
    add(bb, "Acme")
    with pytest.raises(InvalidValue, match="outside"):
        bb.pipeline.report(target)


def test_warnings_say_to_keep_applying(bb: Bounceback) -> None:
    add(bb, "Dreamco", 9, excitement=5)
    add(bb, "Other", 10, excitement=1)
    kinds = {w.kind.value for w in bb.pipeline.warnings()}
    assert kinds >= {"thin_pipeline", "hope_concentrated", "idle"}
    assert all(w.advice == "Keep applying while you wait." for w in bb.pipeline.warnings())


def test_ghosting_follow_up_confirm_and_revive(bb: Bounceback) -> None:
    quiet = add(bb, "Silent Corp", 30)
    check = bb.pipeline.ghosting()[0]
    assert check.status == GhostStatus.MAYBE_GHOSTED and check.days_silent == 30
    with pytest.raises(InvalidDate, match="before"):
        bb.pipeline.confirm_ghosted(quiet.id, on=TODAY - timedelta(days=40))
    assert bb.applications.get(quiet.id).outcome is None  # nothing stored
    ghosted = bb.pipeline.confirm_ghosted(quiet.id)
    assert ghosted.outcome == Outcome.GHOSTED and ghosted.outcome_date == TODAY
    assert bb.pipeline.ghosting() == []
    assert bb.pipeline.outlook().live_count == 0
    with pytest.raises(Conflict):
        bb.pipeline.confirm_ghosted(quiet.id)
    revived = bb.pipeline.revive(quiet.id)
    assert revived.outcome is None and revived.is_live
    kinds = [e.kind for e in bb.applications.timeline(quiet.id).events]
    assert kinds[-2:] == [EventKind.GHOSTED, EventKind.REVIVED]
    with pytest.raises(Conflict, match="not ghosted"):
        bb.pipeline.revive(quiet.id)


def test_not_yet_keeps_an_application_waiting(bb: Bounceback) -> None:
    quiet = add(bb, "Slow Corp", 40)
    until = bb.pipeline.not_ghosted_yet(quiet.id, days=10)
    assert until == TODAY + timedelta(days=10)
    assert bb.pipeline.ghosting()[0].status == GhostStatus.WAITING
    with pytest.raises(InvalidValue):
        bb.pipeline.not_ghosted_yet(quiet.id, days=0)


def test_an_answer_after_ghosting_revives_the_application(bb: Bounceback) -> None:
    quiet = add(bb, "Late Ltd", 40)
    bb.pipeline.confirm_ghosted(quiet.id, on=TODAY - timedelta(days=5))
    bb.applications.add_event(Event(
        application_id=quiet.id, kind=EventKind.EMAIL_RECEIVED,
        occurred_at=moment(-1, 9, 0), details={"email_kind": "interview_request"},
    ))
    sections = {s.key: s for s in bb.today()}
    texts = [i.text for i in sections["pipeline"].items]
    assert any(f"Late Ltd answered on {day(-1).isoformat()}" in t for t in texts)
    assert bb.applications.get(quiet.id).outcome is None
    assert bb.pipeline.sync_revivals() == []  # once only


def test_booked_interview_keeps_an_application_off_the_silence_list(bb: Bounceback) -> None:
    booked = add(bb, "Booked Inc", 40)
    bb.applications.add_event(Event(
        application_id=booked.id, kind=EventKind.INTERVIEW_SCHEDULED,
        occurred_at=moment(-36, 9, 0), details={"at": moment(5, 10).isoformat()},
    ))
    assert bb.pipeline.ghosting()[0].days_silent == 0


def test_plan_goal_intentions_and_bad_goals(bb: Bounceback) -> None:
    for n, days in enumerate((0, min(1, TODAY.weekday()))):  # both sent this week
        add(bb, f"Company {n}", days)
    for goal in (0, -2):
        with pytest.raises(InvalidValue, match="weekly goal"):
            bb.pipeline.set_goal(goal)
    assert bb.preferences().weekly_application_goal == 5  # nothing stored
    status = bb.pipeline.set_goal(2)
    assert (status.goal, status.sent_this_week, status.remaining) == (2, 2, 0)
    today, other = TODAY.weekday(), (TODAY.weekday() + 3) % 7
    due = bb.pipeline.add_intention(parse_intention(f"{WEEKDAYS[today]} 9:00, at home: 3"))
    bb.pipeline.add_intention(parse_intention(f"{WEEKDAYS[other][:3]} 18:30, library: 1"))
    status = bb.pipeline.plan()
    texts = {today: f"{WEEKDAYS[today].capitalize()} 9:00, at home: 3 applications",
             other: f"{WEEKDAYS[other].capitalize()} 18:30, at library: 1 application"}
    assert [i.text for i in status.intentions] == [texts[d] for d in sorted(texts)]
    assert [i.id for i in status.due_today] == [due.id]
    bb.pipeline.remove_intention(due.id or 0)
    assert len(bb.pipeline.plan().intentions) == 1
    with pytest.raises(NotFound):
        bb.pipeline.remove_intention(999)


def test_today_shows_the_plan_and_the_warnings(bb: Bounceback) -> None:
    add(bb, "Acme", 12)
    sections = {s.key: s for s in bb.today()}
    assert sections["plan"].items[0].text.startswith("This week: 0 of 5 applications sent")
    assert sections["plan"].order < sections["pipeline"].order
    assert sections["pipeline"].tone == "gentle"


def test_conversion_counts_from_the_database(bb: Bounceback) -> None:
    for i in range(5):
        app = add(bb, f"Cold {i}", 40)
        bb.rejections.record(app.id, on=TODAY - timedelta(days=30))
    moved = add(bb, "Warm", 10)
    bb.applications.move(moved.id, Stage.SCREENING, on=TODAY - timedelta(days=5))
    result = bb.pipeline.conversion()
    first = result.all_time[0].steps[0]
    assert (first.passed, first.decided) == (1, 6)
    assert first.text == "1 of 6 (17 %)"


def test_outlook_on_the_demo_names_the_offer_and_learns_answer_times(demo_bb: Bounceback) -> None:
    report = demo_bb.pipeline.report()
    assert len(report.outlook.offers_in_hand) == 1
    assert report.outlook.live_count == 19
    assert report.outlook.history_size > 50
    pace = demo_bb.pipeline.answer_times()
    assert all(stage.own_count > 0 for stage in pace.stages)
    assert pace.companies and all(c.count >= 1 for c in pace.companies)


def test_a_note_of_ones_own_does_not_reset_the_employers_silence(bb: Bounceback) -> None:
    """Round 18's product decision: the silence counts from the employer's last sign of life
    (or the day of applying); the seeker's own note is in the history and moves the last
    activity, not the silence clock (it made an application ghosted for 30 days look 1 day
    silent). The read model agrees with a rebuild after it."""
    from bounceback.storage.readmodel import sync

    quiet = add(bb, "Silent Corp", 30)
    bb.applications.note(quiet.id, "Called the recruiter, left a voicemail.",
                         on=TODAY - timedelta(days=1))
    check = bb.pipeline.ghosting()[0]
    assert check.days_silent == 30 and check.status == GhostStatus.MAYBE_GHOSTED
    assert bb.applications.get(quiet.id).last_activity == TODAY - timedelta(days=1)
    kinds = [e.kind for e in bb.applications.timeline(quiet.id).events]
    assert EventKind.NOTE in kinds
    with bb.db.reader() as r:
        since = r.scalar("SELECT silent_since FROM rm_applications WHERE application_id = :a",
                         a=quiet.id)
    assert str(since).startswith((TODAY - timedelta(days=30)).isoformat())
    with bb.db.session() as s:
        assert sync.check(s) == []
    # an answer from the employer still restarts it
    bb.applications.add_event(Event(application_id=quiet.id, kind=EventKind.EMAIL_RECEIVED,
                                     occurred_at=moment(-2, 9, 0)))
    assert bb.pipeline.ghosting()[0].days_silent == 2


def test_a_coachs_quick_look_then_the_warnings_on_one_snapshot_agree(bb: Bounceback) -> None:
    """A coach's card asks only whether one application carries the search (`concentrated`);
    asking for the warnings on the same reads afterwards gives what the seeker's page shows
    (round 25's review: the second call used to fail on a top application never read)."""
    add(bb, "Dreamco", 9)
    add(bb, "Other", 10)
    final = add(bb, "Initech", 12)
    bb.applications.move(final.id, Stage.INTERVIEWING, on=TODAY - timedelta(days=3))
    shown = [(w.kind, w.message) for w in bb.pipeline.warnings()]
    with bb.views.pipeline() as reads:
        quick = reads.concentrated()
        warned = [(w.kind, w.message) for w in reads.warnings()]
    assert warned == shown
    assert quick == any(kind in {WarningKind.HOPE, WarningKind.CHANCE} for kind, _ in shown)
