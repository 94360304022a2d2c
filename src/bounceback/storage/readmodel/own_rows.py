"""A person's own lists read with plain SQL on a `Reader` (no SQLAlchemy): the journal, the
support people, the feedback requests and the feedback received. The same domain objects, in
the same order, as the ORM's repositories (storage/repos/recovery.py entries, check-ins and people,
storage/repos/feedback.py requests and feedback) build, so that `journal list`, `support list`
and `feedback list` start no ORM. tests/cli/test_lean_lists.py holds them equal."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date
from typing import Any

from bounceback.domain.learning import Feedback, FeedbackRequest, Tone
from bounceback.domain.models import RejectionReasonEntry
from bounceback.domain.recovery import (
    CheckIn,
    CrisisLevel,
    EmotionRating,
    JournalEntry,
    SupportPerson,
    WritingKind,
)
from bounceback.domain.vocabulary import Emotion, ReasonSource, Stage
from bounceback.storage.readmodel.reader import Reader, as_date, as_datetime


def journal(r: Reader, *, rejection_id: int | None = None) -> list[JournalEntry]:
    """Every journal entry (about one rejection, given its id), oldest first."""
    about = "" if rejection_id is None else " WHERE rejection_id = :rid"
    return [JournalEntry(id=row[0], rejection_id=row[1],
                         written_at=as_datetime(row[2]),  # type: ignore[arg-type]
                         kind=WritingKind(row[3]), prompt=row[4], text=row[5], minutes=row[6],
                         crisis_level=CrisisLevel(row[7]))
            for row in r.all("SELECT id, rejection_id, written_at, kind, prompt, text, minutes, "
                             f"crisis_level FROM journal_entries{about} ORDER BY written_at, id",
                             rid=rejection_id)]


def check_ins(r: Reader, *, check_in_id: int | None = None) -> list[CheckIn]:
    """Every check-in (or the one of that id), oldest first, with its emotions (the strongest
    first)."""
    ratings: dict[int, list[EmotionRating]] = defaultdict(list)
    one = "" if check_in_id is None else " WHERE id = :id"
    rows = r.all("SELECT id, rejection_id, recorded_at, mood, something_else, crisis_level "
                 f"FROM check_ins{one} ORDER BY recorded_at, id", id=check_in_id)
    if rows:
        of = "" if check_in_id is None else " WHERE check_in_id = :id"
        for owner, emotion, intensity in r.all(
                f"SELECT check_in_id, emotion, intensity FROM check_in_emotions{of}",
                id=check_in_id):
            ratings[owner].append(EmotionRating(Emotion(emotion), intensity))
    return [CheckIn(id=row[0], rejection_id=row[1],
                    recorded_at=as_datetime(row[2]),  # type: ignore[arg-type]
                    mood=row[3], something_else=row[4], crisis_level=CrisisLevel(row[5]),
                    emotions=sorted(ratings[row[0]], key=lambda x: (-x.intensity,
                                                                   x.emotion.value)))
            for row in rows]


def people(r: Reader, include_inactive: bool = False) -> list[SupportPerson]:
    """The support people (the active ones unless `include_inactive`), by number."""
    active = "" if include_inactive else " WHERE active = :yes"
    return [SupportPerson(id=row[0], name=row[1], reach=row[2], relationship=row[3],
                          active=bool(row[4]), last_suggested_at=as_datetime(row[5]),
                          created_at=as_datetime(row[6]))
            for row in r.all("SELECT id, name, reach, relationship, active, last_suggested_at, "
                             f"created_at FROM support_people{active} ORDER BY id", yes=True)]


def _of(app_id: int | None) -> str:
    return "" if app_id is None else " WHERE application_id = :app_id"


_DAYS = ("sent_on", "follow_up_due", "follow_up_sent_on", "answered_on", "closed_on")


def requests(r: Reader, app_id: int | None = None) -> list[FeedbackRequest]:
    """The feedback requests (of one application), oldest first."""
    return [FeedbackRequest(
        id=row[0], application_id=row[1], recipient_name=row[2],
        created_on=as_date(row[3]),  # type: ignore[arg-type]
        recipient_email=row[4], contact_id=row[5], tone=Tone(row[6]), stage_reached=Stage(row[7]),
        subject=row[8], body=row[9], placeholder=bool(row[10]),
        **{name: as_date(value) for name, value in zip(_DAYS, row[11:], strict=True)})
        for row in r.all(
            "SELECT id, application_id, recipient_name, created_on, recipient_email, contact_id, "
            f"tone, stage_reached, subject, body, placeholder, {', '.join(_DAYS)} "
            f"FROM feedback_requests{_of(app_id)} ORDER BY created_on, id", app_id=app_id)]


def requests_waiting(r: Reader, today: date) -> int:
    """How many feedback requests still wait for an answer on `today`: what
    learning/feedback.response_rate counts as waiting, counted by the database (one number,
    not every request's subject and body read to count them: the coach's card)."""
    from bounceback.learning.feedback import waiting_cuts

    sent_after, followed_after = waiting_cuts(today)
    return int(r.scalar(
        "SELECT count(*) FROM feedback_requests WHERE sent_on IS NOT NULL AND sent_on > :sent "
        "AND answered_on IS NULL AND closed_on IS NULL "
        "AND (follow_up_sent_on IS NULL OR follow_up_sent_on > :followed)",
        sent=sent_after, followed=followed_after) or 0)


def _reasons(value: Any) -> list[RejectionReasonEntry]:
    if isinstance(value, str | bytes):
        value = json.loads(value)
    return [RejectionReasonEntry(reason=str(item["reason"]),
                                 source=ReasonSource(item.get("source", "feedback")),
                                 primary=bool(item.get("primary")))
            for item in value or []]


def feedback(r: Reader, app_id: int | None = None) -> list[Feedback]:
    """The feedback received (for one application), oldest first."""
    return [Feedback(id=row[0], application_id=row[1], request_id=row[2],
                     received_on=as_date(row[3]),  # type: ignore[arg-type]
                     text=row[4], from_name=row[5], reasons=_reasons(row[6]))
            for row in r.all("SELECT id, application_id, request_id, received_on, text, "
                             f"from_name, reasons FROM feedback{_of(app_id)} "
                             "ORDER BY received_on, id", app_id=app_id)]
