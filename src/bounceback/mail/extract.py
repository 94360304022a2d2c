"""Read the company and the role title an email names, from its sender, subject and body."""

from __future__ import annotations

import re

from bounceback.mail.features import sender_parts
from bounceback.mail.platforms import FREE_MAIL, platform_of_domain


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# A name as written: capitalised words, with the small joining words names use.
_W = r"(?!I['’ ])(?:Inc\.|Ltd\.|Co\.|Corp\.|[A-Z0-9](?:[\w&'’+/-]|\.(?=\w))*)"
_J = rf"(?:&|and|of|de|der|für|for|the|du|la|{_W}|\([\w&/+ -]{{1,25}}\))"
_CW = r"[A-Z0-9](?:[\w&'’+/-]|\.(?=\w))*"
_CAPS = re.compile(
    rf"{_CW}(?:[ ](?:&|and|of|de|der|für|for|the|du|la|{_CW}|\([\w&/+ -]{{1,25}}\))){{0,6}}"
)
ROLE = rf"{_W}(?:(?:[ ]|, |[ ][-–][ ]){_J}){{0,8}}"

_TEAM_WORDS = (r"(?:Hiring|Recruiting|Recruitment|Talent(?: Acquisition)?|Careers?|Jobs|HR|"
               r"Early Careers|Onboarding|TA|People & Culture|Employer Brand|"
               r"Human Resources|People(?: Team| Operations)?|Resourcing|Graduate Recruitment|"
               r"Campus Recruiting|Talent Community|Personal|Personalabteilung)")
_TEAM_SUFFIX = re.compile(rf"(?:[ ]*[-|,]?[ ]+{_TEAM_WORDS}(?: Team| Department| Partner)?)+$")
# Context around a capitalised name that says it is the employer: before it, after it, or
# (in signatures) the rest of its line. Checked per name, on a few characters: fast.
_BEFORE = re.compile(
    r"(?:(?:applying|applied|application|apply|career|careers|interviewing|sent|joining|join|"
    r"working|choosing|considering) (?:to|at|with) (?:us at |the team at )?"
    r"|(?:interest|interested) in (?:joining |working (?:at|for|with) |a career (?:with|at) )?"
    r"|(?:thank you for|thanks for) (?:choosing|considering) "
    r"|(?:on behalf of|everyone at|greetings from|welcome to|update from|from) "
    r"(?:the team at |everyone at )?|position at (?:our |the )?)$"
)
_AFTER = re.compile(
    r" (?:has|have) (?:invited|decided|reviewed|started|confirmed|received)"
    r"| (?:will not|won't|would like|is pleased|is delighted|is an equal)"
)
_BEFORE_LAST = ("to ", "at ", "with ", "in ", "from ", "of ", "for ", "choosing ", "considering ",
                "joining ", "the ", "our ")
_AFTER_FIRST = (" has ", " have ", " will ", " won't ", " would ", " is ")
_SUBJECT_AFTER = re.compile(r" (?:-|–|\|) [a-z]| (?:interview|application|candidacy|offer|"
                            r"technical|online|has)\b|$")
_SUBJECT_BEFORE = ("Your ", "your ", "with ", "from ", "at ", "to ")
_AT_BEFORE = re.compile(r"(?:at|with|for) $")
_AT_AFTER = re.compile(r" on (?:a|the|an)\b| in [A-Z]")
_THE_BEFORE = re.compile(r"\b(?:on|join|of) the $")
_TEAM_AFTER = re.compile(r" (?:talent|hiring|recruiting|recruitment|people|hr) team")
_LINE_BEFORE = re.compile(
    rf"^(?:{_TEAM_WORDS}(?: Team| Officer| Department)?(?:,| \|| -| –) "
    r"|(?:[A-Z][\w&/-]*[ ,]+){0,4}(?:Recruiter|Manager|Partner|Consultant|Sourcer|Lead|"
    r"Director|Officer|Specialist|Coordinator|Advisor|People|Engineer|HR) (?:at|@) )$"
)


