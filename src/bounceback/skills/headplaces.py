"""The places a posting's header writes: a town ("Dublin 2", "Downtown Denver"), a list of
sites ("Leeds or Manchester"), an employer with its place ("Brookfield Care Home, Harrogate",
"Kinsale Foods (Cork)") and what is a suburb, a town and a region rather than an employer."""

from __future__ import annotations

import re

from bounceback.places import REGIONS, is_place
from bounceback.skills.headerwords import ORG_SUFFIX

_MODE_ONLY = re.compile(r"^\(?(?:remote|hybrid|on-?site|in[- ]office)\)?$", re.I)

# "Downtown Denver", "Central London", "Greater Manchester area": the town
_PLACE_WORDS = re.compile(r"^(?:downtown|uptown|central|greater|midtown|near|north|south|east|west)\s+(?P<town>.+?)(?:\s+area)?$", re.I)


def place_of(part: str) -> str:
    """The place a header part names, or ""."""
    district = re.fullmatch(r"(?P<town>[A-Z][\w .'-]+?)\s+\d{1,2}", part)
    if district and is_place(district.group("town")):
        return district.group("town")  # "Dublin 2"
    if is_place(part):
        return part
    if place_list(part):
        return part  # "Leeds or Manchester"
    cbd = re.fullmatch(r"(?P<town>.+?)\s+CBD(?P<rest>(?:,.*)?)", part)
    if cbd and is_place(cbd.group("town") + cbd.group("rest")):
        return part  # "Cape Town CBD, Western Cape"
    m = _PLACE_WORDS.match(part)
    if m and is_place(m.group("town")):
        return m.group("town") if part.split()[0].casefold() in ("downtown", "uptown", "midtown", "near") else part
    m = _SIDE_OF.fullmatch(part)
    if m and is_place(m.group("town") or m.group("town2")):
        return part  # "Northside Brisbane", "Mid Canterbury", "Galway City"
    return ""


# A part of a known town or region, named as its people name it: "Northside Brisbane", "Mid
# Canterbury", "Inner West Sydney", "Galway City", "Leeds city centre", "Hull area"
_SIDE_OF = re.compile(
    r"(?:(?:north|south|east|west)side|mid|inner(?:\s+(?:west|city))?|outer|upper|lower)\s+"
    r"(?P<town>[A-Z][\w .'-]+)|(?P<town2>[A-Z][\w .'-]+?)\s+(?:city(?:\s+centre)?|central|area|region|district|"
    # "Pretoria East", "Nairobi West", "Durban North", "Perth Northern Suburbs"
    r"(?-i:North|South|East|West)|(?:northern|southern|eastern|western)\s+suburbs)",
    re.I,
)


def bracketed_place(company: str) -> tuple[str, str]:
    """ "Kinsale Foods (Cork)" -> ("Kinsale Foods", "Cork")."""
    m = re.fullmatch(r"(.+?)\s*\(([^()]+)\)\s*", company)
    if m and place_of(m.group(2)):
        return m.group(1), place_of(m.group(2))
    return company, ""


_STATE_CODE = re.compile(
    r"NSW|VIC|QLD|SA|WA|TAS|NT|ACT|AB|BC|MB|NB|NL|NS|NU|ON|PE|QC|SK|YT|AL|AK|AZ|AR|CA|CO|CT|DE|"
    r"FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|"
    r"RI|SC|SD|TN|TX|UT|VT|VA|WV|WI|WY|DC"
)


_EMPLOYER_WORD = re.compile(
    ORG_SUFFIX.pattern + r"|\b(?:farm|farms|studio|salon|estates?|dairy|vets?|hotel|inn|bar|"
    r"cafe|pub|garage|motors|builders|dental|pharmacy|nursery|store|shop)\b",
    re.I,
)


def place_list(part: str) -> str:
    """ "Leeds or Manchester", "Pune (Hinjewadi Phase 3) / Pune (Wakad)": several places as
    written; "" unless each is a place."""
    pieces = [p for p in re.split(r"\s+(?:or|and|&|/)\s+|\s*;\s*", part) if p.strip()]
    if len(pieces) < 2 or len(part) > 120:
        return ""
    return part if all(is_place(p) and not _MODE_ONLY.match(p) for p in pieces) else ""


# A street's name ending in its kind ("West 4th Avenue", "12 Call Lane"): an address, no name.
_STREET_NAME = re.compile(
    r"(?:\d+[a-z]?\s+)?(?:[\w'’.-]+\s+){1,3}(?:street|st|road|rd|avenue|ave|lane|drive|"
    r"boulevard|blvd|highway|hwy)\.?",
    re.I,
)


