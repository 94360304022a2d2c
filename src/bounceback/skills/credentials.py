"""Credentials a posting asks for, whatever the vocabulary holds: a general reader.

Outside software most skills a posting asks for are credentials, and most are named once: a
state's licence, a college's registration, a national qualification. The vocabulary cannot list
them all, so their shapes are read instead, each giving one skill named for what it is:

- "X registration", "registered with the X (ABBR)": "Teaching Council registration";
- "Certificate III/IV in X", "Diploma in X", "NVQ/QCF/RQF/SVQ Level N (Diploma) in X",
  "Level 3 Diploma in X": the whole qualification, as written;
- "X licence/license/ticket/card/check/certificate/certification": "Oregon Food Handler card",
  "LEW licence", "forklift licence", "police check".

Precision first: only in a sentence that asks something of the candidate (the requirements, the
duties, a line that says it is needed or wished for), never under benefits, about us or how to
apply, nor in a line that offers the training ("we will train you", "we pay for your licence").
A span another reader already names (wholly or in part), or a name it gives, is left to it.
"""

from __future__ import annotations

import re

from bounceback.domain.skills import SkillMatch
from bounceback.skills import context
from bounceback.skills.evidence import Sentence, TextIndex, named_in_sentence

CATEGORY = "named in the text"
HOW = "credential"