def _named_in_text(text: str, spans: list[str], subject_end: int = 0) -> list[str]:
    """Capitalised names that the text's wording marks as the employer; every capitalised
    name found is appended to `spans`."""
    out = []
    for match in _CAPS.finditer(text):
        raw = match.group(0)
        if raw in _SKIP_CAPS or raw.startswith(("I ", "I'", "I’")):
            continue
        spans.append(raw)
        start, end = match.span()
        before = text[max(0, start - 48) : start]
        after = text[end : end + 24]
        hit = False
        if before.endswith(_BEFORE_LAST):
            hit = bool(_BEFORE.search(before)
                       or (_AT_BEFORE.search(before) and _AT_AFTER.match(after))
                       or (_THE_BEFORE.search(before) and _TEAM_AFTER.match(after)))
        if not hit and after.startswith(_AFTER_FIRST):
            hit = bool(_AFTER.match(after))
        if not hit and start < subject_end:
            hit = bool(_SUBJECT_AFTER.match(after)) or before.endswith(_SUBJECT_BEFORE)
        if not hit and (not after or after[0] == "\n" or not after.split("\n", 1)[0].strip()):
            line_start = text.rfind("\n", 0, start) + 1
            head = text[line_start:start]
            hit = (not head.strip() and _TEAM_SUFFIX.search(raw) is not None) or bool(
                head and _LINE_BEFORE.match(head))
        if hit:
            if after.lstrip().lower().startswith(_ROLE_WORDS) or (
                raw.rsplit(" ", 1)[-1].lower().rstrip("s") in ROLE_NOUNS
            ):
                continue
            name = _clean_name(raw)
            if name and name.lower() not in _NOT_COMPANY and not name.isdigit():
                out.append(name)
    return out


_NOT_COMPANY = frozenset({
    "we", "our", "you", "your", "i", "this", "the", "thank", "thanks", "hi", "hello", "dear",
    "please", "unfortunately", "linkedin", "indeed", "workday", "greenhouse", "lever", "team",
    "the team", "us", "candidate", "applicant", "hr", "human resources", "recruitment",
    "talent acquisition", "recruiting", "careers", "jobs", "do not reply", "noreply",
    "no-reply", "notifications", "support", "job", "the position", "microsoft teams", "zoom",
    "google meet", "all", "people team", "hiring team", "mygreenhouse", "after", "following",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "good luck", "regards", "kind regards", "best", "best regards", "sincerely", "me", "mum",
    "an", "a", "it", "my", "yes", "head", "head of", "vp", "director", "re", "fwd", "teamtailor", "smartrecruiters", "sap successfactors",
    "successfactors", "ashby", "personio", "workable", "jobvite", "bamboohr", "icims", "taleo",
    "oracle taleo", "sap", "hackerrank", "codility", "hirevue", "codesignal", "naukri", "seek",
    "stepstone", "glassdoor", "nhs jobs", "reed", "oleeo", "frontline", "spark hire", "testgorilla",
    "shl", "pymetrics",
})
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
    "ihr", "ihre", "eingangsbestätigung", "einladung",
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


def _clean_name(name: str) -> str:
    name = _TRAIL_PAREN.sub("", name).strip(" .,;:!-–|'’\"")
    name = _TEAM_SUFFIX.sub("", name).strip(" .,;:!-–|")
    name = _LEAD_WORDS.sub("", _TRAIL_JOIN.sub("", name))
    return name.removeprefix("SAP ").strip()


_TRAIL_PAREN = re.compile(r"\s*\([^()]*\)$")
_TRAIL_JOIN = re.compile(r"(?:\s+(?:&|and|of|de|der|für|for|the|du|la))+$")
_LEAD_WORDS = re.compile(r"^(?:the|The|Your|Our|Unfortunately|Sadly|Thanks|Thank|Dear|Hi|Hello|Regrettably|"
                         r"Congratulations|Greetings|Welcome)\s+(?=[A-Z])")


_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def _squash(text: str) -> str:
    return _NOT_ALNUM.sub("", text.lower().replace("&", "and"))


def _domain_stem(domain: str) -> str:
    """The organisation part of a sender domain ("kookaburrahealth.com.au" -> kookaburrahealth)."""
    parts = [p for p in domain.split(".") if p not in {"com", "co", "org", "net", "gov", "ac",
                                                       "edu", "uk", "au", "ca", "in", "de", "ie",
                                                       "io", "ai", "mail", "jobs", "careers",
                                                       "hr", "us", "eu", "www", "email"}]
    return _squash(parts[-1]) if parts else ""


def _is_person(display: str, local: str, domain: str) -> bool:
    """A display name that is a person's: their name is in the address, and no company word."""
    words = [w for w in re.split(r"[^a-z]+", display.lower()) if w]
    if not words or len(words) > 3 or platform_of_domain(domain) is not None:
        return False
    if any(w in _ORG_WORDS for w in words):
        return False
    loc = local.lower()
    return sum(w in loc for w in words) >= 1 and all(len(w) > 1 for w in words)


