"""Read the job title an email is about, from its subject first, then its body."""

from __future__ import annotations

import re

from bounceback.mail.names import CAP_WORD, NAME_JOIN, NAME_WORD, squash, words
from bounceback.mail.rolecut import cut_title
from bounceback.mail.roleleads import LEAD_WORDS, without_lead

# A German title's gender colon is the title's own ("Backend-Entwickler:in", "Kundenberater:in
# Privatkunden", "Mitarbeiter:innen"): the patterns read on past it (round 36), where a colon
# otherwise ends a title ("Interview: Data Analyst").
GENDER_COLON = r"(?::in(?:nen)?\b)?"
# A programming platform written with a dot or a sharp is a title's word too ("Lead .NET
# Developer", "Senior C# Engineer", "Systemutvecklare .NET"): round 36, where the title ended
# before it ("Lead") or began after the dot ("NET Developer").
DOT_NET = r"\.(?:NET|Net)\b"
_ROLE_WORD = rf"(?:{DOT_NET}|{NAME_WORD}(?:(?<=\b[CF])#)?){GENDER_COLON}"
_ROLE_JOIN = NAME_JOIN.replace(NAME_WORD, _ROLE_WORD, 1)
ROLE = rf"{_ROLE_WORD}(?:(?:[ ]|, |[ ][-–][ ]){_ROLE_JOIN}){{0,8}}"
ROLE_NOUNS = words("""teacher engineer nurse manager fitter analyst assistant officer developer
technician operative designer consultant coordinator specialist supervisor driver chef cook
accountant advisor adviser associate executive director lead tester programmer scientist worker
agent cashier clerk receptionist editor writer planner inspector machinist electrician
carpenter plumber apprentice educator counselor counsellor paralegal solicitor barista bartender
porter surveyor underwriter actuary administrator representative intern trainee graduate
practitioner sister midwife therapist pharmacist dispatcher handler secretary bookseller
merchandiser attendant housekeeper guard instructor lecturer tutor architect auditor partner
researcher physician doctor dentist hygienist carer packer picker operator mechanic welder
labourer laborer cleaner steward host hostess waiter waitress server controller coach ranger
crew nanny babysitter staff walker sitter childminder caretaker gardener handyman baker butcher
florist stylist hairdresser barber courier rider valet dishwasher runner lifeguard roofer
plasterer painter decorator bricklayer joiner tiler caregiver aide helper stocker loader""")
_ROLE_PATTERNS_SUBJECT = tuple(re.compile(p, re.M) for p in (
    rf"(?:for|as|about) (?:the |a |an )?(?:position of |role of |post of )?(?P<r>{ROLE})"
    rf"(?: \(| at | -| \||$)",
    rf"^(?:Re: |RE: |Fwd: )?(?i:Application received|Interview invitation|Interview confirmation|"
    rf"Invitation to interview|Job offer|Offer of employment|Offer details|Documents needed|"
    rf"Take-home exercise|Interview request|Conditional offer|Conditional Offer|Interview|"
    rf"Interview Invitation|Interview Confirmation|Trial shift|Offer Letter|Opportunity|"
    rf"Oportunidad|Oportunidade|Opportunità|Opportunité|"
    rf"Hiring|Rescheduled: interview for|Invitation|Application confirmation|Offer|Next step|"
    rf"Interview Schedule|Application status)"
    rf"(?:[:]| -| –|[ ]for) (?P<r>{ROLE})",
    rf"^(?:Re: |RE: )?(?P<r>{ROLE}) (?:at|opportunity at|role|position|application|job|"
    rf"opportunity|coding challenge|technical assessment|in [A-Z])\b",
    rf"^(?:Re: |RE: )?(?P<r>{ROLE})(?: -| –| \||:(?!in(?:nen)?\b))",
    rf"(?: -| –|:| \||\bals) (?P<r>{ROLE})$",
    rf"^(?:Re: )?(?P<r>{ROLE})$",
))
# (A pattern that opens with "\b" and a word has the "\b" behind the word's first letter: the
# same matches, but the engine looks only where that letter stands.)
_ROLE_PATTERNS_BODY = tuple(re.compile(p, re.M) for p in (
    rf"(?:position|role|post|vacancy|job|programme|program) of (?:a |an )?(?P<r>{ROLE})",
    rf"(?:for|to|as|about|on|in) (?:the |a |an |our |this )?(?P<r>{ROLE}) (?:position|role|"
    rf"vacancy|post|opening|opportunity|job|programme|program|competition|posting)\b",
    rf"(?:Position|Role|Job title|Vacancy|Stelle|Position applied for)\s*[:]\s*(?P<r>{ROLE})",
    rf"(?:applying|applied|application|applications|apply|submission|hiring|candidacy|"
    rf"interview|interviewing|shortlisted|assessment|exercise|test|offer|interest) (?:for|to|in) "
    rf"(?:the |a |an |our )?(?:post of |position of |role of )?"
    rf"(?P<r>{ROLE})(?=\s+[a-z]|\s*[.,!;:()]|\s*$)",
    rf"(?:join us|join the team|start|recruiting|hiring|offer you a role on our team) as "
    rf"(?:a |an |our )?(?P<r>{ROLE})",
    rf"(?:als|Position|Bewerbung als) (?P<r>{ROLE})",
    rf"t(?<=\bt)he (?P<r>{ROLE}) (?:position|role|vacancy|post|opening|job|programme|program)\b",
    rf"(?:e(?<=\be)mployment|j(?<=\bj)oin us|s(?<=\bs)tart) as (?:a |an |our )?(?P<r>{ROLE})",
    rf"f(?<=\bf)or (?:the |a |an )?(?P<r>{ROLE})(?=\s+[a-z]|\s*[.,!;:()]|\s*$)",
    rf"(?:working with .{{2,40}} on|looking for|recruiting for|hiring for) (?:a |an )"
    rf"(?P<r>{ROLE})(?: position| role| to| with|[.,])",
))
# "(Ref. 2026/07)", "(Kennziffer 4411)"; after the short words "no" and "id" only a number of three
# digits or more is a reference ("Care Assistant (no 2)" keeps its "no 2").
_REQ_CODE = re.compile(r"\s*\((?:(?:REQ-|JR|R-|Job ID |requisition )?[\w -]*\d{3,}|"
                       r"(?i:ref|réf|rif|reference|nr ref|req|job id|kennziffer|"
                       r"vacaturenummer|referencia|referência)\.?:?\s*[\w./-]*\d[\w./-]*|"
                       r"(?i:n[º°o]|id)\.?:?\s*[\w./-]*\d{3,}[\w./-]*)\)$")
