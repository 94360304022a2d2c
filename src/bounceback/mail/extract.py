"""Read the employer an email names, from its sender, its subject and its body."""

from __future__ import annotations

import re

from bounceback.mail.features import sender_parts
from bounceback.mail.names import CAPS, squash, words
from bounceback.mail.platforms import FREE_MAIL, platform_of_domain
from bounceback.mail.roles import ROLE_NOUNS

_TEAM_WORDS = (r"(?:Hiring|Recruiting|Recruitment|Talent(?: Acquisition)?|Careers?|Jobs|HR|"
               r"Early Careers|Onboarding|TA|People & Culture|Employer Brand|"
               r"Human Resources|People(?: Team| Operations)?|Resourcing|Graduate Recruitment|"
               r"Campus Recruiting|Talent Community|Personal|Personalabteilung|Team|"
               r"Recrutement|Recursos Humanos|Risorse Umane|Selezione|Werving|Rekrytering|"
               r"Rekrutacja|Karriere|Bewerbermanagement|RH|RRHH)")
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
    for match in CAPS.finditer(text):
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
    "no-reply", "notifications", "support", "job", "the position", "microsoft teams", "zoom", "outlook", "outlook for android", "outlook for ios",
    "iphone", "android", "sent from my iphone", "get outlook for android", "unit", "credentialing",
    "people & capability", "people and capability", "contractor care", "compliance",
    "google meet", "all", "people team", "hiring team", "mygreenhouse", "after", "following",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "good luck", "regards", "kind regards", "best", "best regards", "sincerely", "me", "mum",
    "an", "a", "it", "my", "yes", "head", "head of", "vp", "director", "re", "fwd", "teamtailor", "smartrecruiters", "sap successfactors",
    "successfactors", "ashby", "personio", "workable", "jobvite", "bamboohr", "icims", "taleo",
    "oracle taleo", "sap", "hackerrank", "codility", "hirevue", "codesignal", "naukri", "seek",
    "stepstone", "glassdoor", "nhs jobs", "reed", "oleeo", "frontline", "spark hire", "testgorilla",
    "shl", "pymetrics", "ihnen", "ihre", "ihr", "sie", "dich", "dir", "uns", "euch", "vous",
    "nous", "usted", "ustedes", "u", "jou", "jullie", "lei", "voi", "você", "vocês", "dig", "er",
    "oss", "pan", "pani", "państwo", "das unternehmen", "die firma", "l'entreprise",
    "la empresa", "het bedrijf", "l'azienda", "a empresa", "företaget", "firma",
    "nhs", "executive search", "graduate programme", "graduate program", "early careers",
    "vi", "te", "tu", "twój", "twoja", "twoje", "jij", "wij", "je", "ti", "tú", "new work se",
    "recursos humanos", "ressources humaines", "risorse umane", "sekretariat",
})
def _clean_name(name: str) -> str:
    name = _TRAIL_PAREN.sub("", name).strip(" .,;:!-–|'’\"")
    name = _TEAM_SUFFIX.sub("", name).strip(" .,;:!-–|")
    name = _LEAD_WORDS.sub("", _TRAIL_JOIN.sub("", name))
    return name.removeprefix("SAP ").strip()


_TRAIL_PAREN = re.compile(r"\s*\([^()]*\)$")
_TRAIL_JOIN = re.compile(r"(?:\s+(?:&|and|of|de|der|für|for|the|du|la|do|da|dos|das|del|"
                         r"della|di|des|van|von|den|y|e|i|och))+$")
_LEAD_WORDS = re.compile(r"^(?:the|The|Your|Our|Unfortunately|Sadly|Thanks|Thank|Dear|Hi|Hello|Regrettably|"
                         r"Congratulations|Greetings|Welcome)\s+(?=[A-Z])")


def _domain_stem(domain: str) -> str:
    """The organisation part of a sender domain ("kookaburrahealth.com.au" -> kookaburrahealth,
    "atelier-mirabeau.fr" -> ateliermirabeau, "mail.acme.co.uk" -> acme)."""
    labels = domain.lower().split(".")[:-1]  # the top-level domain names a country, not a firm
    while labels and labels[-1] in _SECOND_LEVEL:
        labels.pop()
    return squash(labels[-1]) if labels and labels[-1] not in _NOT_STEMS else ""


