"""Where a posting names its employer only as a page names its owner: a careers page's heading
("Careers at Harlow Foods", "Careers | Harlow Foods", "Join the Harlow Foods team"), the first
sentence of an "About us" paragraph ("Harlow Foods makes sauces for..."), or the footer
("© 2026 Harlow Foods Ltd", "Harlow Foods is an equal opportunity employer"). An agency's
unnamed client is named by none of these, and stays unnamed.
"""

from __future__ import annotations

import re

from bounceback.places import is_place
from bounceback.skills.boardchrome import is_board
from bounceback.skills.context import heading_kind
from bounceback.skills.headerwords import (
    NOT_COMPANY,
    PRONOUNS,
    RECRUITER,
    is_job,
    orgish,
)
from bounceback.skills.notemployer import not_employer

_NAME = r"(?P<company>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z&][\w&'’.-]*|of|and)){0,5}?)"

# "Careers at Harlow Foods", "Careers | Harlow Foods", "Jobs with Harlow Foods", "Harlow Foods
# Careers", "Join the Harlow Foods team", "Work at Harlow Foods": a whole line, as a heading is
_CAREERS_HEADING = (
    re.compile(
        r"^(?i:careers|jobs|vacancies|current vacancies|work|working|life)\s*"
        r"(?:(?i:at|with|for)\s+|[|:–—-]\s*)" + _NAME + r"\s*[!.]?$"
    ),
    re.compile(r"^" + _NAME + r"\s*[|:–—-]?\s*(?i:careers|jobs|vacancies)\s*$"),
    re.compile(r"^(?i:join)\s+(?:the\s+)?" + _NAME + r"\s+(?i:team|family|crew)\s*[!.]?$"),
)

# the verbs a business's first sentence about itself opens with: "Harlow Foods makes sauces",
# "Liffey Ground Services provides ramp handling"
_DOES = (
    r"(?:is|are|has|have|was|were|makes|supplies|provides|operates|runs|employs|serves|builds|"
    r"delivers|offers|grows|farms|designs|manufactures|supports|cares|insures|owns|manages|"
    r"produces|sells|installs|maintains|trains|treats|teaches|connects|helps|brings|creates|"
    r"develops|distributes|imports|exports|ships|moves|bakes|brews|roasts|repairs|cleans|"
    r"publishes|specialises|specializes|exists|began|started|opened)\b"
)
_SUBJECT = re.compile(r"^" + _NAME.replace("{0,5}?", "{0,5}") + r"\s+" + _DOES)

# "© 2026 Harlow Foods Ltd", "Copyright (c) 2019-2026 Harlow Foods. Registered in England."
# A bare "(c)" is a copyright sign only before a year: "(c) Microsoft Excel" is a list's third
# item.
_COPYRIGHT = re.compile(
    r"(?:©|(?i:copyright)(?:\s*\((?i:c)\))?|\((?i:c)\)(?=\s*\d{4}\b))\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*[,.]?\s+)?"
    + _NAME
    + r"\s*(?=[.,|·•]|$|\s+(?i:all rights|registered|company|trading)\b)"
)
# "Harlow Foods is an equal opportunity employer", "Harlow Foods is committed to equal
# opportunities", "Acme Ltd. All rights reserved": the employer's own statement (employerphrases
# reads it anywhere in the posting, footer_employer as the footer's)
EMPLOYER_SAYS = re.compile(
    r"(?:^|[.!]\s+|©\s*(?:\d{4}\s+)?)"
    + _NAME
    + r"(?:\s+(?i:is|are)\s+(?i:an?\s+|proud to be an?\s+|committed to\s+(?:being an?\s+)?)?"
    r"(?i:equal[- ]opportunit|eeo\b|disability confident|affirmative action|an inclusive employer|"
    r"diversity)|\s*[.,]?\s*(?i:all rights reserved))"
)


# a careers page's own words, no employer ("Careers | Current Opportunities")
_LISTING = re.compile(
    r"(?:(?:current|open|latest|all|our|job|career|new|available)\s+)*"
    r"(?:opportunities|openings|vacancies|positions|roles|jobs|careers|listings)",
    re.I,
)


# a careers page's sector or listing, not its employer ("Hospitality Jobs", "Graduate Careers",
# "Part Time Vacancies")
_SECTOR = re.compile(
    r"(?:(?:hospitality|retail|graduate|graduates|early|student|students|part[- ]time|full[- ]time|"
    r"temporary|temp|seasonal|summer|christmas|weekend|local|remote|entry[- ]level|apprentice|"
    r"apprenticeships?|internships?|school leaver|volunteer|volunteering|executive|senior|"
    r"healthcare|health|care|construction|engineering|tech|it|finance|teaching|nursing|"
    r"education|catering|warehouse|driving|office|sales|trades?|latest|top|featured|new|uk|"
    r"all|our|the)\s*(?:and|&|/)?\s*)+",
    re.I,
)
def usable_employer(name: str) -> str:
    """The name, when it can be an employer: no pronoun, job, place, listing, recruiter, person or department
    (employerphrases asks the same of the names its sentences give)."""
    name = name.strip(" ,.|")
    if (
        not name
        or _LISTING.fullmatch(name)
        or name.split()[0].casefold() in PRONOUNS
        or not orgish(name)
        or is_job(name)
        or is_place(name)
        or NOT_COMPANY.search(name)
        or RECRUITER.search(name)
        or not_employer(name)
    ):
        return ""
    return name


def careers_heading(lines: list[str]) -> str:
    """The employer a careers page's heading names, among the first lines."""
    for line in lines[:12]:
        if is_board(line):
            continue  # "NHS Jobs", "Indeed": the board's, not the employer's
        for pattern in _CAREERS_HEADING:
            m = pattern.match(line.strip())
            name = (
                usable_employer(m.group("company"))
                if m and not _SECTOR.fullmatch(m.group("company"))
                else ""
            )
            if name:
                return name
    return ""


def about_subject(lines: list[str]) -> str:
    """The subject of the first sentence under an "About us" heading, anywhere in the text
    ("About us" / "Harlow Foods makes sauces and pickles for supermarkets.")."""
    for i, line in enumerate(lines[:-1]):
        if heading_kind(line) != "about_us":
            continue
        below = next((ln.strip() for ln in lines[i + 1 : i + 3] if ln.strip()), "")
        m = _SUBJECT.match(below)
        name = usable_employer(m.group("company")) if m else ""
        if name:
            return name
    return ""


def does_subject(line: str) -> str:
    """ "Tūī Software makes cloud accounting software": the subject, when it can be an employer."""
    m = _SUBJECT.match(line)
    return usable_employer(m.group("company")) if m else ""


def footer_employer(lines: list[str]) -> str:
    """The employer a footer names: its copyright line, or an equal opportunity statement."""
    for line in reversed(lines):
        for pattern in (_COPYRIGHT, EMPLOYER_SAYS):
            m = pattern.search(line)
            name = usable_employer(m.group("company")) if m else ""
            if name:
                return name
    return ""
