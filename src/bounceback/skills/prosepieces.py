"""The pieces of a requirement written as prose, each read as a bullet would be.

A bullet names one thing ("Matric (Grade 12) with Accounting", "ECS Gold Card"); a requirement
written as prose names several in one sentence, between the words that ask for them: "The
successful candidate will have a Matric (Grade 12) with Accounting and a relevant tertiary
qualification, such as a National Diploma in Accounting", "An ECS Gold Card is a must, as is
City & Guilds 2391". phrasespans.py reads a short clause as a list of names but a long one only
through its cue words ("experience with X"), so those names were never candidates. Here a long
sentence of the requirements is cut where its clauses join, each piece loses the words that ask
("you will hold an", "we expect a", "as is", "is essential", "would be an advantage") and what is
left, when short, is read as a bullet.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Where the clauses of a prose requirement join: a comma or semicolon, ", and", "as well as".
_JOINTS = re.compile(
    r"\s*[;,]\s*(?:(?:and|or|but|plus|while|with)\s+)?|\s+(?:as well as|together with|along with)\s+|"
    r"\s+and\s+(?=(?:you|we|your|the successful|applicants?|candidates?|an?)\b)|"
    r"\s+with\s+(?=your\b)",
    re.IGNORECASE,
)
# The words that ask, before what is asked for.
_LEAD = re.compile(
    r"^(?:(?:and|or|but|also|plus|then|ideally|preferably)\s+)*"
    r"(?:(?:you|applicants?|candidates?|the (?:successful|ideal|right) (?:candidate|applicant|person))"
    r"(?:\s+|(?='))(?:(?:will|'ll|must|should|shall|need to|would)\s+)?(?:also\s+|already\s+)?"
    r"(?:have|hold|need|bring|possess|be qualified to|be qualified in|carry)\s+|"
    r"we\s+(?:expect|require|need|ask for|would prefer|'d prefer|want)\s+|"
    r"(?:holding|having|with)\s+|(?:as|so)\s+(?:is|are|would|does|do)\s+|it is (?:desirable|essential) that you (?:hold|have)\s+|"
    r"(?:an equivalent|equivalent)\s+(?:such as|like|e\.g\.)\s+|(?:such as|including|like|e\.g\.)\s+)?"
    r"(?:(?:a|an|the|your|current|valid|full)\s+)*",
    re.IGNORECASE,
)
# The words that ask, after what is asked for: "... is a must", "... would be an advantage".
_TAIL = re.compile(
    r"\s+(?:is|are|would|will|remains?|counts?|puts?|sets?|helps?)\b.*$|\s+(?:a must|essential|"
    r"desirable|preferred|required|mandatory)\b.*$",
    re.IGNORECASE,
)
# A list after these names where or in what, not skills: "experience, preferably in HVAC,
# plumbing or electrical distribution" (ordinary_senses.txt: no plumbing asked of a salesperson).
_PREPOSITIONS = frozenset(["in", "at", "on", "for", "to", "from", "within", "across", "of", "into"])
_PLACE_LIST = re.compile(r"\b(?:in|at|within|across)\s+\S+$", re.IGNORECASE)
_MAX_WORDS = 8
_LONG = 12  # words: a shorter sentence is read whole, as phrasespans reads a bullet


def pieces(clause: str) -> Iterator[tuple[int, int]]:
    """The spans of `clause` (a long sentence of the requirements) that each name what one
    piece of it asks for, the asking words left out; none for a short clause."""
    if len(clause.split()) < _LONG:
        return
    pos = 0
    joints = [m for m in _JOINTS.finditer(clause) if not _bracketed(clause, m.start())]
    places = False  # inside a list led by a preposition: "preferably in HVAC, plumbing or..."
    for m in [*joints, None]:
        end = m.start() if m else len(clause)
        piece = clause[pos:end]
        lead = _LEAD.match(piece)
        start = pos + (lead.end() if lead else 0)
        tail = _TAIL.search(clause, start, end)
        stop = tail.start() if tail else end
        words = clause[start:stop].split()
        if words and words[0].casefold() in _PREPOSITIONS or _PLACE_LIST.search(piece):
            places = True
        elif lead and lead.group().strip():
            places = False
        if 0 < len(words) <= _MAX_WORDS and not _clause_like(words) and not places:
            yield start, stop
        if m is None:
            break
        pos = m.end()


def _bracketed(clause: str, at: int) -> bool:
    """Inside brackets: "(VLOOKUP, pivot tables)" is one piece's list."""
    return clause.count("(", 0, at) > clause.count(")", 0, at)


_CLAUSE_WORDS = frozenset(
    ["you", "we", "your", "our", "it", "this", "that", "which", "who", "if", "because", "when",
     "so", "to", "be", "been", "can", "have", "has"]
)


def _clause_like(words: list[str]) -> bool:
    """A piece that is still a clause ("if you have installed fire alarms before")."""
    return any(w.casefold().strip(",.'") in _CLAUSE_WORDS for w in words)