# A requisition number or a selection code written before the title ("R-20417 Warehouse Team
# Leader", Workday; "EPSO/AD/412/26 - Policy Officers"): letters with a slash or three digits in
# a row, so that a word of the title is kept ("B2B - Sales Executive", "HGV1 - Class 1 Driver").
_REQ_LEAD = re.compile(r"^(?:(?:R|JR|REQ|Req)[-_#]?\d{3,}\s*[-–:|]?\s*"
                       r"|(?=[\w/.-]*[A-Za-z])(?=[\w/.-]*(?:/[\w.-]*\d|\d{3}))[\w/.-]+\s+[-–|:]\s+)"
                       r"(?=[A-Z])")
_CODE_TAIL = re.compile(r"(?:\s+[-–|]\s+[\w/.-]*\d[\w/.-]*)+$")
_ROLE_TAIL = re.compile(r"(?:[ ,-]+(?:position|role|vacancy|post|opening|opportunity|job|at|"
                        r"the|and|for|of|in|with|a|an|to|-|–))+$", re.I)
_ROLE_LEAD = re.compile(r"^(?:(?:Exciting|Urgent|Confidential|New|Immediate|Hiring|Opportunity|"
                        r"Great|Open|Senior-level)[:!]? )+(?=[A-Z])")
_NOT_ROLE_START = frozenset({
    "outcome", "references", "reference", "posting", "letter", "status", "welcome", "task",
    "documents", "medical", "onsite", "feedback", "schedule", "quick", "employment",
    "pre-employment", "induction", "programming", "cook-off", "resume", "cv", "your",
    "rescheduled", "confidential", "exciting", "urgent", "robotics", "indeed", "linkedin", "job",
    "ihr", "ihre", "eingangsbestätigung", "einladung", "sie", "du", "vous", "nous", "usted",
    "u", "je", "lei", "você", "pan", "pani", "dig", "er", "oss", "ein", "eine", "un", "une",
    "el", "la", "le", "les", "de", "het", "een", "il", "lo", "o", "a", "os", "as",
    "our", "my", "thank", "thanks", "re", "we", "regarding", "application", "hi",
    "confirmation", "update", "hello", "dear", "i", "you", "this", "please", "action", "reminder",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
    "wed", "thu", "fri", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", "new", "next", "great", "good",
    "unfortunately", "after", "following", "congratulations", "sadly", "interview", "invitation",
    "notification", "position", "review", "onboarding", "hire", "different", "hey", "dbs",
    "fifo", "complete", "reminder:", "important", "couple",
})
_NOT_ROLE = frozenset({
    "application", "applicant", "candidate", "update", "your application", "application update",
    "thank you", "thanks", "we", "our", "the", "this", "next steps", "interview", "offer", "job",
    "position", "role", "you", "i", "it", "please", "action required", "reminder", "hi", "dear",
})



