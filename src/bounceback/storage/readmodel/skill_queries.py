"""The search's skill gaps with plain SQL on a `Reader`: the kept totals, and for the few
gaps a page shows, their first rows (category, evidence) and applications."""

from __future__ import annotations

from bounceback.skills import gaps as g
from bounceback.storage.readmodel import queries
from bounceback.storage.readmodel.reader import Reader


def gap_totals(r: Reader) -> dict[tuple[str, str], int]:
    return queries.totals(r, g.GAP_APPS, g.GAP_APPS_REJECTED, g.GAP_SCORE2, g.GAP_POSTINGS,
                          g.GAP_REJECTIONS, g.GAP_REQUIRED, g.GAP_SOURCE)


def gap_details(r: Reader, skill: str) -> tuple[str, str]:
    """(category, evidence) as the search's gaps give them: the category of the first posting
    (by application) that asks for the skill; the evidence of the first one rejected for a
    skill gap (or, when it has none, of the next one that has), else of the first that has."""
    category = r.scalar("SELECT category FROM rm_gaps WHERE skill = :k ORDER BY application_id "
                        "LIMIT 1", k=skill) or ""
    first = r.one("SELECT application_id, evidence FROM rm_gaps WHERE skill = :k AND rejected = "
                  ":yes ORDER BY application_id LIMIT 1", k=skill, yes=True)
    if first is not None and first[1]:
        return category, first[1]
    after = first[0] if first is not None else -1
    evidence = r.scalar("SELECT evidence FROM rm_gaps WHERE skill = :k AND application_id > :after "
                        "AND evidence != '' ORDER BY application_id LIMIT 1", k=skill, after=after)
    return category, evidence or ""


def gap_applications(r: Reader, skill: str) -> list[str]:
    """'#id title' of every application whose posting asks for the skill, in order."""
    return [f"#{app_id} {role} at {company}" for app_id, role, company in r.all(
        "SELECT g.application_id, a.role, a.company FROM rm_gaps g JOIN rm_applications a "
        "ON a.application_id = g.application_id WHERE g.skill = :k ORDER BY g.application_id",
        k=skill)]
