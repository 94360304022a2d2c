"""What the charts, the review and the calendar read from the other parts, when they exist.

The recovery, learning and pipeline parts are optional to the charts: each source below asks
the part for its records by the method names those parts offer, and gives an empty list when the
part (or the method) is not there, so a chart shows "no check-ins yet" instead of failing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bounceback.services import Bounceback

# part name -> method names tried in order (the first that exists is called with no arguments)
CHECK_INS = ("recovery", ("check_ins", "list_check_ins", "all_check_ins"))
JOURNAL = ("recovery", ("journal_entries", "list_journal", "journal"))
WINDOWS = ("recovery", ("windows", "recovery_windows", "list_windows"))
LESSONS = ("learning", ("lessons", "list_lessons"))
PRACTICE = ("learning", ("practice_cards", "cards", "list_cards"))
FEEDBACK_REQUESTS = ("learning", ("feedback_requests", "list_feedback_requests"))
INTENTIONS = ("pipeline", ("intentions", "list_intentions", "plan_intentions"))


def _method(bb: Bounceback, source: tuple[str, tuple[str, ...]]) -> Callable[[], Any] | None:
    part_name, methods = source
    if not hasattr(type(bb), part_name):
        return None
    part = getattr(bb, part_name)
    for name in methods:
        method = getattr(part, name, None)
        if callable(method):
            return method
    return None


def records(bb: Bounceback, source: tuple[str, tuple[str, ...]]) -> list[Any]:
    """The part's records as a list, or [] when the part does not offer them."""
    method = _method(bb, source)
    if method is None:
        return []
    found = method()
    return list(found or [])


def text_of(record: Any) -> str:
    for name in ("text", "title", "question"):
        value = getattr(record, name, None)
        if isinstance(value, str) and value:
            return value
    return str(record)


def day_of(record: Any, *names: str) -> date | None:
    for name in names:
        value = getattr(record, name, None)
        if value is None:
            continue
        return value.date() if hasattr(value, "date") and callable(value.date) else value
    return None