# Job titles in the other languages bounceback reads, introduced by their usual words; titles
# there are often written in lower case after the first word, so the rest of the phrase counts.
# (Every branch opens with a letter, "\b" after it as a look back, so that the engine looks only
# where one of those letters stands: the same matches, in half the time.)
_FOREIGN_ROLE = re.compile(
    r"(?:S(?<=\bS)telle als|Position als|Bewerbung (?:als|für die Position|auf die Stelle)|"
    r"(?:f(?<=\bf)ür|a(?<=\ba)uf) die (?:Stelle|Position)(?: als)?|"
    r"(?:au|pour le|le) poste d[e'’]|candidature (?:au poste d[e'’]|pour|de)|"
    r"(?:para|al) (?:el |la )?(?:puesto|vacante|cargo|posición) de|"
    r"voor de (?:functie|vacature|rol)(?: van| als)?|functie (?:van|als)|sollicitatie(?: als| voor)?|"
    r"per la posizione di|posizione di|per il ruolo di|candidatura (?:come|a|per la posizione di)|"
    r"(?:para a|à) vaga de|vaga de|para o cargo de|cargo de|"
    r"na stanowisko|stanowisko|"
    r"tjänsten som|rollen som|ansökan (?:till|om) tjänsten som|"
    r"a(?<=\ba)ls|s(?<=\bs)om|c(?<=\bc)omo)"
    r"(?:(?<=['’])|\s)(?P<r>[\wÀ-ÖØ-Þ](?:[^\n.,;:!?\[\]\"“”«»]|(?<=\bds)\.|"
    r"(?<=\w):(?=in(?:nen)?\b)|(?<= )\.(?=(?:NET|Net)\b)){1,60})"
)
# Words after which the mail writes a title in running text, in the nine languages ("the
# vacancy Verkoopmedewerker", "la vaga Técnico de Farmácia", "we söker en Processingenjör",
# "estoy buscando un/a Productor/a"), the title cut where the clause or a joining word ends it.
_TRIGGER_WORDS = (
    "position|role|post|vacancy|opening|posting|vaga|poste|Stelle|vacature|functie|"
    "oferta|offre|puesto|offerta|posizione|ruolo|annonsen|tjänsten|rollen|stanowisko|"
    "stanowiska|cargo|proceso|processo|processus|procedura|search|búsqueda|ricerca|selezione|"
    "hiring|seeking|looking for|cerchiamo|cercando|buscamos|buscando|suchen|söker|zoeken|"
    "szukamy|procuramos|recherchons|recrute|recruto|recruiting|for|as|als|som|como|come|"
    "jako|para|pour|per|voor|a|an|un|une|una|un/a|uma|um|een|ein|eine|einen|en|ett|the")
