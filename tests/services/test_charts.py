"""Charts, review and calendar over a real database (SQLite, and PostgreSQL when configured)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from bounceback.charts import CHART_NAMES
from bounceback.charts.catalog import CHARTS, chart_data
from bounceback.charts.data import FLOW_STAGES, ChartInputs
from bounceback.charts.export import OutputNotWritable, render_images
from bounceback.domain.models import Application, Event, Task
from bounceback.domain.reasons import reason_entries
from bounceback.domain.vocabulary import EventKind, InterviewType, ReasonSource, Stage
from bounceback.services import Bounceback
from charts_records import counts_from_records, recovery_days
from tests_now import TODAY, day, moment, week_start

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "charts"


def test_sankey_of_the_demo_counts_every_application_once(demo_bb: Bounceback) -> None:
    apps = demo_bb.applications.list()
    sent = [a for a in apps if a.furthest_stage != Stage.SAVED]
    data = demo_bb.charts.data("sankey")
    assert data.applications == len(sent)
    assert data.outflow("applied") == len(sent)
    for stage in FLOW_STAGES[1:-1]:
        assert data.inflow(stage.value) == data.outflow(stage.value)
    assert sum(data.exits.values()) + data.reached[Stage.ACCEPTED] == len(sent)
    rejected = [a for a in sent if a.outcome and a.outcome.value == "rejected"]
    assert sum(v for k, v in data.exits.items() if k.startswith("exit:rejected")) == len(rejected)


COUNTED = ("sankey", "funnel", "reasons", "mood", "weekly")


def _from_records(bb: Bounceback) -> ChartInputs:
    """The charts' inputs as they were read before the read model counted them: every
    application, rejection (with its reasons) and check-in as records."""
    apps, rejections = bb.applications.list(), bb.rejections.list()
    check_ins = list(bb.recovery.check_ins())
    prefs = bb.preferences()
    return ChartInputs(
        counts=counts_from_records(apps, rejections,
                                   recovery_days(rejections, check_ins, apps)),
        check_ins=[(c.recorded_at, c.mood) for c in check_ins],
        weekly_goal=prefs.weekly_application_goal, today=bb.charts.today())


def test_charts_from_the_read_models_counts_match_the_records(demo_bb: Bounceback) -> None:
    counted = demo_bb.charts.inputs()
    records = _from_records(demo_bb)
    for name in COUNTED:
        assert chart_data(name, counted) == chart_data(name, records), name
    assert chart_data("reasons", counted).total > 0 and chart_data("mood", counted).recoveries


def test_the_counted_charts_show_a_write_at_once(bb: Bounceback) -> None:
    from bounceback.services.recovery import CheckInDraft

    apps = [bb.applications.add(Application(company=f"Co {i}", role="Analyst",
                                            date_applied=day(-30 + i))) for i in range(4)]
    bb.applications.move(apps[1].id or 0, Stage.INTERVIEWING)
    before = {name: bb.charts.data(name) for name in COUNTED}
    rejection = bb.rejections.record(apps[1].id or 0, on=day(-3))
    bb.rejections.set_reasons(rejection.id or 0, reason_entries("skill_gap", ["fit"],
                                                                ReasonSource.USER))
    bb.recovery.check_in(CheckInDraft(mood=4), rejection.id)
    bb.applications.withdraw(apps[2].id or 0, reason="found a better fit")
    after = {name: bb.charts.data(name) for name in COUNTED}
    records = _from_records(bb)
    for name in COUNTED:
        assert after[name] == chart_data(name, records), name
    assert after["sankey"] != before["sankey"]
    assert after["reasons"].count("skill_gap", Stage.INTERVIEWING) == 1
    assert [m.label for m in after["mood"].rejections] == ["Analyst at Co 1, after interviews"]
    assert after["mood"].points and not before["mood"].points
    exits = after["sankey"].exits
    assert exits["exit:rejected@interviewing"] == 1 and exits["exit:withdrawn@applied"] == 1


def test_every_demo_chart_renders(demo_bb: Bounceback, db_url: str) -> None:
    inputs = demo_bb.charts.inputs()
    assert inputs.outlook, "the demo has an outlook over time"
    assert 0 <= inputs.outlook[-1][1] <= 1
    from bounceback.charts.catalog import build_figure

    figures = [build_figure(name, inputs) for name in CHART_NAMES]
    for name, fig in zip(CHART_NAMES, figures, strict=True):
        assert fig.layout.title.text == CHARTS[name].title
    if db_url.startswith("sqlite"):  # the pictures are the same on both engines: draw once
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        images = render_images([(fig, "png") for fig in figures])
        for name, image in zip(CHART_NAMES, images, strict=True):
            (ARTIFACTS / f"demo-{name}.png").write_bytes(image)
            assert image.startswith(b"\x89PNG")


def test_export_checks_the_path_before_reading(demo_bb: Bounceback, tmp_path: Path) -> None:
    with pytest.raises(OutputNotWritable, match="does not exist"):
        demo_bb.charts.export("sankey", tmp_path / "missing" / "s.svg")
    text = demo_bb.charts.export("sankey", tmp_path / "s.txt").read_text()
    assert "Applications [" in text


def test_empty_database_charts_say_so(bb: Bounceback, tmp_path: Path) -> None:
    fig = bb.charts.figure("reasons")
    assert "No rejections yet." in fig.layout.annotations[0].text
    assert bb.charts.inputs().outlook == []
    page = bb.charts.export("sankey", tmp_path / "s.html").read_text()
    assert "No applications yet" in page


def test_review_of_this_week(demo_bb: Bounceback, tmp_path: Path) -> None:
    review = demo_bb.charts.review()
    monday = week_start()
    assert review.week_start == monday
    apps = demo_bb.applications.list()
    this_week = [a for a in apps if a.date_applied and a.date_applied >= monday]
    assert len(review.sent) == len(this_week)
    assert review.live == len([a for a in apps if a.is_live])
    out = demo_bb.charts.write_review(tmp_path / "week.html")
    sunday = monday + timedelta(days=6)
    page = out.read_text()
    assert f"Your week: {monday.day} " in page and f"to {sunday.day} {sunday:%B} {sunday.year}" in page


def test_review_of_last_week_lists_what_came_back(demo_bb: Bounceback) -> None:
    monday = week_start() - timedelta(days=7)
    last = demo_bb.charts.review(monday)
    rejections = [r for r in demo_bb.rejections.list()
                  if monday <= r.received_on <= monday + timedelta(days=6)]
    assert len([r for r in last.replies if r.what.startswith("a no")]) == len(rejections)
    # waiting at the end of that week, as each application's own timeline says
    from bounceback.pipeline.weekly import group_on

    sunday = monday + timedelta(days=6)
    waiting = [a for a in demo_bb.applications.list()
               if group_on(a, demo_bb.applications.timeline(a.id or 0).events, sunday)]
    assert last.live == len(waiting) > 0
    assert last.outlook is not None and 0 < last.outlook < 1


def test_review_pdf(demo_bb: Bounceback, tmp_path: Path) -> None:
    out = demo_bb.charts.write_review(tmp_path / "week.pdf")
    assert out.read_bytes().startswith(b"%PDF-")


def interview(bb: Bounceback, app: Application, when: datetime, round: int = 1) -> Event:
    return bb.applications.add_event(Event(
        application_id=app.id or 0, kind=EventKind.INTERVIEW_SCHEDULED,
        occurred_at=moment(-1, 9), stage=Stage.INTERVIEWING, round=round,
        interview_type=InterviewType.TECHNICAL, details={"at": when.isoformat()},
    ))


def test_calendar_feed_round_trips_and_updates_replace(bb: Bounceback) -> None:
    app = bb.applications.add(Application(company="Acme", role="Analyst"))
    interview(bb, app, moment(7, 14))
    task = bb.tasks.add(Task(title="Follow up with Acme", due=day(5),
                             application_id=app.id, kind="follow_up"))
    first = Calendar.from_ical(bb.charts.calendar())
    events = {str(e["SUMMARY"]): e for e in first.walk("VEVENT")}
    assert events["Technical interview, round 1: Analyst at Acme"].decoded("DTSTART") == moment(7, 14)
    assert "Follow up with Acme" in events
    assert all(e.walk("VALARM") for e in events.values())
    bb.tasks.done(task.id or 0)
    second = Calendar.from_ical(bb.charts.calendar())
    assert {str(e["SUMMARY"]) for e in second.walk("VEVENT")} == {
        "Technical interview, round 1: Analyst at Acme"
    }
    uids = [{str(e["UID"]) for e in cal.walk("VEVENT")} for cal in (first, second)]
    assert uids[1] < uids[0], "the interview keeps its UID; the done task is gone"


def test_a_held_interview_leaves_the_feed(bb: Bounceback) -> None:
    app = bb.applications.add(Application(company="Acme", role="Analyst"))
    interview(bb, app, moment(-1, 14))
    bb.applications.add_event(Event(application_id=app.id or 0, kind=EventKind.INTERVIEW_HELD,
                                    occurred_at=moment(-1, 15), round=1))
    assert Calendar.from_ical(bb.charts.calendar()).walk("VEVENT") == []


def test_the_feed_keeps_thirty_days_back_and_everything_ahead(bb: Bounceback) -> None:
    app = bb.applications.add(Application(company="Acme", role="Analyst"))
    for due, title in ((day(-45), "Long past"), (day(-20), "Recently past"),
                       (day(400), "Far ahead")):
        bb.tasks.add(Task(title=title, due=due, application_id=app.id, kind="follow_up"))
    summaries = {str(e["SUMMARY"]) for e in Calendar.from_ical(bb.charts.calendar()).walk("VEVENT")}
    assert {"Recently past (Analyst at Acme)", "Far ahead (Analyst at Acme)"} <= summaries
    assert not any(s.startswith("Long past") for s in summaries)


def test_the_feeds_etag_holds_until_something_in_it_changes(bb: Bounceback) -> None:
    app = bb.applications.add(Application(company="Acme", role="Analyst"))
    interview(bb, app, moment(7, 14))
    body, etag = bb.charts.calendar_feed()
    assert body is not None and etag.startswith('"')
    assert bb.charts.calendar_feed(etag) == (None, etag), "a current copy: nothing is built"
    assert bb.charts.calendar_feed(f'"other", W/{etag}')[0] is None
    assert bb.charts.calendar_feed('"other"')[0] == body
    assert bb.charts.calendar_feed()[0] == body, "the same rows: the same feed, byte for byte"
    bb.applications.add(Application(company="Globex", role="Engineer"))  # not in the feed
    assert bb.charts.calendar_feed(etag)[0] is None
    task = bb.tasks.add(Task(title="Send the portfolio", due=day(2), application_id=app.id))
    changed, new_etag = bb.charts.calendar_feed(etag)
    assert new_etag != etag and changed is not None and b"Send the portfolio" in changed
    bb.tasks.done(task.id or 0)
    assert bb.charts.calendar_feed(new_etag)[0] is not None


def test_calendar_uids_differ_between_databases_but_not_between_exports(
    bb: Bounceback, tmp_path: Path
) -> None:
    app = bb.applications.add(Application(company="Acme", role="Analyst"))
    interview(bb, app, moment(7, 14))
    one = bb.charts.export_calendar(tmp_path / "a.ics").read_bytes()
    two = bb.charts.export_calendar(tmp_path / "b.ics").read_bytes()
    uids = [{str(e["UID"]) for e in Calendar.from_ical(x).walk("VEVENT")} for x in (one, two)]
    assert uids[0] == uids[1] and len(uids[0]) == 1


def test_outlook_history_ends_with_todays_outlook(demo_bb: Bounceback) -> None:
    points = demo_bb.charts.inputs(["outlook"]).outlook
    assert points[-1][0] == TODAY
    days = [d for d, _ in points]
    assert days == sorted(days) and len(days) >= 10
    assert max(b - a for a, b in zip(days, days[1:], strict=False)) <= timedelta(days=31)


def at_hour(on: date, hour: int) -> datetime:
    return datetime.combine(on, time(hour))


def test_mood_recovery_and_private_review_from_the_recovery_part(
    bb: Bounceback, db_url: str, home: Path
) -> None:
    from bounceback.charts.review import render_html
    from bounceback.config import Settings
    from bounceback.services.recovery import CheckInDraft, EntryDraft

    app = bb.applications.add(Application(company="Acme", role="Analyst",
                                          date_applied=day(-23)))
    tuesday = week_start() - timedelta(days=6)  # last week's, whatever today is
    rejection = bb.rejections.record(app.id or 0, on=tuesday)

    def at(then: datetime) -> Bounceback:
        return Bounceback(Settings(database_url=db_url, home=home), clock=lambda: then)

    for then, mood in ((at_hour(tuesday, 20), 2), (at_hour(tuesday + timedelta(days=2), 20), 3)):
        other = at(then)
        other.recovery.check_in(CheckInDraft(mood=mood), rejection.id)
        other.close()
    writer = at(at_hour(tuesday + timedelta(days=1), 21))
    writer.recovery.write(EntryDraft(text="It stung more than I expected."), rejection.id)
    writer.close()

    inputs = bb.charts.inputs(["mood"])
    assert sorted(m for _, m in inputs.check_ins) == [2, 3]
    assert inputs.recovery_days == {rejection.id: 2}
    mood = bb.charts.data("mood")
    assert [m.recovery_days for m in mood.recoveries] == [2]

    review = bb.charts.review(tuesday + timedelta(days=1))
    assert [r.days for r in review.recoveries] == [2]
    assert "It stung" not in render_html(review)
    assert "It stung" in render_html(review, include_private=True)


def test_the_feed_carries_the_soonest_and_counts_the_rest(bb: Bounceback, monkeypatch) -> None:
    """Bounded whatever the size of the search: past its bound the feed carries the soonest
    tasks and interviews, and one entry today says how many more bounceback keeps."""
    from bounceback.services import charts

    monkeypatch.setattr(charts, "CALENDAR_MAX_TASKS", 3)
    monkeypatch.setattr(charts, "CALENDAR_MAX_INTERVIEWS", 2)
    app = bb.applications.add(Application(company="Acme", role="Analyst"))
    for n in (5, 1, 4, 2, 3):
        bb.tasks.add(Task(title=f"Task due in {n}", due=day(n), application_id=app.id))
    for n in (9, 7, 8):
        interview(bb, app, moment(n, 14), round=n)
    closed = bb.applications.add(Application(company="Initech", role="Analyst"))
    interview(bb, closed, moment(6, 14), round=6)  # the soonest, but its application withdrawn
    bb.applications.withdraw(closed.id or 0, reason="took another offer")
    events = {str(e["SUMMARY"]): e for e in Calendar.from_ical(bb.charts.calendar()).walk("VEVENT")}
    tasks = sorted(s for s in events if s.startswith("Task due"))
    assert tasks == [f"Task due in {n} (Analyst at Acme)" for n in (1, 2, 3)]
    assert "2 more open tasks in bounceback" in events
    assert events["2 more open tasks in bounceback"].decoded("DTSTART") == day(0)
    rounds = sorted(s for s in events if "interview, round" in s)
    assert rounds == [f"Technical interview, round {n}: Analyst at Acme" for n in (7, 8)]
    assert "1 more interview in bounceback" in events
    monkeypatch.setattr(charts, "CALENDAR_MAX_TASKS", 5)
    events = {str(e["SUMMARY"]) for e in Calendar.from_ical(bb.charts.calendar()).walk("VEVENT")}
    assert len([s for s in events if s.startswith("Task due")]) == 5
    assert not any("more open task" in s for s in events)


def test_the_feed_carries_the_soonest_feedback_follow_ups_and_counts_the_rest(
        bb: Bounceback, monkeypatch) -> None:
    """Feedback follow-ups are bounded like tasks: the soonest due (the first asked, on the
    same day), and one entry today for the rest."""
    from bounceback.services import charts

    monkeypatch.setattr(charts, "CALENDAR_MAX_REMINDERS", 2)
    for company in ("Acme", "Globex", "Initech", "Umbrella"):
        app = bb.applications.add(Application(company=company, role="Analyst"))
        bb.learning.request_feedback(app.id, sent=True)
    events = {str(e["SUMMARY"]): e for e in Calendar.from_ical(bb.charts.calendar()).walk("VEVENT")}
    follow_ups = sorted(s for s in events if s.startswith("Follow up on your feedback"))
    assert follow_ups == [f"Follow up on your feedback request: Analyst at {c}"
                          for c in ("Acme", "Globex")]
    assert events["2 more feedback follow-ups in bounceback"].decoded("DTSTART") == day(0)
    monkeypatch.setattr(charts, "CALENDAR_MAX_REMINDERS", 4)
    events = {str(e["SUMMARY"]) for e in Calendar.from_ical(bb.charts.calendar()).walk("VEVENT")}
    assert len([s for s in events if s.startswith("Follow up on your feedback")]) == 4
    assert not any("more feedback" in s for s in events)


def test_the_feed_carries_the_soonest_days_back_to_the_search_and_counts_the_rest(
        bb: Bounceback, monkeypatch) -> None:
    """The day after each recovery window is bounded like tasks: the soonest, and one entry
    today for the rest."""
    from bounceback.services import charts

    monkeypatch.setattr(charts, "CALENDAR_MAX_WINDOWS", 2)
    for n, company in enumerate(("Acme", "Globex", "Initech", "Umbrella")):
        app = bb.applications.add(Application(company=company, role="Analyst",
                                              date_applied=day(-20)))
        bb.rejections.record(app.id, on=day(-n))
    found = Calendar.from_ical(bb.charts.calendar()).walk("VEVENT")
    back = sorted(e.decoded("DTSTART") for e in found if str(e["SUMMARY"]) == "Back to the search")
    assert len(back) == 2
    everyone = bb.charts.calendar_items()
    assert len([i for i in everyone if i.title == "Back to the search"]) == 2
    assert any(str(e["SUMMARY"]) == "2 more days back to the search in bounceback" for e in found)
    monkeypatch.setattr(charts, "CALENDAR_MAX_WINDOWS", 4)
    found = Calendar.from_ical(bb.charts.calendar()).walk("VEVENT")
    again = sorted(e.decoded("DTSTART") for e in found if str(e["SUMMARY"]) == "Back to the search")
    assert len(again) == 4 and again[:2] == back
    assert not any("more days back" in str(e["SUMMARY"]) for e in found)
