"""The search's totals by day (`rm_days`): what the pages count over a recent window of time.

An application adds to them as it adds to the search's totals (`rm_tallies`): its share is part
of the totals kept with its row, so a write takes the old share back out and adds the new one,
in its own transaction, and a rebuild sums every application's. A window of the last 30 days
then reads a few rows a day (one per kind of application sent that day), never a row per
application: at 50,000 applications the huge demo sends 14,000 a month.

Each name's key in an application's totals is "ISO day|rest"; the table keeps the day apart
(a date column, so a window is a range of its primary key on both engines, whatever their
collation of text).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from bounceback.pipeline.state import APPLIED_DAY
from bounceback.storage.readmodel.reader import Reader, as_date

#: Applications sent that day: key "kind|stage|furthest stage|outcome|live" (live 1 or 0).
APPLIED = "d_applied"
#: Rejections received that day: key the stage reached.
REJECTED = "d_rejected"
#: Interview answers rated (not 0) in rounds held that day: key "", their count and their sum.
RATED_N = "d_rated_n"
RATED_SUM = "d_rated_sum"
#: Interviews booked on applications still open, by the day they are booked for: key "" (the
#: booked ones, `rm_bookings`; those not held yet, `rm_interviews`). Counted past a page's bound.
BOOKED = "d_booked"
TO_HOLD = "d_to_hold"
NAMES = frozenset({APPLIED, REJECTED, RATED_N, RATED_SUM, BOOKED, TO_HOLD})

CHUNK = 500


def share(state: Any, rejection: Any, interviews: Sequence[Any]) -> dict[tuple[str, str], int]:
    """What one application adds to the totals by day: its own day (as it stands now), its
    rejection's, and the answers rated in its rounds."""
    out: dict[tuple[str, str], int] = {}

    def add(name: str, day: date, key: str, value: int = 1) -> None:
        where = (name, f"{day.isoformat()}|{key}")
        out[where] = out.get(where, 0) + value

    if state.date_applied is not None:
        outcome = state.outcome.value if state.outcome else ""
        add(APPLIED, state.date_applied, f"{state.kind.value}|{state.stage.value}|"
            f"{state.furthest_stage.value}|{outcome}|{int(bool(state.live))}")
    if state.outcome is None:
        for booked in state.bookings:
            add(BOOKED, booked.at.date(), "")
        for interview in state.to_hold:
            add(TO_HOLD, interview.at.date(), "")
    if rejection is not None:
        add(REJECTED, rejection.received_on, rejection.stage_reached.value)
    for interview in interviews:
        for q in interview.questions:
            if q.rating:
                add(RATED_N, interview.held_on, "")
                add(RATED_SUM, interview.held_on, "", q.rating)
    return {k: v for k, v in out.items() if v}


def split(delta: dict[tuple[str, str], int]
          ) -> tuple[dict[tuple[str, str], int], dict[tuple[str, date, str], int]]:
    """The totals as the tallies keep them, and those by day as `rm_days` keeps them."""
    plain: dict[tuple[str, str], int] = {}
    by_day: dict[tuple[str, date, str], int] = {}
    for (name, key), value in delta.items():
        if name in NAMES:
            day, _, rest = key.partition("|")
            where = (name, date.fromisoformat(day), rest[:120])
            by_day[where] = by_day.get(where, 0) + value
        else:
            plain[name, key] = value
    return plain, by_day


def add(session: Any, delta: dict[tuple[str, date, str], int]) -> None:
    """Add to the totals by day in one statement per chunk; a row that reaches zero goes."""
    from sqlalchemy import text  # a write: the quick read path never gets here

    rows = [(n, d, k, v) for (n, d, k), v in sorted(delta.items()) if v]
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start:start + CHUNK]
        params: dict[str, Any] = {}
        values = []
        for i, (name, day, key, value) in enumerate(chunk):
            params.update({f"n{i}": name, f"d{i}": day, f"k{i}": key, f"v{i}": value})
            values.append(f"(:n{i}, :d{i}, :k{i}, :v{i})")
        now = session.execute(text(
            "INSERT INTO rm_days (name, day, key, value) VALUES " + ", ".join(values)
            + " ON CONFLICT (name, day, key) DO UPDATE SET value = rm_days.value + excluded.value"
            " RETURNING name, day, key, value"), params).all()
        zero = [{"name": name, "day": day, "key": key}
                for name, day, key, value in now if value == 0]
        if zero:
            session.execute(text("DELETE FROM rm_days WHERE name = :name AND day = :day "
                                 "AND key = :key AND value = 0"), zero)


# ---- reads ---------------------------------------------------------------------------------


def count(r: Reader, name: str, first: date, last: date | None = None) -> int:
    """The sum of one name's totals from `first` to `last` (or on), every key."""
    upto = "" if last is None else " AND day <= :last"
    return int(r.scalar(f"SELECT sum(value) FROM rm_days WHERE name = :name AND day >= :first{upto}",
                        name=name, first=first, last=last) or 0)


