"""What every service part shares: the database, the clock, and the other parts."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from bounceback.domain.dates import check_day
from bounceback.storage.engine import Database

if TYPE_CHECKING:
    from bounceback.services import Bounceback


def at_noon(day: date) -> datetime:
    """Events typed with only a date sit at midday, so they sort sensibly within the day."""
    return datetime.combine(day, time(12, 0))


@dataclass
class TodayItem:
    """One line of `today`: what needs attention, in plain words."""

    text: str
    kind: str = "info"
    application_id: int | None = None
    due: date | None = None
    link: str | None = None


@dataclass
class TodaySection:
    """A block of `today`, contributed by one capability. Lower `order` shows first."""

    key: str
    title: str
    items: list[TodayItem] = field(default_factory=list)
    order: int = 50
    tone: str = "neutral"  # neutral | gentle | warning | crisis
    more: int = 0  # items not listed (a last item of kind "more" says how many)


class ServicePart:
    """A capability's slice of the service API. It owns its transactions.

    What a capability has for `today` is read in services/today.py, from the read model.
    """

    def __init__(self, app: Bounceback) -> None:
        self.app = app

    @property
    def db(self) -> Database:
        return self.app.db

    def now(self) -> datetime:
        return self.app.clock()

    def today(self) -> date:
        return self.app.clock().date()

    def past_day(self, day: date | None, what: str) -> date:
        """`day` (today when None) for something that has already happened: the one date rule
        (domain.dates.check_day), the future refused. Every command and form goes through it."""
        today = self.today()
        return check_day(today if day is None else day, today=today, what=what, past=True)

    def bounded_day(self, day: date | None, what: str) -> date | None:
        """`day` when it lies in the one rule's range (a due date, a day to show)."""
        return None if day is None else check_day(day, today=self.today(), what=what)

    def moment(self, day: date | None) -> datetime:
        """When an action dated `day` happened, for the timeline: now when it is today's (the
        real time of the action), midday of an earlier day typed without a time."""
        now = self.now()
        if day is None or day == now.date():
            return now
        return at_noon(day)
