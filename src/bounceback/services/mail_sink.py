"""Storing an import batch: messages, links, pipeline changes, review items and the source's
checkpoint, all in one transaction (so a killed import resumes exactly where it committed)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from bounceback.domain.errors import BouncebackError
from bounceback.domain.models import Application, Event
from bounceback.domain.vocabulary import EventKind, Origin, Outcome, Source, Stage
from bounceback.mail import link
from bounceback.mail.records import ImportReport, Processed
from bounceback.services.base import at_noon
from bounceback.storage.repos import applications as apps_repo
from bounceback.storage.repos import events as events_repo
from bounceback.storage.repos import mail as repo

if TYPE_CHECKING:
    from bounceback.services import Bounceback

BODY_KINDS = {"rejection"}
EVENT_KINDS = {
    "interview_request": EventKind.INTERVIEW_SCHEDULED,
    "assessment": EventKind.ASSESSMENT,
}


@dataclass
class SinkOptions:
    store_bodies: bool = False
    min_confidence: float = link.MIN_CONFIDENCE


@dataclass(frozen=True)
class Mail:
    """A stored email as linking needs it (from an import, or from the review queue)."""

    key: str
    kind: str
    subject: str
    received: datetime | None
    text: str
    platform: str | None = None
    interview_at: str | None = None


class NeedsReview(BouncebackError):
    """The email fits its application only with the user's say-so."""