def name_and_place(part: str) -> tuple[str, str]:
    """ "Brookfield Care Home, Harrogate" or "Hillcrest Dairy Farm, Cullompton, Devon": the
    name before the first comma after which the rest is a place."""
    pieces = part.split(", ")
    if (
        len(pieces) == 2
        and _STATE_CODE.fullmatch(pieces[1])
        and len(pieces[0].split()) <= 2
        and not ORG_SUFFIX.search(pieces[0])
    ):
        return "", ""  # "Brisbane City, QLD": a town and its state, no employer
    for k in range(_first_short_rest(pieces), len(pieces)):
        rest = ", ".join(pieces[k:])
        if is_place(rest):
            name = ", ".join(pieces[:k])
            if _STREET_NAME.fullmatch(name):
                return "", ""  # "West 4th Avenue, Kitsilano, Vancouver, BC": a street, no employer
            if len(pieces) - k >= 2 and len(name.split()) <= 2 and not _EMPLOYER_WORD.search(name):
                return "", ""  # "Sea Point, Cape Town, Western Cape": a suburb, its town, its region
            if k == 1 and place_of(name) and not _EMPLOYER_WORD.search(name):
                return "", ""  # "East Tamaki, Auckland": a suburb and its town
            return name, rest
    # "Oakhurst Academy, Kettlebridge": an employer's name, then a town the places list does
    # not know, by its shape
    if (
        len(pieces) == 2
        and (_EMPLOYER_WORD.search(pieces[0]) or ORG_SUFFIX.search(pieces[0]))
        and len(pieces[1].split()) <= 2
        and _TOWN_SHAPE.fullmatch(pieces[1])
        and not _NOT_TOWN.search(pieces[1])
        and not ORG_SUFFIX.search(pieces[1])
        and not _EMPLOYER_WORD.search(pieces[1])
    ):
        return pieces[0], pieces[1]
    return "", ""


# `is_place` refuses a value longer than 80 characters or of more than nine words once its ends
# are stripped of spaces and ", . ; ( )" (a "•" reads as a space) and a leading "near" word ("just outside ": 13 characters,
# two words) is taken off. A rest with more characters than that outside those, or more pieces
# that hold one, cannot be a place: it is not tried, so that a header line of a place written
# thousands of times ("Austin, Austin, ..., TX") is read in linear time, not quadratic.
_SOLID_MAX = 80 + 13
_WORDS_MAX = 9 + 2
_SOFT = frozenset(" ,.;()•")


def _first_short_rest(pieces: list[str]) -> int:
    """The first k >= 1 from which the rest ", ".join(pieces[k:]) may be a place."""
    solid = words = 0
    k = len(pieces)
    while k > 1:
        piece = pieces[k - 1]
        count = sum(1 for c in piece if c not in _SOFT and not c.isspace())
        solid += count
        words += 1 if count else 0
        if solid > _SOLID_MAX or words > _WORDS_MAX:
            return k
        k -= 1
    return 1


def joined_places(location: str) -> str:
    """Several places written as one ("Leeds or Manchester", "Wellington CBD or Auckland
    (Britomart)", "Leeds; Manchester", "Derby, Nottingham and Leicester") joined as a tracker
    lists them: "Leeds / Manchester"; anything else as it is ("Leeds, West Yorkshire")."""
    if len(location) > 160:
        return location

    def one(piece: str) -> bool:
        bare = re.sub(r"\s*\([^()]*\)$", "", piece).strip()
        return bool(is_place(piece) or is_place(bare) or place_of(bare))

    def parts(pattern: str) -> list[str]:
        return [p.strip() for p in re.split(pattern, location) if p.strip()]

    listed = parts(r"\s+(?:or|and)\s+|\s*;\s*|\s+/\s+|\s+·\s+")  # "Austin, TX or Dallas, TX"
    if len(listed) < 2:
        return location
    pieces = parts(r"\s+(?:or|and)\s+|\s*[;,]\s*|\s+/\s+")  # "Derby, Nottingham and Leicester"
    regional = any(p.casefold() in REGIONS or _STATE_CODE.fullmatch(p) for p in pieces)
    if "," in location and not regional and all(one(p) for p in pieces):
        return " / ".join(pieces)
    return " / ".join(listed) if all(one(p) for p in listed) else location


# A town the places list does not know, read from an address by its shape: a name of one to three
# capitalised words, no street, building or number in it ("Walla Falls" before "WA", "Easthaven"
# before "EH4 2PL").
_TOWN_SHAPE = re.compile(r"[A-Z][a-zA-Z'’-]+(?:\s+[A-Z][a-zA-Z'’-]+){0,2}")
_NOT_TOWN = re.compile(
    r"\b(?:street|st|road|rd|avenue|ave|lane|way|drive|place|square|terrace|row|hill|centre|"
    r"center|hospital|house|building|office|offices|campus|park|school|academy|college|library|"
    r"hall|court|station|unit|floor|suite|estate|plaza|tower|clinic|depot|warehouse)\b",
    re.I,
)


def town_before_code(parts: list[str], postcode: re.Pattern[str]) -> str:
    """The town of an address whose last part is a state's or province's code ("Walla Falls
    Correctional Center, Walla Falls, WA": "Walla Falls, WA") or a postcode ("Civic Centre, Market
    Street, Easthaven, EH4 2PL": "Easthaven"), when the part before it has a town's shape; ""
    otherwise."""
    if len(parts) < 2:
        return ""
    last, before = parts[-1].strip(), parts[-2].strip()
    if not _TOWN_SHAPE.fullmatch(before) or _NOT_TOWN.search(before) or ORG_SUFFIX.search(before):
        return ""
    if re.fullmatch(r"[A-Z]{2,3}", last) and is_place(last):
        return f"{before}, {last}"
    if postcode.fullmatch(last):
        return before  # (not "Brindle Green" before "Stockport SK4 9ZZ": a town with its code)
    return ""
