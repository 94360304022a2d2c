"""What a seeker shares with a coach, and what the coach sees: only the parts shared, every
look written to an audit the seeker reads, the journal never. The coach's overview (who is in
a recovery window, quiet for 14 days, hoping on one application, waiting on feedback) and
cohort figures that carry no one's private data."""

from __future__ import annotations

import statistics
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from bounceback.domain.accounts import (
    CoachNote,
    CoachView,
    Role,
    Share,
    Shared,
    User,
    parse_shared,
)
from bounceback.domain.errors import InvalidValue, NotFound
from bounceback.domain.vocabulary import Outcome, Stage
from bounceback.storage import shares as repo
from bounceback.storage.readmodel.queries import SentSummary, shared_pipeline

if TYPE_CHECKING:
    from bounceback.services import Bounceback
    from bounceback.services.accounts import AccountsService
    from bounceback.storage.readmodel.reader import Reader

#: No application sent for this many days: the coach may check in.
QUIET_DAYS = 14
#: Cohort figures are shown only over at least this many seekers (none can be picked out).
COHORT_MIN = 3
NOTE_MAX = 2000


@dataclass
class SeekerCard:
    """One seeker on the coach's page: flags from the parts they shared, nothing else."""

    seeker_id: int
    email: str
    shared: tuple[Shared, ...]
    in_recovery: bool | None = None
    quiet_days: int | None = None
    hope_concentrated: bool | None = None
    waiting_on_feedback: int | None = None

    @property
    def quiet(self) -> bool:
        return self.quiet_days is not None and self.quiet_days >= QUIET_DAYS


@dataclass
class SeekerView:
    """What a coach opens for one seeker: each shared part, or None when not shared."""

    card: SeekerCard
    pipeline: list[dict[str, Any]] | None = None
    outlook: dict[str, Any] | None = None
    checkins: list[dict[str, Any]] | None = None
    notes: list[CoachNote] = field(default_factory=list)


@dataclass
class Cohort:
    seekers: int
    applications_per_week: float | None = None
    response_rate: float | None = None
    interview_rate: float | None = None
    median_days_to_offer: float | None = None


#: One seeker's share of the cohort's figures: applications sent, those sent in the last 4
#: weeks, those answered, those that reached an interview, and the days to each offer.
Tally = tuple[int, int, int, int, tuple[int, ...]]


def tally(sent: SentSummary) -> Tally:
    """A seeker's applications sent, counted (readmodel/queries.sent_summary), as the cohort's
    figures add them up."""
    recent = total = answered = interviews = 0
    groups, _, offers = sent
    for furthest, outcome, n, since in groups:
        total += n
        recent += since
        if furthest.rank > Stage.APPLIED.rank or outcome in (Outcome.REJECTED, Outcome.ACCEPTED):
            answered += n
        if furthest.rank >= Stage.INTERVIEWING.rank:
            interviews += n
    return total, recent, answered, interviews, tuple(offers)


@dataclass(frozen=True)
class _Kept:
    """A seeker's card as worked out under their store's stamp, on a day, for a share."""

    stamp: str
    day: date
    seeker_id: int
    what: tuple[Shared, ...]
    card: SeekerCard
    tally: Tally | None


#: The cards this process worked out, by store (its database's URL and its name): one each,
#: used while the store's stamp (readmodel/triggers.STORE, moved by every write of the store,
#: whichever process or command made it) and the day are those it was worked out under.
_KEPT: dict[tuple[str, str], _Kept] = {}
_KEPT_LOCK = threading.Lock()


def _share(row: Any) -> Share:
    return Share(seeker_id=row["seeker_id"], coach_email=row["coach_email"],
                 what=tuple(Shared(w) for w in row["what"].split(",") if w),
                 since=row["created_at"])


