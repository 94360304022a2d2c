"""What an academic CV's sections show, beyond the words its lines name.

An academic CV lists grants won, papers published, courses taught, students supervised and
journals refereed under headings of their own ("Grants", "Selected publications", "Teaching",
"Service"), and names the skill nowhere: a list of awards ("2024 Marsden Fund Fast-Start ...
NZ$360,000 (PI)") shows grant writing, a list of papers academic publishing, course codes taught
at a university university teaching, "supervision of 3 MSc and 2 PhD students" postgraduate
supervision, "Reviewer for *Freshwater Biology*" peer review. The strangers who label resumes
(retired rounds 17, 23 and 25) label exactly these; the vocabulary read them from no CV.
Each is shown with the section's first item as its evidence.
"""

from __future__ import annotations

import re

from bounceback.domain.skills import SkillMatch, SkillSource
from bounceback.skills.phrases import CATEGORY

_HEADING = re.compile(r"^\s*(?:#{1,6}\s*)?(?P<name>[A-Za-z][A-Za-z &,/-]{2,60}?)\s*:?\s*$")
_GRANTS = re.compile(
    # a bare "Funding" heading stands also over a self-funded break (round 34 review, F6)
    r"^(?:(?:(?:research|selected|competitive)\s+)?grants?|(?:research|competitive|external)\s+funding)"
    r"(?:\s*(?:and|&|,)\s*(?:funding|awards|fellowships|income))*$",
    re.I,
)
_PAPERS = re.compile(
    r"^(?:(?:selected|recent|peer[- ]reviewed|refereed|key)\s+)*(?:publications|journal articles|papers)"
    r"(?:\s*(?:and|&|,)\s*(?:presentations|conference papers|outputs))*$",
    re.I,
)
_TEACHING = re.compile(r"^(?:(?:university|academic)\s+)?teaching(?:\s+(?:experience|and supervision))?$", re.I)
# what says a course was taught at a university: a course code, a lecture, a module
# (the code in capitals only: "room 104" is no course)
_COURSE = re.compile(
    r"\b[A-Z]{3,4}\s?\d{3}\b|\b(?i:lectur\w*|module|undergraduate|postgraduate|seminar|tutorials?)\b"
)
# the students named: "3 graduate trainees" supervised at work are no postgraduates
_POSTGRAD = re.compile(
    r"\bsupervis\w*\b.{0,60}\b(?:PhD|MSc|MA|MPhil|doctoral|master['’]?s|postgraduate)\b"
    r"[^.;\n]{0,30}\b(?:students?|candidates?|theses|thesis|dissertations?|researchers?)\b|"
    r"\b(?:PhD|MSc|doctoral|master['’]?s|postgraduate)\s+(?:students?\s+)?supervision\b",
    re.I,
)
# a grant written or won, in an entry's line ("co-wrote a successful SERB CRG grant")
_GRANT_WON = re.compile(
    r"\b(?:wrote|co-wrote|authored|co-authored|secured|won|awarded)\b[^.;\n]{0,40}\bgrants?\b|"
    r"\bgrant\s+(?:applications?|proposals?|bids?)\b",
    re.I,
)
# a journal, a conference or a press refereed: a "referee for the Sunday League" referees football
_REVIEWER = re.compile(
    r"\bpeer[- ](?:reviewer|referee)\b|\b(?:reviewer|referee)\s+(?:for|of)\b[^\n]{0,60}?"
    r"(?:\*|\b(?:journals?|conferences?|proceedings|press|transactions|annals|letters|symposium|"
    r"workshops?|grants?|funders?|IEEE|ACM)\b)",
    re.I,
)
_REFEREE = re.compile(r"\b(?:reviewer|referee)\b", re.I)
# a heading under which a reviewer's line is one of a scholar's: "Service", "Peer review"
_SERVICE = re.compile(r"\b(?:service|reviewing|peer review|editorial)\b", re.I)
# a heading of degrees held: its university is the writer's own, not a university taught at
_EDUCATION = re.compile(r"\b(?:education|qualifications?|degrees?|training)\b", re.I)


def _sections(lines: list[str]) -> list[tuple[str, int, list[int]]]:
    """(heading, its line, the item lines under it) for each short heading line."""
    out: list[tuple[str, int, list[int]]] = []
    for i, line in enumerate(lines):
        m = _HEADING.match(line)
        if m and (line.lstrip().startswith("#") or line.strip().isupper() or len(m.group("name").split()) <= 4):
            out.append((m.group("name").strip(), i, []))
        elif out and line.strip():
            out[-1][2].append(i)
    return out


def _match(name: str, text: str, offsets: list[int], lines: list[str], i: int) -> SkillMatch:
    line = lines[i]
    start = offsets[i] + (len(line) - len(line.lstrip()))
    return SkillMatch(
        skill=name,
        category=CATEGORY,
        text=line.strip(),
        start=start,
        end=offsets[i] + len(line),
        evidence=line.strip(),
        source=SkillSource.TEXT,
    )


def academic_skills(text: str, found: list[SkillMatch]) -> list[SkillMatch]:
    """The skills an academic CV's grants, publications, teaching and reviewing show, those
    already found left out."""
    lines = text.split("\n")
    offsets = []
    at = 0
    for line in lines:
        offsets.append(at)
        at += len(line) + 1
    named = {m.skill.casefold() for m in found}
    out: list[SkillMatch] = []

    def add(name: str, i: int) -> None:
        if name not in named:
            named.add(name)
            out.append(_match(name, text, offsets, lines, i))

    sections = _sections(lines)
    # a university not only the writer's own degree's ("PGCE, University of Bristol" under
    # Education: a school teacher's) (round 34 review, F6)
    own = {i for heading, _line, items in sections if _EDUCATION.search(heading) for i in items}
    university = any(
        re.search(r"\bUniversit", line) for i, line in enumerate(lines) if i not in own
    )
    for heading, _line, items in sections:
        if not items:
            continue
        if _GRANTS.match(heading):
            add("grant writing", items[0])
        elif _PAPERS.match(heading):
            add("academic publishing", items[0])
        elif _TEACHING.match(heading) and university:
            taught = next((i for i in items if _COURSE.search(lines[i])), None)
            if taught is not None:
                add("university teaching", taught)
        if _SERVICE.search(heading):
            for i in items:
                if _REFEREE.search(lines[i]):
                    add("peer review", i)
    for i, line in enumerate(lines):
        if _POSTGRAD.search(line):
            add("postgraduate supervision", i)
        if _GRANT_WON.search(line):
            add("grant writing", i)
        if _REVIEWER.search(line):
            add("peer review", i)
    return out
