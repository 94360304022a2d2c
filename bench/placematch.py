"""Whether a location read from a posting is the labelled one: the scorer's rule, strict and fair.

The older rule (`eval_skills.same_place`) compares words: one side's words all among the
other's. That was both too strict and too lenient:

- too strict: "Columbus, OH 43215" is "Columbus, Ohio" (a ZIP, a state's code), "Dublin 2" is
  "Dublin", "Remote (US)" is "Remote, United States";
- too lenient: "Ohio" counted right for "Columbus, Ohio" (the state is not the town), "Leeds"
  for "Leeds or Manchester" and "Remote" for "London / Remote" (a site or a way of working
  lost), "Remote" for "Remote (US)" (the country lost).

Here a location is a list of alternatives (sites joined by ";", "/", "|", "or", "and", "&"),
each a town with its qualifiers (region, state, county, country, what is in brackets), and
the ways of working it names (remote, hybrid, on-site). Two locations are the same when:

- every labelled site is read and every site read is labelled: the towns equal (postcodes,
  ZIPs, a district's number, "Downtown" or "Greater" aside; a state's code is its name), and
  no state, province or country on one side contradicts the other's; a site read more
  precisely than labelled is right ("Dublin, Ireland" for "Ireland"), less precisely is not
  ("Ohio" for "Columbus, Ohio");
- a way of working the label writes as a site of its own ("London / Remote") is read too; a
  label that names no place ("Remote") is matched by the same way of working.

Commas part a town from its qualifiers ("Fremantle, Perth WA" is Fremantle, near Perth), except
in a list that also uses "and" or "or" ("Geelong, Ballarat and Bendigo": three sites).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bounceback.places import CA_PROVINCES, REGIONS, US_STATES, canonical_place

_AU = {
    "NSW": "New South Wales", "VIC": "Victoria", "QLD": "Queensland", "WA": "Western Australia",
    "SA": "South Australia", "TAS": "Tasmania", "ACT": "Australian Capital Territory",
    "NT": "Northern Territory",
}  # fmt: skip
# A state's or province's name and its code are one qualifier, kept as the code ("ohio" and
# "oh" are "oh"; "WA" is Washington or Western Australia, either way "wa").
_REGIONS: dict[str, str] = {}
for _table in (US_STATES, CA_PROVINCES, _AU):
    for _code, _name in _table.items():
        _REGIONS[_code.casefold()] = _REGIONS[_name.casefold()] = _code.casefold()
_COUNTRIES = {
    "us": "united states", "usa": "united states", "u.s.": "united states",
    "u.s.a.": "united states", "united states of america": "united states",
    "united states": "united states", "america": "united states",
    "uk": "united kingdom", "u.k.": "united kingdom", "gb": "united kingdom",
    "great britain": "united kingdom", "united kingdom": "united kingdom",
    "ireland": "ireland", "republic of ireland": "ireland", "roi": "ireland",
    "canada": "canada", "australia": "australia", "new zealand": "new zealand",
    "nz": "new zealand", "india": "india", "south africa": "south africa", "rsa": "south africa",
    "singapore": "singapore", "england": "england", "scotland": "scotland", "wales": "wales",
    "northern ireland": "northern ireland",
}  # fmt: skip
# Names with "and" in them that are one place, not two.
_ONE_PLACE = re.compile(
    r"\b(?:tyne and wear|newfoundland and labrador|trinidad and tobago|dumfries and galloway|"
    r"perth and kinross|argyll and bute|bosnia and herzegovina|antigua and barbuda|"
    r"kensington and chelsea|hammersmith and fulham|barking and dagenham|brighton and hove|"
    r"bath and north east somerset|stoke[- ]on[- ]trent|daman and diu|jammu and kashmir)\b",
    re.I,
)
_MODES = {
    "remote": "remote", "fully remote": "remote", "work from home": "remote", "wfh": "remote",
    "home based": "remote", "home-based": "remote", "remote-first": "remote",
    "hybrid": "hybrid", "on-site": "on-site", "onsite": "on-site", "on site": "on-site",
    "in office": "on-site", "in-office": "on-site", "in person": "on-site",
}  # fmt: skip
_MODE_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(m) for m in sorted(_MODES, key=len, reverse=True)) + r")\b",
    re.I,
)
_POSTCODES = re.compile(
    r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b"  # UK
    r"|\b[A-Z]{1,2}\d{1,2}[A-Z]?\b(?=\s*(?:[,;)]|$))"  # a UK district alone: "Cardiff CF10"
    r"|\b[AC-FHKNPRTV-Y]\d{2}\s?[AC-FHKNPRTV-Y\d]{4}\b"  # Eircode
    r"|\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b"  # Canada
    r"|\b\d{4,6}(?:-\d{4})?\b"  # US ZIP, AU / NZ / ZA / SG / IN codes
)
# Words around a town that name no other place: "2 days a week in our Bristol office".
_FILLER = re.compile(
    r"\b(?:\d+\s*(?:days?|x)\s*(?:a|per|/)?\s*(?:week|wk)?|days?|per week|a week|office|offices|"
    r"based|in|from|at|our|the|with|travel|to|near|nr|area|areas|metro|metropolitan|greater|"
    r"downtown|uptown|midtown|central|city centre|city center|cbd|surrounding|surrounds|"
    r"optional|occasional|flexible|only|residents?|candidates?|within|anywhere)\b",
    re.I,
)


@dataclass
class Site:
    town: str
    qualifiers: set[str] = field(default_factory=set)


@dataclass
class Location:
    sites: list[Site]
    modes: set[str]  # ways of working named anywhere
    own_modes: set[str]  # ways of working written as a site of their own ("London / Remote")


def _clean(piece: str) -> str:
    piece = _POSTCODES.sub(" ", piece)
    piece = _FILLER.sub(" ", piece)
    piece = re.sub(r"[^\w\s'.&-]", " ", piece)
    piece = re.sub(r"\s+\d{1,2}$", "", " ".join(piece.split()))  # "Dublin 2"
    return piece.strip(" .-'").casefold()


def _qualifier(name: str) -> str:
    """The region or country a name is, in one spelling; "" when it is neither."""
    key = name.casefold().strip(" .")
    if key in _REGIONS:
        return _REGIONS[key]
    if key in _COUNTRIES:
        return _COUNTRIES[key]
    if re.match(r"^(?:co\.?|county)\s+\w+$", key):
        return re.sub(r"^(?:co\.?|county)\s+", "county ", key)
    if key in REGIONS:
        return key  # "Lancashire", "Northamptonshire"
    return ""


def _pieces(chunk: str) -> list[str]:
    """A chunk's parts: the commas' pieces, a state's code glued to its town split off
    ("Perth WA" -> "Perth", "WA"), what is in brackets a piece of its own."""
    out: list[str] = []
    for raw in re.split(r",|\(|\)|\s[-–—]\s", _POSTCODES.sub(" ", chunk)):
        words = raw.split()
        if len(words) > 1 and words[-1].isupper() and words[-1].casefold() in _REGIONS:
            out.extend([" ".join(words[:-1]), words[-1]])
        elif raw.strip():
            out.append(raw)
    return out


# A piece of an address before its town: a street, a building, a site ("4410 W. 41st Street",
# "Holbrook Primary School", "Ashgrove House").
_DETAIL = re.compile(
    r"\d|\b(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|way|boulevard|blvd|highway|hwy|"
    r"suite|floor|unit|house|building|centre|center|park|school|hospital|campus|office|plaza|"
    r"court|estate|industrial|site|depot|warehouse|store|branch|clinic|surgery|hall|tower)\b",
    re.I,
)


def _inside_brackets(text: str) -> str:
    """What brackets hold is detail of one site: their separators become commas ("Houston,
    TX (Territory: NW Houston / Katy / Cypress)" is one site)."""
    return re.sub(
        r"\([^()]*\)", lambda m: re.sub(r";|/|\||\s(?:or|and|&)\s", ", ", m.group()), text
    )


def parse(text: str | None) -> Location:
    text = canonical_place(" ".join((text or "").replace("’", "'").split()))
    modes = {_MODES[m.group().casefold()] for m in _MODE_RE.finditer(text)}
    protected = _ONE_PLACE.sub(lambda m: m.group().replace(" and ", " _and_ "), text)
    protected = _inside_brackets(protected)
    # "Bristol & surrounding areas": one place
    protected = re.sub(r"\s*(?:&|and)\s+(?:the\s+)?surrounding\s+areas?\b", "", protected, flags=re.I)
    listed = bool(re.search(r"\s(?:or|and|&)\s", protected))  # "OR" is Oregon
    chunks = re.split(r";|\s/\s|/(?=\s*[A-Z])|\|| or | and | & ", protected)
    sites: list[Site] = []
    own_modes: set[str] = set()
    for chunk in chunks:
        chunk = chunk.replace(" _and_ ", " and ")
        bare = _MODE_RE.sub(" ", chunk)
        if not _clean(bare) and _MODE_RE.search(chunk):
            own_modes |= {_MODES[m.group().casefold()] for m in _MODE_RE.finditer(chunk)}
            continue
        current: Site | None = None
        details: list[str] = []
        pieces = _pieces(bare)
        for k, piece in enumerate(pieces):
            name = _clean(piece)
            if not name:
                continue
            qualifier = _qualifier(name)
            if qualifier and current is not None:
                current.qualifiers.add(qualifier)
            elif current is None and _DETAIL.search(piece) and k + 1 < len(pieces):
                details.append(name)  # the street or the site before the town
            elif current is None or listed:
                current = Site(name, set(details))
                details = []
                sites.append(current)
            else:
                current.qualifiers.add(qualifier or name)  # "Fremantle, Perth WA"
        if current is None and details:
            sites.append(Site(details[-1], set(details[:-1])))
    for site in sites:
        if _qualifier(site.town):
            site.town = _qualifier(site.town)  # "Ireland", "Remote (US)": the country
    if not sites and modes:
        own_modes |= modes  # "Remote", "Hybrid": the way of working is what it says
    return Location(sites, modes, own_modes)


_STATES = set(_REGIONS.values()) | {"united states", "united kingdom", "ireland", "canada", "australia",
                           "new zealand", "india", "south africa", "singapore"}  # fmt: skip


def _found(label: Site, got: Site, exact: bool) -> bool:
    """Whether the labelled site is read: its town is the site's town, or, unless `exact`,
    one of its qualifiers ("Dublin, Ireland" reads "Ireland" more precisely); and no state,
    province or country of one contradicts the other's."""
    if label.town != got.town and (exact or label.town not in got.qualifiers):
        return False
    one = {q for q in label.qualifiers if q in _STATES}
    other = {q for q in got.qualifiers if q in _STATES}
    return not (one and other and not one & other)


def _labelled(got: Site, label: Site) -> bool:
    """Whether a site read is one the label names (as its town or one of its qualifiers)."""
    return got.town == label.town or got.town in label.qualifiers or label.town in got.qualifiers


def same_location(expected: str | None, got: str | None) -> bool:
    """Whether the location read is the labelled one, by the rule above."""
    label, read = parse(expected), parse(got)
    if not label.sites and not label.own_modes:
        return not read.sites and not read.own_modes
    if not label.sites:
        return bool(label.own_modes <= read.modes)  # "Remote": any remote reading
    if not read.sites:
        return False
    if not label.own_modes <= read.modes:
        return False  # "London / Remote" read as London
    # a remote job's country is not a town in it: "Minneapolis, MN, US" is not "Remote (US)"
    exact = "remote" in label.modes and "remote" not in read.modes
    return all(any(_found(s, g, exact) for g in read.sites) for s in label.sites) and all(
        any(_labelled(g, s) for s in label.sites) for g in read.sites
    )