_CAP = r"[A-Z][\w'’&-]*"
_NAME = rf"{_CAP}(?:\s+(?:of|for|and|&|in|the|de)?\s*{_CAP}){{0,7}}"
# "Certificate IV in Legal Services", "Level 3 Diploma in Adult Care", "NVQ Level 3 in Business
# Administration", "Advanced Diploma of Nursing", "QCF Level 2 Certificate in Cleaning"
_LEVEL = r"(?:(?:NVQ|QCF|RQF|SVQ|VRQ|NCFE|City\s+&\s+Guilds|BTEC)\s+)?Level\s+\d{1,2}"
_AWARD = re.compile(
    rf"(?:{_LEVEL}\s+)?(?:(?:Advanced|Graduate|National|Higher|Extended)\s+)?"
    r"(?:Certificate\s+(?:I{1,3}|IV|V|[1-4])\b|Diploma\b|Certificate\b|Award\b)"
    rf"(?:\s*\(Level\s+\d\))?\s+(?:in|of)\s+(?P<subject>{_CAP}(?:\s+(?:and|&|in|of|for)?\s*{_CAP}){{0,6}})"
    rf"|(?:NVQ|QCF|RQF|SVQ)\s+Level\s+\d{{1,2}}(?:\s+(?:Diploma|Certificate|Award))?"
    rf"(?:\s+(?:in|of))?\s+(?P<subject2>{_CAP}(?:\s+(?:and|&|in|of|for)?\s*{_CAP}){{0,6}})"
)
# An award alone is the first word of the next one: "Certificate IV in Government or
# Certificate IV in Business Administration".
_AWARD_WORD = re.compile(r"^(?:Certificate|Diploma|Award|Level|NVQ|QCF|RQF|SVQ|Or|And)$")
_REGISTERED_WITH = re.compile(
    r"\b(?i:registered|registration|registrable|eligible\s+(?:to\s+register|for\s+registration))"
    r"(?:\s+[\w-]+){0,5}?\s+(?i:with\s+(?:the\s+)?)"
    rf"(?P<body>{_NAME})(?:\s*\((?P<abbr>[A-Z][A-Za-z]{{1,9}})\))?"
)
# A licence's class ("C licence", "D1 licence", "DZ licence") and the classes a licence lists
# ("Full Irish driving licence: categories B, C, D, D1")
_CLASS = re.compile(r"[A-Z]{1,2}\d?[A-Z]?\d?")
_CLASSES = re.compile(
    r"licen[cs]e[^.\n]{0,20}?\b(?:categor(?:y|ies)|class(?:es)?|codes?)\s*:?\s*"
    r"(?P<classes>[A-Z]{1,2}\d?[A-Z]?\d?(?:\s*(?:,|and|&|/)\s*[A-Z]{1,2}\d?[A-Z]?\d?)*)\b"
)
_TRIGGER = re.compile(
    r"registr|registered|licen[cs]|ticket|card|check|certif|diploma|award|level|nvq|qcf|rqf|svq|"
    r"accredit",
    re.I,
)
_AGENCY = re.compile(r"\b(?:staffing|recruitment|recruiting|personnel|agency|talent)\b", re.I)
_NAMED_NOUN = (
    r"registration|registered|licen[cs]e|ticket|card|check|certificate|certification|"
    r"accreditation"
)
# the noun in any case: "Must hold a CSCS Card", "Forklift Licence", "SIA LICENCE"
_CAPS_BEFORE = re.compile(
    rf"(?P<name>(?:{_CAP}\s+){{0,4}}{_CAP})\s+(?P<noun>(?i:{_NAMED_NOUN}))\b"
)
_LOWER_BEFORE = re.compile(
    r"(?<![\w-])(?P<name>[a-z][a-z'’-]+(?:\s+[a-z][a-z'’-]+){0,2})\s+"
    r"(?P<noun>(?i:licen[cs]e|ticket|card|check|certificate|certification))\b"
)
# Words before the noun that say nothing of which credential it is.
_DRESS = frozenset(
    {
        "a", "an", "the", "valid", "current", "full", "clean", "your", "own", "with", "have",
        "has", "hold", "holds", "holding", "must", "and", "or", "of", "to", "in", "relevant",
        "appropriate", "any", "required", "recognised", "recognized", "approved", "accredited",
        "necessary", "good", "our", "their", "this", "that", "its", "be", "is", "are", "will",
        "also", "up-to-date", "proof", "copy", "evidence", "active", "professional", "national",
        "state", "provincial", "federal", "further", "other", "new", "existing", "basic", "level",
        "such", "as", "including", "e.g.", "eg", "i.e.", "ie", "plus", "minimum", "preferably",
        "ideally", "no", "not", "every", "each", "owns", "equivalent", "training", "trade",
        "accessible", "general", "employer", "employer's", "universal", "annual", "fuel",
        "examiner", "clearance", "online", "end-user", "travel",
        # a duty's verb before the credential it acts on: "Maintain CSCS card", "obtain a ..."
        "maintain", "maintains", "maintaining", "obtain", "obtains", "obtaining", "renew",
        "renews", "renewing", "possess", "possesses", "possessing", "keep", "keeps", "keeping",
        "carry", "carries", "carrying", "gain", "gains", "gaining", "achieve", "acquire", "get",
        "show", "present", "produce",
    }
)  # fmt: skip
# Cards, checks and tickets that are no credential ("credit card payments", "quality checks").
_NOT_CREDENTIAL = re.compile(
    r"\b(?:credit|debit|gift|loyalty|business|report|time|sim|key|bank|store|playing|greeting|"
    r"sd|memory|rate|score|scratch|discount|access|swipe|smart|id|identity|green|boarding|"
    r"quality|safety|spot|stock|temperature|sense|reality|background\s+and|reference|"
    r"pre-start|prestart|daily|routine|final|raffle|lottery|parking|bus|train|plane|"
    r"golden|meal|lunch|work|job|kitchen|order|support|service|raise|resolve|close|"
    r"driving|driver['’]?s?|drivers)$",
    re.I,
)
_CHECKS = re.compile(
    r"(?:police|dbs|pvg|garda|working\s+with\s+children|vulnerable\s+sector|"
    r"ndis\s+worker\s+screening)$",
    re.I,
)
# A line that offers the credential rather than asks for it.
_OFFERED = re.compile(
    r"\bwe(?:['’]ll| will| can)?\s+(?:train|pay|fund|cover|support|sponsor|help)\b|\btraining\s+"
    r"(?:is\s+|will\s+be\s+)?provided\b|\bprovided\s+by\s+us\b|\bon[- ]the[- ]job\b|"
    r"\bwork\s+towards\b|\bsupport\s+(?:you\s+)?to\s+(?:gain|get|obtain)\b|\bat\s+our\s+(?:cost|expense)\b|"
    r"\bfunded\b|\bpaid\s+for\b|"
    # "The company will pay for your licence", "Your SIA licence fees reimbursed", "free CSCS card",
    # "company-paid", "we'll cover the cost", "CSCS card provided" (and _OFFERED_NEAR below)
    r"\bwill\s+(?:pay|fund|cover|sponsor)\b|\bcover(?:s|ed)?\s+the\s+cost|"
    r"\b(?:free|company[- ]paid|paid|subsidi[sz]ed|sponsored)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:licen[cs]e|card|ticket|check|certificat|registration|training|course)|"
    r"\b(?:licen[cs]e|card|ticket|check|certificate|registration)s?\s+(?:is\s+|are\s+|will\s+be\s+)?"
    r"(?:provided|included|supplied|given)\b(?!\s+(?:at|on|before|upon|prior|with|to\s+us))",
    re.I,
)
# Words that offer whatever follows them, or what stands in their own clause, not a whole line:
# "Your SIA licence fees reimbursed", "We offer CSCS training", "Benefits include a free
# course" (but "Must hold SIA licence, reimbursement of mileage" still asks for the licence)
_OFFERED_NEAR = re.compile(
    r"\breimburs|\bbenefits?\s+(?:include|includes|including)\b|\bwe\s+offer\b", re.I
)
_CLAUSE = re.compile(r"[,;()]|[.!?](?:\s|$)|\s[-–—]\s")


