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
    r"operates?|houses?|hosts?|builds?|uses?|develops?|maintains?|relies on|works (?:with|in|on)|"
    r"runs on|is built on|has (?:expertise|specialists?|experts?|a (?:strong )?"
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
# "our Finance Officer, who manages payroll": the clause after "who" (a person named with "a",
# "We're looking for a senior therapist who can ...", is the candidate)
_WHO_CLAUSE = re.compile(
    rf"\b(?:our|the|your|their)\s+((?:[\w&'’-]+\s+){{0,4}}?(?:{_PERSON}|team))s?"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[\w&'’-]+(?:\s+[\w&'’-]+){0,2}?)?\s*,?\s+who\s+",
    re.IGNORECASE,
)
# "Reporting to the Director of Income", "report directly into our Head of Finance": a person's
# title after "report to", not "reports to AS 9102" or "reporting to the Prudential Authority"
_REPORTS_TO = re.compile(
    r"\b(?i:report(?:s|ing)?\s+(?:directly\s+)?(?:in)?to\s+(?:the\s+|our\s+|a\s+|an\s+|your\s+)?)"
    rf"(?:[A-Z][\w&/'’-]*\s+){{0,3}}(?i:{_PERSON})\b"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w&/'’-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w&/'’-]*){0,3})?"
)
# what the employer gives, opening the sentence: "Full training in X will be given", "We will
# train you in X", "Training will be provided in X" (not "A full Class 2 licence, or a Class 1
# held two years (we will train you up to Class 2)": the sentence asks first)
_TRAINING_GIVEN = re.compile(
    r"^\W*(?:(?:full|free|paid|funded|comprehensive|on[- ]the[- ]job)\s+training\s+(?:in|on)\b"
    r".{0,80}\b(?:will be|is|are)\s+(?:given|provided|offered|available)|"
    r"training\s+(?:in|on)\b.{0,80}\b(?:will be|is)\s+(?:given|provided|offered)|"
    r"training\s+(?:will be|is)\s+(?:given|provided|offered)\s+(?:in|on)\b|"
    r"we\s+(?:will|'ll|’ll)\s+(?:train|teach)\s+you\s+(?:in|on|to)\b|we\s+train\s+you\s+(?:in|on|to)\b|"
    r"we\s+(?:will|'ll|’ll)\s+(?:support|fund|pay for)\s+(?:you\s+)?(?:to\s+)?"
    r"(?:gain|achieve|complete|obtain|study))",
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


def _own_trade(rest: str, title: str) -> bool:
    """Whether the word at the start of `rest` shares its stem with a word of the title."""
    word = _WORD.match(rest.casefold())
    if word is None or len(word.group()) < 5:
        return False
    stems = {w[:5] for w in _title_words(title) if len(w) >= 5}
    return word.group()[:5] in stems


def others_duty(sentence: str, offset: int, title: str) -> bool:
    """Whether the hit at `offset` in `sentence` names what someone else does or gives, not what
    the job asks (see the module's text)."""
    if _ASKS.search(sentence):
        return False
    for m in _REPORTS_TO.finditer(sentence):
        if m.start() <= offset < m.end():
            return True
    for who in _WHO_CLAUSE.finditer(sentence):
        if who.end() <= offset and not _title_words(who.group(1)) <= _title_words(title):
            return True
    if _BODY_SUBJECT.match(sentence):
        # the organisation's service that is the job's own trade is the job's: "Our maternity
        # unit supports 1,400 births a year ... midwifery-led care" for a Midwife
        return not _own_trade(sentence[offset:], title)
    person = _PERSON_SUBJECT.match(sentence)
    if person and not _title_words(person.group(1)) <= _title_words(title):
        return True
    return bool(_TRAINING_GIVEN.search(sentence))


def training_given(sentence: str) -> bool:
    """Whether the sentence gives training the employer provides and asks nothing ("Full
    training in venepuncture and cannulation will be given if you do not have these skills"):
    silent even under the requirements, so that the skill is read where the posting asks it."""
    return bool(_TRAINING_GIVEN.search(sentence)) and not _ASKS.search(sentence)