def since(r: Reader, names: Sequence[str], first: date, *, strictly: bool = False
          ) -> dict[tuple[str, str], int]:
    """(name, key) -> the sum over the days from `first` on (after it, `strictly`): one
    range of the primary key per name, a few rows a day."""
    clause, params = r.in_list("n", list(names))
    op = ">" if strictly else ">="
    return {(name, key): int(value) for name, key, value in r.all(
        f"SELECT name, key, sum(value) FROM rm_days WHERE name IN {clause} AND day {op} :first "
        "GROUP BY name, key", first=first, **params)}


def since_with_totals(r: Reader, totals: Sequence[str], names: Sequence[str], first: date
                      ) -> tuple[dict[tuple[str, str], int], dict[tuple[str, str], int]]:
    """The search's totals of these names (`rm_tallies`), and `since` for the other names, in
    one statement (one round trip on PostgreSQL)."""
    plain, params = r.in_list("t", list(totals))
    clause, more = r.in_list("n", list(names))
    kept: dict[tuple[str, str], int] = {}
    recent: dict[tuple[str, str], int] = {}
    for part, name, key, value in r.all(
            f"SELECT 0, name, key, value FROM rm_tallies WHERE name IN {plain} UNION ALL "
            f"SELECT 1, name, key, sum(value) FROM rm_days WHERE name IN {clause} "
            "AND day >= :first GROUP BY name, key", first=first, **params, **more):
        (recent if part else kept)[name, key] = int(value)
    return kept, recent


def recent_apps(r: Reader, after: date) -> list[tuple[Any, Any, Any, Any, bool, int]]:
    """Applications sent after a day, counted by (kind, stage, furthest stage, outcome, live):
    a few rows a day, however many were sent."""
    from bounceback.domain.vocabulary import Outcome, Stage
    from bounceback.pipeline.priors import Kind

    out = []
    for (_, key), n in since(r, [APPLIED], after, strictly=True).items():
        k, s, f, o, live = key.split("|")
        out.append((Kind(k), Stage(s), Stage(f), Outcome(o) if o else None, live == "1", n))
    return out


def applied_weeks_and_last(r: Reader, on_or_before: date) -> tuple[dict[date, int], date | None]:
    """Applications sent per week (keyed by its Monday), up to a day, and the last day one went
    out, in one statement (the plan and the warnings of one page read both): the database
    groups the kept per-day counts (the tallies' applied_day: a row a week, not a row a day of
    the whole history)."""
    if r.is_sqlite:  # %w: 0 is Sunday; a Monday is 0 days back, a Sunday 6
        week = "date(key, '-' || ((CAST(strftime('%w', key) AS INTEGER) + 6) % 7) || ' days')"
    else:
        week = "to_char(date_trunc('week', CAST(key AS date)), 'YYYY-MM-DD')"
    weeks: dict[date, int] = {}
    last = None
    for day, n in r.all(
            f"SELECT {week} AS monday, sum(value) FROM rm_tallies WHERE name = :name "
            "AND key <= :day GROUP BY 1 UNION ALL SELECT max(key), NULL FROM rm_tallies "
            "WHERE name = :name AND key <= :day", name=APPLIED_DAY,
            day=on_or_before.isoformat()):
        if n is None:
            last = as_date(day)
        else:
            weeks[date.fromisoformat(str(day))] = int(n)
    return weeks, last


# ---- the resilience records by the day the no came -----------------------------------------

#: Per day a rejection was received (key ""): the records, how many have days to mood (and
#: their sum), how many have days to the next application (and their sum). Kept by the records'
#: own sync (a record changes with check-ins and later rejections, not only its application),
#: so the trends' halves read a row per day and the few records of the day a half ends on.
R_N = "r_n"
R_MOOD_N = "r_mood_n"
R_MOOD_SUM = "r_mood_sum"
R_NEXT_N = "r_next_n"
R_NEXT_SUM = "r_next_sum"
RECORDS = (R_N, R_MOOD_N, R_MOOD_SUM, R_NEXT_N, R_NEXT_SUM)
#: Not by day: the records' delays from applying to the no, in the tallies (rm_tallies), key
#: "stage reached|days" (readmodel/records.py keeps them; the patterns' medians read them).
DELAY = "r_delay"

#: The tallies' name of each wording's weak answers summed over the applications: key
#: `wording_key` of the wording as rm_weak keeps it (the patterns' and the brief's wordings).
WEAK_TIMES = "w_times"


def wording_key(question: str) -> str:
    """A wording's key in the tallies: its digest (a wording is longer than a tally's key)."""
    import hashlib

    return hashlib.sha1(question.encode("utf-8")).hexdigest()


def record_share(delta: dict[tuple[str, date, str], int], received_on: date,
                 mood_days: int | None, next_days: int | None, sign: int = 1) -> None:
    """Add (sign 1) or take out (sign -1) one record's share of the totals by day."""

    def put(name: str, value: int) -> None:
        where = (name, received_on, "")
        delta[where] = delta.get(where, 0) + sign * value

    put(R_N, 1)
    if mood_days is not None:
        put(R_MOOD_N, 1)
        put(R_MOOD_SUM, mood_days)
    if next_days is not None:
        put(R_NEXT_N, 1)
        put(R_NEXT_SUM, next_days)
