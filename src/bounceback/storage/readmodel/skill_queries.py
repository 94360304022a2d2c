"""The search's skill gaps with plain SQL on a `Reader`: the kept totals, and for the few
gaps a page shows, their first rows (category, evidence) and applications."""

from __future__ import annotations

from bounceback.skills import gaps as g
from bounceback.storage.readmodel import queries
from bounceback.storage.readmodel.reader import Reader


def gap_totals(r: Reader) -> dict[tuple[str, str], int]:
    return queries.totals(r, g.GAP_APPS, g.GAP_APPS_REJECTED, g.GAP_SCORE2, g.GAP_POSTINGS,
                          g.GAP_REJECTIONS, g.GAP_REQUIRED, g.GAP_SOURCE)


def _skills(r: Reader, skills: list[str]) -> tuple[str, dict[str, str]]:
    """A derived table of these skills (one column, `skill`), for both engines."""
    params = {f"k{i}": skill for i, skill in enumerate(skills)}
    return " UNION ALL ".join(f"SELECT :{name} AS skill" for name in params), params


def gap_details(r: Reader, skills: list[str]) -> dict[str, tuple[str, str]]:
    """skill -> (category, evidence) as the search's gaps give them: the category of the first
    posting (by application) that asks for the skill; the evidence of the first one rejected
    for a skill gap (or, when it has none, of the next one that has), else of the first that
    has. One query for every skill shown (each part read through the skill's index)."""
    if not skills:
        return {}
    chosen, params = _skills(r, skills)
    first = ("SELECT {what} FROM rm_gaps WHERE skill = k.skill AND rejected = :yes "
             "ORDER BY application_id LIMIT 1")
    rows = r.all(
        "SELECT k.skill, "
        "(SELECT category FROM rm_gaps WHERE skill = k.skill ORDER BY application_id LIMIT 1), "
        f"({first.format(what='evidence')}), "
        "(SELECT evidence FROM rm_gaps WHERE skill = k.skill AND application_id > "
        f"COALESCE(({first.format(what='application_id')}), -1) AND evidence != '' "
        f"ORDER BY application_id LIMIT 1) FROM ({chosen}) k", yes=True, **params)
    return {skill: (category or "", rejected or after or "")
            for skill, category, rejected, after in rows}


def gap_applications(r: Reader, skills: list[str]) -> dict[str, list[str]]:
    """skill -> '#id title' of every application whose posting asks for it, in order."""
    found: dict[str, list[str]] = {skill: [] for skill in skills}
    if not skills:
        return found
    names, params = r.in_list("k", skills)
    for skill, app_id, role, company in r.all(
            "SELECT g.skill, g.application_id, a.role, a.company FROM rm_gaps g JOIN "
            "rm_applications a ON a.application_id = g.application_id WHERE g.skill IN "
            f"{names} ORDER BY g.skill, g.application_id", **params):
        found[skill].append(f"#{app_id} {role} at {company}")
    return found
