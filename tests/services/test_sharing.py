"""Sharing with a coach through the service: only what is shared, every look audited, revoked
at once, the coach's flags, and cohort figures only over enough seekers."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from bounceback.domain.accounts import Role, Shared, User
from bounceback.domain.errors import InvalidValue, NotFound
from bounceback.domain.models import Application
from bounceback.domain.vocabulary import Stage
from bounceback.services.accounts import AccountsService
from bounceback.services.sharing import COHORT_MIN, QUIET_DAYS
from conftest import NOW

PASSWORD = "correct horse battery"
TODAY = NOW.date()


@pytest.fixture
def accounts(db_url: str, home: Path) -> Iterator[AccountsService]:
    found = AccountsService(db_url, lambda: NOW)
    found.add("admin@centre.org", Role.ADMIN, PASSWORD)
    found.add("coach@centre.org", Role.COACH, PASSWORD)
    yield found
    found.close()


def seeker(accounts: AccountsService, n: int, applied: list[date]) -> User:
    user = accounts.add(f"s{n}@centre.org", Role.SEEKER, PASSWORD)
    bb = accounts.service_for(user)
    for i, day in enumerate(applied):
        bb.applications.add(Application(company=f"Co{n}-{i}", role="Analyst", date_applied=day))
    bb.close()
    return user


def test_only_what_is_shared_is_shown_and_every_look_is_audited(
        accounts: AccountsService) -> None:
    coach = accounts.get("coach@centre.org")
    quiet = seeker(accounts, 1, [TODAY - timedelta(days=QUIET_DAYS + 3)])
    busy = seeker(accounts, 2, [TODAY - timedelta(days=1), TODAY])
    sharing = accounts.sharing
    assert sharing.overview(coach) == []
    with pytest.raises(NotFound):
        sharing.view(coach, quiet.id)
    sharing.share(quiet, "coach@centre.org", "pipeline")
    sharing.share(busy, "coach@centre.org", (Shared.OUTLOOK,))
    cards = {c.email: c for c in sharing.overview(coach)}
    assert cards["s1@centre.org"].quiet and cards["s1@centre.org"].quiet_days == QUIET_DAYS + 3
    assert cards["s2@centre.org"].quiet_days is None  # the pipeline is not shared: not known
    assert cards["s2@centre.org"].hope_concentrated is not None
    shown = sharing.view(coach, quiet.id)
    assert [a["company"] for a in shown.pipeline or []] == ["Co1-0"]
    assert shown.outlook is None and shown.checkins is None
    looks = sharing.audit(quiet)
    assert len(looks) == 2 and {v.coach_email for v in looks} == {"coach@centre.org"}
    assert looks[0].what == "pipeline" and looks[1].what.startswith("overview")
    sharing.add_note(coach, quiet.id, "Shall we plan three applications this week?")
    assert [n.text for n in sharing.notes(quiet)] == ["Shall we plan three applications this week?"]
    assert sharing.revoke(quiet, "coach@centre.org")
    with pytest.raises(NotFound):
        sharing.view(coach, quiet.id)
    with pytest.raises(NotFound):
        sharing.add_note(coach, quiet.id, "still there?")
    # A seeker has no seekers: the page is not there for them.
    with pytest.raises(NotFound):
        sharing.overview(busy)


def test_shares_go_to_coaches_only_and_never_the_journal(accounts: AccountsService) -> None:
    one = seeker(accounts, 1, [])
    two = seeker(accounts, 2, [])
    with pytest.raises(InvalidValue, match="not a coach"):
        accounts.sharing.share(one, "s2@centre.org", "pipeline")
    with pytest.raises(InvalidValue, match="never shared"):
        accounts.sharing.share(one, "coach@centre.org", "journal")
    with pytest.raises(InvalidValue, match="checkins-summary"):
        accounts.sharing.share(two, "coach@centre.org", "checkins")


def test_cohort_figures_need_enough_seekers(accounts: AccountsService) -> None:
    coach = accounts.get("coach@centre.org")
    users = [seeker(accounts, n, [TODAY - timedelta(days=2 + n)] * 2) for n in range(COHORT_MIN)]
    for user in users[:-1]:
        accounts.sharing.share(user, "coach@centre.org", "pipeline")
    few = accounts.sharing.cohort(coach)
    assert few.seekers == COHORT_MIN - 1 and few.applications_per_week is None
    accounts.sharing.share(users[-1], "coach@centre.org", "pipeline")
    bb = accounts.service_for(users[0])
    first = bb.applications.list()[0]
    bb.applications.move(first.id, Stage.INTERVIEWING, on=TODAY)
    bb.close()
    cohort = accounts.sharing.cohort(coach)
    assert cohort.seekers == COHORT_MIN
    assert cohort.applications_per_week == pytest.approx(2 / 4)
    assert cohort.interview_rate == pytest.approx(1 / (2 * COHORT_MIN))


def test_the_coach_page_counts_the_cohort_and_audits_one_look_at_each_seeker(
        accounts: AccountsService) -> None:
    coach = accounts.get("coach@centre.org")
    old, recent = TODAY - timedelta(days=40), TODAY - timedelta(days=3)
    users = [seeker(accounts, n, [old, recent]) for n in range(COHORT_MIN)]
    for user in users:
        accounts.sharing.share(user, "coach@centre.org", "pipeline")
    bb = accounts.service_for(users[0])
    first = next(a for a in bb.applications.list() if a.date_applied == old)
    bb.applications.move(first.id, Stage.ACCEPTED, on=TODAY - timedelta(days=10))
    bb.close()
    cards, cohort = accounts.sharing.coach_page(coach)
    assert [c.email for c in cards] == [u.email for u in users]
    assert all(c.quiet_days == 3 and not c.quiet for c in cards)
    # Sent: two each; in the last 4 weeks: one each; one answered (an offer, 30 days on).
    assert cohort.seekers == COHORT_MIN
    assert cohort.applications_per_week == pytest.approx(1 / 4)
    assert cohort.response_rate == pytest.approx(1 / (2 * COHORT_MIN))
    assert cohort.interview_rate == pytest.approx(1 / (2 * COHORT_MIN))
    assert cohort.median_days_to_offer == 30
    assert accounts.sharing.cohort(coach) == cohort
    for user in users:  # the page is one look at each, written to their audit
        assert [v.what for v in accounts.sharing.audit(user)] == ["overview: pipeline"]


def _clock(at: datetime) -> Callable[[], datetime]:
    return lambda: at


def test_the_check_ins_summary_counts_each_of_the_last_four_weeks_and_nothing_older(
        db_url: str, accounts: AccountsService) -> None:
    """A seeker who shares the check-ins summary: per week (Monday first), how many and the
    average mood, over the four weeks up to today; a check-in older than those is left out."""
    from bounceback.services.recovery_drafts import CheckInDraft

    coach = accounts.get("coach@centre.org")
    user = seeker(accounts, 5, [])
    monday = TODAY - timedelta(days=TODAY.weekday() + 21)  # the first week shown
    for days_after, mood in ((-1, 1), (0, 2), (6, 4), (21, 5), (TODAY.weekday() + 21, 3)):
        then = AccountsService(db_url, _clock(datetime.combine(monday + timedelta(days_after),
                                                               NOW.time())))
        bb = then.service_for(user)
        bb.recovery.check_in(CheckInDraft(mood=mood))
        bb.close()
        then.close()
    accounts.sharing.share(user, "coach@centre.org", "checkins-summary")
    shown = accounts.sharing.view(coach, user.id)
    assert shown.checkins == [
        {"week_of": monday, "check_ins": 2, "average_mood": 3.0},
        {"week_of": monday + timedelta(days=7), "check_ins": 0, "average_mood": None},
        {"week_of": monday + timedelta(days=14), "check_ins": 0, "average_mood": None},
        {"week_of": monday + timedelta(days=21), "check_ins": 2, "average_mood": 4.0}]


def test_the_card_counts_the_feedback_requests_waiting_as_the_response_rate_does(
        db_url: str, accounts: AccountsService) -> None:
    """The card's "waiting on feedback" is counted by the database (not every request read):
    sent inside its waiting time, not answered, not followed up 14 days ago or more; the same
    number as learning/feedback.response_rate over the requests, at each side of each cut."""
    from bounceback.learning.feedback import response_rate
    from bounceback.storage.readmodel import own_rows

    coach = accounts.get("coach@centre.org")
    user = seeker(accounts, 6, [TODAY - timedelta(days=60)] * 6)
    accounts.sharing.share(user, "coach@centre.org", "pipeline")

    def on(days_ago: int, act: str, app_id: int, *args: object, **kw: object) -> None:
        then = AccountsService(db_url, _clock(NOW - timedelta(days=days_ago)))
        bb = then.service_for(user)
        getattr(bb.learning, act)(app_id, *args, **kw)
        bb.close()
        then.close()

    bb = accounts.service_for(user)
    ids = [a.id for a in bb.applications.list()]
    bb.close()
    for app_id, days in zip(ids, [20, 21, 20, 20, 5], strict=False):  # days ago each went out
        on(days, "request_feedback", app_id, sent=True)
    on(3, "request_feedback", ids[5])  # drafted, never sent: not asked
    on(14, "follow_up", ids[2])  # followed up 14 days ago: let go
    on(13, "follow_up", ids[3])  # 13 days ago: still waiting
    on(1, "add_feedback", ids[4], "Strong, but we hired inside.")
    card, = accounts.sharing.overview(coach)
    bb = accounts.service_for(user)
    with bb.db.reader() as r:
        before = response_rate(own_rows.requests(r), TODAY).waiting
    bb.close()
    assert card.waiting_on_feedback == before == 2  # sent 20 days ago, and followed up 13


def test_the_card_read_in_one_pass_is_what_each_part_read_alone_gives_after_every_write(
        accounts: AccountsService) -> None:
    """The card's parts are read on one reader with the settings read once; after a write of
    every kind (a note, a move, a rejection, a check-in, a feedback request) the coach's look
    shows what each part, read alone through the seeker's views, gives."""
    from bounceback.learning.feedback import response_rate
    from bounceback.pipeline.concentration import WarningKind
    from bounceback.services.recovery_drafts import CheckInDraft
    from bounceback.services.sharing import SeekerCard
    from bounceback.storage.readmodel import own_rows

    coach = accounts.get("coach@centre.org")
    user = accounts.add("s7@centre.org", Role.SEEKER, PASSWORD)
    bb = accounts.service_for(user)
    for i, (days, hope) in enumerate([(30, 5), (20, 1), (16, 1), (40, None)]):
        bb.applications.add(Application(company=f"Co7-{i}", role="Analyst", excitement=hope,
                                        date_applied=TODAY - timedelta(days=days)))
    ids = [a.id or 0 for a in bb.applications.list()]
    bb.close()
    what = (Shared.PIPELINE, Shared.OUTLOOK, Shared.CHECKINS_SUMMARY)
    accounts.sharing.share(user, "coach@centre.org", what)

    def part_by_part() -> SeekerCard:
        bb = accounts.service_for(user)
        last = bb.views.sent_summary(TODAY - timedelta(days=28))[1]
        with bb.db.reader() as r:
            waiting = response_rate(own_rows.requests(r), TODAY).waiting
        kinds = {w.kind for w in bb.views.warnings()}
        card = SeekerCard(user.id, user.email, what, in_recovery=bb.views.in_window(),
                          quiet_days=(TODAY - last).days,
                          hope_concentrated=bool(kinds & {WarningKind.HOPE, WarningKind.CHANCE}),
                          waiting_on_feedback=waiting)
        bb.close()
        return card

    def write(act: Callable[[object], object]) -> None:
        bb = accounts.service_for(user)
        act(bb)
        bb.close()

    seen = []
    for act in (lambda bb: None,
                lambda bb: bb.applications.note(ids[0], "Called them back"),  # type: ignore[attr-defined]
                lambda bb: bb.applications.move(ids[1], Stage.INTERVIEWING),  # type: ignore[attr-defined]
                lambda bb: bb.rejections.record(ids[0]),  # type: ignore[attr-defined]
                lambda bb: bb.recovery.check_in(CheckInDraft(mood=2)),  # type: ignore[attr-defined]
                lambda bb: bb.learning.request_feedback(ids[0], sent=True)):  # type: ignore[attr-defined]
        write(act)
        card, = accounts.sharing.overview(coach)
        assert card == part_by_part()
        seen.append(card)
    # The writes changed the card (the window opened, feedback awaited): the test can tell.
    assert not seen[0].in_recovery and seen[-1].in_recovery and seen[-1].waiting_on_feedback == 1