@dataclass
class MailSink:
    """The service's side of an import (the ingest's ImportSink), and the linker for reviews."""

    app: Bounceback
    source_label: str
    options: SinkOptions = field(default_factory=SinkOptions)
    _apps: dict[int, Application] | None = None
    _ignored: set[str] = field(default_factory=set)
    _threads: dict[str, int | None] = field(default_factory=dict)
    _source_ids: dict[str, int] = field(default_factory=dict)
    _updated: set[int] = field(default_factory=set)
    _created: set[int] = field(default_factory=set)

    def checkpoint(self, source_id: str) -> str | None:
        with self.app.db.session() as s:  # a path's bytes that are not UTF-8: U+FFFD, as stored
            return repo.checkpoint(s, storable(source_id))

    def known(self, keys: Collection[str]) -> set[str]:
        if not keys:
            return set()
        with self.app.db.session() as s:
            return repo.known_keys(s, keys)

    def commit(
        self, source_id: str, items: list[Processed], checkpoint: str | None, report: ImportReport
    ) -> None:
        saved = (set(self._created), set(self._updated), dict(self._threads), report.for_review)
        try:
            with self.app.db.session() as s:
                if source_id not in self._source_ids:
                    self._source_ids[source_id] = repo.source(
                        s, storable(source_id), storable(self.source_label)).id
                    self._ignored = repo.ignored_senders(s)
                self._load(s)
                refs = {f"id:{r.lower()}" for i in items for r in i.headers.thread_ids}
                self._threads.update(repo.thread_map(s, refs - self._threads.keys()))
                rows: list[dict[str, Any]] = []
                reviews: list[tuple[str, link.Decision]] = []
                for item in items:
                    self._store(s, self._source_ids[source_id], item, rows, reviews, report)
                repo.add_messages(s, rows)
                repo.add_reviews(s, reviews)
                repo.save_checkpoint(s, self._source_ids[source_id], checkpoint, len(items),
                                     self.app.clock())
        except BaseException:
            # What was read inside the rolled-back transaction is stale.
            self._created, self._updated, self._threads, report.for_review = saved
            self._apps = None
            raise
        report.new_applications = len(self._created)
        report.updated_applications = len(self._updated - self._created)
        self.app.db.give_way()  # a writer waiting for the import goes before the next batch

    def _load(self, s: Any) -> None:
        if self._apps is None:
            self._apps = {a.id: a for a in self.app.applications.list() if a.id is not None}

    def _store(
        self, s: Any, source_id: int, item: Processed, rows: list[dict[str, Any]],
        reviews: list[tuple[str, link.Decision]], report: ImportReport,
    ) -> None:
        headers, result = item.headers, item.classification
        if self._is_ignored(headers.sender_address):
            report.notes.append(f"{item.locator}: from a sender you chose to ignore")
            return
        kind = str(getattr(result.kind, "value", result.kind))
        thread_apps = sorted({
            app_id for ref in headers.thread_ids
            if (app_id := self._threads.get(f"id:{ref.lower()}")) is not None
        })
        keep_body = self.options.store_bodies or kind in BODY_KINDS or bool(thread_apps)
        proposed = tuple(getattr(result, "proposed_times", ()) or ())
        times = [_time_text(t) for t in proposed]
        row: dict[str, Any] = {
            "key": headers.key, "message_id": headers.message_id, "source_id": source_id,
            "received_at": _local(headers.date), "sender": headers.sender[:500],
            "sender_address": headers.sender_address[:320], "subject": headers.subject[:1000],
            "kind": kind, "confidence": float(result.confidence), "kind_by": "model",
            "company": _cut(result.company, 200), "role": _cut(result.role, 300),
            "platform": _cut(getattr(result, "platform", None), 40), "snippet": item.snippet,
            "body": item.body.text if keep_body else None, "thread_ids": list(headers.thread_ids),
            "details": {"proposed_times": times} if times else {}, "link": "none",
            "application_id": None,
        }
        for name, value in row.items():
            if isinstance(value, str):
                row[name] = storable(value)
        rows.append(row)
        self._threads[headers.key] = None
        assert self._apps is not None
        decision = link.decide(
            link.Message(kind, float(result.confidence), row["company"], row["role"],
                         row["sender"], row["sender_address"]),
            list(self._apps.values()), thread_apps, self.options.min_confidence,
        )
        if decision.action in ("link", "create"):
            mail = Mail(headers.key, kind, row["subject"], row["received_at"],
                        storable(item.body.text), row["platform"],
                        interview_at(proposed, row["received_at"], self.app.clock()))
            try:
                app_id, row["link"] = self.apply_safely(s, mail, decision)
                row["application_id"] = self._threads[headers.key] = app_id
                return
            except BouncebackError as error:
                decision = link.Decision(
                    "review", decision.application_id, str(error)[:300],
                    [decision.application_id] if decision.application_id else [],
                    decision.proposal,
                )
        if decision.action == "review":
            row["link"] = "review"
            reviews.append((headers.key, decision))
            report.for_review += 1

    def apply_safely(self, s: Any, mail: Mail, decision: link.Decision) -> tuple[int, str]:
        """`apply` inside a savepoint: a refusal leaves no half-made change behind."""
        before = (set(self._created), set(self._updated), dict(self._apps or {}))
        try:
            with s.begin_nested():
                return self.apply(s, mail, decision)
        except BouncebackError:
            self._created, self._updated, self._apps = before
            raise

    def apply(self, s: Any, mail: Mail, decision: link.Decision) -> tuple[int, str]:
        """Link (or create) the application and make the change the email's kind calls for."""
        self._load(s)
        assert self._apps is not None
        day = self._day(mail.received)
        if decision.action == "create":
            app = self.app.applications.add(
                Application(
                    company=decision.proposal["company"], role=decision.proposal["role"],
                    stage=Stage(decision.proposal["stage"]), date_applied=day,
                    source=Source.OTHER, source_detail=_cut(mail.platform, 200),
                ),
                origin=Origin.IMPORTED,
            )
            assert app.id is not None
            self._created.add(app.id)
            state = "created"
        else:
            assert decision.application_id is not None
            found = self._apps.get(decision.application_id)
            app = found or self.app.applications.get(decision.application_id)
            state = "linked"
        app_id = app.id
        assert app_id is not None
        effect = link.effect(mail.kind, app)
        if effect.review:
            raise NeedsReview(effect.review)
        on = max(day, app.date_applied) if app.date_applied else day
        if effect.reject:
            rejection = self.app.rejections.record(app_id, on=on, text=mail.text,
                                                   origin=Origin.IMPORTED)
            furthest = app.furthest_stage
            if rejection.stage_reached.rank > furthest.rank:
                furthest = rejection.stage_reached
            app = replace(app, outcome=Outcome.REJECTED, outcome_date=on, last_activity=on,
                          furthest_stage=furthest)
        elif effect.move_to is not None and not (state == "created" and app.stage == effect.move_to):
            app = self.app.applications.move(app_id, effect.move_to, on=on, origin=Origin.IMPORTED,
                                             note=f"From an email: {mail.subject[:200]}")
        events_repo.add(s, Event(
            application_id=app_id, kind=EVENT_KINDS.get(mail.kind, EventKind.EMAIL_RECEIVED),
            occurred_at=_moment(mail.received, on), origin=Origin.IMPORTED,
            summary=mail.subject[:300] or mail.kind.replace("_", " "),
            details={"mail_key": mail.key, "email_kind": mail.kind,
                     **({"at": mail.interview_at} if mail.interview_at else {})},
        ))
        if app.last_activity is None or on > app.last_activity:
            apps_repo.update(s, app_id, {"last_activity": on})
            app = replace(app, last_activity=on)
        if app.outcome == Outcome.GHOSTED and self.app.pipeline.sync_revivals([app_id]):
            app = self.app.applications.get(app_id)
        self._apps[app_id] = app
        if state == "linked":
            self._updated.add(app_id)
        return app_id, state

    def _is_ignored(self, address: str) -> bool:
        ignored = self._ignored
        return bool(ignored) and bool(address) and (
            address in ignored or "@" + address.rpartition("@")[2] in ignored
        )

    def _day(self, received: datetime | None) -> date:
        today = self.app.clock().date()
        if received is None or received.date() > today:
            return today
        return received.date()


