"""The one clock: every "now" and every relative date in bounceback comes from here.

`BOUNCEBACK_NOW` (an ISO date or date-time) pins it, for reproducible examples and tests. Nothing
outside this module reads the wall clock; tests/test_clock.py enforces it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import UTC, date, datetime

from bounceback.domain.errors import InvalidValue

ENV_VAR = "BOUNCEBACK_NOW"


class Clock:
    """Callable: `clock()` is the current local time (seconds, naive), pinned or not."""

    def __init__(self, pinned: datetime | None = None) -> None:
        self.pinned = pinned.replace(microsecond=0) if pinned else None

    def __call__(self) -> datetime:
        return self.now()

    def now(self) -> datetime:
        if self.pinned is not None:
            return self.pinned
        return datetime.now().replace(microsecond=0)

    def today(self) -> date:
        return self.now().date()

    def utcnow(self) -> datetime:
        """The same moment in UTC, timezone-aware (calendar stamps)."""
        return self.now().astimezone(UTC)

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> Clock:
        raw = (environ if environ is not None else os.environ).get(ENV_VAR, "").strip()
        if not raw:
            return cls()
        try:
            return cls(datetime.fromisoformat(raw))
        except ValueError:
            raise InvalidValue(
                f"{ENV_VAR}={raw!r} is not an ISO date or date-time; write it like 2026-11-25T10:00"
            ) from None

    def __repr__(self) -> str:
        return f"Clock(pinned={self.pinned!r})"


#: The clock for code that runs outside a service (crash logs, the demo without one).
SYSTEM = Clock()
