"""A unit read as the employer gives way to the larger body the posting names.

Formal postings of universities, councils, health services and government name the unit the
job sits in where a small employer's name would stand: "School: School of Health and Social
Care", "Animal Technician - Biological Services Unit", "Senior Social Worker - Adult
Safeguarding", "Planner II - Development Review", "The Council". The strangers who label such
postings (retired rounds 8-27) label the body that employs: "University of North Pennine" (named
only in the crest's alt text), "Thornfield University", "Avonmouth & Kingsweston City Council",
"City of Riverbend Falls". So when the name read is such a unit (by its own words, or because it
stands beside the title) and the text (or a logo's, crest's or seal's alt text) names a body by
a word of public or institutional employers (University, Council, Trust, Government, Authority,
Ministry, Institute, Hospital, Library, Health Board...), the body is the employer.
"""

from __future__ import annotations

import re
from typing import Any

from bounceback.skills.boardchrome import is_board
from bounceback.skills.notemployer import not_employer

# A unit by its own words: "School of Chemistry", "Faculty of Arts", "Biological Services
# Unit", "Water Security Policy Branch", "Place and Growth Directorate", "Adult Safeguarding
# Hub"; or a body written without its name ("The Council", "the University").
_UNIT = re.compile(
    r"^(?:the\s+)?(?:(?:school|faculty|division|directorate|centre|center)\s+of\s+\S.*"
    r"|.*\s(?:unit|branch|directorate|division|hub|programme|program|team|section|department)"
    r"|(?:council|university|trust|department|authority|ministry|hospital|board|college))$",
    re.I,
)

# a body's word at the end of its name ("Thornfield University") or before "of" ("University of
# North Pennine", "Department of Education"); a department ends no body's name ("Emergency
# Department")
_BODY_END = (
    r"(?:University|Council|Trust|Government|Authority|Ministry|Institute|Institut|Hospitals?|"
    r"Library|Health Board|Health Service|Health|School District|Commission|Clerk of Courts)"
)
_BODY_OF = r"(?:University|Universit[éy]|Government|Ministry|Department|Institute|Council|Authority)"
_WORD = r"(?!(?:The|Our|At|Join|About|In|A|An)\b)[A-Z][\w'’.-]*"
# "Thornfield University", "Avonmouth & Kingsweston City Council", "Severnside Community Health
# NHS Trust", "University of North Pennine", "City of Riverbend Falls", "County Government of
# Nakuru", "Rua Harbour District Council"
_BODY = re.compile(
    rf"(?<![\w'’])(?:{_WORD}(?:\s+(?:&|and|of|for|the)\s+|\s+)){{1,6}}{_BODY_END}\b"
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?{_WORD}(?:\s+{_WORD}){{0,3}})?"
    rf"|(?<![\w'’]){_BODY_OF}\s+(?:of|for)\s+(?:the\s+)?{_WORD}(?:\s+{_WORD}){{0,3}}"
    rf"|(?<![\w'’])(?:City|County|Town|Borough|Shire|Region|Province|State)\s+of\s+{_WORD}(?:\s+{_WORD}){{0,2}}"
)
# words that also end a business's own name ("The Coffee Hub", "Impact Hub", "The Dream Team"):
# a unit only beside the title ("Support Worker - Adult Safeguarding Hub")
_NAME_TOO = re.compile(
    r"^(?!(?:the\s+)?(?:school|faculty|division|directorate|centre|center)\s+of\s).*\s(?:hub|programme|program|team)$",
    re.I,
)
_LINKS = re.compile(r"\s+(?:&|and|of|for|the)$", re.I)
_ALT_TAIL = re.compile(r"\s+(?:logo|crest|seal|emblem|coat of arms|banner)\s*$", re.I)


def _beside_title(name: str, title: str, lines: list[str]) -> bool:
    """Whether a line writes the name after the title and a dash or a bar."""
    if not title:
        return False
    pattern = re.compile(rf"{re.escape(title)}.{{0,40}}?\s[-–—|:]\s*{re.escape(name)}", re.I)
    return any(pattern.search(ln) for ln in lines[:30])


# a unit's word on the line the name was read from ("Place Directorate - Planning and Building
# Control"), or a unit inside the name after a comma ("Department of Biology, Faculty of Science");
# a department is no unit there, since it also names a government body ("Department of
# Agriculture — Rural Housing Service": the agency after it employs)
_UNIT_WORD = re.compile(r"\b(?:directorate|division|faculty|school of|service area|business unit)\b", re.I)
_UNIT_INSIDE = re.compile(r",\s*(?:faculty|school|college|division|directorate)\s+of\s", re.I)