def storable(text: str) -> str:
    """Text every database accepts: no NUL characters (PostgreSQL refuses them) and no lone
    surrogates (undecodable bytes in a header)."""
    if "\x00" in text:
        text = text.replace("\x00", "")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text


def _moment(received: datetime | None, day: date) -> datetime:
    if received is not None and received.date() == day:
        return received
    return at_noon(day)


def _local(moment: datetime | None) -> datetime | None:
    """An aware email date as the naive local time the rest of the app stores."""
    if moment is None:
        return None
    try:
        return moment.astimezone().replace(tzinfo=None, microsecond=0)
    except (OverflowError, ValueError, OSError):
        return None


def _cut(value: object, size: int) -> str | None:
    if value is None:
        return None
    text = str(getattr(value, "value", value)).strip()
    return text[:size] or None


def interview_at(proposed: tuple[object, ...], received: datetime | None,
                 today: datetime | None = None) -> str | None:
    """The interview's time when the email names exactly one (a confirmation), as ISO text.

    A time given without a year takes the email's year (the next year when that would put the
    interview before the email)."""
    whens = [w for p in proposed if isinstance(w := getattr(p, "when", None), datetime)]
    if len(whens) != 1:
        return None
    when = whens[0]
    base = received or today
    if not getattr(proposed[0], "year_given", True) and base is not None:
        try:
            when = when.replace(year=base.year)
            if when < base:
                when = when.replace(year=base.year + 1)
        except ValueError:  # 29 February in a year without one
            return None
    return when.replace(tzinfo=None).isoformat()


def _time_text(value: object) -> str:
    """A proposed time as the email wrote it."""
    text = getattr(value, "text", None)
    if isinstance(text, str) and text.strip():
        return text.strip()[:100]
    when = getattr(value, "when", None)
    return when.isoformat() if isinstance(when, datetime) else str(value)[:100]