class SharingService:
    def __init__(self, accounts: AccountsService) -> None:
        self.accounts = accounts

    def today(self) -> date:
        return self.accounts.clock().date()

    @contextmanager
    def _seeker(self, seeker: User) -> Iterator[Bounceback]:
        """The seeker's own service (their store only): the server's kept one when it has
        one (web/accounts.UserServices), else made for this look and closed after it."""
        kept = self.accounts.kept_services
        if kept is not None:
            yield kept(seeker)
            return
        bb = self.accounts.service_for(seeker)
        try:
            yield bb
        finally:
            bb.close()

    # The seeker's side

    def share(self, seeker: User, coach_email: str, what: str | tuple[Shared, ...]) -> Share:
        parts = parse_shared(what) if isinstance(what, str) else what
        coach = self.accounts.get(coach_email)
        if coach.role not in (Role.COACH, Role.ADMIN):
            raise InvalidValue(f"{coach.email} is not a coach; share with a coach's account")
        if coach.id == seeker.id:
            raise InvalidValue("you cannot share with yourself")
        with self.accounts.begin() as c:
            repo.put_share(c, seeker.id, coach.id, ",".join(p.value for p in parts),
                           self.accounts.clock())
        return next(s for s in self.shares_of(seeker) if s.coach_email == coach.email)

    def revoke(self, seeker: User, coach_email: str) -> bool:
        """Stop sharing with a coach, at once: their next look finds nothing."""
        coach = self.accounts.get(coach_email)
        with self.accounts.begin() as c:
            return repo.drop_share(c, seeker.id, coach.id) > 0

    def shares_of(self, seeker: User) -> list[Share]:
        with self.accounts.begin() as c:
            return [_share(row) for row in repo.share_rows(c, seeker_id=seeker.id)]

    def audit(self, seeker: User) -> list[CoachView]:
        """Every look a coach took at this seeker's shared data, newest first."""
        with self.accounts.begin() as c:
            return _looks(c, seeker)

    def notes(self, seeker: User) -> list[CoachNote]:
        with self.accounts.begin() as c:
            return _notes(c, seeker)

    def overview_of(self, seeker: User) -> tuple[list[Share], list[CoachView], list[CoachNote]]:
        """The seeker's Sharing page: their shares, the looks taken and the notes received, in
        one transaction (one trip to a worker thread and one connection for the page)."""
        with self.accounts.begin() as c:
            shares = [_share(row) for row in repo.share_rows(c, seeker_id=seeker.id)]
            return shares, _looks(c, seeker), _notes(c, seeker)

    # The coach's side

    def _check_coach(self, coach: User) -> None:
        """Only coaches (and admins) have seekers; to anyone else it is a page that is not
        there (a 404), the same as a seeker who shares nothing."""
        if coach.role not in (Role.COACH, Role.ADMIN):
            raise NotFound("no seeker shares that with you")

    def _shared_with(self, coach: User) -> list[tuple[User, Share]]:
        """The seekers who share with this coach (enabled accounts) and their shares: one
        statement."""
        from bounceback.services.accounts import as_user

        with self.accounts.begin() as c:
            rows = repo.shares_to(c, coach.id)
        return [(as_user(user), _share(share)) for share, user in rows]

    def _share_for(self, coach: User, seeker_id: int) -> tuple[User, Share]:
        """The seeker and their share with this coach; NotFound (a 404) without one, the same
        as for a seeker who does not exist."""
        self._check_coach(coach)
        for seeker, share in self._shared_with(coach):
            if seeker.id == seeker_id:
                return seeker, share
        raise NotFound("no seeker shares that with you")

    def _record(self, coach: User, looks: list[tuple[int, str]]) -> None:
        with self.accounts.begin() as c:
            repo.add_views(c, looks, coach.email, self.accounts.clock())

    def overview(self, coach: User) -> list[SeekerCard]:
        """The seekers who share with this coach, each with the flags their shares allow.
        Each is a look, written to that seeker's audit."""
        return self.coach_page(coach)[0]

    def coach_page(self, coach: User) -> tuple[list[SeekerCard], Cohort]:
        """The coach's page: the overview's cards (each a look, written to that seeker's audit)
        and the cohort's figures. Each seeker's card and share of the cohort are kept between
        looks under their store's stamp (`_kept_card`): one row read while nothing of theirs
        changed, else their store read once, in one transaction, for both. The looks are
        written together."""
        self._check_coach(coach)
        cards: list[SeekerCard] = []
        tallies: list[Tally] = []
        pairs = self._shared_with(coach)
        stamps = self._stamps(pairs)
        for seeker, share in pairs:
            found = self._still_kept(seeker, share, stamps.get(seeker.store))
            if found is None:
                with self._seeker(seeker) as bb:
                    found = self._kept_card(bb, seeker, share)
            card, counted = found
            cards.append(card)
            if counted is not None:
                tallies.append(counted)
        self._record(coach, [(card.seeker_id, "overview: " + ", ".join(p.value for p in card.shared))
                             for card in cards])
        return cards, self._cohort(tallies)

    def _kept(self, seeker: User, share: Share) -> tuple[tuple[str, str], _Kept | None]:
        """The key of the seeker's card among those kept, and the card kept there when it was
        worked out today, for this seeker and this share."""
        from bounceback.storage.stores import store_url

        key = (store_url(self.accounts.database_url, seeker.store), seeker.store)
        kept = _KEPT.get(key)
        if kept is not None and kept.day == self.today() and kept.seeker_id == seeker.id \
                and kept.what == share.what:
            return key, kept
        return key, None

    def _stamps(self, pairs: list[tuple[User, Share]]) -> dict[str, str]:
        """PostgreSQL: the stamps of the stores whose cards are kept, all read on one
        connection in one transaction (storage/connect.py `stamps_of_stores`; the main store,
        an owner who shares, is read the ordinary way)."""
        if self.accounts.database_url.startswith("sqlite"):
            return {}
        from bounceback.storage.connect import stamps_of_stores
        from bounceback.storage.readmodel.triggers import STORE

        wanted = [seeker.store for seeker, share in pairs if self._kept(seeker, share)[1]]
        return stamps_of_stores(self.accounts.database_url, wanted, STORE)

    def _still_kept(self, seeker: User, share: Share, stamp: str | None
                    ) -> tuple[SeekerCard, Tally | None] | None:
        kept = self._kept(seeker, share)[1]
        if kept is None or stamp is None or kept.stamp != stamp:
            return None
        return replace(kept.card, email=seeker.email), kept.tally

    def _kept_card(self, bb: Bounceback, seeker: User, share: Share
                   ) -> tuple[SeekerCard, Tally | None]:
        """The seeker's card and their share of the cohort (`_card`, `tally`), kept between
        looks under the store's stamp. The stamp and, when it moved (or no card is kept), the
        card are read on one snapshot through the lean reader (no SQLAlchemy transaction, no
        ORM: a page read): the card is never older than the stamp it is kept under."""
        from bounceback.storage.readmodel.triggers import STORE

        today = self.today()
        key, kept = self._kept(seeker, share)
        with bb.db.reader() as r:
            found = r.scalar("SELECT value FROM rm_meta WHERE key = :key", key=STORE)
            stamp = None if found is None else str(found)
            if kept is not None and stamp is not None and kept.stamp == stamp:
                return replace(kept.card, email=seeker.email), kept.tally
            card, applied = self._card(r, bb, seeker, share)
        counted = None if applied is None else tally(applied)
        if stamp is not None:
            with _KEPT_LOCK:
                _KEPT[key] = _Kept(stamp, today, seeker.id, share.what, replace(card), counted)
        return card, counted

    def _since(self) -> date:
        """The cohort's applications a week are counted over the 4 weeks before today."""
        return self.today() - timedelta(days=28)

    def _card(self, r: Reader, bb: Bounceback, seeker: User, share: Share
              ) -> tuple[SeekerCard, SentSummary | None]:
        """The seeker's card, and their applications sent, counted, when the pipeline is
        shared (for the cohort): every part read on the reader `r`, their settings read once
        (the recovery window's and the warnings' alike)."""
        from bounceback.config import Preferences
        from bounceback.services.pipeline_reads import PipelineReads
        from bounceback.services.recovery_reads import in_window
        from bounceback.storage.readmodel import own_rows
        from bounceback.storage.readmodel.queries import sent_summary, settings

        card = SeekerCard(seeker_id=seeker.id, email=seeker.email, shared=share.what)
        applied = None
        prefs, day = Preferences().with_values(settings(r)), bb.views.today_date()
        if Shared.PIPELINE in share.what or Shared.CHECKINS_SUMMARY in share.what:
            card.in_recovery = in_window(r, day, prefs)
        if Shared.PIPELINE in share.what:
            applied = sent_summary(r, self._since())
            last = applied[1]
            card.quiet_days = (self.today() - last).days if last is not None else None
            card.waiting_on_feedback = own_rows.requests_waiting(r, day)
        if Shared.OUTLOOK in share.what:
            reads = PipelineReads(r, day, prefs, bb.outlooks_kept)
            card.hope_concentrated = reads.concentrated()
        return card, applied

    def view(self, coach: User, seeker_id: int) -> SeekerView:
        """One seeker's shared parts, for their coach; the look is written to their audit."""
        seeker, share = self._share_for(coach, seeker_id)
        with self._seeker(seeker) as bb, bb.db.writing():  # Core, no ORM: a page read
            shown = SeekerView(card=self._kept_card(bb, seeker, share)[0])
            if Shared.PIPELINE in share.what:  # what the page shows of each, no more
                with bb.db.reader() as r:
                    shown.pipeline = shared_pipeline(r)
            if Shared.OUTLOOK in share.what:
                o = bb.views.outlook(contributions=0)  # its figures, not each application's
                shown.outlook = {"chance": o.chance, "low": o.low, "high": o.high,
                                 "live": o.live_count}
            if Shared.CHECKINS_SUMMARY in share.what:
                shown.checkins = weekly(bb, self.today())
        with self.accounts.begin() as c:  # the notes read and the look written: one trip
            shown.notes = [n for n in _notes(c, seeker) if n.coach_email == coach.email]
            repo.add_views(c, [(seeker.id, ", ".join(p.value for p in share.what))],
                           coach.email, self.accounts.clock())
        return shown

    def add_note(self, coach: User, seeker_id: int, text: str) -> None:
        """A note to the seeker, shown on their Settings page."""
        seeker, _ = self._share_for(coach, seeker_id)
        body = (text or "").strip()
        if not body:
            raise InvalidValue("note: write something first")
        if len(body) > NOTE_MAX:
            raise InvalidValue(f"note: at most {NOTE_MAX} characters")
        with self.accounts.begin() as c:
            repo.add_note(c, seeker.id, coach.email, body, self.accounts.clock())

    def cohort(self, coach: User) -> Cohort:
        """Figures over every seeker who shares their pipeline with this coach, shown only
        when there are at least COHORT_MIN of them: no one's own numbers can be read off."""
        self._check_coach(coach)
        tallies = []
        for seeker, share in self._shared_with(coach):
            if Shared.PIPELINE in share.what:
                with self._seeker(seeker) as bb:
                    tallies.append(tally(bb.views.sent_summary(self._since())))
        return self._cohort(tallies)

    def _cohort(self, tallies: list[Tally]) -> Cohort:
        """The cohort's figures from each seeker's tally (COHORT_MIN seekers or more)."""
        result = Cohort(seekers=len(tallies))
        if len(tallies) < COHORT_MIN:
            return result
        total, recent = sum(t[0] for t in tallies), sum(t[1] for t in tallies)
        answered, interviews = sum(t[2] for t in tallies), sum(t[3] for t in tallies)
        to_offer = [days for t in tallies for days in t[4]]
        result.applications_per_week = recent / 4 / len(tallies)
        result.response_rate = answered / total if total else None
        result.interview_rate = interviews / total if total else None
        result.median_days_to_offer = statistics.median(to_offer) if to_offer else None
        return result