def _on_unit_line(name: str, lines: list[str]) -> bool:
    """Whether the name shares its line at the top of the posting with a unit's word, joined by
    a dash or a bar."""
    for line in lines[:15]:
        at = line.find(name)
        if at < 0:
            continue
        rest = (line[:at] + " " + line[at + len(name) :]).strip()
        # "Department: Rural Economic Development Canada" labels a department that employs
        if rest and re.search(r"\s[-–—|]\s|[-–—|]$", rest) and _UNIT_WORD.search(rest):
            return True
    return False


def is_unit(name: str, title: str = "", lines: list[str] | None = None) -> bool:
    """Whether the name read as the employer is a unit of a larger body, or a part of the
    title's line ("Senior Social Worker - Adult Safeguarding")."""
    if not name:
        return False
    if _UNIT.match(name.strip()) or _UNIT_INSIDE.search(name):
        return True
    if lines and _BODY.search(name) is None and _on_unit_line(name, lines):
        return True
    return bool(lines) and _BODY.search(name) is None and _beside_title(name, title, lines or [])


# a line that names a body the candidate registers with or belongs to, not the employer
# ("Registration with the Agricultural Society of Kenya or Kenya Institute of Agronomy")
_MEMBERSHIP = re.compile(r"\b(?:regist\w+|member\w*|accredit\w+|licen[cs]\w*|chartered)\b", re.I)


def _bodies(lines: list[str]) -> list[str]:
    found = []
    for line in lines:
        for m in _BODY.finditer(line):
            if _MEMBERSHIP.search(line[max(0, m.start() - 60) : m.start()]):
                continue
            name = _LINKS.sub("", m.group(0).strip(" ,.;:|"))
            if len(name.split()) >= 2 and not is_board(name) and not not_employer(name):
                found.append(name)
    return found


def _leads(body: str, lines: list[str]) -> bool:
    """Whether a line opens with the body's name, as an employer's line under a title does
    ("Harrowfield Metropolitan Borough Council | Hybrid - Harrowfield"), or a sentence has it
    as its subject."""
    opens = re.compile(rf"^\s*(?:the\s+)?{re.escape(body)}", re.I)
    # or the subject of a sentence that describes it ("Coastline Regional Health serves over
    # 800,000 people")
    subject = re.compile(
        rf"(?:^|[.!?]\s+)(?:the\s+)?{re.escape(body)}\s+(?:is|are|serves|employs|provides|runs|"
        r"operates|delivers|has|cares)\b",
        re.I,
    )
    return any(opens.search(ln) or subject.search(ln) for ln in lines)


def parent_body(
    company: str, title: str, lines: list[str], alts: tuple[str, ...] = (), logo: str = ""
) -> str:
    """The body a unit read as the employer belongs to, or "" when the company stands: the
    employer a page's logo names ("ShambaSmart Agri Solutions" over "Smallholder Programme")
    first, then a body the text names."""
    if not is_unit(company, title, lines):
        return ""
    if logo and logo.casefold() != company.casefold() and not _UNIT.match(logo):
        return logo
    names = [_ALT_TAIL.sub("", a) for a in alts] + lines
    bodies = [b for b in _bodies(names) if b.casefold() != company.casefold()]
    if not _UNIT.match(company.strip()) or (
        _NAME_TOO.match(company.strip()) and not _beside_title(company, title, lines)
    ):
        # a name beside the title ("Bartender - The Copper Still") gives way only to a body
        # named as an employer is: in a crest's alt text or opening a line, not in a sentence
        # ("licensed by Leeds City Council")
        bodies = [b for b in bodies if _leads(b, names)]
    if not bodies:
        return ""
    # the body the posting names most often; on a tie the first (a crest, the header)
    counts = {b: sum(b.casefold() in ln.casefold() for ln in names) for b in dict.fromkeys(bodies)}
    best = max(counts, key=lambda b: (counts[b], -bodies.index(b)))
    if title and best.casefold() in title.casefold():
        return ""
    return best


def alt_texts(tree: Any) -> tuple[str, ...]:
    """The alt texts of a page's logo, crest or seal images ("University of North Pennine
    crest"), their last word left off."""
    alts = (" ".join((img.attributes.get("alt") or "").split()) for img in tree.css("img[alt]"))
    return tuple(_ALT_TAIL.sub("", a) for a in alts if _ALT_TAIL.search(a))
