"""A qualification named by its award and its subject is one skill, the whole qualification.

"Certificate IV in Building and Construction", "Level 3 Diploma in Childcare", "B.Tech in
Mechanical or Production Engineering", "BSc Nursing", "Bachelor of Early Childhood Education":
a reader lists the qualification as written, not the subject's words read as skills of their
own ("Construction", "childcare", "Production Engineering") nor the award cut from its subject
("B.Tech in Mechanical"). Only what the rules already found inside such a qualification is
renamed: the mentions that fall in it become one mention named as the text writes it, with the
first one's place, importance and evidence. A subject written in lower case ("a degree in
economics") is left as it was: nothing marks where such a subject ends.

Retired round 12 and 13 (round 26, docs/history/skills.md): 28 of 938 labels were a whole
qualification the reader had missed or cut in pieces, in every field (accounting, nursing,
cookery, construction, laboratories, childcare, engineering).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bounceback.domain.skills import SkillMatch, SkillSource
from bounceback.skills.phrases import CATEGORY

# What comes before the award: a level, an awarding body's initials, a grade of award.
_BEFORE = (
    r"(?:(?:[A-Z]{2,6}\s+)?Level\s+\d{1,2}\s+|"
    r"(?:National|Advanced|Higher|Graduate|Postgraduate|Honours|Trade|NZ)\s+)*"
)
_AWARD = (
    r"(?:(?i:degree|diploma|certificate(?:\s+[IVX]{1,4}\b)?|associate['’]?s?\s+degree|"
    r"bachelor(?:['’]?s)?(?:\s+degree)?|master(?:['’]?s)?(?:\s+degree)?)|"
    r"BSc|B\.Sc\.?|MSc|M\.Sc\.?|BA|MA|B\.A\.|M\.A\.|BCom|B\.Com\.?|B\.Tech\.?|BTech|B\.E\.|"
    r"BEng|MEng|NVQ(?:\s+Level\s+\d)?|HND|HNC|BTEC(?:\s+Level\s+\d)?)"
)
_WORD = (
    r"(?!(?:Degree|Diploma|Certificate|Bachelor|Master|BSc|MSc|BA|MA|BCom|BEng|MEng|NVQ|HND|HNC|"
    r"BTEC|Required|Essential|Desirable|Preferred|Equivalent)\b)[A-Z][\w'’-]*"
)
# A subject: capitalised words, joined by "and", "or", "&", "/", a comma or "of" ("Building and
# Construction", "Chemistry, Food Science", "Mechanical or Production Engineering").
# Spaces that may wrap a line but never cross a blank one: a resume's heading under a
# qualification ("Certificate III in Commercial Cookery" / "" / "LICENCES") is no part of it.
# A resume's lines are items (a column of certifications, "Certificate IV in Bookkeeping" over
# "Kestrel Mining Services"): there a qualification ends with its line.
def _qualification(s0: str, s1: str) -> re.Pattern[str]:
    subject = rf"{_WORD}(?:(?:{s0}(?:,|/|&){s0}|{s1}(?:(?:and|or|of){s1})?){_WORD})*"
    return re.compile(
        rf"(?<![\w.])(?P<award>{_BEFORE}{_AWARD})(?:{s1}(?:in|of){s1}|{s1})(?P<subject>{subject})"
    )


_QUALIFICATION = _qualification(r"[^\S\n]*\n?[^\S\n]*", r"(?:[^\S\n]+\n?|\n)[^\S\n]*")
_ONE_LINE = _qualification(r"[^\S\n]*", r"[^\S\n]+")


def whole_awards(text: str, mentions: list[SkillMatch], resume: bool = False) -> list[SkillMatch]:
    """The mentions, those inside a qualification named as the whole qualification."""
    pattern = _ONE_LINE if resume else _QUALIFICATION
    spans = [m.span() for m in pattern.finditer(text)]
    if not spans:
        return mentions
    out: list[SkillMatch] = []
    done: set[tuple[int, int]] = set()
    for m in mentions:
        span = next((s for s in spans if s[0] <= m.start and m.end <= s[1]), None)
        if span is None:
            out.append(m)
            continue
        if span in done:
            continue  # "Mechanical or Production Engineering": one qualification, named once
        done.add(span)
        written = text[span[0] : span[1]]
        out.append(
            replace(
                m,
                skill=" ".join(written.split()),
                category=CATEGORY,
                text=written,
                start=span[0],
                end=span[1],
                source=SkillSource.TEXT,
            )
        )
    if resume:
        out += [_held(text, span) for span in spans if span not in done]
    return out


# where a qualification's name ends and its institution begins (round 34 review, F7)
_AT_PLACE = re.compile(
    r"\s*(?:,|\s[-–—|]|\|)\s*(?=(?:[A-Z][\w'’&.-]*\s+){0,4}"
    r"(?:University|College|Academy|Institute|School|Polytechnic|Universidad|Université|Universität|Universit[àa])\b)"
)


def _held(text: str, span: tuple[int, int]) -> SkillMatch:
    """A qualification a resume names that no rule found anything inside ("Bachelor of Nursing
    - Deakin University, Geelong   2016 - 2018"): the resume's own line shows it is held (round
    34: of 119 such qualifications on the resumes of retired rounds 8-27, 100 are labelled)."""
    written = text[span[0] : span[1]]
    cut = _AT_PLACE.search(written)  # "BA Business, University of Leeds": the degree, not the place
    if cut and cut.start() > 0:
        span = (span[0], span[0] + cut.start())
        written = written[: cut.start()]
    line_start = text.rfind("\n", 0, span[0]) + 1
    line_end = text.find("\n", span[1])
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    return SkillMatch(
        skill=" ".join(written.split()),
        category=CATEGORY,
        text=written,
        start=span[0],
        end=span[1],
        evidence=line,
        source=SkillSource.TEXT,
    )
