"""Read the job title an email is about, from its subject first, then its body."""

from __future__ import annotations

import re

from bounceback.mail.names import CAP_WORD, NAME_JOIN, NAME_WORD, squash, words

ROLE = rf"{NAME_WORD}(?:(?:[ ]|, |[ ][-–][ ]){NAME_JOIN}){{0,8}}"
ROLE_NOUNS = words("""teacher engineer nurse manager fitter analyst assistant officer developer
technician operative designer consultant coordinator specialist supervisor driver chef cook
accountant advisor adviser associate executive director lead tester programmer scientist worker
agent cashier clerk receptionist editor writer planner inspector machinist electrician
carpenter plumber apprentice educator counselor counsellor paralegal solicitor barista bartender
porter surveyor underwriter actuary administrator representative intern trainee graduate
practitioner sister midwife therapist pharmacist dispatcher handler secretary bookseller
merchandiser attendant housekeeper guard instructor lecturer tutor architect auditor partner
researcher physician doctor dentist hygienist carer packer picker operator mechanic welder
labourer laborer cleaner steward host hostess waiter waitress server""")
_ROLE_PATTERNS_SUBJECT = tuple(re.compile(p, re.M) for p in (
    rf"(?:for|as|about) (?:the |a |an )?(?:position of |role of |post of )?(?P<r>{ROLE})"
    rf"(?: \(| at | -| \||$)",
    rf"^(?:Re: |RE: |Fwd: )?(?:Application received|Interview invitation|Interview confirmation|"
    rf"Invitation to interview|Job offer|Offer of employment|Offer details|Documents needed|"
    rf"Take-home exercise|Interview request|Conditional offer|Conditional Offer|Interview|"
    rf"Interview Invitation|Interview Confirmation|Trial shift|Offer Letter|Opportunity|"
    rf"Hiring|Rescheduled: interview for|Invitation|Application confirmation|Offer|Next step|"
    rf"Interview Schedule|Application status)"
    rf"(?:[:]| -| –|[ ]for) (?P<r>{ROLE})",
    rf"^(?:Re: |RE: )?(?P<r>{ROLE}) (?:at|opportunity at|role|position|application|job|"
    rf"opportunity|coding challenge|technical assessment|in [A-Z])\b",
    rf"^(?:Re: |RE: )?(?P<r>{ROLE})(?: -| –| \||:)",
    rf"(?: -| –|:| \||\bals) (?P<r>{ROLE})$",
    rf"^(?:Re: )?(?P<r>{ROLE})$",
))
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
    rf"\bthe (?P<r>{ROLE}) (?:position|role|vacancy|post|opening|job|programme|program)\b",
    rf"\b(?:employment|join us|start) as (?:a |an |our )?(?P<r>{ROLE})",
    rf"\bfor (?:the |a |an )?(?P<r>{ROLE})(?=\s+[a-z]|\s*[.,!;:()]|\s*$)",
    rf"(?:working with .{{2,40}} on|looking for|recruiting for|hiring for) (?:a |an )"
    rf"(?P<r>{ROLE})(?: position| role| to| with|[.,])",
))
_REQ_CODE = re.compile(r"\s*\((?:REQ-|JR|R-|Job ID |requisition )?[\w -]*\d{3,}\)$")
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
})
_NOT_ROLE = frozenset({
    "application", "applicant", "candidate", "update", "your application", "application update",
    "thank you", "thanks", "we", "our", "the", "this", "next steps", "interview", "offer", "job",
    "position", "role", "you", "i", "it", "please", "action required", "reminder", "hi", "dear",
})



# Job titles in the other languages bounceback reads, introduced by their usual words; titles
# there are often written in lower case after the first word, so the rest of the phrase counts.
_FOREIGN_ROLE = re.compile(
    r"(?:\bals|\bStelle als|Position als|Bewerbung (?:als|für die Position|auf die Stelle)|"
    r"au poste d[e'’]|pour le poste d[e'’]|le poste d[e'’]|candidature (?:au poste d[e'’]|pour)|"
    r"(?:para|al) (?:el |la )?(?:puesto|vacante|cargo|posición) de|candidatura (?:para|a)|"
    r"voor de (?:functie|vacature|rol) (?:van |als )?|functie (?:van|als)|"
    r"per la posizione di|posizione di|per il ruolo di|candidatura per|"
    r"(?:para a|à) vaga de|vaga de|para o cargo de|cargo de|"
    r"na stanowisko|stanowisko|"
    r"tjänsten som|rollen som|ansökan (?:till|om) tjänsten som|som)"
    r" (?P<r>[A-ZÀ-ÖØ-Þ0-9][^\n.,;:!?()\[\]\"“”«»]{1,60})"
)
_FOREIGN_TAIL = re.compile(
    r"\s+(?:bei|chez|en|bij|presso|na|no|em|w|hos|på|at|in|a|à|para|pour|für|voor|per|dla|"
    r"för|och|und|et|y|e|i|en la|dans|im|in der|bei der|hier|wurde|ist|est|ha|har|ma|wird|"
    r"-|–|\|)\s.*$|\s+(?:bei|chez|bij|presso|hos|på|w|na|em|at)$", re.I)


def _foreign_role(subject: str, body: str) -> str | None:
    for text in (subject, body):
        for match in _FOREIGN_ROLE.finditer(text):
            role = _FOREIGN_TAIL.sub("", match.group("r")).strip(" -–|/")
            words = role.split()
            if 0 < len(words) <= 6 and words[0].lower() not in _NOT_ROLE_START:
                return role
    return None


def extract_role(subject: str, body: str, company: str | None = None,
                 lang: str | None = None) -> str | None:
    """The job title the email is about, as written; None when it names none. In a language
    other than English (`lang`), that language's wording is read first."""
    comp = squash(company) if company else ""
    if lang != "en":
        foreign = _foreign_role(subject, body[:1000])
        if foreign and squash(foreign) != comp:
            return foreign
    for pattern in _ROLE_PATTERNS_SUBJECT:
        for match in pattern.finditer(subject):
            role = _clean_role(match.group("r"), company)
            if role and squash(role) != comp and role.lower() not in _NOT_ROLE:
                return role
    body = body[:1000]
    for pattern in _ROLE_PATTERNS_BODY:
        for match in pattern.finditer(body):
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
    rf"{CAP_WORD}(?:(?:[ ]|[ ][-–][ ])(?:&|and|of|{CAP_WORD}|\([\w&/+ -]{{1,25}}\))){{0,6}}"
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
    role = _REQ_CODE.sub("", role)
    role = _CODE_TAIL.sub("", role)
    role = _ROLE_TAIL.sub("", role).strip(" .,;:!|-–")
    role = _ROLE_LEAD.sub("", role)
    if not role or len(role) < 3 or len(role.split()) > 9 or not role[0].isupper():
        return None
    if role.split()[0].lower() in _NOT_ROLE_START:
        return None
    return role
