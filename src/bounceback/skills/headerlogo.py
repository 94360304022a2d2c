"""The employer a page's masthead image names, and when it outweighs the name the text gave.

Pages of public bodies, charities and chains put the employer only in the image at the top (a
logo, a crest, a seal: `<header><img alt="Mercia Vale Police crest">`, `<div class="logo"><img
alt="Harambee Education Outreach">`), and their text names it by a short form or not at all:
"The HIMM", "Government", "Police Contact Officers are the first point of contact", a section
heading ("Background", "Nature of Work"), the unit after the title's dash ("Core Midwife -
Birthing Suite and Maternity Ward"). Retired rounds 14-31 hold a dozen such pages. So when the
name read from the text is not a full organisation's name (`weak_employer`), the masthead's
name is the employer; a full name the text gives ("Galway University Hospitals Group" under a
"Health Service - West and North West Region" logo) stands.
"""

from __future__ import annotations

import re
from typing import Any

from bounceback.skills.boardchrome import is_board
from bounceback.skills.headerwords import ORG_SUFFIX, is_job, job_headed, orgish
from bounceback.skills.legalforms import legal_name

# where a masthead image sits, by its own or its parents' tag, class, id or file name
_MASTHEAD = re.compile(r"logo|crest|seal|emblem|brand|banner|masthead|header|\bnav\b|top", re.I)
_ALT_TAIL = re.compile(
    r"\s*(?:['’]s)?\s+(?:company\s+|official\s+)?(?:logo|crest|seal|emblem|coat of arms|banner)\s*$",
    re.I,
)
# "Lola Nena's Lechon Manok - Franchise Careers": the careers section after the name
# "Lola Nena's Lechon Manok - Franchise Careers": the careers section after the name; "HealthWise
# Chemists - part of the HealthWise Pharmacy Group": its owner
_CAREERS_TAIL = re.compile(
    r"\s+[-–—|:]\s+[^-–—|:]*\b(?:careers?|jobs|vacancies|recruitment)\s*$"
    r"|\s*[-–—,(]\s*(?:part of|a member of|a division of|a subsidiary of)\b.*$",
    re.I,
)

# the word a full organisation's name ends in, besides ORG_SUFFIX's
_BODY_END = re.compile(
    r"\b(?:service|board|authority|government|ministry|municipality|police|constabulary|museums?|"
    r"library|libraries|commission|office|department|agency|network|alliance|cooperative|"
    r"co-operative|hospitals|home|homes|house|studio|studios|store|stores|shop|press|bank)$",
    re.I,
)
_OPENER = re.compile(r"^(?:the|all|our|a|an|this|your)\b", re.I)


def masthead_employer(tree: Any) -> str:
    """The name the first image of the page's masthead gives ("Mercia Vale Police crest":
    "Mercia Vale Police"), or "" when the page opens with no such image or it names no
    employer."""
    for img in tree.css("img[alt]"):
        alt = " ".join((img.attributes.get("alt") or "").split())
        if not alt:
            continue
        marks = []
        node = img
        for _ in range(4):  # the image and the three blocks around it
            if node is None or node.tag in ("body", "html", "main", "article", "section"):
                break
            marks.append(
                " ".join(
                    [node.tag or ""]
                    + [str(node.attributes.get(k) or "") for k in ("class", "id", "src")]
                )
            )
            node = node.parent
        if not _MASTHEAD.search(" ".join(marks)):
            return ""  # the page's first image is a photograph, not a masthead
        name = _CAREERS_TAIL.sub("", _ALT_TAIL.sub("", alt)).strip(" -–—|")
        if name and orgish_enough(name) and not is_board(name) and not is_job(name):
            return name
        return ""
    return ""


def orgish_enough(name: str) -> bool:
    """A masthead's name that could be an employer: orgish, or a longer body's name with its
    region or parent after a dash ("Te Whatu Ora - Health New Zealand, Te Tai Tokerau")."""
    if orgish(name):
        return True
    head = re.split(r"\s+[-–—|]\s+|,\s+", name)[0]
    return len(name) <= 90 and orgish(head)


def weak_employer(name: str) -> bool:
    """Whether a name read from the text falls short of an organisation's full name: empty, one
    word ("Government"), a short form ("The HIMM", "All NSW Health"), a heading or a job's words
    ("Background", "Police Contact Officers"), or anything that does not end in an
    organisation's word ("Birthing Suite and Maternity Ward")."""
    name = name.strip()
    words = name.split()
    if len(words) < 2 or _OPENER.match(name) or job_headed(name) or not orgish(name):
        return True
    last = re.sub(r"[^\w-]", "", words[-1])
    return not (
        ORG_SUFFIX.fullmatch(last) or _BODY_END.search(last) or legal_name(name)
    )
