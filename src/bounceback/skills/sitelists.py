"""A posting's several places, written below its header: "Location: Multiple locations" over a
list of sites further down ("Sites:" / "• Truganina VIC 3029" / "• Dandenong South VIC 3175"),
or a sentence ("vacancies at our sites in Daventry, Rugby and Corby"). The places are given as
written, joined with " / "."""

from __future__ import annotations

import re

from bounceback.places import is_place
from bounceback.skills.contacts import POSTCODE

# A location that says there are several without naming them.
_MANY = re.compile(
    r"^(?:multiple|various|several|many|numerous|\d+|all(?: our)?|different)\s+"
    r"(?:\w+\s+)?(?:locations?|sites?|branches|stores|depots|offices|venues|sites? across\b.*)"
    r"(?:\s*[-–(,:].*)?$|^(?:see (?:below|description|list)|across .{2,40}|nationwide)$",
    re.I,
)
_LIST_HEAD = re.compile(
    r"\b(?:locations?|sites?|branches|depots|stores|venues|offices|where you(?:'ll| will) work|"
    r"based at (?:one of|any of))\b",
    re.I,
)
_INLINE = re.compile(
    r"\b(?:sites?|locations?|branches|depots|stores|offices|venues|warehouses|hubs)\s+"
    r"(?:in|at|across)\s+(?P<list>[A-Z][^.;:!?()]{2,140})"
)
_BULLET = re.compile(r"^\s*(?:[-*•·▪●◦‣]|\d{1,2}[.)])\s+")
_ASIDE = re.compile(r"\s+[-–—|:]\s+.*$|\s*\((?![^()]*\d)[^()]*\)\s*$")
_MAX_ITEMS = 12
_TOWN = re.compile(r"[A-Z][a-z'’.-]+(?:\s[A-Z][a-z'’.-]+){0,2}")


def many_places(location: str) -> bool:
    """ "Multiple locations", "Various sites", "3 locations", "See below": several places
    unnamed."""
    return bool(_MANY.match(location.strip()))


def _item_place(item: str) -> str:
    """The place a list item names, as written ("Dandenong South VIC 3175", "Leeds"), or ""."""
    item = item.strip().strip("*_").strip(" ,;.")
    if not item or len(item) > 80:
        return ""
    bare = _ASIDE.sub("", item).strip(" ,;")  # "Rugby - nights only", "Leeds (city centre)"
    for candidate in (item, bare):
        if is_place(candidate):
            return candidate
        code = POSTCODE.search(candidate)
        if code:
            # "Dandenong South DC - Eastlink Business Park, Dandenong South VIC 3175": the town
            # before the postcode ("Dandenong South VIC 3175"), a suburb the towns list lacks too
            town = re.split(r",|\s[-–—]\s", candidate[: code.start()])[-1].strip(" ,-–")
            if town and (is_place(town) or _TOWN.fullmatch(town)):
                return f"{town} {code.group().strip(' -–')}"
    return ""


def _listed_below(lines: list[str], i: int) -> list[str]:
    items: list[str] = []
    for line in lines[i + 1 : i + 1 + _MAX_ITEMS + 2]:
        if not line.strip():
            if items:
                break
            continue
        place = _item_place(_BULLET.sub("", line))
        if not place:
            break
        items.append(place)
    return items


def _listed_inline(text: str) -> list[str]:
    m = _INLINE.search(text)
    if not m:
        return []
    pieces = [p.strip() for p in re.split(r",\s*|\s+(?:and|or|&)\s+", m.group("list")) if p.strip()]
    places = [_item_place(p) for p in pieces]
    return places if len(places) >= 2 and all(places) else []


def sites_listed(lines: list[str]) -> str:
    """The sites a posting lists under a heading or names in a sentence, joined with " / "; ""
    when it lists fewer than two."""
    for i, raw in enumerate(lines):
        line = raw.strip().strip("*_#").strip()
        if not line or len(line) > 300:
            continue
        if len(line) <= 160 and _LIST_HEAD.search(line) and (line.endswith(":") or len(line.split()) <= 4):
            items = _listed_below(lines, i)
            if len(items) >= 2:
                return " / ".join(dict.fromkeys(items))
        items = _listed_inline(line)
        if items:
            return " / ".join(dict.fromkeys(items))
    return ""


# A line of a job's facts under its title: "Full-time • $28–$40/hr + commission • Charlotte, NC"
_FACT = re.compile(
    r"^(?:full[- ]time|part[- ]time|permanent|temporary|contract|casual|fixed[- ]term|"
    r"hybrid|remote|on-?site|days|nights)$|[£$€₹]\s?\d|\d\s*(?:/hr|/hour|per hour|an hour|k\b)",
    re.I,
)
_FACT_SEPARATOR = re.compile(r"\s+[·•|]\s+")
_MODE_ONLY = re.compile(r"^\(?(?:remote|hybrid|on-?site|in[- ]office)\)?$", re.I)


def facts_line_place(lines: list[str], first: int = 40) -> str:
    """The place in a line of the job's facts ("Full-time • $28–$40/hr • Charlotte, NC"), ""."""
    for raw in lines[:first]:
        line = raw.strip()
        if len(line) > 160:
            continue
        parts = [p.strip() for p in _FACT_SEPARATOR.split(line) if p.strip()]
        if len(parts) < 2 or not any(_FACT.search(p) for p in parts):
            continue
        for part in parts:
            if _MODE_ONLY.match(part):
                continue
            # "Cape Town - Woodstock", "Wellington CBD or Auckland (Britomart)"
            lead = re.split(r"\s+[-–—]\s+|\s+or\s+|\s*\(|\s+CBD\b", part)[0].strip()
            if is_place(part) or (lead and lead != part and is_place(lead)):
                return part
    return ""
