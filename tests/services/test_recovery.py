"""Recovery through the service on SQLite and PostgreSQL: the flow, check-ins, journal,
support people, windows, status, privacy."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from bounceback.domain.errors import Conflict, InvalidValue, NotFound
from bounceback.domain.models import Application
from bounceback.domain.recovery import CrisisLevel, EmotionRating, WritingKind
from bounceback.domain.vocabulary import Emotion, Outcome, Stage
from bounceback.services import Bounceback
from bounceback.services.recovery import CheckInDraft, EntryDraft, OutreachDraft
from tests_now import TODAY, day, moment


def _app(bb: Bounceback, company: str = "Northwind", stage: Stage = Stage.APPLIED) -> Application:
    return bb.applications.add(
        Application(company=company, role="Data analyst", stage=stage,
                    date_applied=day(-24))
    )


def _counts(bb: Bounceback) -> tuple[int, int, int, int]:
    return (
        len(bb.applications.list()), len(bb.rejections.list()), len(bb.recovery.check_ins()),
        len(bb.recovery.journal()),
    )


def test_flow_records_acknowledges_and_opens_a_window(bb: Bounceback) -> None:
    app = _app(bb, stage=Stage.INTERVIEWING)
    flow = bb.recovery.reject(app.id, hurt=8)
    assert flow.rejection.stage_reached == Stage.INTERVIEWING
    assert bb.applications.get(app.id).outcome == Outcome.REJECTED
    assert flow.window.days == 4 and flow.window.starts_on == TODAY
    assert "interview" in flow.acknowledgement.text
    assert flow.writing_prompt is not None and flow.writing_prompt.session == 1


def test_flow_stores_every_step_in_one_go(bb: Bounceback) -> None:
    app = _app(bb)
    person = bb.recovery.add_person("Sam", "555 0100")
    flow = bb.recovery.reject(
        app.id,
        check_in=CheckInDraft(2, [EmotionRating(Emotion.SADNESS, 7)], "tired"),
        entry=EntryDraft("It stung more than I expected.", WritingKind.EXPRESSIVE, 12),
        outreach=OutreachDraft(person.id, True, "Coffee this week?"),
    )
    assert flow.saved.check_in is not None and flow.saved.check_in.rejection_id == flow.rejection.id
    assert flow.saved.entry is not None and flow.saved.entry.minutes == 12
    assert flow.outreach is not None and flow.outreach.reached_out
    assert flow.saved.crisis is None
    # once written today, writing is not offered again today
    assert flow.writing_prompt is None


@pytest.mark.parametrize(
    "bad",
    [
        {"check_in": CheckInDraft(2, [EmotionRating(Emotion.ANGER, 11)])},
        {"check_in": CheckInDraft(7)},
        {"entry": EntryDraft("   ")},
        {"hurt": 12},
        {"window_days": 0},
    ],
)
def test_bad_input_in_any_step_stores_nothing(bb: Bounceback, bad: dict) -> None:  # type: ignore[type-arg]
    app = _app(bb)
    before = _counts(bb)
    with pytest.raises(InvalidValue):
        bb.recovery.reject(app.id, **bad)
    assert _counts(bb) == before
    assert bb.applications.get(app.id).outcome is None
    assert bb.recovery.windows() == []


def test_outreach_to_an_unknown_person_rolls_back_the_rejection(bb: Bounceback) -> None:
    app = _app(bb)
    with pytest.raises(NotFound):
        bb.recovery.reject(app.id, outreach=OutreachDraft(999, True))
    assert bb.rejections.list() == [] and bb.applications.get(app.id).outcome is None


def test_rejection_for_a_closed_application_is_refused(bb: Bounceback) -> None:
    app = _app(bb)
    bb.recovery.reject(app.id)
    with pytest.raises(Conflict, match="already closed"):
        bb.recovery.reject(app.id)
    assert len(bb.recovery.windows()) == 1


def test_rejection_can_create_its_application(bb: Bounceback) -> None:
    flow = bb.recovery.reject(
        new_application=Application(company="Contoso", role="Analyst"),
        stage_reached=Stage.SCREENING, on=day(-5),
    )
    assert flow.created_application
    assert flow.application.outcome == Outcome.REJECTED
    assert flow.rejection.stage_reached == Stage.SCREENING
    assert flow.application.date_applied == day(-5)


def test_created_application_is_not_kept_when_a_later_step_fails(bb: Bounceback) -> None:
    with pytest.raises(NotFound):
        bb.recovery.reject(
            new_application=Application(company="Contoso", role="Analyst"),
            outreach=OutreachDraft(404, False),
        )
    assert bb.applications.list() == []


def test_check_in_attaches_to_the_open_window_and_checks_crisis(bb: Bounceback) -> None:
    flow = bb.recovery.reject(_app(bb).id)
    saved = bb.recovery.check_in(CheckInDraft(1, [], "I don't want to live anymore"))
    assert saved.check_in is not None and saved.check_in.rejection_id == flow.rejection.id
    assert saved.crisis is not None and saved.crisis.level == CrisisLevel.EXPLICIT
    soft = bb.recovery.check_in(CheckInDraft(2, [], "this search is killing me"))
    assert soft.crisis is not None and soft.crisis.level == CrisisLevel.SOFT
    calm = bb.recovery.check_in(CheckInDraft(3, [], "I killed it in the interview"))
    assert calm.crisis is None
    stored = bb.recovery.check_ins()
    assert [c.crisis_level for c in stored] == [
        CrisisLevel.EXPLICIT, CrisisLevel.SOFT, CrisisLevel.NONE,
    ]


def test_explicit_crisis_shows_first_in_today(bb: Bounceback) -> None:
    bb.recovery.reject(_app(bb).id)
    bb.recovery.write(EntryDraft("Some nights I want to kill myself."))
    sections = bb.today()
    assert sections[0].key == "crisis" and sections[0].tone == "crisis"
    assert any("findahelpline" in item.text for item in sections[0].items)


def test_a_deleted_entry_number_never_opens_another_entry(bb: Bounceback) -> None:
    """SQLite gave the next entry the deleted newest entry's number (no AUTOINCREMENT), so a
    bookmark to /journal/N showed a newer, different entry (issue 18)."""
    first = bb.recovery.write(EntryDraft("first")).entry
    newest = bb.recovery.write(EntryDraft("to be deleted")).entry
    assert first is not None and newest is not None and newest.id is not None
    bb.recovery.delete_entry(newest.id)  # deleted for good: the file rewritten too
    after = bb.recovery.write(EntryDraft("written after")).entry
    assert after is not None and after.id is not None and after.id > newest.id
    with pytest.raises(NotFound):
        bb.recovery.entry(newest.id)
    bb.recovery.wipe_private()
    again = bb.recovery.write(EntryDraft("after wiping every private thing")).entry
    assert again is not None and again.id is not None and again.id > after.id


def test_journal_write_list_show_delete(bb: Bounceback) -> None:
    saved = bb.recovery.write(EntryDraft("first words", WritingKind.SELF_COMPASSION))
    assert saved.entry is not None and saved.entry.id is not None
    assert bb.recovery.entry(saved.entry.id).text == "first words"
    assert [e.id for e in bb.recovery.journal()] == [saved.entry.id]
    bb.recovery.delete_entry(saved.entry.id)
    assert bb.recovery.journal() == []
    with pytest.raises(NotFound):
        bb.recovery.entry(saved.entry.id)
    with pytest.raises(InvalidValue, match="empty"):
        bb.recovery.write(EntryDraft(""))
    assert bb.recovery.journal() == []


def test_support_rotation_moves_on_when_the_suggestion_is_answered(bb: Bounceback) -> None:
    ana = bb.recovery.add_person("Ana")
    ben = bb.recovery.add_person("Ben")
    first = bb.recovery.suggest_support()
    again = bb.recovery.suggest_support()  # asking again is reading: the same person
    assert first is not None and again is not None and again.person.id == first.person.id
    bb.recovery.record_outreach(first.person.id, False)  # "not now": someone else next time
    second = bb.recovery.suggest_support()
    assert second is not None
    assert {first.person.id, second.person.id} == {ana.id, ben.id}
    bb.recovery.edit_person(ana.id, active=False)
    third = bb.recovery.suggest_support()
    assert third is not None and third.person.id == ben.id
    with pytest.raises(InvalidValue):
        bb.recovery.add_person("")
    bb.recovery.record_outreach(ben.id, True)
    assert [o.reached_out for o in bb.recovery.outreach()] == [False, True]
    bb.recovery.remove_person(ben.id)
    assert all(o.person_id != ben.id for o in bb.recovery.outreach())


def test_window_resize_and_end(bb: Bounceback) -> None:
    flow = bb.recovery.reject(_app(bb).id)
    rid = flow.rejection.id
    assert bb.recovery.set_window(rid, hurt=10).days == 5
    assert bb.recovery.set_window(rid, days=2).days == 2
    with pytest.raises(InvalidValue):
        bb.recovery.set_window(rid, days=99)
    bb.recovery.end_window(rid)
    status = bb.recovery.status()
    assert status.open == [] and status.plan is not None


def _later(bb: Bounceback, days: int) -> Bounceback:
    then = moment(0, 10) + timedelta(days=days)
    return Bounceback(bb.settings, clock=lambda: then)


def test_today_is_gentle_during_the_window_and_plans_after(bb: Bounceback) -> None:
    _app(bb, "Contoso")
    bb.recovery.reject(_app(bb).id)
    during = {s.key: s for s in bb.today()}
    assert during["recovery"].tone == "gentle"
    assert "reinvest" not in during
    after_app = _later(bb, 3)
    after = {s.key: s for s in after_app.today()}
    assert "recovery" not in after and "reinvest" in after
    kinds = [item.kind for item in after["reinvest"].items]
    assert kinds[-1] == "plan" and "apply" in kinds
    after_app.close()


def test_wallowing_nudge_after_the_threshold(bb: Bounceback) -> None:
    bb.recovery.reject(_app(bb).id)
    later = _later(bb, 4)
    later.recovery.check_in(CheckInDraft(1))
    much_later = _later(bb, 10)
    status = much_later.recovery.status()
    assert status.nudge is not None
    assert any(s.key == "wallowing" for s in much_later.today())
    later.close()
    much_later.close()


def test_resilience_counts_days_to_mood_and_next_application(bb: Bounceback) -> None:
    bb.recovery.reject(_app(bb).id, on=day(-15))
    then = moment(-10, 9)
    five = Bounceback(bb.settings, clock=lambda: then)
    five.recovery.check_in(CheckInDraft(4))
    bb.applications.add(
        Application(company="Initech", role="Analyst", date_applied=day(-13))
    )
    result = bb.recovery.resilience()
    assert result.records[0].days_to_mood == 5
    assert result.records[0].days_to_next_application == 2
    assert result.mood_series and result.rejections
    five.close()


def test_export_leaves_private_data_out_unless_asked(bb: Bounceback) -> None:
    bb.recovery.reject(_app(bb).id, check_in=CheckInDraft(2), entry=EntryDraft("private words"))
    bb.recovery.add_person("Sam")
    public = bb.data.export_document()
    for table in ("check_ins", "check_in_emotions", "journal_entries", "support_people",
                  "outreach"):
        assert table not in public["tables"]
    assert "recovery_windows" in public["tables"]
    assert "private words" not in str(public)
    full = bb.data.export_document(include_private=True)
    assert full["tables"]["journal_entries"][0]["text"] == "private words"


def test_wipe_private_deletes_every_private_row(bb: Bounceback) -> None:
    bb.recovery.reject(_app(bb).id, check_in=CheckInDraft(2), entry=EntryDraft("words"))
    bb.recovery.add_person("Sam")
    counts = bb.recovery.wipe_private()
    assert counts["journal_entries"] == 1 and counts["support_people"] == 1
    assert bb.recovery.journal() == [] and bb.recovery.check_ins() == []
    assert bb.recovery.people() == []
    assert len(bb.rejections.list()) == 1


MARKER = "ZEBRA-QUOKKA-7731 my secret sentence"


def _file_bytes(url: str) -> bytes:
    path = Path(url.removeprefix("sqlite:///"))
    data = b""
    for candidate in (path, path.with_name(path.name + "-wal")):
        if candidate.exists():
            data += candidate.read_bytes()
    return data


def test_deleted_entry_leaves_no_copy_in_the_sqlite_file(sqlite_url: str, home: Path) -> None:
    from bounceback.config import Settings

    settings = Settings(database_url=sqlite_url, home=home)
    app = Bounceback(settings, clock=lambda: moment(0))
    saved = app.recovery.write(EntryDraft(MARKER))
    keep = app.recovery.write(EntryDraft("a kept entry"))
    assert MARKER.encode() in _file_bytes(sqlite_url)
    assert saved.entry is not None and keep.entry is not None
    app.recovery.delete_entry(saved.entry.id)
    assert MARKER.encode() not in _file_bytes(sqlite_url)
    assert b"a kept entry" in _file_bytes(sqlite_url)
    app.close()


def test_wipe_leaves_no_copy_in_the_sqlite_file(sqlite_url: str, home: Path) -> None:
    from bounceback.config import Settings

    settings = Settings(database_url=sqlite_url, home=home)
    app = Bounceback(settings, clock=lambda: moment(0))
    app.recovery.write(EntryDraft(MARKER))
    app.recovery.check_in(CheckInDraft(2, [], MARKER + " in a check-in"))
    app.recovery.wipe_private()
    assert MARKER.encode() not in _file_bytes(sqlite_url)
    app.close()


def test_a_rejection_recorded_elsewhere_gets_a_default_window(bb: Bounceback) -> None:
    app = _app(bb)
    rejection = bb.rejections.record(app.id, on=day(-1))
    assert bb.recovery.in_window()
    [w] = bb.recovery.windows()
    assert w.rejection_id == rejection.id and w.days == 3
    assert bb.recovery.writing_prompt() is not None
    saved = bb.recovery.check_in(CheckInDraft(3))
    assert saved.check_in is not None and saved.check_in.rejection_id == rejection.id


def test_resilience_trends_in_two_statements_equal_each_read_alone(demo_bb: Bounceback) -> None:
    """The resilience section's counts and its trends' halves are read in two statements (eight
    before, each a round trip on PostgreSQL): the same numbers as each read alone, also after a
    rejection and a check-in move them."""
    from bounceback.storage.readmodel import recovery_queries as q

    def both() -> tuple[Any, Any]:
        with demo_bb.db.reader() as r:
            total, means = q.trends(r)
            alone = {c: q.trend_means(r, c) for c in ("mood_days", "next_days")}
            assert total == q.resilience_records(r, None)[0]
            return means, alone

    means, alone = both()
    assert means == alone and all(means.values())
    app = next(a for a in demo_bb.applications.list() if a.outcome is None)
    demo_bb.rejections.record(app.id)
    means, alone = both()
    assert means == alone