_TRIGGER = re.compile(
    rf"\b(?=(?P<t>{_TRIGGER_WORDS})"
    r"\s+[«\"“„'‘]?(?P<r>[\wÀ-ÖØ-Þ][^\n.,;:!?«»\"“”„]{1,70}"
    r"(?:(?:(?<=\w):in(?:nen)?\b|(?<= )\.(?:NET|Net)\b)[^\n.,;:!?«»\"“”„]{0,60}){0,2}))"
)
# The words the triggers open with ("looking" of "looking for", "un" of "un/a"): as each opens
# with a letter after "\b", a trigger matches only where a word of them starts.
_TRIGGER_FIRST = frozenset(re.split(r"\W", w, maxsplit=1)[0]
                           for w in _TRIGGER_WORDS.split("|"))
_WORD = re.compile(r"\w+")


def triggers(text: str) -> list[re.Match[str]]:
    """The matches of `_TRIGGER.finditer(text)` (one at each place a trigger word opens a
    phrase), trying the pattern only where one of its first words starts: the engine would
    try its seventy words at every word's edge."""
    match = _TRIGGER.match
    return [found for word in _WORD.finditer(text) if word.group() in _TRIGGER_FIRST
            and (found := match(text, word.start())) is not None]


_SUBJECT_TAIL = re.compile(r"(?: [-–|] |: )(?P<r>(?:[^-–|:]|(?<=\w):(?=in(?:nen)?\b)){3,70})$")
_TRAILING_PLACE = re.compile(r"\s*\((?![mwfdhx]/|[a-z]{1,2}\))[^()]{2,30}\)$")


_LOOSE_SUBJECT = 3  # from this pattern on, a subject phrase must name a job to be a job title
_GENDER_MARK = re.compile(r"\s*(?:\((?:[mwfdhx]\s*/\s*){2}[mwfdhx]\)|[HF]/[HF]\b|\([HF]/[HF]\))")


_TITLE_WORD_SPLIT = re.compile(r"[\s/(),-]+")


def has_job_word(role: str) -> bool:
    """Whether a phrase holds an English job title's head word ("Senior Analyst", "Nurses")."""
    return any(w.lower().rstrip("s") in ROLE_NOUNS for w in _TITLE_WORD_SPLIT.split(role) if w)


def _with_gender_mark(role: str, text: str) -> str:
    """The title with the gender marker job ads write after it ("Koch (m/w/d)", "Chef H/F")."""
    at = text.find(role) if "/" in text else -1  # (every mark holds a slash)
    if at >= 0:
        mark = _GENDER_MARK.match(text, at + len(role))
        if mark:
            return role + mark.group(0)
    return role


def _foreign_role(scan: Scan) -> str | None:
    """A job title in the other languages: after the words that introduce one, or (in a
    subject) after the last dash or colon ("Zusage – Disponent im Nahverkehr")."""
    subject = scan.subject
    for text in (subject, scan.body):
        for match in scan.matches(_FOREIGN_ROLE, text):
            role = cut_title(match.group("r"))
            words = role.split()
            if 0 < len(words) <= 6 and words[0].lower() not in _NOT_ROLE_START:
                return _with_gender_mark(role, text)
        if text is subject:
            tail = _SUBJECT_TAIL.search(subject)
            if tail:
                role = _TRAILING_PLACE.sub("", cut_title(tail.group("r")))
                words = role.split()
                if 0 < len(words) <= 6 and role[0].isupper() and (
                        words[0].lower() not in _NOT_ROLE_START):
                    return _with_gender_mark(role, subject)
    return None


