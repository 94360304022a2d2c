"""A way of working written with its place: "Hybrid - 2 days a week in Manchester", "Hybrid: 3
days in our Dublin 2 office", "Remote (UK)", "Remote, Canada", "(Hybrid, Dublin)" after a title.
The place is what a reader keeps; the way of working stays beside it: "Hybrid (Manchester)"."""

from __future__ import annotations

import re

from bounceback.places import is_place

_MODE = re.compile(
    r"^\(?(?P<mode>remote|hybrid|on-?site|work from home|home[- ]based|fully remote|"
    r"remote[- ]first)\b(?:\s+working)?\)?\s*(?:[-–—:,(|/·•]\s*|\bin\b\s*|\bor\b\s*)?"
    r"(?P<rest>.*?)\)?\s*$",
    re.I,
)
# "2 days a week in Manchester", "3 days in our Dublin 2 office", "from our Leeds office",
# "with travel to Bristol"
_WHERE = re.compile(
    r"\b(?:in|from|at|to|near)\s+(?:our|the)?\s*(?P<place>[A-Z][\w'’.-]*(?:[ ,]+[A-Z][\w'’.-]*){0,3}"
    r"(?:\s+\d{1,2})?)(?=\s+(?:office|hub|site|branch|head office|hq|studio|base)\b|[,.;)]|\s*$)"
)
_DISTRICT = re.compile(r"\s+\d{1,2}$")  # "Dublin 2"
# "Manchester office 2 days a week", "Leeds hub, 3 days", "Leeds city centre", "Bristol area":
# the place leads, its office or its part follows
_OFFICE_FIRST = re.compile(
    r"^(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+(?i:office|hub|site|branch|head office|"
    r"hq|studio|base|city cent(?:re|er)|town cent(?:re|er)|area|based|region|and surrounding)\b"
)


def _place(text: str) -> str:
    text = re.sub(r"^the\s+", "", text.strip(" ,.;()"), flags=re.I)
    if not text:
        return ""
    if is_place(text) and not _MODE.match(text):
        return text
    bare = _DISTRICT.sub("", text)
    if bare != text and is_place(bare):
        return bare
    return ""


def work_mode_place(line: str) -> str:
    """ "Hybrid (Manchester)" for "Hybrid - 2 days a week in Manchester"; "Remote (UK)" for
    "Remote (UK)"; "" when the line is no way of working or names no place."""
    m = _MODE.match(line.strip())
    if not m:
        return ""
    mode = m.group("mode")
    mode = mode[:1].upper() + mode[1:].lower()
    # only the first part says where: "Remote (UK) – optional office in Manchester" is remote
    parts = [p.strip(" -–—") for p in re.split(r"\)|\s[-–—|·]\s|;", m.group("rest"))]
    place = _where(parts[0])
    later = [p for p in parts[1:] if p]
    if not place and _DAYS.search(parts[0]) and later:
        place = _where(later[0])  # "Hybrid (3 days in office) - Toronto": the days, the place
    return f"{mode} ({place})" if place else ""


_DAYS = re.compile(r"\bdays?\b", re.I)
_BULLET = re.compile(r"^[-*•·]\s*")


def mode_line(lines: list[str]) -> str:
    """The place of a way of working on a short line of its own anywhere in the posting
    ("Hybrid - Leeds" under the requirements), as work_mode_place reads it; "" when none."""
    for line in lines:
        line = _BULLET.sub("", line.strip())
        if line and len(line.split()) <= 8:
            place = work_mode_place(line)
            if place:
                return place
    return ""


# "Remote (UK only)", "(US residents only)", "(EU-based)": the region the work may be done from
_REGION_ONLY = re.compile(r"[\s-]+(?:only|based|residents?(?: only)?|time ?zones?)$", re.I)


def _where(rest: str) -> str:
    place = _place(rest) or _place(_REGION_ONLY.sub("", rest.strip()))
    if not place and "," in rest:
        place = _place(_REGION_ONLY.sub("", rest.split(",")[0].strip()))  # "Europe, GMT±2"
    if not place:
        where = _WHERE.search(rest)
        place = _place(where.group("place")) if where else ""
    if not place:
        first = _OFFICE_FIRST.match(rest.strip())
        place = _place(first.group("place")) if first else ""
    if not place and "," in rest and _DAYS.search(rest):
        place = _place(rest.split(",")[0])  # "Bristol, 2 days per week"
    return place


_TITLE_MODE = re.compile(
    r"\s*\((?P<inside>(?:remote|hybrid|on-?site)\b[^()]*)\)\s*$"
    # after a comma or a dash: "Junior Python developer, remote (US only)"
    r"|\s*(?:,|\s[-–—|])\s*(?P<after>(?:fully\s+)?(?:remote|hybrid|on-?site)\b(?:\s*\([^()]*\))?)\s*$",
    re.I,
)


def title_work_mode(title: str) -> tuple[str, str]:
    """ "Senior Software Engineer (Hybrid, Dublin)" -> ("Senior Software Engineer", "Hybrid
    (Dublin)"); the title unchanged and "" when its brackets name no way of working."""
    m = _TITLE_MODE.search(title)
    if not m:
        return title, ""
    inside = m.group("inside") or m.group("after")
    where = work_mode_place(inside) or (
        inside.strip().capitalize() if _MODE.fullmatch(inside) else ""
    )
    return title[: m.start()].strip(), where
