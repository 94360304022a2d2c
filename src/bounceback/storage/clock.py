"""The service's clock inside storage: row time stamps (created_at, done_at...) follow it.

Database.session sets CLOCK for the length of a transaction, so a pinned BOUNCEBACK_NOW stamps
rows too; outside a session the system clock answers.
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from datetime import datetime

from bounceback.domain.clock import SYSTEM

CLOCK: ContextVar[Callable[[], datetime]] = ContextVar("bounceback-clock", default=SYSTEM)


def now() -> datetime:
    return CLOCK.get()().replace(microsecond=0)