def _offered_near(text: str, start: int, end: int) -> bool:
    """Whether an offering word stands before the credential (in its sentence) or in its clause."""
    after = _CLAUSE.split(text[end:], maxsplit=1)[0]
    return bool(_OFFERED_NEAR.search(text[:start]) or _OFFERED_NEAR.search(after))


# The employer speaking of its own registration or award: "We are registered with the Care
# Quality Commission", "We hold Investors in People accreditation", "Kestrel Ltd is authorised
# and regulated by the FCA", "our FCA registration number 123456".
_EMPLOYER_SAYS = re.compile(
    r"\b(?:we|we['’](?:re|ve)|our\s+(?:company|practice|firm|business|organi[sz]ation|school|"
    r"centre|center|service|home|clinic|team|group)|the\s+(?:company|practice|firm|business|"
    r"employer|organi[sz]ation)|[A-Z][\w&]*\s+(?:Ltd|Limited|LLP|plc|PLC|Inc|Group))\s+"
    r"(?:(?:are|is|were|was|have|has|had)\s+)?(?:been\s+)?(?:\w+ly\s+|now\s+)?"
    r"(?:registered|accredited|certified|licensed|authori[sz]ed|regulated|awarded|achieved|gained|"
    r"received|earned|(?P<has>hold|holds|have|has|proud))\b",
    re.I,
)
_ASKED_AFTER = frozenset(
    {"requirement", "requirements", "required", "need", "needed", "holders", "holder", "you",
     "your", "must", "essential", "mandatory"}
)
_OUR = re.compile(r"\bour\s+(?:[\w-]+\s+)?$", re.I)
# "registration number 123456", "registration: GS12345" (never a year: "registration 2024")
_NUMBER_AFTER = re.compile(
    r"^\s*(?:number|no\.?|#)\s*:?\s*[A-Z]{0,3}\s*\d{3,}|^\s*:?\s*(?:[A-Z]{1,3}\d{4,}|"
    r"(?!(?:19|20)\d\d\b)\d{4,})",
    re.I,
)
# An employer's awards, whoever holds them: "Investors in People", "Disability Confident".
_EMPLOYER_AWARD = re.compile(
    r"\b(?:investors\s+in\s+people|disability\s+confident|living\s+wage|great\s+place\s+to\s+"
    r"work|mindful\s+employer|armed\s+forces\s+covenant|best\s+companies|top\s+employer)\b",
    re.I,
)
_CLAUSE_END = re.compile(r"[.;!?](?:\s|$)")
_ASKING_KINDS = frozenset({context.REQUIRED, context.NICE, context.DUTIES})
_ASKS = re.compile(
    r"\b(?:must|required|requirement|essential|need(?:ed|s)?|hold(?:s|ing)?|have|has|possess|"
    r"desirable|preferred|advantage|advantageous|a\s+plus|bonus|highly\s+regarded|ideally|"
    r"valid|current|eligible|registered|qualified|certified|licensed)\b",
    re.I,
)


def find_credentials(
    text: str, index: TextIndex, found: list[SkillMatch], resume: bool = False
) -> list[SkillMatch]:
    """The credentials the asking sentences name (a resume's: every line shows what its
    owner holds) that no mention in `found` covers."""
    taken = [(m.start, m.end) for m in found]
    # a name another reader gives is its skill ("GDC registration" from the vocabulary, then
    # "GDC Registration" further down): one skill, never two of one name
    named = {m.skill.casefold() for m in found}
    out: list[SkillMatch] = []
    for sentence in index.sentences:
        if not (resume or _asking(sentence)):
            continue
        for start, end, name in _spans(sentence.text):
            if _offered_near(sentence.text, start, end):
                continue
            start, end = start + sentence.start, end + sentence.start
            if any(s < end and start < e for s, e in taken) or name.casefold() in named:
                continue
            if context.negated(text, start, end, sentence.start, sentence.end):
                continue
            taken.append((start, end))
            out.append(
                named_in_sentence(sentence, name, CATEGORY, text[start:end], start, end, HOW)
            )
    return out


def _asking(sentence: Sentence) -> bool:
    if sentence.kind in context.SILENT or _OFFERED.search(sentence.text):
        return False
    if context.is_boilerplate(sentence.text) or context.is_offered(sentence.text):
        return False
    return sentence.kind in _ASKING_KINDS or bool(_ASKS.search(sentence.text))


