"""The calendar feed's "back to the search" days: the recovery windows ending soonest from a day
on, and how many more end by the feed's last day, read by the day they end
(storage/readmodel/window_ends.py) rather than every window started in the last five weeks."""

from __future__ import annotations

from datetime import date, timedelta

from bounceback.domain.recovery import RecoveryWindow
from bounceback.recovery import window
from bounceback.services.recovery_reads import Placed
from bounceback.storage.readmodel import window_ends
from bounceback.storage.readmodel.reader import Reader


def soonest(r: Reader, first: date, last: date, default_days: int, limit: int
            ) -> tuple[list[Placed], int]:
    """The windows ending between two days, the soonest `limit` by (end, rejection), and how
    many more there are (those windows as `recovery_reads.windows_since` places them)."""
    # a default window lasts at most two days more than the setting (the hurt rule)
    longest = min(window.WINDOW_MAX_DAYS, default_days + 2)
    rows = window_ends.ending(r, first, last, limit + 1, first - timedelta(days=longest))
    stored = sum(row[7] is not None for row in rows)
    total = stored if stored <= limit else window_ends.count_stored_ending(r, first, last)
    placed = []
    for row in rows:
        rejection_id, application_id, company, role, stage, received_on, hurt, starts, days, closed = row
        if starts is None:  # no stored window: the default one
            hurt = hurt if hurt is not None and 0 <= hurt <= 10 else None
            found = window.open_window(rejection_id, received_on, default_days, hurt)
            if not first <= found.ends_on <= last:
                continue
            total += 1
        else:
            found = RecoveryWindow(rejection_id, starts, days, hurt, closed)
        placed.append(Placed(found, application_id, company, role, stage, received_on))
    placed.sort(key=lambda p: (p.window.ends_on, p.window.rejection_id))
    return placed[:limit], max(0, total - limit)