def _sender_stem(local: str, domain: str) -> str:
    """The organisation hint in a sender address: its own domain, or an ATS slug."""
    platform = platform_of_domain(domain)
    if domain in FREE_MAIL:
        return ""
    if platform is None:
        return _domain_stem(domain)
    head = domain.split(".")[0]
    if len(head) > 3 and _squash(platform) not in _squash(head) and head not in {"candidates",
                                                                                  "talent", "hire", "app", "mail"}:
        return _squash(head)  # noreply@aurora.taleo.net
    slug = local.split("-")[0]
    if slug and not slug.startswith(_GENERIC_LOCAL):
        return _squash(slug)  # bluewater@myworkday.com
    return ""


_SKIP_CAPS = _words("""We Our You Your I Thank Thanks Hi Hello Dear Please If This The It
Unfortunately As After Following Best Kind Regards Sincerely Many Warm All Good Cheers Just Due
Congratulations In Once Should To Rest Sadly Thank you Hey Yours Speak Looking Before Click
Applications Candidates No Either While Although Regrettably Great Apologies Namaste
Mon Tue Wed Thu Fri Sat Sun Monday Tuesday Wednesday Thursday Friday Saturday Sunday""")
ROLE_NOUNS = _words("""teacher engineer nurse manager fitter analyst assistant officer developer
technician operative designer consultant coordinator specialist supervisor driver chef cook
accountant advisor adviser associate executive director lead tester programmer scientist worker
agent cashier clerk receptionist editor writer planner inspector machinist electrician
carpenter plumber apprentice educator counselor counsellor paralegal solicitor barista bartender
porter surveyor underwriter actuary administrator representative intern trainee graduate
practitioner sister midwife therapist pharmacist dispatcher handler secretary bookseller
merchandiser attendant housekeeper guard instructor lecturer tutor architect auditor partner
researcher physician doctor dentist hygienist carer packer picker operator mechanic welder
labourer laborer cleaner steward host hostess waiter waitress server""")
_ROLE_WORDS = ("role", "position", "vacancy", "post ", "post.", "opening", "job", "opportunit",
               "programme", "program ", "competition")
_ORG_WORDS = _words("""group health bank labs lab media hotel hotels services service trust
school schools district academy inc ltd llc llp plc gmbh ag analytics software systems robotics
cloud consulting legal energy pharma mining airlines air grocers logistics builders capital
advisors telecom marketing childcare veterinary books games property suites resorts lodge
hospital medical center centre care homes authority council city department university college
charity foundation partners solutions technologies technology digital studio agency
recruitment staffing search""")
_GENERIC_LOCAL = ("no", "donot", "do-not", "info", "jobs", "alert", "notif", "support", "hello",
                  "messages", "inmail", "indeedapply", "service", "team", "recruit", "careers")


def extract_company(sender: str, subject: str, body: str) -> str | None:
    """The employer the email is about, as the email writes it; None when it names none."""
    display_raw = sender.split("<", 1)[0].strip().strip('"') if "<" in sender else ""
    _, local, domain = sender_parts(sender)
    stem = _sender_stem(local, domain)
    text = f"{subject}\n{body}"
    if len(text) > 1800:
        text = text[:1200] + "\n" + text[-500:]
    first: tuple[str, float] | None = None
    if display_raw:
        display_raw = _VIA.sub("", display_raw)
        via = _AT_COMPANY.search(display_raw)
        if via:  # "Dana at Lumen Ledger": said outright
            return _clean_name(via.group(1) or via.group(2)) or None
        display = _clean_name(display_raw)
        platform = platform_of_domain(domain)
        if platform and _squash(platform).startswith(_squash(display)):
            display = ""  # "NHS Jobs <noreply@jobs.nhs.uk>" is the job board, not the employer
        if display and display.lower() not in _NOT_COMPANY and not _is_person(display, local,
                                                                             domain):
            low = display.lower()
            org = any(w in _ORG_WORDS for w in low.split())
            if _TEAM_SUFFIX.search(display_raw) or (org and low in text.lower()):
                return _longer_form(display, text)  # "Acme Hiring Team", or a name repeated
            weight = (1.5 if org or low in subject.lower() else
                      0.9 if low in text.lower() or _stem_match(_squash(display), stem) else 0.4)
            first = (display, weight)
    spans: list[str] = []
    named = [(name, 1.0) for name in _named_in_text(text, spans, len(subject))]
    if first:
        named.insert(0, first)
    return _vote(named, stem, spans)


