"""Requirements written as prose: a sentence that asks something of the reader is a requirement
wherever it stands.

Many postings write what they ask as paragraphs, under "The role", "About the job" or no heading
at all ("You'll have 3+ years of frontend development, with strong React and TypeScript...",
"Applicants must hold QQI Level 5 ...", "An ADR licence would be a real advantage"). The
section's heading makes those sentences duties (or nothing), and a duty's tools are seldom on a
reader's list: on twelve postings rewritten from bullets to prose with the same labels
(corpora/postings/prose18), recall fell from 0.82 to 0.62. A sentence of the duties, of the role
or of no section that asks of the reader (a subject that must, needs, should have or will hold;
"is essential", "is a must"; "would be an advantage") is read as a requirement, or as nice to
have when it says so. A sentence that says what the reader will do, learn or get is left as it
was ("You will have the chance to...", "You'll need to check deliveries").
"""

from __future__ import annotations

import re

from bounceback.skills.context import DUTIES, NICE, OTHER, REQUIRED, ROLE

_OPEN = frozenset({DUTIES, ROLE, OTHER})

# Someone who must have, hold or bring something: "you'll have", "applicants must hold", "the
# successful candidate will have", "we need someone who", "to be considered you must".
_WHO = (
    r"(?:you|applicants?|candidates?|the (?:successful|ideal|right) (?:candidate|applicant|person)|"
    r"the post[- ]?holder|(?:we(?:'re| are)? (?:need|want|looking for|seeking)|we'd love) "
    r"(?:someone|a person|people|an? \w+)(?: who| with| that)?)"
)
_HAVE = (
    r"(?:have|hold|bring|possess|be able to|be qualified|be (?:a |an )?(?:registered|licensed|"
    r"certified|qualified|competent|confident|proficient|comfortable|familiar|experienced|fluent)|"
    r"need|know|demonstrate)"
)
_ASKING = re.compile(
    rf"\b{_WHO}(?:\s+|(?='))(?:(?:will|'ll|must|should|need to|needs to|are required to|is required to|"
    rf"shall|would ideally|ideally)\s+(?:also\s+|already\s+)?{_HAVE}|must|need|have|hold|bring|"
    r"possess|has|holds|brings)\b|"
    r"\b(?:is|are|remains?)\s+(?:also\s+)?(?:essential|a must|mandatory|required|expected|"
    r"needed|a requirement|an essential requirement)\b|"
    r"\b(?:we expect|we require|we ask for|we need|we'll need|we will need|we want to see|"
    r"requirements? (?:is|are|include))\b|"
    r"\b(?:to be (?:considered|successful|eligible)|to succeed|for this role)\b[^.]*\b(?:you|must|"
    r"need|have)\b|"
    r"^\W*(?:must|should)\s+(?:have|hold|be|possess)\b|"
    r"\b(?:experience (?:of|in|with)|knowledge of|understanding of|familiarity with|"
    r"proficiency in)\b[^.]*\b(?:is|are|would be)\b",
    re.IGNORECASE,
)
# What asks nothing: the reader's chances, duties, training, access and support.
_NOT_ASKING = re.compile(
    r"\byou(?:'ll|\s+will)\s+(?:have|get|be given|receive)\s+(?:the\s+)?(?:chance|opportunit\w+|"
    r"access|support|responsibility|ownership|your own|a (?:dedicated|great|supportive|"
    r"company)|plenty|lots|full training|training)\b|"
    r"\byou(?:'ll|\s+will)?\s+need to\s+(?!(?:have|hold|be|possess|pass|obtain|demonstrate|show|"
    r"bring|provide|complete|meet|undergo|know)\b)\w+",
    re.IGNORECASE,
)
# How a sentence says that what it names is only wished for.
_WISHED = re.compile(
    r"\b(?:would be (?:a |an )?(?:real |big |great |definite )?(?:advantage|plus|bonus|asset|"
    r"welcome|useful|helpful|beneficial|great|nice|desirable|ideal)|advantageous|desirable|"
    r"a plus|bonus points?|nice to have|is preferred|are preferred|we(?:'d| would) prefer|"
    r"preferably|ideally|count in your favou?r|strengthen your application|put you ahead|"
    r"sets? you apart|regard it highly|highly regarded|an advantage|would be great if|"
    r"we(?:'d| would) (?:love|like) (?:it )?if|(?:is|are|would be) welcome|if you also|"
    r"would also help|not essential|not required)\b",
    re.IGNORECASE,
)


# "preferably" and "ideally" qualify a line that already asks ("3+ years of sales, preferably in
# HVAC or plumbing"); alone they make no sentence of the duties a requirement.
_QUALIFIES_ONLY = re.compile(r"\b(?:preferably|ideally)\b", re.IGNORECASE)


def _wished(sentence: str, promote: bool) -> bool:
    found = [m.group() for m in _WISHED.finditer(sentence)]
    if promote:
        found = [w for w in found if not _QUALIFIES_ONLY.fullmatch(w)]
    return bool(found)


def prose_kind(sentence: str, kind: str) -> str:
    """The kind of a sentence of prose: a requirement (or nice to have) when it asks of the
    reader and stands among the duties, the role or no section; nice to have when it stands
    among the requirements and says it is only wished for; `kind` otherwise."""
    if len(sentence.split()) < 6:
        return kind
    sentence = sentence.replace("’", "'")
    if kind == REQUIRED:
        return NICE if _WISHED.search(sentence) else kind  # "... that would put you ahead"
    if kind not in _OPEN:
        return kind
    wished = _wished(sentence, promote=True)
    if not _ASKING.search(sentence) and not wished:
        return kind
    if _NOT_ASKING.search(sentence) and not wished:
        return kind
    return NICE if _WISHED.search(sentence) else REQUIRED


# Where a sentence that asks turns to a wish: "Excel and a forklift licence are essential, and a
# reach truck licence would be an advantage" holds a requirement and a nice-to-have.
_TURN = re.compile(r",\s+(?:and|but|while|whilst|though)\s+|;\s+")
_MUST = re.compile(r"\b(?:essential|must|required|mandatory|a must|need|needs)\b", re.IGNORECASE)


_TURN_TEXT_MAX = 4000  # a longer "sentence" is a pasted page: not cut (each turn reads it whole)


def wish_turn(sentence: str) -> int:
    """The offset of the clause that only wishes in a sentence whose clause before it asks
    (`_MUST`, no wish), or -1 when the sentence does not turn so."""
    text = sentence.replace("’", "'")
    if len(text) > _TURN_TEXT_MAX:
        return -1
    for m in _TURN.finditer(text):
        before, after = text[: m.start()], text[m.end() :]
        if _MUST.search(before) and not _WISHED.search(before) and _WISHED.search(after):
            return m.end()
    return -1