def weekly(bb: Bounceback, today: date, weeks: int = 4) -> list[dict[str, Any]]:
    """Check-ins as a weekly summary: how many and the average mood, never what was written."""
    from datetime import datetime

    from bounceback.storage.readmodel.recovery_queries import check_ins_since

    start = today - timedelta(days=today.weekday() + 7 * (weeks - 1))
    rows = []
    with bb.db.reader() as r:  # only the weeks shown, their day and mood (no ORM)
        since = datetime.combine(start, datetime.min.time())
        check_ins = [(at.date(), mood) for at, mood in check_ins_since(r, since)]
    for n in range(weeks):
        first = start + timedelta(days=7 * n)
        moods = [mood for day, mood in check_ins if first <= day < first + timedelta(days=7)]
        rows.append({"week_of": first, "check_ins": len(moods),
                     "average_mood": round(sum(moods) / len(moods), 1) if moods else None})
    return rows


def _looks(c: Any, seeker: User) -> list[CoachView]:
    return [CoachView(coach_email=r["coach_email"], what=r["what"], at=r["at"])
            for r in repo.views_of(c, seeker.id)]


def _notes(c: Any, seeker: User) -> list[CoachNote]:
    return [CoachNote(coach_email=r["coach_email"], text=r["text"], at=r["at"])
            for r in repo.notes_for(c, seeker.id)]