_VIA = re.compile(r"\s+via\s+\S+$")
_AT_COMPANY = re.compile(r"\s(?:from|at)\s+(.+)$|\((.+)\)$")


def _prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _stem_match(sq: str, stem: str) -> bool:
    common = _prefix(sq, stem)
    return common >= 4 and (common == len(sq) or common == len(stem) or common >= 6)


def _vote(named: list[tuple[str, float]], stem: str, spans: list[str]) -> str | None:
    """The candidate most named, with the sender's own domain (or ATS slug) as a strong vote."""
    votes: dict[str, float] = {}
    first: dict[str, str] = {}
    for name, weight in named:
        sq = _squash(name)
        if len(sq) < 2:
            continue
        first.setdefault(sq, name)
        votes[sq] = votes.get(sq, 0.0) + weight
    matched = False
    if len(stem) >= 4:
        for sq in votes:
            common = _prefix(sq, stem)
            if _stem_match(sq, stem):
                votes[sq] += 3.0 * common / len(stem) + 1.0
                matched = True
        if not matched:
            found = _find_by_stem(stem, spans)
            if found:
                return found
    if not votes:
        return None
    best = max(votes, key=lambda sq: votes[sq])
    if votes[best] < 1.0:
        return None
    longer = [sq for sq in votes if len(sq) > len(best) and sq.startswith(best)]
    return first[max(longer, key=len)] if longer else first[best]


def _longer_form(name: str, text: str) -> str:
    """The fullest form of `name` the text writes ("Kestrel Retail" -> "Kestrel Retail Group")."""
    at = text.find(name)
    while at >= 0:
        found = _EXTENSION.match(text, at + len(name))
        if found:
            longer = _clean_name(name + found.group(0))
            if len(longer) > len(name):
                return longer
        at = text.find(name, at + 1)
    return name


_EXTENSION = re.compile(r"(?: (?:&|of|[A-Z][\w&'’-]*))+")




def _find_by_stem(stem: str, spans: list[str]) -> str | None:
    """The longest capitalised name that the sender's domain stem spells."""
    for span in spans:
        if _squash(span[:2]) != stem[:2] and not span.lower().startswith("the "):
            continue
        words = span.split(" ")
        for n in range(len(words), 0, -1):
            name = _clean_name(" ".join(words[:n]))
            if _stem_match(_squash(name), stem) and name.lower() not in _NOT_COMPANY:
                return name
    return None


def extract_role(subject: str, body: str, company: str | None = None) -> str | None:
    """The job title the email is about, as written; None when it names none."""
    comp = _squash(company) if company else ""
    for pattern in _ROLE_PATTERNS_SUBJECT:
        for match in pattern.finditer(subject):
            role = _clean_role(match.group("r"), company)
            if role and _squash(role) != comp and role.lower() not in _NOT_ROLE:
                return role
    body = body[:1500]
    for pattern in _ROLE_PATTERNS_BODY:
        for match in pattern.finditer(body):
            role = _clean_role(match.group("r"), company)
            if role and _squash(role) != comp and role.lower() not in _NOT_ROLE:
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
            if role and _squash(role) != comp and role.lower() not in _NOT_ROLE:
                return role
    return None


_HIRING_WORDS = _words("talent recruitment recruiter recruiting hr people hiring resourcing "
                       "acquisition human head founder ceo")
_ROLE_RUN = re.compile(
    rf"{_CW}(?:(?:[ ]|[ ][-–][ ])(?:&|and|of|{_CW}|\([\w&/+ -]{{1,25}}\))){{0,6}}"
)


def _clean_role(role: str, company: str | None) -> str | None:
    role = role.strip(" .,;:!|'’\"")
    if company:
        for sep in (" at ", " - ", " | ", " – "):
            head, found, tail = role.partition(sep)
            if found and _squash(company) in _squash(tail):
                role = head
            elif found and _squash(company) in _squash(head):
                role = tail
    role = re.sub(r"\s*\((?:REQ-|JR|R-|Job ID |requisition )?[\w -]*\d{3,}\)$", "", role)
    role = _CODE_TAIL.sub("", role)
    role = _ROLE_TAIL.sub("", role).strip(" .,;:!|-–")
    role = _ROLE_LEAD.sub("", role)
    if not role or len(role) < 3 or len(role.split()) > 9 or not role[0].isupper():
        return None
    if role.split()[0].lower() in _NOT_ROLE_START:
        return None
    return role