def test_the_cards_concentration_is_the_hope_or_chance_warning_of_the_seekers_own_pages(
        accounts: AccountsService) -> None:
    """A card reads only whether one application carries the search (`concentrated`: the hope
    and chance warnings' shares and cut, without the top application's title or the other
    warnings' reads); for pipelines where the hope warning shows, where only the chance
    warning shows (with a lone late stage), and where neither does, before and after a note
    and a move, the card says what the seeker's own warnings say."""
    from bounceback.pipeline.concentration import WarningKind

    coach = accounts.get("coach@centre.org")
    pipelines = {  # (days ago applied, excitement) per application; then the one to move
        "hope": ([(10, 5), (10, 1), (10, 1)], None),
        "chance": ([(12, None), (70, None), (70, None), (80, None)], 0),
        "neither": ([(3, 2), (4, 2), (5, 2), (6, 2), (7, 2), (8, 2)], None),
        "even": ([(9, 3), (9, 3)], None)}
    users = {}
    for n, (name, (apps, _)) in enumerate(pipelines.items(), start=20):
        user = accounts.add(f"s{n}@centre.org", Role.SEEKER, PASSWORD)
        bb = accounts.service_for(user)
        for i, (days, hope) in enumerate(apps):
            bb.applications.add(Application(company=f"Co{n}-{i}", role="Analyst",
                                            excitement=hope,
                                            date_applied=TODAY - timedelta(days=days)))
        bb.close()
        accounts.sharing.share(user, "coach@centre.org", (Shared.PIPELINE, Shared.OUTLOOK))
        users[name] = user

    def warned() -> dict[str, set[WarningKind]]:
        found = {}
        for name, user in users.items():
            bb = accounts.service_for(user)
            found[name] = {w.kind for w in bb.views.warnings()}
            bb.close()
        return found

    def write(name: str, act: Callable[..., object]) -> None:
        bb = accounts.service_for(users[name])
        act(bb, [a.id or 0 for a in bb.applications.list()])
        bb.close()

    concern = {WarningKind.HOPE, WarningKind.CHANCE}
    for step in ("first", "moved", "noted"):
        if step == "moved":
            write("chance", lambda bb, ids: bb.applications.move(ids[0], Stage.INTERVIEWING))
        if step == "noted":
            for name in users:
                write(name, lambda bb, ids: bb.applications.note(ids[-1], "Called them back"))
        kinds = warned()
        cards = {c.email: c for c in accounts.sharing.overview(coach)}
        for name, user in users.items():
            assert cards[user.email].hope_concentrated == bool(kinds[name] & concern), (step, name)
        assert WarningKind.HOPE in kinds["hope"]
        assert not kinds["neither"] & concern and not kinds["even"] & concern
        if step != "first":  # the chance alone, beside a lone late stage the card never reads
            assert kinds["chance"] & concern == {WarningKind.CHANCE}, kinds["chance"]
            assert WarningKind.LONE_LATE_STAGE in kinds["chance"]