def _spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each credential the sentence names, line by line (a resume's
    heading is no part of the name over it: "Certificate III in Commercial Cookery" /
    "LICENCES")."""
    out: list[tuple[int, int, str]] = []
    at = 0
    for line in text.split("\n"):
        out += [(start + at, end + at, name) for start, end, name in _line_spans(line)]
        at += len(line) + 1
    return out


def _line_spans(line: str) -> list[tuple[int, int, str]]:
    if not _TRIGGER.search(line):
        return []  # most lines name no credential: the patterns below are not tried on them
    spans: list[tuple[int, int, str]] = []
    low = line.casefold()
    award = any(w in low for w in ("certificate", "diploma", "award", "level"))
    registered = "regist" in low and " with " in low
    named = any(w in low for w in ("regist", "licen", "ticket", "card", "check", "certif", "accredit"))

    def add(start: int, end: int, name: str) -> None:
        if not any(s < end and start < e for s, e, _n in spans):
            spans.append((start, end, " ".join(name.split())))

    for m in _AWARD.finditer(line) if award else ():
        subject = m.group("subject") or m.group("subject2")
        words = subject.split()
        keep = next((k for k, w in enumerate(words) if _AWARD_WORD.match(w)), len(words))
        words = words[:keep]
        while words and words[-1].casefold() in {"and", "&", "of", "in", "for", "or"}:
            words.pop()
        if not words:
            continue
        group = "subject" if m.group("subject") else "subject2"
        # the end of the subject's last kept word, by its place among the subject's words (a
        # search for the word would stop inside an earlier one: "Careers and Care")
        end = m.start(group) + list(re.finditer(r"\S+", m.group(group)))[len(words) - 1].end()
        add(m.start(), end, line[m.start() : end])
    for m in _REGISTERED_WITH.finditer(line) if registered else ():
        body = m.group("abbr") or _trim_name(m.group("body"))
        if body and not _generic(body) and not _AGENCY.search(body):
            add(m.start("body"), m.end(), f"{body} registration")
    for m in _CLASSES.finditer(line) if "licen" in low else ():
        for cls in re.finditer(r"[A-Z]{1,2}\d?[A-Z]?\d?\b", m.group("classes")):
            add(m.start("classes") + cls.start(), m.start("classes") + cls.end(), f"{cls.group()} licence")
    for m in _CAPS_BEFORE.finditer(line) if named else ():
        name = _trim_name(m.group("name"))
        noun = m.group("noun").casefold()
        licence_class = noun.startswith("licen") and _CLASS.fullmatch(name)
        if not name or (_generic(name) and not licence_class) or _NOT_CREDENTIAL.search(name):
            continue
        noun = "registration" if noun == "registered" else noun
        if noun == "check" and not (_CHECKS.search(name) or name.isupper()):
            continue
        start = m.end("name") - len(name)
        add(start, m.end(), f"{name} {noun}")
    for m in _LOWER_BEFORE.finditer(line) if named else ():
        words = m.group("name").split()
        while words and words[0].casefold() in _DRESS:
            words.pop(0)
        name = " ".join(words)
        if not name or any(w.casefold() in _DRESS for w in words) or _NOT_CREDENTIAL.search(name):
            continue
        noun = m.group("noun").casefold()
        if noun == "check" and not _CHECKS.search(name):
            continue
        start = m.end("name") - len(name)
        add(start, m.end(), f"{name} {noun}")
    return [(s, e, n) for s, e, n in spans if not _employers_own(line, s, e)]


def _employers_own(line: str, start: int, end: int) -> bool:
    """The employer's own registration or award, not the candidate's: the clause before it has
    the employer as its subject ("We are registered with"), "our" stands just before it, a
    registration number follows it, or it is an employer's award ("Investors in People")."""
    clause = _CLAUSE_END.split(line[:start])[-1]
    says = list(_EMPLOYER_SAYS.finditer(clause))
    if says and not re.search(r"\byou(?:r)?\b", clause, re.I):
        # "We hold Investors in People accreditation", not "We have a need for a ... licence":
        # a having verb names the employer's own only just before it
        gap = clause[says[-1].end() :].split()
        # ... nor "We have a CSCS card requirement for all site staff", "We have CSCS card
        # holders only on site, so you must hold one": the rest of the clause asks it
        rest = {w.casefold().strip(",:") for w in _CLAUSE_END.split(line[end:])[0].split()}
        if not says[-1].group("has") or (
            len(gap) <= 3
            and not {"for", "need", "requirement"} & {w.casefold() for w in gap}
            and not _ASKED_AFTER & rest
        ):
            return True
    if _OUR.search(line[:start]) or _NUMBER_AFTER.match(line[end:]):
        return True
    return any(a.start() < end + 2 and start < a.end() + 2 for a in _EMPLOYER_AWARD.finditer(line))


def _trim_name(name: str) -> str:
    words = name.split()
    while words and words[0].casefold().strip(".") in _DRESS:
        words.pop(0)
    return " ".join(words)


def _generic(name: str) -> bool:
    """A name that says no credential ("Current", "Full UK", "Must"): its words are all dress
    or a country's and a state's short name alone."""
    words = [w.casefold().strip(".,") for w in name.split()]
    return all(w in _DRESS for w in words) or (len(words) == 1 and len(words[0]) < 2)
