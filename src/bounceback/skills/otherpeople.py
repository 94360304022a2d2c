"""Skills a posting names as someone else's: another person's duties, the team's or the
organisation's services, what the employer trains you in (round 33, read after the filter).

Long formal postings (public bodies, universities, health services, charities) describe the
people around the job and what the organisation does, in the sections that also hold the job's
duties, so the section alone does not tell them apart:

- another person's duties: "You will work alongside our Finance Officer, who manages payroll and
  Gift Aid claims", "The Practice Development Nurse will deliver your preceptorship programme"
  (a job's title as the subject that is not the posting's own title);
- the manager the job reports to, whatever reader found the name: "Reporting to the Director of
  Income, you will grow ...";
- the ward's, team's or organisation's services and expertise: "The ward provides cardiology,
  respiratory and stroke care", "Our team includes specialist nurses in tissue viability";
- training the employer gives: "Full training in venepuncture will be given if you do not have
  these skills", "We will train you in Salesforce".

A sentence that asks something of the candidate ("essential", "you must have", "experience of")
is never one of these. What is taken off the asked-for list stays visible as "also mentioned".
"""

from __future__ import annotations

import re

# The last word of a person's job: who does the work (a team's or a body's words apart).
_PERSON = (
    r"officer|manager|director|head|lead|leader|supervisor|nurse|matron|sister|doctor|"
    r"consultant|registrar|physician|surgeon|therapist|pharmacist|administrator|"
    r"co-?ordinator|coordinator|assistant|secretary|accountant|engineer|technician|"
    r"controller|partner|chef|principal|headteacher|teacher|lecturer|professor|educator|"
    r"adviser|advisor|specialist|analyst|clerk|colleagues?|mentor|assessor|practitioner"
)
# A team or a body and what it does, not what it asks: "The ward provides ...", "Our team
# includes specialist nurses in ...", "The service runs ...".
_BODY = (
    r"ward|unit|team|department|service|clinic|practice|trust|hospital|school|college|"
    r"university|faculty|charity|centre|center|organi[sz]ation|company|library|directorate|"
    r"division|group|lab|laboratory"
)
_BODY_VERB = (
    r"provides?|offers?|delivers?|runs?|includes?|comprises?|consists? of|is made up of|"
    r"specialises? in|specializes? in|serves?|treats?|covers?|cares? for|supports?|manages?|"
    r"operates?|houses?|hosts?|has (?:expertise|specialists?|experts?|a (?:strong )?"
    r"(?:reputation|track record))|have (?:expertise|specialists?|experts?)|is (?:home to|"
    r"(?:a|an|one of) )"
)
_BODY_SUBJECT = re.compile(
    rf"^\W*(?:the|our|this|your)\s+(?:[\w&'’-]+\s+){{0,3}}?(?:{_BODY})s?\s+(?:{_BODY_VERB})\b",
    re.IGNORECASE,
)
# "The Practice Development Nurse will deliver ...", "Our Finance Officer manages ..."
_PERSON_SUBJECT = re.compile(
    rf"^\W*(?:the|our|your)\s+((?:[\w&'’-]+\s+){{0,4}}?(?:{_PERSON}))s?\s+"
    r"(?:will|would|is|are|manages?|leads?|runs?|delivers?|provides?|oversees?|handles?|"
    r"looks? after|takes? care of|deals? with|supports?|heads?|covers?)\b",
    re.IGNORECASE,
)
# ", who manages payroll", "a Finance Officer who handles ..." : the clause after "who"
_WHO_CLAUSE = re.compile(rf"\b(?:{_PERSON}|team|colleagues)s?\s*,?\s+who\s+", re.IGNORECASE)
# "Reporting to the Director of Income", "report directly into our Head of Finance"
_REPORTS_TO = re.compile(
    r"\b(?i:report(?:s|ing)?\s+(?:directly\s+)?(?:in)?to\s+(?:the\s+|our\s+|a\s+|an\s+|your\s+)?)"
    r"(?:[A-Z][\w&/'’-]*\s+(?:of\s+|and\s+|&\s+|for\s+)?){0,5}[A-Z][\w&/'’-]*",
)
# what the employer gives: "Full training in X will be given", "We will train you in X",
# "X training is provided", "training will be provided in X"
_TRAINING_GIVEN = re.compile(
    r"\b(?:(?:full|free|paid|funded|comprehensive|on[- ]the[- ]job)\s+training\s+(?:in|on)\b"
    r".{0,80}\b(?:will be|is|are)\s+(?:given|provided|offered|available)|"
    r"training\s+(?:in|on)\b.{0,80}\b(?:will be|is)\s+(?:given|provided|offered)|"
    r"training\s+(?:will be|is)\s+(?:given|provided|offered)\s+(?:in|on)\b|"
    r"we\s+(?:will|'ll)\s+(?:train|teach)\s+you\b|we\s+train\s+you\b|"
    r"(?:will|we'll|we will)\s+(?:support|fund|pay for)\s+(?:you\s+)?(?:to\s+)?"
    r"(?:gain|achieve|complete|obtain|study|your))",
    re.IGNORECASE,
)
# Words that ask something of the candidate: such a sentence is the job's, whatever its subject.
_ASKS = re.compile(
    r"\b(?:essential|required|requirements?|desirable|preferred|must|you (?:will )?(?:need|have)|"
    r"you'll (?:need|have)|experience (?:of|in|with|using)|knowledge of|ability to|able to|"
    r"proven|qualified in|candidates? (?:will|should|must))\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z]+")
_SMALL = frozenset({"the", "our", "your", "a", "an", "of", "and", "for", "in", "senior", "junior"})


def _title_words(title: str) -> set[str]:
    return {w for w in _WORD.findall(title.casefold()) if w not in _SMALL}


def others_duty(sentence: str, offset: int, title: str) -> bool:
    """Whether the hit at `offset` in `sentence` names what someone else does or gives, not what
    the job asks (see the module's text)."""
    if _ASKS.search(sentence):
        return False
    for m in _REPORTS_TO.finditer(sentence):
        if m.start() <= offset < m.end():
            return True
    who = _WHO_CLAUSE.search(sentence)
    if who and who.end() <= offset:
        return True
    if _BODY_SUBJECT.match(sentence):
        return True
    person = _PERSON_SUBJECT.match(sentence)
    if person and not _title_words(person.group(1)) <= _title_words(title):
        return True
    return bool(_TRAINING_GIVEN.search(sentence))


def training_given(sentence: str) -> bool:
    """Whether the sentence gives training the employer provides and asks nothing ("Full
    training in venepuncture and cannulation will be given if you do not have these skills"):
    silent even under the requirements, so that the skill is read where the posting asks it."""
    return bool(_TRAINING_GIVEN.search(sentence)) and not _ASKS.search(sentence)