def test_the_coach_sees_the_seekers_list_of_applications_in_its_order_after_moves_and_rejections(
        accounts: AccountsService) -> None:
    """The coach's view of a shared pipeline and outlook reads only what it shows (company,
    role, stage, outcome, day applied; not each application's description, notes and tags; the
    outlook's figures, not each application's part in them): the same rows, in the same order
    (newest first, equal days by the later added), as the seeker's own list, and the seeker's
    own outlook, also after a move, a rejection and an application added on a day taken."""
    coach = accounts.get("coach@centre.org")
    user = seeker(accounts, 30, [TODAY - timedelta(days=d) for d in (9, 3, 3, 20)])
    accounts.sharing.share(user, "coach@centre.org", (Shared.PIPELINE, Shared.OUTLOOK))

    def own() -> list[dict[str, object]]:
        bb = accounts.service_for(user)
        found = [{"company": a.company, "role": a.role, "stage": a.stage.value,
                  "outcome": a.outcome.value if a.outcome else None, "applied": a.date_applied}
                 for a in bb.views.applications()]
        bb.close()
        return found

    bb = accounts.service_for(user)
    ids = [a.id or 0 for a in bb.applications.list()]
    bb.applications.move(ids[0], Stage.INTERVIEWING)
    bb.rejections.record(ids[1])
    bb.applications.add(Application(company="Co30-late", role="Lead", tags=["dream"],
                                    description="A long text the coach never sees.",
                                    date_applied=TODAY - timedelta(days=9)))
    bb.close()
    seen = accounts.sharing.view(coach, user.id)
    shown = seen.pipeline
    assert shown == own()
    bb = accounts.service_for(user)
    o = bb.views.outlook()
    bb.close()
    assert seen.outlook == {"chance": o.chance, "low": o.low, "high": o.high,
                            "live": o.live_count} and o.live_count == 4 and o.chance > 0
    assert [a["company"] for a in shown or []][:4] == ["Co30-2", "Co30-1", "Co30-late", "Co30-0"]
    assert {a["stage"] for a in shown or []} >= {"interviewing"}
    assert any(a["outcome"] == "rejected" for a in shown or [])
