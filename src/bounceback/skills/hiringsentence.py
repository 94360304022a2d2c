"""The job, the employer and the place from a sentence that offers the job, for postings with no
header: a one-paragraph posting ("Riverbend Veterinary Clinic in Bendigo is looking for a
Veterinary Nurse to join our small team"), a recruiter's email ("We have an immediate need for a
2nd shift CNC Machinist in Dayton, OH"), a short ad ("Kestrel Roofing is hiring an experienced
Roofer in Exeter.").

The title is the run of capitalised words after the article and at most three lower-case words
("a full-time", "an experienced", "a 2nd shift"), and counts only when it names an occupation;
the place only when it is a known place."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bounceback.places import is_place
from bounceback.skills.headerwords import PRONOUNS, RECRUITER, is_job, orgish
from bounceback.skills.occupations import occupation_for

_NAME = r"[A-Z][\w&'’.-]*(?:\s+(?:[A-Z&][\w&'’.-]*|of|and|the)){0,5}?"
_TITLE = r"(?P<title>[A-Z][\w/&'’+-]*(?:\s+(?:[A-Z(][\w/&'’()+-]*|of|and|&)){0,5}?)"
_MODIFIERS = r"(?:(?:an?|two|several|one|our|new)\s+)?(?:(?!(?:in|at|for|to|who|with)\b)[a-z0-9][\w/+-]*\s+){0,3}"
_AFTER = (
    r"(?=\s+(?:to join|to work|to help|to lead|to support|to run|to be|in|at|for|who|with|based|"
    r"near|role|position|job|opening|vacancy|opportunity|on|from|\()\b|\s*[?!.,;:]|\s*$)"
)
# "X is hiring a", "X in Bendigo is looking for a", "I'm recruiting a", "We're seeking an"
_OFFER = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=,\s))(?P<subject>{_NAME}(?:\s+(?:in|near|of)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)?|"
    r"[Ww]e|I)(?:,?\s+(?:who|which|that))?\s*(?:is|are|'re|’re|am|'m|’m|has|have)?\s*"
    r"(?:currently\s+|now\s+|urgently\s+)?"
    r"(?:hiring|looking for|seeking|recruiting(?:\s+for)?|searching for|in need of|after)\s+"
    rf"{_MODIFIERS}{_TITLE}{_AFTER}"
)
# "an immediate need for a CNC Machinist", "an opening for a Line Cook", "about a Quality
# Inspector role"
_NEED = re.compile(
    r"\b(?:need|opening|vacancy|opportunity|requirement)\s+for\s+"
    rf"{_MODIFIERS}{_TITLE}{_AFTER}"
    r"|\babout\s+(?:an?|the|this|our)\s+(?:(?!(?:in|at|for)\b)[a-z0-9][\w/+-]*\s+){0,2}"
    r"(?P<title2>[A-Z][\w/&'’+-]*(?:\s+(?:[A-Z][\w/&'’+-]*|of|and|&)){0,5}?)\s+"
    r"(?:role|position|job|vacancy|opportunity)\b"
)
_IN_PLACE = re.compile(
    r"^(?:\s+(?:to join|to work|for|with)\s+[^.,;:!?]{0,40}?)?\s+(?:in|near|at our\s+[\w\s]{0,20}?\s+in)\s+(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
    r"(?:,\s*[A-Z]{2,3}\b)?)"
)
_SUBJECT_IN = re.compile(r"^(?P<name>.+?)\s+(?:in|near)\s+(?P<place>[A-Z].+)$")


_SELF = frozenset(["we", "i", "we're", "i'm"])


@dataclass
class Offer:
    title: str
    company: str = ""
    place: str = ""


def _sentences(line: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", line) if s]


def offer_in(lines: list[str], limit: int = 4) -> Offer | None:
    """The first sentence of the first `limit` non-empty lines that offers a job naming an
    occupation: its title, and the employer and place it names, if any."""
    for line in [ln for ln in lines if ln.strip()][:limit]:
        for sentence in _sentences(line.strip()):
            offer = _read(sentence)
            if offer is not None:
                return offer
    return None


def _read(sentence: str) -> Offer | None:
    m = _OFFER.search(sentence)
    need = None if m else _NEED.search(sentence)
    match = m or need
    if match is None:
        return None
    title = (match.group("title") if m or match.group("title") else match.group("title2")) or ""
    title = title.strip(" ,.")
    if not title or not occupation_for(title) or is_place(title):
        return None
    offer = Offer(title)
    end = match.end("title") if (m or match.group("title")) else match.end("title2")
    after = _IN_PLACE.match(sentence[end:])
    if after:
        place = after.group("place").strip(" ,.")
        while place and not is_place(place) and " " in place:
            place = place.rsplit(" ", 1)[0]
        if is_place(place):
            offer.place = place
    subject = m.group("subject").strip(" ,.") if m else ""
    if subject and subject.split()[0].casefold().replace("’", "'") not in _SELF:
        inside = _SUBJECT_IN.match(subject)
        if inside and is_place(inside.group("place")):
            subject = inside.group("name")
            offer.place = offer.place or inside.group("place")
        if (
            subject.split()[0].casefold() not in PRONOUNS
            and orgish(subject)
            and not is_job(subject)
            and not is_place(subject)
            and not RECRUITER.search(subject)
        ):
            offer.company = subject
    return offer
