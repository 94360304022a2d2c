"""Recovery windows by the day they end (the calendar feed's "back to the search" days), read
through an index on that day, in the order the feed shows them.

A stored window ends `days` after it starts; `ix_recovery_windows_ends` (migration 0024) is an
index on that expression and the rejection, written in each engine's date arithmetic, so the
feed reads the windows ending soonest from a day on, and counts the rest, from the index alone:
it read every window started in the last five weeks (3,200 at 50,000 applications) to keep a
hundred. A rejection with no stored window has its default one (it starts the day the
rejection arrived and lasts the setting's days, a day or two more or less with the hurt), so
only those received in the last `longest` days can end from that day on.

The index is not a model (its expression differs per engine): `search.include_name` leaves it
out of schema comparisons, as the search's own index.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from bounceback.domain.vocabulary import Stage
from bounceback.storage.readmodel.reader import Reader, as_date

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

INDEX = "ix_recovery_windows_ends"


def ends(sqlite: bool, alias: str = "") -> str:
    """The day a stored window ends, as SQL (the indexed expression, written the same way)."""
    p = f"{alias}." if alias else ""
    if sqlite:
        return f"date({p}starts_on, '+' || {p}days || ' days')"
    return f"({p}starts_on + {p}days)"


def create_index(connection: Connection) -> None:
    from sqlalchemy import text

    sqlite = connection.dialect.name == "sqlite"
    connection.execute(text(f"CREATE INDEX IF NOT EXISTS {INDEX} ON recovery_windows "
                            f"({ends(sqlite)}, rejection_id)"))


def drop_index(connection: Connection) -> None:
    from sqlalchemy import text

    connection.execute(text(f"DROP INDEX IF EXISTS {INDEX}"))


_COLUMNS = ("j.id, j.application_id, a.role, a.company, j.stage_reached, j.received_on, "
            "{hurt}, {stored} FROM {source} JOIN rejections j ON j.id = {rejection} "
            "JOIN rm_applications a ON a.application_id = j.application_id")


def _rows(found: list[Any]) -> list[tuple[Any, ...]]:
    """As `recovery_queries.windows_between` gives them."""
    return [(rid, app_id, company, role, Stage(stage), as_date(received), hurt, as_date(starts),
             days, as_date(closed))
            for rid, app_id, role, company, stage, received, hurt, starts, days, closed in found]


def ending(r: Reader, first: date, last: date, limit: int, received_from: date
           ) -> list[tuple[Any, ...]]:
    """In one statement: the stored windows ending between two days, the soonest `limit` by
    (end, rejection), then the rejections received from `received_from` to `last` that have
    no stored window (their default ones: the caller places them)."""
    end = ends(r.is_sqlite, "w")
    stored = _COLUMNS.format(hurt="w.hurt", stored="w.starts_on, w.days, w.closed_on",
                             source="recovery_windows w", rejection="w.rejection_id")
    defaults = _COLUMNS.format(hurt="j.hurt", stored="NULL, NULL, NULL",
                               source="rm_rejections x", rejection="x.rejection_id")
    return _rows(r.all(
        f"SELECT * FROM (SELECT {stored} WHERE {end} >= :first AND {end} <= :last "
        f"ORDER BY {end}, w.rejection_id LIMIT :limit) soonest UNION ALL "
        f"SELECT {defaults} WHERE x.received_on >= :received_from AND x.received_on <= :last "
        "AND NOT EXISTS (SELECT 1 FROM recovery_windows w WHERE w.rejection_id = j.id)",
        first=first, last=last, limit=limit, received_from=received_from))


def count_stored_ending(r: Reader, first: date, last: date) -> int:
    end = ends(r.is_sqlite, "w")
    return int(r.scalar(f"SELECT count(*) FROM recovery_windows w WHERE {end} >= :first "
                        f"AND {end} <= :last", first=first, last=last) or 0)


def _start(sqlite: bool) -> str:
    """A window's start as an expression no index serves: read through the index on the end,
    both planners took the one on the start (the whole weeks, or every window on PostgreSQL,
    22,000 at 50,000 applications, for the order of the first 25)."""
    return "+w.starts_on" if sqlite else "(w.starts_on + 0)"


#: Stored windows read back from `after` by the day they end, for the one that ended last.
OLDER = 4


def recent(r: Reader, first: date, last: date, after: date, longest: int
           ) -> list[tuple[Any, ...]] | None:
    """What `recovery_queries.windows_between(r, first, last, after)` returns, read by the day
    each window ends rather than every window started since `first`: the stored windows
    ending after `after` (the index's range), the few ending last before it (the index read
    backwards: the one that ended last is among them), and the rejections with no stored
    window received from `longest` days before the later of those two days (a default window
    lasts at most `longest` days, so none older can end after it). None when the few read
    backwards do not settle which ended last (windows closed early before their end: the
    caller reads the whole weeks instead)."""
    sqlite = r.is_sqlite
    span = ends(sqlite, "w")
    closed = f"CASE WHEN w.closed_on IS NOT NULL AND w.closed_on < {span} THEN w.closed_on ELSE {span} END"
    picked = ("w.rejection_id, w.hurt, w.starts_on, w.days, w.closed_on, "
              f"{span} AS span_end, {closed} AS ends FROM recovery_windows w WHERE ")
    start = _start(sqlite)
    started = f"{start} >= :first AND {start} <= :last"
    if sqlite:
        since = ("CASE WHEN (SELECT ends FROM m) IS NULL THEN :first ELSE max(:first, "
                 "date(min(:after, (SELECT ends FROM m)), '-' || :longest || ' days')) END")
    else:
        since = ("CASE WHEN (SELECT ends FROM m) IS NULL THEN :first ELSE GREATEST(:first, "
                 "LEAST(:after, (SELECT ends FROM m)) - :longest) END")
    settled = ("(SELECT count(*) FROM older), (SELECT min(span_end) FROM older), "
               "(SELECT ends FROM m)")
    stored = _COLUMNS.format(hurt="w.hurt", stored=f"w.starts_on, w.days, w.closed_on, {settled}",
                             source="s w", rejection="w.rejection_id")
    defaults = _COLUMNS.format(hurt="j.hurt", stored=f"NULL, NULL, NULL, {settled}",
                               source="rm_rejections x", rejection="x.rejection_id")
    found = r.all(
        f"WITH older AS (SELECT {picked}{span} <= :after AND {started} "
        f"ORDER BY {span} DESC, w.rejection_id DESC LIMIT :older), "
        f"s AS (SELECT {picked}{span} > :after AND {started} "
        "UNION ALL SELECT * FROM older), "
        "m AS (SELECT max(ends) AS ends FROM s WHERE ends <= :last) "
        f"SELECT {stored} "
        "WHERE w.ends > :after OR w.ends = (SELECT ends FROM m) "
        f"UNION ALL SELECT {defaults} "
        f"WHERE x.received_on >= {since} AND x.received_on <= :last "
        "AND NOT EXISTS (SELECT 1 FROM recovery_windows w WHERE w.rejection_id = j.id)",
        first=first, last=last, after=after, longest=longest, older=OLDER)
    if found:
        count, low, best = found[0][-3:]
        # as many read backwards as asked, none of them ending before the last end found: one
        # further back, closed early, might have ended later than that
        if count >= OLDER and (best is None or as_date(low) >= as_date(best)):  # type: ignore[operator]
            return None
    return _rows([row[:-3] for row in found])


def open_on(r: Reader, on: date, listed: int, longest: int) -> tuple[list[tuple[Any, ...]], int]:
    """The stored windows open on a day, the first `listed` by (start, rejection), and how
    many are open; with them, the rejections with no stored window received in the last
    `longest` days (their default ones, which the caller places: only those can be open).
    Read through the index on the end (a window open on `on` ends after it)."""
    span = ends(r.is_sqlite, "w")
    start = _start(r.is_sqlite)
    held = (f"{span} > :on AND {start} <= :on AND (w.closed_on IS NULL OR w.closed_on > :on)")
    count = f"(SELECT count(*) FROM recovery_windows w WHERE {held})"
    stored = _COLUMNS.format(hurt="w.hurt", stored="w.starts_on, w.days, w.closed_on",
                             source="recovery_windows w", rejection="w.rejection_id")
    defaults = _COLUMNS.format(hurt="j.hurt", stored=f"NULL, NULL, NULL, {count}",
                               source="rm_rejections x", rejection="x.rejection_id")
    found = r.all(
        f"SELECT listed.*, {count} FROM (SELECT {stored} WHERE {held} "
        f"ORDER BY {start}, w.rejection_id LIMIT :listed) listed UNION ALL "
        f"SELECT {defaults} WHERE x.received_on >= :since AND x.received_on <= :on "
        "AND NOT EXISTS (SELECT 1 FROM recovery_windows w WHERE w.rejection_id = j.id)",
        on=on, listed=listed, since=date.fromordinal(on.toordinal() - longest))
    return _rows([row[:-1] for row in found]), int(found[0][-1]) if found else 0