_SECOND_LEVEL = frozenset({"com", "co", "org", "net", "gov", "ac", "edu", "sch", "nhs", "ltd",
                           "plc", "nsw", "vic", "qld", "wa", "sa", "gv", "or", "ne", "go",
                           "gob", "gouv", "nic"})
_NOT_STEMS = frozenset({"mail", "jobs", "careers", "hr", "www", "email", "example", "e", "em",
                        "info", "news", "send", "mailer", "notifications", "noreply"})


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
    if len(head) > 3 and squash(platform) not in squash(head) and head not in {"candidates",
                                                                                  "talent", "hire", "app", "mail"}:
        return squash(head)  # noreply@aurora.taleo.net
    slug = local.split("-")[0]
    if slug and not slug.startswith(_GENERIC_LOCAL):
        return squash(slug)  # bluewater@myworkday.com
    return ""


_SKIP_CAPS = words("""We Our You Your I Thank Thanks Hi Hello Dear Please If This The It
Unfortunately As After Following Best Kind Regards Sincerely Many Warm All Good Cheers Just Due
Congratulations In Once Should To Rest Sadly Thank you Hey Yours Speak Looking Before Click
Applications Candidates No Either While Although Regrettably Great Apologies Namaste
Mon Tue Wed Thu Fri Sat Sun Monday Tuesday Wednesday Thursday Friday Saturday Sunday""")
_ROLE_WORDS = ("role", "position", "vacancy", "post ", "post.", "opening", "job", "opportunit",
               "programme", "program ", "competition")
_ORG_WORDS = words("""group health bank labs lab media hotel hotels services service trust
school schools district academy inc ltd llc llp plc gmbh ag analytics software systems robotics
cloud consulting legal energy pharma mining airlines air grocers logistics builders capital
advisors telecom marketing childcare veterinary books games property suites resorts lodge
hospital medical center centre care homes authority council city department university college
charity foundation partners solutions technologies technology digital studio agency
recruitment staffing search grupo gruppo groupe gruppe groep grupa hôpital ospedale szpital
klinik klinikum clinica clínica klinika kommun gemeente stadt ville ayuntamiento comune prefeitura
urząd gmina banco banque banca caisse versicherung assurance seguros assicurazioni verzekering
logistik logistique logística logistica transportes transporte bau bouw bygg construcciones
costruzioni construtora brasserie bäckerei boulangerie panadería bakkerij padaria piekarnia
bageri apotheke pharmacie farmacia apotek apteka schule école escuela escola scuola szkoła
skola kita crèche stichting fundación fondazione fundacja stiftelse hoveniers thuiszorg
zorggroep ziekenhuis sjukhus hospitales consultoria consulting conseil beratung""")
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
        if platform and squash(platform).startswith(squash(display)):
            display = ""  # "NHS Jobs <noreply@jobs.nhs.uk>" is the job board, not the employer
        if display and display.lower() not in _NOT_COMPANY and not _is_person(display, local,
                                                                             domain):
            low = display.lower()
            org = any(w in _ORG_WORDS for w in low.split())
            if _TEAM_SUFFIX.search(display_raw) or (org and low in text.lower()):
                return _longer_form(display, text)  # "Acme Hiring Team", or a name repeated
            weight = (1.5 if org or low in subject.lower() else
                      0.9 if low in text.lower() or _stem_match(squash(display), stem) else 0.4)
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
    """True when a squashed name and a domain stem spell the same organisation (the stem may
    write German umlauts as ae, oe, ue: "kuechenwerk" is "Küchenwerk")."""
    for variant in (stem, stem.replace("ae", "a").replace("oe", "o").replace("ue", "u")):
        common = _prefix(sq, variant)
        if common >= 4 and (common == len(sq) or common == len(variant) or common >= 6):
            return True
    return False


def _vote(named: list[tuple[str, float]], stem: str, spans: list[str]) -> str | None:
    """The candidate most named, with the sender's own domain (or ATS slug) as a strong vote."""
    votes: dict[str, float] = {}
    first: dict[str, str] = {}
    for name, weight in named:
        sq = squash(name)
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
        if squash(span[:2]) != stem[:2] and not span.lower().startswith("the "):
            continue
        words = span.split(" ")
        for n in range(len(words), 0, -1):
            name = _clean_name(" ".join(words[:n]))
            if _stem_match(squash(name), stem) and name.lower() not in _NOT_COMPANY:
                return name
    return None

