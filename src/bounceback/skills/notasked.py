"""Spans a matcher finds that name something other than a skill asked for.

The name of a unit, a body or a law ("the Emergency Department", "the Rehabilitation of Offenders
Act"), a line manager ("Reporting to the Practice Manager"), a tool the employer provides ("own
hand tools (power tools provided)"), a state or province code in a list of them ("IL, IN, WI"),
and who oversees the work ("under pharmacist supervision").
"""

from __future__ import annotations

import re

# A capitalised name that ends in an organisation's unit or a law is a place or a thing, not a
# skill: "the Emergency Department", "our Neonatal Intensive Care Unit", "the Rehabilitation of
# Offenders Act", "the Register of Midwives".
_UNITS = (
    "Department|Dept|Unit|Ward|Act|Board|Committee|Council|Society|Association|Institute|"
    "College|University|School|Academy|Hospital|Trust|Agency|Ministry|Division|Foundation|"
    "Register|Centre|Center|Directorate|Regulations"
)
# A name's own last word that makes it a unit ("Emergency Department"); not "Centre", "School",
# "Register" or "Regulations", which end skills too ("Contact Centre", "Forest School").
_ENDS_SKILLS_TOO = frozenset({"School", "Register", "Centre", "Center", "Regulations"})
_UNIT_WORD = re.compile(
    "(?:" + "|".join(u for u in _UNITS.split("|") if u not in _ENDS_SKILLS_TOO) + ")s?"
)
_UNIT_AFTER = re.compile(
    rf"^(?:\s+(?:of|and|&|the|for|[A-Z][\w'’-]*)){{0,4}}?\s+(?:{_UNITS})s?\b(?!-)"
)
_OF_NAME = re.compile(r"^\s+of\s+(?:the\s+)?[A-Z][a-z]")


def in_institution_name(text: str, start: int, end: int) -> bool:
    """Whether the capitalised hit text[start:end] is part of the name of a unit, body or law."""
    words = text[start:end].split()
    if not words or any(w[:1].islower() for w in words if len(w) > 3):
        return False
    if not any(w[:1].isupper() for w in words) or text[start:end].isupper():
        return False
    if len(words) > 1 and _UNIT_WORD.fullmatch(words[-1]):
        return True
    after = text[end : end + 80].split("\n", 1)[0]
    if _UNIT_AFTER.match(after):
        return True
    return len(words) == 1 and bool(_OF_NAME.match(after))


# "Reporting to the Practice Manager" names a line manager, not report writing.
_REPORTS_TO = re.compile(r"^\s+(?:directly\s+)?(?:to|into)\s+(?:the|a|an|our|their|[A-Z])")


def reports_to(text: str, start: int, end: int) -> bool:
    word = text[start:end].casefold()
    return word in ("reporting", "report", "reports") and bool(_REPORTS_TO.match(text[end:]))


# The manager one reports to is a job, not a skill asked for (round 30): "Reporting to the Sous
# Chef" asks for no chef, "reporting to the Regional Sales Manager" for no regional sales.
_TO_MANAGER_BEFORE = re.compile(
    r"\b[Rr]eport(?:s|ing)?\s+(?:directly\s+)?(?:in)?to\s+(?:the\s+|our\s+|a\s+|an\s+)?"
    r"(?:[A-Z][\w&/'’-]*\s+){0,4}$"
)
_MANAGER = (
    r"(?:Manager|Chef|Director|Lead|Leader|Supervisor|Head|Officer|Engineer|Partner|"
    r"Co-?ordinator|Superintendent|Controller|Administrator|Nurse|Pharmacist|Principal)"
)
_MANAGER_AFTER = re.compile(rf"^(?:\s+[A-Z][\w&/'’-]*){{0,3}}?\s+{_MANAGER}s?\b")
_MANAGER_HIT = re.compile(rf"(?:^|\s){_MANAGER}$")


def reports_to_manager(text: str, start: int, end: int) -> bool:
    """Whether the capitalised hit is part of the title of the manager the job reports to."""
    hit = text[start:end]
    if not hit[:1].isupper():
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if not _TO_MANAGER_BEFORE.search(text[max(line_start, start - 80) : start]):
        return False
    return bool(_MANAGER_HIT.search(hit)) or bool(_MANAGER_AFTER.match(text[end : end + 60]))


# Two-letter codes in a list of states or provinces ("IL, IN, WI, MI, OH") are places.
_REGIONS = frozenset(
    ["AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT", "NSW", "QLD", "VIC", "TAS", "WA", "SA", "ACT"]
)


def region_code(text: str, start: int, end: int) -> bool:
    """Whether the hit is a state or province code in a list of them."""
    hit = text[start:end]
    if hit not in _REGIONS:
        return False
    before = re.search(r"\b([A-Z]{2,3})\s*[,/]\s*$", text[max(0, start - 12) : start])
    after = re.match(r"^\s*[,/]\s*(?:and\s+|or\s+)?([A-Z]{2,3})\b", text[end : end + 14])
    return bool(before and before.group(1) in _REGIONS) or bool(
        after and after.group(1) in _REGIONS
    )


# A tool the employer hands over, or a system it trains you on, is not asked of you: "own hand
# tools (power tools provided)", "our Mosaic system (training given)".
_PROVIDED_INSIDE = re.compile(
    r"^[^()\n]{0,30}?\b(?:provided|supplied|given|included|issued)\s*\)", re.IGNORECASE
)
_PROVIDED_AFTER = re.compile(
    r"^[^()\n.;]{0,40}?\(\s*(?:full\s+|on[- ]the[- ]job\s+)?(?:training\s+(?:is\s+)?"
    r"(?:given|provided)|we('ll| will) train(?: you)?|will train)\s*\)",
    re.IGNORECASE,
)


def not_asked(text: str, start: int, end: int) -> bool:
    """Whether the span names something other than a skill asked for, whatever found it: part
    of a unit's or a law's name, a line manager, a tool provided, a list of state codes."""
    return (
        in_institution_name(text, start, end)
        or reports_to(text, start, end)
        or reports_to_manager(text, start, end)
        or provided(text, start, end)
        or region_code(text, start, end)
        or overseen(text, start, end)
    )


_UNDER = re.compile(r"\bunder\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_OVERSIGHT = re.compile(r"(?:supervision|direction|guidance|oversight)$", re.IGNORECASE)


def overseen(text: str, start: int, end: int) -> bool:
    """Who oversees the work, not a skill: "under pharmacist supervision", "under vet
    direction", "under the guidance of"."""
    return bool(_OVERSIGHT.search(text[start:end])) and bool(
        _UNDER.search(text[max(0, start - 30) : start])
    )


def provided(text: str, start: int, end: int) -> bool:
    """Whether the words right after the hit say the employer provides it or trains for it."""
    line_start = text.rfind("\n", 0, start) + 1
    opened = text.rfind("(", line_start, start) > text.rfind(")", line_start, start)
    after = text[end : end + 80]
    return (opened and bool(_PROVIDED_INSIDE.match(after))) or bool(_PROVIDED_AFTER.match(after))
