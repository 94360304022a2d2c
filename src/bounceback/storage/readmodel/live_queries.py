"""Reads on the read model's live applications (the outlook, ghosting, the pipeline's lines in
`today`), with plain SQL on a `Reader`: each reads the rows a page shows through an index, and
on a cold first view (the file not in the page cache) the index's entries, not a table page a
row, until the rows shown are chosen (bench/cold_reads.py; migration 0028)."""

from __future__ import annotations

from datetime import date
from typing import Any

from bounceback.domain.vocabulary import Stage
from bounceback.pipeline.priors import Kind
from bounceback.storage.readmodel.reader import Reader, as_date

#: The order applications are listed in (newest first), which ties keep.
LIVE_ORDER = "date_applied DESC, application_id DESC"
_MEMBER = "application_id, company, role, kind, stage, silent_since"

Member = tuple[int, str, Kind, Stage, "date | None"]


def _member(row: tuple[Any, ...]) -> Member:
    app_id, company, role, kind, stage, since = row[:6]
    return app_id, f"{role} at {company}", Kind(kind), Stage(stage), as_date(since)


def offers(r: Reader) -> list[tuple[int, str]]:
    """The offers in hand (every one: the outlook names them), from the entries of their own
    index (`ix_rm_applications_offers`, the rows where the stage is `offer`)."""
    return [(app_id, f"{role} at {company}") for app_id, company, role in r.all(
        "SELECT application_id, company, role FROM rm_applications "
        f"WHERE stage = 'offer' AND live = :yes ORDER BY {LIVE_ORDER}", yes=True)]


def waiting_members(r: Reader) -> list[Member]:
    """Every live application waiting at a stage: (id, title, kind, stage, silent since)."""
    return [_member(row) for row in r.all(
        f"SELECT {_MEMBER} FROM rm_applications WHERE live = :yes AND stage IN "
        f"('applied', 'screening', 'interviewing') ORDER BY {LIVE_ORDER}", yes=True)]


#: Past this many groups, one statement with a term per group (SQLite takes 500 at most) gives
#: way to the groups' rows read together (`_ranked_together`).
GROUPS_APART = 100


def ranked_members(
    r: Reader, groups: list[tuple[int, Kind, Stage, date | None]], limit: int
) -> list[Member]:
    """The first `limit` live applications of these groups (rank, kind, stage, silent since):
    a lower rank first, then in listing order. One query for them all, not one per group.

    Each group's first `limit` applications in listing order are read backwards from the
    (live, stage, silent since, kind, day applied) index: its entries alone (the id is in
    every entry), however many the group holds; the table's rows are read for the `limit`
    chosen only. (Read from the table, a group's every row was looked up for its kind and day:
    11 MB of a cold file at 50,000 applications for 25 rows.)"""
    if not groups or limit <= 0:
        return []
    if len(groups) > GROUPS_APART:
        return _ranked_together(r, groups, limit)
    params: dict[str, Any] = {"yes": True, "limit": limit}
    firsts = []
    for i, (rank, kind, stage, since) in enumerate(groups):
        params.update({f"s{i}": stage.value, f"k{i}": kind.value, f"r{i}": rank})
        same = "silent_since IS NULL" if since is None else f"silent_since = :d{i}"
        if since is not None:
            params[f"d{i}"] = since
        firsts.append(
            f"SELECT * FROM (SELECT application_id, date_applied, :r{i} AS grp_rank "
            f"FROM rm_applications WHERE live = :yes AND stage = :s{i} AND {same} "
            f"AND kind = :k{i} ORDER BY {LIVE_ORDER} LIMIT :limit) g{i}")
    order = "f.grp_rank, f.date_applied DESC, f.application_id DESC"
    return [_member(row) for row in r.all(
        f"SELECT a.application_id, a.company, a.role, a.kind, a.stage, a.silent_since "
        f"FROM ({' UNION ALL '.join(firsts)}) f "
        f"JOIN rm_applications a ON a.application_id = f.application_id "
        f"ORDER BY {order} LIMIT :limit", **params)]


def _ranked_together(
    r: Reader, groups: list[tuple[int, Kind, Stage, date | None]], limit: int
) -> list[Member]:
    """`ranked_members` for many groups: one term per group in one condition, every row of
    the groups read and ranked (the read before round 16)."""
    params: dict[str, Any] = {"yes": True, "limit": limit}
    whens, ors = [], []
    for i, (rank, kind, stage, since) in enumerate(groups):
        params.update({f"s{i}": stage.value, f"k{i}": kind.value, f"r{i}": rank})
        same = "silent_since IS NULL" if since is None else f"silent_since = :d{i}"
        if since is not None:
            params[f"d{i}"] = since
        whens.append(f"WHEN stage = :s{i} AND kind = :k{i} AND {same} THEN :r{i}")
        # each group a term the (live, stage, silent since) index answers on its own
        ors.append(f"(live = :yes AND stage = :s{i} AND {same} AND kind = :k{i})")
    ranking = f"CASE {' '.join(whens)} END"
    return [_member(row) for row in r.all(
        f"SELECT {_MEMBER} FROM (SELECT {_MEMBER}, date_applied, {ranking} AS grp_rank "
        f"FROM rm_applications WHERE {' OR '.join(ors)}) ranked "
        f"ORDER BY grp_rank, {LIVE_ORDER} LIMIT :limit", **params)]


