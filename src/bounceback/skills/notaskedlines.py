"""Lines that name skills without asking them of the candidate, read after the filter.

The asked-for model (skillfilter.py) scores a candidate by its words and its section; some lines
name a skill in a way no reader lists as asked for, wherever they stand (round 30, from the false
positives of the retired rounds 8-19):

- another job's line: a pasted board's "Similar jobs" list or a recruiter's signature, a job's
  title with its place, pay or team after a dash or a bar ("Collections Agent – Cebu City –
  ₱20,000", "Principal Consultant – Aviation & Engineering"), not the posting's own title;
- a board's chrome and a page's running lines: "Similar jobs: ...", "People also viewed", footer
  links ("Salary guide Browse jobs Career advice ... ©2025"), a cookie banner, "Report this job",
  "Page 2 of 3";
- a recruiter's approach and the hiring process: "I came across your profile ...", "I'm
  currently partnering with a ... law firm", "Correspondence will only be entered into with
  shortlisted candidates", "Share: Facebook LinkedIn WhatsApp", "Why register with us?";
- someone else's duties, the team's or the organisation's services, training the employer
  gives (otherpeople.py, round 33);
- the worker's own kit: "Own hand tools and PPE" (ownkit.py, round 33).

What these rules take off the asked-for list stays visible as "also mentioned".
"""

from __future__ import annotations

import re

from bounceback.domain.skills import SkillMatch
from bounceback.skills.boardphrases import COOKIES, OTHER_JOBS, SITE_LINKS
from bounceback.skills.evidence import TextIndex
from bounceback.skills.otherpeople import others_duty
from bounceback.skills.ownkit import own_kit

# The last word of a job's title: who does the work.
_JOB_NOUN = (
    r"worker|technician|engineer|driver|nurse|manager|consultant|officer|assistant|agent|"
    r"therapist|analyst|developer|operative|operator|clerk|accountant|teacher|inspector|"
    r"machinist|electrician|plumber|welder|chef|cook|carer|fitter|supervisor|co-?ordinator|"
    r"administrator|specialist|advis[oe]r|associate|representative|executive|scientist|"
    r"pharmacist|physiotherapist|radiographer|solicitor|paralegal|secretary|receptionist|"
    r"cleaner|labou?rer|apprentice|trainee|tutor|lecturer|agronomist|librarian|bookkeeper|"
    r"planner|estimator|surveyor|designer|mechanic|millwright|carpenter|joiner|bricklayer|"
    r"attendant|porter|barista|bartender|guard|picker|packer|storeperson|aide|recruiter"
)
_JOB_END = re.compile(rf"\b(?:{_JOB_NOUN})s?$", re.IGNORECASE)
# the pieces of a board's line: title - place - pay, or title | place | years
_PIECES = re.compile(r"\s+[-–—|]\s+")
_SUBJECT = re.compile(r"^\W*(?:subject|re|fwd?)\s*:", re.IGNORECASE)
_SENTENCE_WORD = re.compile(
    r"\b(?:you|we|our|will|must|should|is|are|have|has|with|experience|required|essential|"
    r"desirable|preferred|or)\b",
    re.IGNORECASE,
)


# Words that ask something of the candidate: a line holding one is a requirement, whatever else
# it looks like ("- Qualified Electrician - 18th Edition and PLC experience essential", "Draft
# the privacy policy; CIPP/E certification essential").
_ASKING = re.compile(
    r"\b(?:essential|required|requirements?|desirable|preferred|experience[sd]?|must|"
    r"certifi\w*|qualifi\w*|expertise|knowledge|proficien\w*|registration|registered|"
    r"licen[cs]e[sd]?|diploma|degree|ability|skills?)\b",
    re.IGNORECASE,
)


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())


def another_job_line(line: str, title: str) -> bool:
    """A job's title with its place, pay or team after a dash or a bar, that is not the
    posting's own title: an entry of a board's list of other jobs, or a recruiter's own title
    in a signature."""
    line = line.strip()
    if _SUBJECT.match(line):
        return False  # a recruiter's subject line: the posting's own job
    pieces = [p.strip() for p in _PIECES.split(line) if p.strip()]
    if len(pieces) < 2 or len(line.split()) > 14 or line.endswith((".", ":", ";")):
        return False
    head = re.sub(r"\s*\([^()]*\)\s*$", "", pieces[0]).strip()
    if not _JOB_END.search(head) or _SENTENCE_WORD.search(head) or _ASKING.search(line):
        return False
    own, mine = _norm(title), _norm(head)
    return not own or (mine not in own and own not in _norm(line))


# A recruiter's approach, the hiring process and a page's share buttons.
_NOT_ASKING_LINE = re.compile(
    r"^\W*(?:I\s+came\s+across\s+your|I'?m\s+(?:currently\s+)?(?:partnering|working|reaching)|"
    r"I\s+am\s+(?:currently\s+)?(?:partnering|working|reaching)|my\s+client\s+is\b|"
    r"correspondence\s+will\s+only|only\s+shortlisted\s+candidates|"
    r"share\s*(?:this\s+job)?\s*[:|]?\s*(?:facebook|linkedin|twitter|whatsapp|x\b|email)|"
    r"why\s+register\b)",
    re.IGNORECASE,
)


# A board's chrome and a page's running header or footer, anywhere in the line: a list of other
# jobs, the site's footer links, a cookie banner (the phrases of boardphrases.py, shared with the
# page's reader), a copyright, "Page 2 of 3".
_CHROME_LINE = re.compile(
    rf"^\W*(?:{OTHER_JOBS})\b|©\s*\d{{4}}|\b(?:{COOKIES}|{SITE_LINKS})\b|"
    r"^\W*page\s+\d+\s+(?:of|/)\s+\d+\W*$",
    re.IGNORECASE,
)


def _chrome(line: str) -> bool:
    """A board's chrome or a page's running line: one of the phrases above opening the line, or
    two of them (a footer's links), or a copyright; never a line that asks for something ("Draft
    and maintain the privacy policy; CIPP/E certification essential", "Provide career advice
    and mentoring using Microsoft Teams")."""
    found = list(_CHROME_LINE.finditer(line))
    if not found or _ASKING.search(line):
        return False
    opening = not re.search(r"\w", line[: found[0].start()])
    return opening or len(found) >= 2 or "©" in line


def _line_of(text: str, start: int, end: int) -> str:
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    return text[first : last if last >= 0 else len(text)]


def not_asked_line(m: SkillMatch, text: str, title: str, index: TextIndex | None = None) -> bool:
    """Whether the line the candidate was read from names it without asking it (above). A
    candidate read from the title (not placed in the text) is left alone."""
    if m.end > len(text) or text[m.start : m.end] != m.text:
        return False
    line = _line_of(text, m.start, m.end)
    sentence = index.at(m.start) if index is not None else None
    said = sentence.text if sentence is not None else line
    if _NOT_ASKING_LINE.match(said) or _chrome(line):
        return True
    if sentence is not None and others_duty(said, m.start - sentence.start, title):
        return True
    if own_kit(text, m.start, m.end):
        return True
    return another_job_line(line, title)