class Scan:
    """The patterns' matches over one email's subject and its body's first 1,000 characters,
    each pattern run over each once: the rules' answer and the role ranker's candidates
    (mail/rolecandidates.py) read the same matches instead of running the patterns twice."""

    __slots__ = ("subject", "body", "_found")

    def __init__(self, subject: str, body: str) -> None:
        self.subject = subject
        self.body = body[:BODY]
        self._found: dict[tuple[int, bool], list[re.Match[str]]] = {}

    def matches(self, pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
        """Every match of `pattern` in `text` (the subject or the body, by identity); not run
        on a text that holds none of the strings every match needs (_needed)."""
        # Keyed by the pattern's id, not the pattern: a Pattern's hash reads its whole
        # compiled program each time (5-6 microseconds for these), and a message asks about
        # twenty patterns several times (round 19: a sixth of the role finder's time). _PATTERNS
        # holds every pattern asked about, so no id is reused for another while it is there.
        memo = (id(pattern), text is self.subject)
        found = self._found.get(memo)
        if found is None:
            kept = _PATTERNS.get(memo[0])
            if kept is None or kept[0] is not pattern:
                kept = _needed(pattern)
            needed, words = kept[1], kept[2]
            found = self._found[memo] = (
                list(pattern.finditer(text))
                if needed is None or any(map(text.__contains__, needed))
                or (words is not None and words.search(text) is not None) else [])
        return found


# Per pattern (by id): the pattern itself, the strings of which every match holds one (or
# a word that `words` finds, when not None).
Needed = tuple[re.Pattern[str], frozenset[str] | None, re.Pattern[str] | None]
_PATTERNS: dict[int, Needed] = {}


def _needed(pattern: re.Pattern[str]) -> Needed:
    """Strings of which every match of `pattern` holds one (None: no such test), from its
    parse tree (recovery/crisis_needs.py: a necessary condition only, never a guess), worked
    out once per pattern: a text with none of them is not scanned (round 19: "als", " as ",
    "hiring for", the foreign openers are absent from most mail)."""
    from bounceback.recovery.crisis_needs import needs

    found = needs(pattern)
    needed, words = _opening_words(pattern, found) if found else (found, None)
    kept = _PATTERNS[id(pattern)] = (pattern, needed, words)
    return kept


# An opener written "a(?<=\ba)ls" (its letter, then a look back for a word's start) gives the
# parse tree only "ls", which most mail holds ("also", "tools", "from" for "s(?<=\bs)om"): the
# foreign pattern then ran on nine texts in ten and found nothing (round 20: 23 us a message,
# the costliest pattern). When such openers stand in the pattern's first group and a space
# must follow that group (_FOREIGN_ROLE's "(?:(?<=['’])|\s)": a letter is no quote), they
# match only where the whole word starts and a space follows: "\b(?:als|som|como)\s".
_LOOK_BACK_OPENER = re.compile(r"(?<=[|:])(\w)\(\?<=\\b\1\)(\w+)(?=[|)])")
_SPACE_AFTER = "(?:(?<=['’])|\\s)"


def _opening_words(pattern: re.Pattern[str], found: frozenset[str]
                   ) -> tuple[frozenset[str], re.Pattern[str] | None]:
    """`found` without the strings that only look-back openers give, and the pattern that
    finds where one of those openers can match (see above); `found` alone when the pattern is
    not of that shape."""
    source = pattern.pattern
    end = _first_group_end(source)
    if end is None or not source.startswith(_SPACE_AFTER, end + 1):
        return found, None
    openers = [m for m in _LOOK_BACK_OPENER.finditer(source, 0, end + 1)
               if _depth(source, m.start()) == 1]
    rest = {m.group(2) for m in openers}
    if not openers or not rest <= found:
        return found, None
    words = "|".join(re.escape(m.group(1) + m.group(2)) for m in openers)
    return found - rest, re.compile(rf"\b(?:{words})\s", pattern.flags)


def _depths(source: str) -> list[int]:
    """How many groups are open after each character of a pattern's source (no class there
    holds a bracket: the openers' sources do not)."""
    depths, depth, escaped = [], 0, False
    for char in source:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        depths.append(depth)
    return depths


def _depth(source: str, at: int) -> int:
    """How many groups are open at `at` in a pattern's source."""
    return _depths(source[:at])[-1] if at else 0


def _first_group_end(source: str) -> int | None:
    """Where the group that opens the pattern closes (None: it opens with no group)."""
    if not source.startswith("(?:"):
        return None
    return next((at for at, depth in enumerate(_depths(source)) if depth == 0), None)


BODY = 1000  # the characters of the body the patterns read


def extract_role(subject: str, body: str, company: str | None = None,
                 lang: str | None = None, scan: Scan | None = None) -> str | None:
    """The job title the email is about, as written; None when it names none. In a language
    other than English (`lang`), that language's wording is read first. `scan`: the matches
    of this subject and body, when the caller reads them too."""
    role = _extract_role(scan or Scan(subject, body), company, lang)
    return without_lead(role) if role else role


def _extract_role(scan: Scan, company: str | None, lang: str | None) -> str | None:
    comp = squash(company) if company else ""
    subject, body = scan.subject, scan.body
    if lang not in (None, "en"):
        foreign = _foreign_role(scan)
        if foreign and squash(foreign) != comp:
            return foreign
    for number, pattern in enumerate(_ROLE_PATTERNS_SUBJECT):
        for match in scan.matches(pattern, subject):
            role = _clean_role(match.group("r"), company)
            if role and squash(role) != comp and role.lower() not in _NOT_ROLE and (
                    number < _LOOSE_SUBJECT or lang not in (None, "en") or has_job_word(role)):
                return _with_gender_mark(role, subject)
    for pattern in _ROLE_PATTERNS_BODY:
        for match in scan.matches(pattern, body):
            role = _clean_role(match.group("r"), company)
            if role and squash(role) != comp and role.lower() not in _NOT_ROLE:
                return role
    return _role_by_title_word(subject, body, company, comp)


def _role_by_title_word(subject: str, body: str, company: str | None, comp: str) -> str | None:
    """Last resort: a capitalised phrase ending in a job word ("Picker Packer", "Dental Nurse")."""
    for text in (subject, body):
        for match in _ROLE_RUN.finditer(text):
            raw = match.group(0)
            words = raw.lower().split()
            if words[-1].rstrip("s") not in ROLE_NOUNS or _HIRING_WORDS.intersection(words):
                continue  # not a job title, or the recruiter's own title in a signature
            role = _clean_role(raw, company)
            if role and squash(role) != comp and role.lower() not in _NOT_ROLE:
                return role
    return None


_HIRING_WORDS = words("talent recruitment recruiter recruiting hr people hiring resourcing "
                       "acquisition human head founder ceo")
_ROLE_RUN = re.compile(
    rf"{CAP_WORD}{GENDER_COLON}(?:(?:[ ]|[ ][-–][ ])(?:&|and|of|{CAP_WORD}|"
    rf"\([\w&/+ -]{{1,25}}\))){{0,6}}"
)


def _clean_role(role: str, company: str | None) -> str | None:
    role = role.strip(" .,;:!|'’\"")
    if company:
        for sep in (" at ", " - ", " | ", " – "):
            head, found, tail = role.partition(sep)
            if found and squash(company) in squash(tail):
                role = head
            elif found and squash(company) in squash(head):
                role = tail
    # (_REQ_CODE's matches hold a bracket, _CODE_TAIL's a dash or a bar: most titles hold
    # neither, and these two are tried at every space or bracket of the phrase)
    role = _REQ_LEAD.sub("", _REQ_CODE.sub("", role) if "(" in role else role)
    if "-" in role or "–" in role or "|" in role:
        role = _CODE_TAIL.sub("", role)
    role = _ROLE_TAIL.sub("", role).strip(" .,;:!|-–")
    role = _ROLE_LEAD.sub("", role)
    if not role or len(role) < 3 or len(role.split()) > 9 or not role[0].isupper():
        return None
    first = role.split()[0].lower()
    if role.lower() in LEAD_WORDS:  # "Oportunidad: Jefe de Producción": the title follows
        return None
    if first in _NOT_ROLE_START and not (
            first in _TITLE_HEADS and role.split()[-1].lower().rstrip("s") in ROLE_NOUNS):
        return None
    return role


# Words that start a subject's other phrases ("Medical questionnaire") but also job titles
# ("Medical Receptionist", "Employment Advisor") when a job word ends them.
_TITLE_HEADS = words("medical employment")