def top_hope(r: Reader) -> tuple[int, str, int] | None:
    """The live application (not an offer) with the most excitement: (id, title, excitement)."""
    row = r.one(
        "SELECT application_id, company, role, excitement FROM rm_applications "
        "WHERE live = :yes AND excitement > 0 AND stage != 'offer' "
        f"ORDER BY excitement DESC, {LIVE_ORDER} LIMIT 1", yes=True)
    return None if row is None else (row[0], f"{row[2]} at {row[1]}", row[3])


def offers_and_hope(r: Reader, hope: bool) -> tuple[list[tuple[int, str]],
                                                     tuple[int, str, int] | None]:
    """`offers` and, with `hope`, `top_hope`, in one statement (one round trip: the outlook's
    inputs and its warnings read both; two statements before round 19)."""
    hoped = (" UNION ALL SELECT * FROM (SELECT 1 AS part, application_id, company, role, "
             "date_applied, excitement FROM rm_applications WHERE live = :yes AND excitement > 0 "
             f"AND stage != 'offer' ORDER BY excitement DESC, {LIVE_ORDER} LIMIT 1) h") if hope else ""
    offers, top = [], None
    for part, app_id, company, role, _, excitement in r.all(
            "SELECT 0 AS part, application_id, company, role, date_applied, NULL AS excitement "
            f"FROM rm_applications WHERE stage = 'offer' AND live = :yes{hoped} "
            "ORDER BY part, date_applied DESC, application_id DESC", yes=True):
        if part == 0:
            offers.append((app_id, f"{role} at {company}"))
        else:
            top = (app_id, f"{role} at {company}", excitement)
    return offers, top


def interviewing(r: Reader, limit: int = 2) -> list[tuple[int, str]]:
    return [(app_id, f"{role} at {company}") for app_id, company, role in r.all(
        "SELECT application_id, company, role FROM rm_applications WHERE live = :yes "
        f"AND stage = 'interviewing' ORDER BY {LIVE_ORDER} LIMIT :limit", yes=True, limit=limit)]


def others_moving(r: Reader, besides: int, since_after: date) -> bool:
    """Whether a live application other than `besides` heard something after the given day."""
    return r.one(
        "SELECT 1 FROM rm_applications WHERE live = :yes AND stage != 'offer' "
        "AND application_id != :besides AND silent_since > :after LIMIT 1",
        yes=True, besides=besides, after=since_after) is not None


#: Not waiting any more: past the usual time, no snooze running, and no follow-up still being
#: given time (the rule of ghosting's `_status`, in SQL, so lists and counts need no rows).
#: {n}: the stage's number among the stages asked for at once.
_OVERDUE = (
    "live = :yes AND stage = :stage{n} AND silent_since < :before{n} "
    "AND (snoozed_until IS NULL OR snoozed_until <= :today) "
    "AND (last_follow_up IS NULL OR last_follow_up < silent_since "
    "     OR (last_follow_up <= :waited AND silent_since <= :ghost{n}))"
)
_OVERDUE_ORDER = "silent_since, date_applied DESC NULLS LAST, application_id DESC"


def overdue(
    r: Reader, stages: list[tuple[Stage, date, date]], today: date, waited: date,
    limit: int | None,
) -> tuple[list[tuple[Any, ...]], int]:
    """Live applications past the usual answer time at any of these stages (stage, silent
    since before this day, the latest silence start long enough to stop waiting after a
    follow-up given by `waited` at the latest), longest silence first, and how many there
    are in all: (id, company, role, silent since, last follow-up, snoozed until, date applied,
    stage). One statement: each stage's first rows and its count read through the (live,
    stage, silent since) index, as a query per stage would."""
    if not stages:
        return [], 0
    params: dict[str, Any] = {"yes": True, "today": today, "waited": waited}
    cut = "" if limit is None else " LIMIT :limit"
    if limit is not None:
        params["limit"] = limit = max(0, limit)
    parts, counts = [], []
    for i, (stage, before, ghost) in enumerate(stages):
        params.update({f"stage{i}": stage.value, f"before{i}": before, f"ghost{i}": ghost})
        where = _OVERDUE.format(n=i)
        parts.append(
            f"SELECT * FROM (SELECT application_id, company, role, silent_since, last_follow_up, "
            f"snoozed_until, date_applied, stage FROM rm_applications WHERE {where} "
            f"ORDER BY {_OVERDUE_ORDER}{cut}) s{i}")
        counts.append(f"(SELECT count(*) FROM rm_applications WHERE {where})")
    if limit == 0:  # the count alone (no row to carry it)
        return [], int(r.all(f"SELECT {' + '.join(counts)}", **params)[0][0])
    rows = r.all(
        f"SELECT u.*, t.total FROM ({' UNION ALL '.join(parts)}) u, "
        f"(SELECT {' + '.join(counts)} AS total) t ORDER BY {_OVERDUE_ORDER}{cut}", **params)
    return ([(a, c, ro, as_date(since), as_date(f), as_date(z), as_date(d), Stage(st))
             for a, c, ro, since, f, z, d, st, _ in rows], int(rows[0][-1]) if rows else 0)


def waiting_rows(r: Reader) -> list[tuple[Any, ...]]:
    """Every live application waiting at a stage, for the whole ghosting list:
    (id, company, role, stage, silent since, last follow-up, snoozed until)."""
    return [(a, c, ro, Stage(s), as_date(since), as_date(f), as_date(z))
            for a, c, ro, s, since, f, z in r.all(
                "SELECT application_id, company, role, stage, silent_since, last_follow_up, "
                "snoozed_until FROM rm_applications WHERE live = :yes AND stage IN "
                f"('applied', 'screening', 'interviewing') ORDER BY {LIVE_ORDER}", yes=True)]
