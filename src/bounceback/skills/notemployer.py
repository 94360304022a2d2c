"""What names no employer, whichever reader found the name: a person ("Contact Sarah Jones",
"Posted by Dr Patel", "Kind regards, Mary Jones") or a department's or a careers page's own
heading ("Early Careers", "Graduate Programme 2026", "Talent Acquisition", "People Team").

Every employer reader (the header lines, the phrases, the careers heading, the footer, the
signature, the page's title and logo) asks `not_employer` of the name it found, so the one notion
holds everywhere. A business named after its founder stays an employer: "John Lewis is hiring"
(a known eponymous business), "Marks and Spencer" ("and"), "Mary Jones Bakery" (a business word),
"Lee Valley Mechanical" (a word no given name or surname is).
"""

from __future__ import annotations

import re

from bounceback.mail.given_names import GIVEN_NAMES
from bounceback.skills.headerwords import ORG_SUFFIX
from bounceback.skills.unnamedemployer import unnamed

# a person's title: "Dr Patel", "Mrs Okafor"
_TITLE = re.compile(r"(?:dr|mr|mrs|ms|miss|mx|prof|professor|sir|dame|rev|lord|lady)\.?", re.I)

# businesses known by a founder's name alone (a given name and a surname): employers, not people
_EPONYMOUS = frozenset(
    {
        "john lewis",
        "ted baker",
        "paul smith",
        "laura ashley",
        "ernest jones",
        "taylor wimpey",
        "morgan stanley",
        "calvin klein",
        "ralph lauren",
        "hugo boss",
        "tommy hilfiger",
        "michael kors",
        "dorothy perkins",
        "charles tyrwhitt",
        "ben sherman",
        "jack wills",
        "tom ford",
        "karen millen",
        "kate spade",
        "william hill",
        "john menzies",
        "robert half",
        "harvey nichols",
        "peter jones",
        "arnold clark",
        "joe browns",
        "bernard matthews",
        "david lloyd",
        "ronald mcdonald house",
        "stanley black",
        "john deere",
        "henry schein",
        "estée lauder",
        "estee lauder",
        "victoria beckham",
        "martin brower",
    }
)

# a word that names a trade or a place of business, never a surname: "Lee Valley Mechanical",
# "Lee Homecare", "Grace Dental"
_BUSINESS_WORD = re.compile(
    r"(?:\w*(?:care|works|tech|ware|wear|soft|net|mart|shop|store|serv)|valley|mechanical|"
    r"electrical|electric|plumbing|heating|motors?|garage|farms?|dental|salon|studios?|design|"
    r"media|digital|builders?|building|joinery|roofing|landscap\w*|interiors|transport|haulage|"
    r"foods?|fresh|homes?|house|estates?|properties|property|lettings|legal|law|accountants|"
    r"consulting|nursery|pharmacy|vets?|veterinary|kitchens|cleaning|catering|events|fitness|"
    r"gym|hair|beauty|barbers?|tyres|autos?|cars|coaches|travel|tours|removals|storage|"
    r"energy|solar|water|gas|print|printing|signs|supplies|supply|trading|traders|imports|"
    r"wholesale|retail|brewery|distillery|vineyards?|dairy|bistro|grill|pub|inn|tavern|diner|"
    r"pizza|deli|cafe|café|coffee|bakery|bakes|butchers?|florist|florists|flowers|gardens?|"
    r"nurseries|park|hall|lodge|manor|court|centre|center|clinic|surgery|practice)",
    re.I,
)


# given names as often surnames, the first word of many a surname-surname firm ("Morgan Sindall",
# "Scott Bader", "Kelly Services", "Ross Stores"): alone before one more word, no evidence of a
# person; a title or a middle name or initial still is ("Morgan J. Smith") (round 32, fix32s)
_SURNAME_TOO = frozenset(
    [
        "bernard",
        "craig",
        "douglas",
        "graham",
        "henry",
        "jordan",
        "keith",
        "kelly",
        "lee",
        "morgan",
        "owen",
        "ross",
        "scott",
    ]
)


def person_named(name: str) -> bool:
    """Whether a name is a person's: a title's ("Dr Patel"), or a given name and one or two more
    capitalised words ("Mary Jones", "Mary Ann Jones", "Sarah J. Jones") with no word of a
    business's kind and not a known eponymous business ("John Lewis")."""
    words = name.strip(" ,.|").split()
    if not words:
        return False
    if _TITLE.fullmatch(words[0]):
        return True
    if (
        not 2 <= len(words) <= 3
        or words[0].casefold() not in GIVEN_NAMES
        or " ".join(words).casefold() in _EPONYMOUS
        or not all(w[:1].isupper() for w in words)
    ):
        return False
    if any(
        ORG_SUFFIX.fullmatch(w.strip(".,")) or _BUSINESS_WORD.fullmatch(w.strip(".,"))
        for w in words
    ):
        return False
    if any(w in {"&", "and", "of"} or w.endswith(("'s", "’s")) for w in words):
        return False
    # a middle word is a given name or an initial ("Mary Ann Jones", "Sarah J. Jones")
    return (
        (len(words) == 2 and words[0].casefold() not in _SURNAME_TOO)
        or words[1].casefold() in GIVEN_NAMES
        or bool(re.fullmatch(r"[A-Z]\.?", words[1]))
    )


# the heading of a department, a programme or a careers page's section: who posts, not who employs
_DEPARTMENT = re.compile(
    r"(?:the\s+|our\s+)?"
    r"(?:early[- ]careers?|graduate(?:s|\s+(?:programmes?|programs?|schemes?|recruitment|careers|"
    r"opportunities|jobs|roles|intake|development programmes?))?|"
    r"apprenticeships?(?:\s+(?:programmes?|schemes?))?|internships?(?:\s+programmes?)?|"
    r"trainee(?:ship)?s?(?:\s+(?:programmes?|schemes?))?|school leavers?(?:\s+programmes?)?|"
    r"student (?:jobs|opportunities|programmes?|recruitment)|work experience|placements?|"
    r"talent acquisition|talent (?:team|partners?|management)|"
    r"people(?:\s+(?:team|services|operations|and culture|&\s*culture|function|department))?|"
    r"our people|human resources|hr(?:\s+(?:team|department|services))?|"
    r"recruitment(?:\s+(?:team|department|hub|centre|center))?|"
    r"resourcing(?:\s+(?:team|department|hub))?|careers?(?:\s+(?:team|hub|site|portal))?|"
    r"hiring team|staff bank(?:\s+recruitment)?(?:\s+team)?)"
    r"(?:\s*[-–|:]?\s*(?:team|department|dept\.?|hub|intake|\d{4}(?:\s*[/-]\s*\d{2,4})?))*",
    re.I,
)


def department_heading(name: str) -> bool:
    """Whether a name is a department's or a careers section's heading ("Early Careers",
    "Graduate Programme 2026", "Talent Acquisition", "Human Resources", "Recruitment Team")."""
    return bool(_DEPARTMENT.fullmatch(name.strip(" ,.|!*#")))


def not_employer(name: str) -> bool:
    """Whether a name found as the employer names none: a person, a department's heading, or an
    employer described and kept secret ("Confidential", "Leading Tier-1 civil contractor")."""
    return person_named(name) or department_heading(name) or unnamed(name)


def employer_or_blank(name: str) -> str:
    """The name, or "" when it names a person or a department rather than an employer."""
    return "" if name and not_employer(name) else name
