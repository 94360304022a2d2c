"""The .ics feed: valid iCalendar that round-trips, alarms, and UIDs that survive changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st
from icalendar import Calendar

from bounceback.charts.calendar import (
    CalendarItem,
    ItemKind,
    build_calendar,
    feedback_reminder_item,
    interview_item,
    plan_block_item,
    reinvest_item,
    task_item,
    uid_for,
)
from bounceback.domain.learning import FeedbackRequest
from bounceback.domain.models import Application, Task
from bounceback.domain.recovery import RecoveryWindow
from bounceback.domain.vocabulary import InterviewType

STAMP = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
APP = Application(company="Acme", role="Data analyst", id=4)


def events_of(data: bytes) -> dict[str, object]:
    cal = Calendar.from_ical(data)
    return {str(e["uid"]): e for e in cal.walk("VEVENT")}


def all_items() -> list[CalendarItem]:
    return [
        interview_item(APP, datetime(2026, 12, 1, 14, 0), key="4:2", kind=InterviewType.TECHNICAL,
                       round=2, location="Video call"),
        task_item(Task(title="Follow up with Acme", due=date(2026, 11, 28), id=9,
                       kind="follow_up", application_id=4), APP),
        feedback_reminder_item(FeedbackRequest(application_id=4, recipient_name="Sam",
                                               created_on=date(2026, 11, 20), id=3,
                                               sent_on=date(2026, 11, 20),
                                               follow_up_due=date(2026, 11, 27)), APP),
        reinvest_item(RecoveryWindow(rejection_id=5, starts_on=date(2026, 11, 24), days=3), APP),
        plan_block_item("1:2026-11-30", datetime(2026, 11, 30, 9, 0), 90, "Apply: 3 applications"),
    ]


def test_round_trips_through_the_icalendar_parser() -> None:
    items = [i for i in all_items() if i is not None]
    data = build_calendar(items, stamp=STAMP)
    cal = Calendar.from_ical(data)
    assert cal["VERSION"] == "2.0" and "bounceback" in str(cal["PRODID"])
    events = cal.walk("VEVENT")
    assert len(events) == 5
    assert Calendar.from_ical(cal.to_ical()).to_ical() == cal.to_ical()
    for event in events:
        assert event["DTSTAMP"] and event["SUMMARY"] and event["DTSTART"] and event["DTEND"]
        assert event.walk("VALARM"), f"{event['SUMMARY']} has no alarm"


def test_interview_time_alarms_and_text() -> None:
    item = all_items()[0]
    event = events_of(build_calendar([item], stamp=STAMP))[uid_for(item.key)]
    assert str(event["SUMMARY"]) == "Technical interview, round 2: Data analyst at Acme"
    assert event.decoded("DTSTART") == datetime(2026, 12, 1, 14, 0)
    assert event.decoded("DTEND") == datetime(2026, 12, 1, 15, 0)
    assert str(event["LOCATION"]) == "Video call"
    triggers = sorted(a.decoded("TRIGGER") for a in event.walk("VALARM"))
    assert triggers == [timedelta(days=-1), timedelta(hours=-1)]


def test_all_day_items_ring_in_the_morning() -> None:
    reinvest = all_items()[3]
    event = events_of(build_calendar([reinvest], stamp=STAMP))[uid_for(reinvest.key)]
    assert event.decoded("DTSTART") == date(2026, 11, 27)  # the first day after the window
    assert event.decoded("DTEND") == date(2026, 11, 28)
    assert [a.decoded("TRIGGER") for a in event.walk("VALARM")] == [timedelta(hours=9)]


def test_a_moved_item_keeps_its_uid_so_calendars_replace_it() -> None:
    before = interview_item(APP, datetime(2026, 12, 1, 14, 0), key="4:2")
    after = interview_item(APP, datetime(2026, 12, 3, 10, 0), key="4:2", round=2)
    first = events_of(build_calendar([before], stamp=STAMP))
    second = events_of(build_calendar([after], stamp=STAMP))
    assert first.keys() == second.keys()
    (uid,) = second
    assert second[uid].decoded("DTSTART") == datetime(2026, 12, 3, 10, 0)
    assert uid_for("interview:4:2", "db-a") != uid_for("interview:4:2", "db-b")


def test_the_same_thing_twice_is_one_entry() -> None:
    item = all_items()[1]
    assert len(Calendar.from_ical(build_calendar([item, item], stamp=STAMP)).walk("VEVENT")) == 1


def test_answered_or_followed_up_feedback_requests_need_no_reminder() -> None:
    answered = FeedbackRequest(application_id=4, recipient_name="Sam", created_on=date(2026, 11, 1),
                               follow_up_due=date(2026, 11, 8), answered_on=date(2026, 11, 5))
    assert feedback_reminder_item(answered, APP) is None
    followed = FeedbackRequest(application_id=4, recipient_name="Sam", created_on=date(2026, 11, 1),
                               follow_up_due=date(2026, 11, 8), follow_up_sent_on=date(2026, 11, 8))
    assert feedback_reminder_item(followed, APP) is None


def test_text_is_escaped_not_injected() -> None:
    nasty = CalendarItem(key="task:x", kind=ItemKind.TASK, title="Call; then\nEND:VEVENT",
                         start=date(2026, 12, 2), description="a,b;c\\d")
    (event,) = Calendar.from_ical(build_calendar([nasty], stamp=STAMP)).walk("VEVENT")
    assert str(event["SUMMARY"]) == "Call; then\nEND:VEVENT"
    assert str(event["DESCRIPTION"]) == "a,b;c\\d"


def test_aware_times_are_written_in_utc() -> None:
    from zoneinfo import ZoneInfo

    when = datetime(2026, 12, 1, 14, 0, tzinfo=ZoneInfo("Europe/Paris"))
    item = plan_block_item("k", when, 30, "Apply")
    event = events_of(build_calendar([item], stamp=STAMP))[uid_for(item.key)]
    assert event.decoded("DTSTART") == datetime(2026, 12, 1, 13, 0, tzinfo=UTC)


@given(title=st.text(min_size=1, max_size=300).filter(lambda t: t.strip()),
       alarms=st.lists(st.timedeltas(min_value=timedelta(days=-30), max_value=timedelta(days=30))
                       .map(lambda d: timedelta(seconds=int(d.total_seconds()))), max_size=3),
       start=st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1))
       .map(lambda d: d.replace(microsecond=0)))
def test_any_text_and_alarm_reads_back_as_written(title: str, alarms: list[timedelta],
                                                  start: datetime) -> None:
    item = CalendarItem(key="task:any", kind=ItemKind.TASK, title=title, start=start,
                        description=title * 2, alarms=tuple(alarms))
    data = build_calendar([item], stamp=STAMP)
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    (event,) = Calendar.from_ical(data).walk("VEVENT")
    clean = title.replace("\r\n", "\n").replace("\r", "\n")
    assert str(event["SUMMARY"]) == clean
    assert event.decoded("DTSTART") == start
    assert [a.decoded("TRIGGER") for a in event.walk("VALARM")] == alarms
