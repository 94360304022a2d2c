"""Finding the application a user means: a short id (12, #12) or a fuzzy company/role."""

from __future__ import annotations

import re

from bounceback.domain.errors import Ambiguous, NotFound

Reference = tuple[int, str, str, str | None, str]  # id, company, role, outcome, stage

_ID = re.compile(r"^#?(\d+)$")
#: Beyond every application's number (ids end below 2**63 on SQLite and PostgreSQL).
BEYOND = 2**63


def _value(digits: str) -> int:
    """The number of a reference's digits; BEYOND for more than 19 of them (int() refuses a
    string of over 4,300 digits: `show 999...9` was an internal error)."""
    return int(digits) if len(digits) <= 19 else BEYOND


def describe(ref: Reference) -> str:
    app_id, company, role, outcome, stage = ref
    return f"#{app_id} {role} at {company} ({outcome or stage})"


def number(text: str) -> int | None:
    """The number a reference gives (12, #12), or None when it names words."""
    match = _ID.match(text.strip())
    return _value(match.group(1)) if match else None


def resolve(text: str, candidates: list[Reference]) -> int:
    """The id of the one application `text` names, or NotFound / Ambiguous with choices."""
    text = text.strip()
    match = _ID.match(text)
    if match:
        digits = match.group(1)
        wanted = _value(digits)
        if any(c[0] == wanted for c in candidates):
            return wanted
        shown = (f"#{wanted}" if wanted < BEYOND else f"#{digits}" if len(digits) <= 40
                 else "of that number")
        raise NotFound(f"no application {shown}; `bounceback list` shows their numbers")
    if not text:
        raise NotFound("no application given; name it by number (12) or by company or role")
    from rapidfuzz import fuzz, process, utils

    needle = utils.default_process(text)
    scored: list[tuple[float, Reference]] = []
    for cand in candidates:
        _, company, role, _, _ = cand
        company_p = utils.default_process(company)
        both = f"{company_p} {utils.default_process(role)}"
        score = max(
            100.0 if needle == company_p else 0.0,
            fuzz.WRatio(needle, company_p),
            fuzz.token_set_ratio(needle, both),
        )
        scored.append((score, cand))
    scored.sort(key=lambda s: -s[0])
    strong = [c for s, c in scored if s >= 88]
    if not strong:
        near = process.extract(
            text, {c[0]: f"{c[1]} {c[2]}" for c in candidates}, scorer=fuzz.WRatio, limit=3
        )
        suggestions = [describe(next(c for c in candidates if c[0] == key)) for _, _, key in near if _ > 50]
        raise NotFound(f"no application matches {text!r}", suggestions)
    top = scored[0][0]
    best = [c for s, c in scored if s >= top - 2 and s >= 88]
    if len(best) > 1:
        live = [c for c in best if c[3] is None]
        if len(live) == 1:
            return live[0][0]
        raise Ambiguous(f"{text!r} matches {len(best)} applications; use the number", [describe(c) for c in best[:8]])
    return best[0][0]
