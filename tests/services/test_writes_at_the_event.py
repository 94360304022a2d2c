"""What reading used to write is now written by the event that causes it: a late answer revives
a ghosted application when it is recorded, a rejection for the interview makes its practice
cards when its reasons are given, the support rotation moves when a suggestion is answered, and
the calendar's id is the database's own from the start."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import create_engine, text

from bounceback.domain.learning import CardOrigin, Interview, InterviewQuestion
from bounceback.domain.models import Application, Event, RejectionReasonEntry
from bounceback.domain.vocabulary import EventKind, InterviewType, Outcome, ReasonSource
from bounceback.pipeline.plan import parse_intention
from bounceback.services import Bounceback
from bounceback.storage.migrate import alembic_config, upgrade
from bounceback.storage.repos import events as events_repo
from bounceback.storage.repos import interviews as interviews_repo
from db_snapshot import snapshot
from tests_now import TODAY, day, moment


def _applied(bb: Bounceback, company: str, days_ago: int = 40) -> Application:
    return bb.applications.add(Application(company=company, role="Analyst",
                                           date_applied=TODAY - timedelta(days=days_ago)))


def test_a_late_answer_revives_when_it_is_recorded(bb: Bounceback) -> None:
    quiet = _applied(bb, "Late Ltd")
    bb.pipeline.confirm_ghosted(quiet.id, on=TODAY - timedelta(days=5))
    answered_at = moment(-1, 9, 41)
    bb.applications.add_event(Event(
        application_id=quiet.id, kind=EventKind.EMAIL_RECEIVED, occurred_at=answered_at,
        details={"email_kind": "interview_request"},
    ))
    assert bb.applications.get(quiet.id).outcome is None  # before anything is read
    revived = [e for e in bb.applications.timeline(quiet.id).events if e.kind == EventKind.REVIVED]
    assert [e.occurred_at for e in revived] == [answered_at]  # when they answered, not noon
    # Good news in today for a week, without writing anything.
    news = [i.text for s in bb.today() for i in s.items if i.kind == "revived"]
    assert news == [f"Late Ltd answered on {day(-1).isoformat()}: Analyst at Late Ltd is live "
                    "again, at applied."]


def test_reading_the_outlook_revives_nothing(bb: Bounceback, db_url: str) -> None:
    quiet = _applied(bb, "Slow Co")
    bb.pipeline.confirm_ghosted(quiet.id, on=TODAY - timedelta(days=5))
    with bb.db.session() as s:  # an answer written below the service (an older version did)
        events_repo.add(s, Event(application_id=quiet.id, kind=EventKind.INTERVIEW_SCHEDULED,
                                 occurred_at=moment(-1, 9, 0)))
    before = snapshot(db_url)
    bb.pipeline.report()
    bb.pipeline.outlook()
    bb.today()
    assert snapshot(db_url) == before
    assert bb.applications.get(quiet.id).outcome == Outcome.GHOSTED


def test_an_interview_rejection_makes_its_cards_when_its_reasons_are_given(bb: Bounceback) -> None:
    app = _applied(bb, "Panel Inc")
    bb.learning.log_interview(Interview(
        app.id, TODAY - timedelta(days=3), InterviewType.BEHAVIOURAL,
        questions=[InterviewQuestion("Describe a project you are proud of", rating=4)]))
    assert bb.learning.deck() == []  # a good answer makes no card
    rejection = bb.rejections.record(app.id)
    bb.rejections.set_reasons(rejection.id, [RejectionReasonEntry(
        "interview_performance", primary=True, source=ReasonSource.USER)])
    cards = bb.learning.deck()
    assert [(c.question, c.origin) for c in cards] == [
        ("Describe a project you are proud of", CardOrigin.REJECTION)]


def test_reading_the_deck_and_the_brief_writes_nothing(bb: Bounceback, db_url: str) -> None:
    app = _applied(bb, "Brief Ltd")
    with bb.db.session() as s:  # a weak answer written below the service, with no card yet
        interviews_repo.add_interview(s, Interview(
            app.id, TODAY - timedelta(days=3), InterviewType.BEHAVIOURAL,
            questions=[InterviewQuestion("Why this company?", rating=1)]))
    before = snapshot(db_url)
    bb.learning.deck()
    bb.learning.due_cards()
    bb.learning.brief(app.id)
    assert snapshot(db_url) == before


def test_the_calendar_feed_has_the_same_uids_on_every_read(bb: Bounceback, db_url: str) -> None:
    _applied(bb, "Feed Co")
    bb.pipeline.add_intention(parse_intention("Tuesday 9:00, at home: 3"))
    before = snapshot(db_url)
    first, second = bb.charts.calendar(), bb.charts.calendar()
    assert snapshot(db_url) == before
    assert _uids(first) and _uids(first) == _uids(second)


def _uids(feed: bytes) -> list[str]:
    return [line for line in feed.decode().splitlines() if line.startswith("UID:")]


def test_a_calendar_id_stored_by_an_older_version_is_kept(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from alembic import command

    engine = create_engine(f"sqlite:///{tmp_path / 'old.db'}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0010_merge_capabilities")
        connection.execute(text("INSERT INTO settings (key, value) VALUES ('calendar_id', :v)"),
                           {"v": '"0123456789abcdef0123456789abcdef"'})
    upgrade(engine)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT id FROM database_identity")).scalars().all() == [
            "0123456789abcdef0123456789abcdef"]
        assert connection.execute(text("SELECT count(*) FROM settings")).scalar() == 0
    engine.dispose()


def test_two_databases_have_their_own_calendar_id(tmp_path) -> None:  # type: ignore[no-untyped-def]
    ids = []
    for name in ("a.db", "b.db"):
        engine = create_engine(f"sqlite:///{tmp_path / name}")
        upgrade(engine)
        with engine.connect() as connection:
            ids.append(connection.execute(text("SELECT id FROM database_identity")).scalar())
        engine.dispose()
    assert ids[0] != ids[1] and all(len(i) == 32 for i in ids)


def test_a_wipe_and_a_restore_keep_the_database_id(bb: Bounceback, tmp_path) -> None:  # type: ignore[no-untyped-def]
    bb.pipeline.add_intention(parse_intention("Tuesday 9:00, at home: 3"))
    feed = _uids(bb.charts.calendar())
    bb.data.export_json(tmp_path / "backup.json")
    bb.data.wipe()
    assert _uids(bb.charts.calendar()) == []
    bb.data.import_json(tmp_path / "backup.json")
    assert feed and _uids(bb.charts.calendar()) == feed
