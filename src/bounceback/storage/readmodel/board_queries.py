"""The board's reads: a column's page of cards, and a search's newest matches, each read no
further than what the page shows, however long the history.

- A column holds applications at some stages (open) or outcomes (closed). Its cards are read
  per (stage, outcome) from the read model through `ix_rm_applications_column` (stage,
  outcome, recency), or for an open stage `ix_rm_applications_open` (stage, recency, of those
  with no outcome: PostgreSQL does not order by what follows an `IS NULL`), newest first, each
  range no further than the page's end, then merged.
  `recency` is the board's order (day applied, then id) in one column (migration 0026): with
  `ORDER BY date_applied DESC, id DESC` PostgreSQL's planner walked the date index backwards
  and filtered (thousands of rows for a column's 20 at 50,000 applications), and it put the
  undated first; SQLite, as one `OR` over a column's statuses, walked it past every open
  application to find the closed column's 20.
- A search's newest matches come from the search index in the board's order (its `recency`,
  storage/readmodel/search.py) and stop at the bound: SQLite's FTS table is keyed by it;
  PostgreSQL walks `ix_rm_applications_recency` newest first and tests each folded text.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from bounceback.domain.models import Application, ApplicationQuery
from bounceback.domain.vocabulary import Outcome, Stage
from bounceback.storage.readmodel import search
from bounceback.storage.readmodel.queries import _where
from bounceback.storage.readmodel.reader import Reader

#: What a card shows, and no more: its number, role, company and place, and its status (from
#: the read model). Not the description, notes, tags or the rest of the row: on SQLite a long
#: description spills into overflow pages, and role and place come before it in the row, so
#: a card reads none of them (round 18: a card read its whole row, 2.8 MB cold for 93 cards).
_CARD = "a.id, c.name, a.role, a.location, page.stage, page.outcome"


def _card(row: tuple[Any, ...]) -> Application:
    app_id, company, role, location, stage, outcome = row
    return Application(id=app_id, company=company, role=role, location=location,
                       stage=Stage(stage), outcome=Outcome(outcome) if outcome else None)


def cards(r: Reader, ids: list[int]) -> dict[int, Application]:
    """These applications as cards (what `_CARD` names), by number."""
    if not ids:
        return {}
    clause, params = r.in_list("id", ids)
    # The numbers name the applications' rows (`a.id`), not the read model's: PostgreSQL does
    # not carry a list across the join, and with it on `page` it scanned every application to
    # hash them (the board's search, 93 cards at 5,000 applications: 1.5 -> 0.5 ms of its time).
    rows = r.all(f"SELECT {_CARD} FROM rm_applications page JOIN applications a "
                 "ON a.id = page.application_id JOIN companies c ON c.id = a.company_id "
                 f"WHERE a.id IN {clause}", **params)
    return {row[0]: _card(row) for row in rows}


def _pairs(stages: list[str]) -> list[tuple[str, str | None]]:
    """The (stage, outcome) pairs a column's statuses stand for: an open stage has no
    outcome; a closed outcome is any stage's."""
    pairs: list[tuple[str, str | None]] = [
        (s, None) for s in stages if s in Stage._value2member_map_]
    for outcome in (s for s in stages if s in Outcome._value2member_map_):
        pairs += [(stage.value, outcome) for stage in Stage]
    return pairs


def _page(pairs: list[tuple[str, str | None]], params: dict[str, Any], k: str) -> str:
    """The newest `:e{k}` read-model rows of each (stage, outcome) pair, each by its index, as
    one union (`column` and `columns` read a column's cards from it); its parameters go to
    `params`."""
    parts = []
    for i, (stage, outcome) in enumerate(pairs):
        params[f"s{k}_{i}"] = stage
        if outcome is None:
            held = "outcome IS NULL"
        else:
            held = f"outcome = :o{k}_{i}"
            params[f"o{k}_{i}"] = outcome
        parts.append(f"SELECT id, recency, stage, outcome FROM (SELECT application_id AS id, "
                     f"recency, stage, outcome FROM rm_applications WHERE stage = :s{k}_{i} "
                     f"AND {held} ORDER BY recency DESC LIMIT :e{k}) p{i}")
    return " UNION ALL ".join(parts)


