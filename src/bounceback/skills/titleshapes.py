"""Shapes of a header line that name more than the job (round 15): a board's page title ("Client
Services Coordinator job at Bellwether Insurance | Jobsite"), a recruiter's subject with the town
after the job ("Payroll Administrator, Reading"), and the employer's name beside the title when
the text says it hires ("Plumber | Harbourview Property Services | Wollongong NSW"), and a
recruiter's subject in pieces (round 27: "Site Manager - New Build - Leeds - £58-65k + car")."""

from __future__ import annotations

import re

from bounceback.skills.headerwords import SEPARATORS, Header, job_terms, orgish
from bounceback.skills.headplaces import name_and_place, place_of
from bounceback.skills.occupations import occupation_for

# A board's page title: "Client Services Coordinator job at Bellwether Insurance | Jobsite"
BOARD_TITLE = re.compile(
    r"^(?P<title>.{3,80}?)\s+jobs?\s+(?:at|with)\s+(?P<company>[A-Z0-9][^|·•]{1,60}?)"
    r"(?:\s+[|·•]\s+.{2,40})?$"
)
_TRAILING_PLACE = re.compile(
    r"^(?P<title>.{3,80}?)(?:,\s*|\s+(?:in|[-–—|])\s+)(?P<place>[A-Z][^,|]{1,30}(?:,\s*[A-Z]{2,3})?)$"
)


# "We're hiring! Mapleford Dental Group is hiring a Dental Receptionist for our clinic in Guelph"
_HIRES_A = re.compile(
    r"^(?!(?:What|Who|Why|How|Which|Where|When|Here|This|That|Everyone|It)\b)(?P<company>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z&][\w&'’.-]*|of|and|the)){0,5}?)\s+(?:is|are)\s+"
    r"(?:now\s+)?(?:hiring|looking for|seeking|recruiting)\s+(?:an?\s+|two\s+|several\s+)?"
    r"(?P<title>[A-Z][\w/&'’-]*(?:\s+[A-Z(][\w/&'’()-]*){0,5})"
    r"(?:\s+(?:for|in|at|to|who)\b.*?(?:\s+in\s+(?P<place>[A-Z][^,.]+(?:,\s*[A-Z][\w ]+)?))?)?[.!]?$"
)


def title_then_place(value: str, header: Header) -> str:
    """A recruiter's subject names the job and then the town ("Payroll Administrator, Reading",
    "Staff Accountant opportunity in Denver"): the town is the location, not the title's. A
    sentence after "We're hiring!" names the employer, the job and the town."""
    hiring = _HIRES_A.match(value)
    if hiring and occupation_for(hiring.group("title")):
        header.company = header.company or hiring.group("company")
        place = place_of(hiring.group("place") or "")
        header.location = header.location or place
        return hiring.group("title")
    dashed = re.fullmatch(r"(?P<title>[^—–|]+?)\s+[—–|]\s+(?P<rest>[^—–|]+)", value)
    if dashed and occupation_for(dashed.group("title")):
        name, town = name_and_place(dashed.group("rest"))
        if name and town and orgish(name) and not occupation_for(name):
            # "LINE COOK — Alder & Ash Kitchen, Portland OR (Hawthorne)"
            header.company = header.company or name
            header.location = header.location or town
            return dashed.group("title")
    m = _TRAILING_PLACE.match(value)
    place = place_of(m.group("place").strip()) if m else ""
    title = m.group("title") if m else ""
    if not place or len(title.split()) > 6 or not occupation_for(title):
        return value
    header.location = header.location or place
    return title


def hires(name: str, stripped: list[str]) -> bool:
    """Whether the text says the name hires ("Harbourview Property Services is looking for"):
    the employer, not a team beside the title."""
    pattern = re.compile(
        rf"(?:^|\.\s+){re.escape(name)}\s+(?:is|are)\s+(?:\w+\s+)?(?:looking|seeking|hiring|"
        r"recruiting)\b",
        re.I,
    )
    return any(pattern.search(ln) for ln in stripped[:60])


# A recruiter's tag before the subject: "[Job Opportunity] Laboratory Technician ..."
_TAG = re.compile(r"^\s*\[[^\]]{1,40}\]\s*")
# The pay among a subject's pieces: "£58-65k + car", "Up to $3,800", "S$3,000 - 3,800"
PAY_PIECE = re.compile(
    r"^(?:up to\s+|from\s+)?\w{0,2}[£$€₹]|\d\s*k\b|\bDOE\b|\bper (?:hour|annum)\b", re.I
)

_MODE = re.compile(r"\b(?:hybrid|remote|on-?site)\b", re.I)
_JOB_IN = re.compile(
    r"^(?P<title>.{3,60}?)\s+(?:role|position|vacancy|opportunity|job)(?:\s+in\s+(?P<town>[A-Z].{1,30}))?$"
)


def subject_title(value: str, header: Header) -> str:
    """The title a recruiter's subject written in pieces gives, or "" when its first piece names
    no job: "Site Manager - Residential New Build - Leeds - £58-65k + car" is a Site Manager -
    Residential New Build in Leeds, "[Job Opportunity] Laboratory Technician (Microbiology) |
    Tuas | Up to $3,800" a Laboratory Technician (Microbiology). A town is the place, the pay and
    the job's terms are no part of the title, and nothing after the town is."""
    pieces = SEPARATORS.split(_TAG.sub("", value).strip())
    named = _JOB_IN.match(pieces[0])  # "Part-time Bookkeeper role in Nelson - thought of you"
    first = named.group("title") if named else pieces[0]
    if len(pieces) < 2 or not occupation_for(first):
        return ""
    if named and named.group("town"):
        header.location = header.location or place_of(named.group("town"))
    title = [first]
    for piece in pieces[1:]:
        piece = piece.strip()
        place = place_of(piece)
        if place or PAY_PIECE.search(piece) or len(piece.split()) < 2 or not piece[:1].isupper():
            if not _MODE.search(piece):  # "Dublin (hybrid)": the text says where and how
                header.location = header.location or place
            break  # "Tuas", the pay, "thought of you": the title has ended
        if not job_terms(piece):
            title.append(piece)
    return " - ".join(title)