def column(r: Reader, stages: list[str], limit: int, offset: int = 0) -> list[Application]:
    """A column's cards (what `_CARD` names) (`limit` of them after the first `offset`), newest
    first in the board's order (day applied, none the oldest, then id), as its search orders
    them."""
    pairs = _pairs(stages)
    if not pairs or limit <= 0:
        return []
    params: dict[str, Any] = {"e": offset + limit, "limit": limit, "offset": offset}
    sql = (f"SELECT {_CARD} FROM ({_page(pairs, params, '')}) page "
           "JOIN applications a ON a.id = page.id JOIN companies c ON c.id = a.company_id "
           "ORDER BY page.recency DESC LIMIT :limit OFFSET :offset")
    return [_card(row) for row in r.all(sql, **params)]


def columns(r: Reader, stages: list[list[str]], limit: int, offset: int = 0
            ) -> list[list[Application]]:
    """Every column's cards, as `column` reads each (what `_CARD` names), in one statement
    (each column's part is `column`'s own, by the same indexes): a board of five columns sent
    five statements, one round trip each to PostgreSQL.

    On SQLite (no round trips) each column is its own statement: SQLite ran the union of a
    whole board's parts (72 SELECTs for `/board?show=all`) in 1.6 ms against 1.2 for the six
    columns one by one, their cards made included (at 5,000 applications, the statements
    prepared once; round 23)."""
    if r.is_sqlite:
        return [column(r, wanted, limit, offset) for wanted in stages]
    params: dict[str, Any] = {}
    selects = []
    for k, wanted in enumerate(stages):
        pairs = _pairs(wanted)
        if not pairs or limit <= 0:
            continue
        params.update({f"e{k}": offset + limit, f"l{k}": limit, f"f{k}": offset})
        selects.append(
            f"SELECT * FROM (SELECT {_CARD}, {k} AS col, page.recency AS rec "
            f"FROM ({_page(pairs, params, str(k))}) page "
            "JOIN applications a ON a.id = page.id JOIN companies c ON c.id = a.company_id "
            f"ORDER BY page.recency DESC LIMIT :l{k} OFFSET :f{k}) c{k}")
    found: list[list[Application]] = [[] for _ in stages]
    if not selects:
        return found
    for row in r.all(" UNION ALL ".join(selects) + " ORDER BY col, rec DESC", **params):
        found[row[-2]].append(_card(tuple(row[:-2])))
    return found


def newest_matching(r: Reader, q: ApplicationQuery, limit: int
                    ) -> list[tuple[int, str, str | None]]:
    """(id, stage, outcome) of the newest `limit` applications matching the filters (a text
    among them), newest first (`queries.matching_ids`, read from the search's order)."""
    needle = search.needle_of(q.text or "")
    where, params = _where(r, replace(q, text=None, stages=None, limit=None, offset=0))
    more = where.replace(" WHERE ", " AND ", 1)
    params["limit"] = limit
    # With no other filter, a match's column is the read model's (stage, outcome), read from
    # the index entry its `recency` finds (migration 0030), as the board's columns read theirs:
    # the applications table's row of each match (one table page each, 4.4 MB cold for the
    # 1,000 newest at 50,000) only when a filter needs its columns.
    chosen = "a.id, a.stage, a.outcome"
    joined = ("JOIN applications a ON a.id = m.application_id "
              "JOIN companies c ON c.id = a.company_id")
    indexed = ""
    if not more:  # (SQLite prefers the unique index on `recency` alone, then reads the row)
        chosen, joined = "m.application_id, m.stage, m.outcome", ""
        indexed = " INDEXED BY ix_rm_applications_search_status"
    if r.is_sqlite and len(needle) >= search.SHORTEST and search.has_fts(r):
        params["match"] = search.fts_phrase(needle)
        sql = (f"SELECT {chosen} FROM {search.FTS_TABLE} "
               f"JOIN rm_applications m{indexed} ON m.recency = {search.FTS_TABLE}.rowid {joined} "
               f"WHERE {search.FTS_TABLE} MATCH :match{more} "
               f"ORDER BY {search.FTS_TABLE}.rowid DESC LIMIT :limit")
    else:
        if r.is_sqlite:
            held = "instr(m.search, :needle) > 0"
            params["needle"] = needle
        else:
            escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            held = "m.search LIKE :like"
            params["like"] = f"%{escaped}%"
        sql = (f"SELECT {chosen} FROM rm_applications m {joined} "
               f"WHERE {held}{more} ORDER BY m.recency DESC LIMIT :limit")
    # planned for its word each time (a common word walks the newest first: see `Reader.all`)
    return [tuple(row) for row in r.all(sql, plan_each_time=True, **params)]  # type: ignore[misc]
