"""The employer an email is about: from the sender's display name and address, the subject,
the body's wording in the languages bounceback reads, the signature, and the sender's domain.

Platform senders are resolved to the employer they write for ("Workday for Acme", "Acme via
Welcome to the Jungle", acme@myworkday.com, "Acme Hiring <no-reply@ashbyhq.com>"), while a
person writing through a job board ("Sam Lee via LinkedIn") is a person, not a company. Every
source votes; the sender's own domain (or ATS slug) confirms a name that spells it.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from bounceback.mail.extract import (
    _NOT_COMPANY,
    _ORG_WORDS,
    _TEAM_SUFFIX,
    _clean_name,
    _is_person,
    _named_in_text,
    _sender_stem,
    _stem_match,
)
from bounceback.mail.features import sender_parts
from bounceback.mail.given_names import GIVEN_NAMES
from bounceback.mail.names import CAP_WORD, squash, words
from bounceback.mail.platforms import DOMAINS, FREE_MAIL, JOB_BOARDS, platform_of_domain
from bounceback.mail.roles import ROLE_NOUNS

_LEGAL_FORM = (r"(?:S\.p\.A\.|Sp\. z o\.o\.|S\.A\.|B\.V\.|S\.L\.|GmbH(?: & Co\. KG)?|AB|AG|SE|"
               r"SA|SL|Ltd\.?|LLP|LLC|Inc\.?|Lda\.?|plc|Pty Ltd|Pte Ltd|Oy|ApS|AS|KG|UG)")
_NAME = (rf"{CAP_WORD}(?:[ ]{_LEGAL_FORM}\b|[ ](?:(?:&|and|of|de|der|für|for|the|du|la|van|"
         rf"von|y|e|i|och|del|della|do|da|dos|das|di|des|den|im\.|de la|du)[ ])?{CAP_WORD}){{0,6}}")


# Wording that names the employer, in the languages bounceback reads: the name follows these
# words (found in one pass with an Aho-Corasick automaton, then the name read where they end).
_BEFORE_NAME = """application was sent to | application was viewed by | application to |
application at | application with | sent to | submitted to | viewed by | applying to |
applying at | applying with | applied to | applied at | applied with | interest in |
interest in joining | interest in working at | career at | career with | role at | role with |
position at | position with | opening at | vacancy at | job at | join | joining | bewerbung bei |
interesse an | stelle bei | wurde an | tätigkeit bei | candidature chez |
candidature auprès de | candidature à | rejoindre | chez | candidatura en | candidatura presso | candidatura na | candidatura no | candidatura à | trabajar en | trabalhar na | trabalhar no | lavorare presso |
presso | sollicitatie bij | solliciteren bij | werken bij | ansökan hos |
jobba hos | jobba på | tjänsten hos | hos | på | @ | w/ | bei | bij | stap bij | od | från | von |
envoyée à | envoyé à | enviada a | enviada para | inviata a | verstuurd naar | gesendet an |
übermittelt an | skickad till | wysłana do | na | de la part de | aplikacja do | aplikację do | aplikacji do |
zgłoszenie do | w firmie | firma | on behalf of | namens | im auftrag von | au nom de |
en nombre de | per conto di | em nome de | w imieniu | på uppdrag av | our client |
client of ours | unser kunde | notre client | nuestro cliente | onze klant | il nostro cliente |
nosso cliente | nasz klient | vår kund"""
# ... and these words follow it.
_AFTER_NAME = """has invited you | invited you | would like to invite | zaprasza | lädt sie |
lädt dich | vous invite | te invita | le invita | nodigt je | nodigt u | ti invita | la invita |
convida | bjuder in dig | has reviewed | has received | hat ihre | hat deine | a bien reçu |
ha recibido | heeft je | ha ricevuto | recebeu | otrzymała | har tagit emot"""
_NAME_AT = re.compile(_NAME)
# "Acme Ltd - Data Analyst", "Acme: your assessment", "Acme | Online Assessment"
_SUBJECT_LEAD = re.compile(rf"^(?:(?:Re|RE|AW|Fwd?|FWD?|SV|RV|TR|WG):\s*)*(?P<name>{_NAME})"
                           rf"(?: [-–|] |: )")
_LEAD_WORDS = words("""interview invitation application applications offer update reminder
notification action urgent re fwd your thank thanks next new confirmed confirmation outcome
status welcome important final second first quick job jobs hiring vacancy position role
rejection assessment test documents references background ihre votre tu su je uw la il a
twoja din eingangsbestätigung einladung bewerbung candidature candidatura sollicitatie
ansökan aplikacja zaproszenie invito oferta propozycja nästa opportunità opportunity
oportunidad oportunidade proposta proposition angebot aanbod erbjudande uitnodiging
entretien entrevista colloquio intervju rozmowa gesprek vorstellungsgespräch""")
_PARTS = re.compile(r"\s+[|·•–-]\s+|,\s+")
_NAME_END = re.compile(rf"(?P<name>{_NAME})\s?$")


@cache
def _cues() -> Any:
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for before, text in ((True, _BEFORE_NAME), (False, _AFTER_NAME)):
        for phrase in text.split("|"):
            phrase = " ".join(phrase.split())
            automaton.add_word(phrase, (before, len(phrase)))
    automaton.make_automaton()
    return automaton


def _cued_names(text: str, subject_end: int) -> list[tuple[str, float]]:
    """Names the wording marks as the employer, each with its weight."""
    low = text.lower()
    if len(low) != len(text):
        return []  # a character whose lower case is longer: positions would not line up
    out = []
    for end, (before, length) in _cues().iter(low):
        start = end - length + 1
        if (start > 0 and low[start - 1].isalpha()) or (end + 1 < len(low)
                                                        and low[end + 1].isalpha()):
            continue
        if before:
            found = _NAME_AT.match(text, end + 2) if text[end + 1: end + 2] == " " else None
            name = found.group(0) if found else None
        else:
            found = _NAME_END.search(text, max(0, start - 80), start)
            name = found.group("name") if found else None
        if name:
            out.append((name, 1.5 if start < subject_end else 1.2))
    return out


_DISPLAY_FOR = re.compile(
    r"^(?:workday|greenhouse|lever|ashby|icims|taleo|smartrecruiters|workable|teamtailor|"
    r"personio|recruitee|successfactors|jobvite|bamboohr|jazzhr|breezy|pinpoint|careers|"
    r"recruiting|recruitment|hiring|talent acquisition)\s+(?:for|at|@|on behalf of|für|"
    r"pour|para|voor|per|dla|för)\s+(.+)$",
    re.I,
)
_DISPLAY_VIA = re.compile(r"\s+(?:via|through|by|über|par|por|tramite|przez|genom)\s+(.+)$",
                          re.I)
_DISPLAY_AT = re.compile(r"\s(?:from|at|@|bei|chez)\s+(.+)$|\((.+)\)$")
_TEAM_TAIL = re.compile(r"\s+(?:talento|talent|werken bij|karriere|carreiras|carrières|"
                        r"empleo|jobs|office|recruiting|recrutement|rekrytering)$", re.I)
# A mailbox alias before the employer's name: "Recruitment - Serra Azul", "Zespół Rekrutacji X".
_TEAM_PREFIX = re.compile(
    r"^(?:(?:the |das |le |la |el |il |o |de )?(?:hr|human resources|talent acquisition|"
    r"recruitment|recruiting|recrutement|recrutamento|reclutamiento|rekrytering|werving|"
    r"(?:zespół )?rekrutacj[ia]|(?:ufficio )?risorse umane|recursos humanos|ressources humaines|"
    r"personalabteilung|careers|karriere|carreiras|people team|hiring team|hr team|rh|rrhh|"
    r"selezione|seleção|selección|team|bewerbermanagement|equipo de selección|"
    r"equipo de talento|equipe de talentos|time de talentos|ufficio personale|kadry|dział kadr|"
    r"personal|personalservice|recrutamento e seleção|talent|talento|talento humano|personalamt|"
    r"werken bij|sekretariat|secretaría|secretariat|gestion des talents|atracción de talento|"
    r"people & capability|people and capability|recruitment unit|credentialing|compliance|"
    r"cabin crew recruitment|cabin crew|contractor care|onboarding team|onboarding)"
    r"(?: team| department)?\s*(?:[-|–:,]\s*|\s+(?:at|@|bei|"
    r"chez|de|di|da|w|hos|van|of|for)\s+|\s+|$))+", re.I)
_LEGAL = words("""gmbh ag se ab sa sl sas sarl bv nv ltd ltd. llp llc inc inc. plc spa s.p.a.
lda lda. kg ug oy as aps sp. srl s.r.l. s.a. b.v. co. corp""")
_SIGN_OFF = re.compile(
    r"^(?:best|kind|warm|many thanks|thanks|regards|cheers|sincerely|mit freundlichen|viele|"
    r"beste|cordialement|bien à vous|saludos|un saludo|atentamente|met vriendelijke|"
    r"groet|cordiali|distinti|cumprimentos|atenciosamente|pozdrawiam|z poważaniem|"
    r"vänliga|med vänlig|hälsningar)",
    re.I | re.M,
)
_SEGMENTS = sorted(_ORG_WORDS | words("""foods food care homes freight systems partners
consulting energy logistics games analytics labs tech health medical studio studios works
group talent software solutions digital finance bank capital legal law council school
college university hospital hotel hotels retail media robotics engineering construction
services ventures outfitters dairy distillery kitchen packaging cafe aero aerospace resources
mining pharma pay people staffing recruitment recruiting consultants insurance bakery brewery
motors clinic dental vets veterinary nursery academy trust housing homes water power
electric electrical plumbing builders interiors design designs studio works farms farm
markets market stores shop supplies supply transport haulage fleet airways travel tours
coffee roasters wines foods regional council county jewellers produce storage"""),
                   key=len, reverse=True)


def extract_company(sender: str, subject: str, body: str, whole: str | None = None
                    ) -> str | None:
    """The employer the email is about, as the email writes it; None when it names none.

    `body` is the part that decides; `whole` (optional) the full text, searched for the name
    the sender's domain spells when the part that decides does not write it."""
    display_raw = sender.split("<", 1)[0].strip().strip('"') if "<" in sender else ""
    _, local, domain = sender_parts(sender)
    platform = platform_of_domain(domain)
    stem = _sender_stem(local, domain)
    text = f"{subject}\n{body}"
    if len(text) > 1800:
        text = text[:1200] + "\n" + text[-500:]
    votes: dict[str, float] = {}
    names: dict[str, str] = {}

    def vote(name: str | None, weight: float) -> None:
        if not name:
            return
        raw = name.strip(" .,;:!-–|'’\"")
        if raw.rsplit(" ", 1)[-1].lower() in _JOB_ENDINGS:
            return  # "Fleet Controller", "Head Coach": a job, not an employer
        # An agency's own name keeps its "Recruitment" when the sender's domain spells it whole.
        name = raw if stem and squash(raw) == stem else _clean_name(name)
        sq = squash(name)
        if len(sq) < 2 or name.lower() in _NOT_COMPANY or sq in _PLATFORM_SQUASHED:
            return
        names.setdefault(sq, name)
        votes[sq] = votes.get(sq, 0.0) + weight

    shown = _DISPLAYS.get(sender)
    if shown is None:
        shown = _from_display(display_raw, local, domain, platform)
        if len(_DISPLAYS) < 50_000:
            _DISPLAYS[sender] = shown
    name, weight = shown
    if name:
        low = name.lower()
        if low in subject.lower():
            weight += 0.5
        if low in text.lower():
            weight += 0.5
        vote(name, weight)
    for name, weight in _cued_names(text, len(subject)):
        vote(name, weight)
    lead = _SUBJECT_LEAD.match(subject) if platform is not None else None
    if lead and not _generic_lead(lead.group("name")):  # "Acme - Data Analyst" from an ATS
        vote(lead.group("name"), 1.5)
    settled = max(votes.values(), default=0.0) >= 3.0 and (
        len(stem) < 4 or any(_stem_match(sq, stem) for sq in votes))
    spans: list[str] = []
    if not settled:  # the sender and the wording do not settle it: read the rest
        for name in _signature_names(body):
            vote(name, 1.3)
        for name in _named_in_text(text, spans, len(subject)):
            vote(name, 1.0)
    agency = bool(stem) and _AGENCY.search(stem) is not None
    if agency:  # an agency's mail that names its client is about the client
        tail = _SUBJECT_CLIENT.search(subject)
        if tail and not _generic_lead(tail.group("name")):
            vote(tail.group("name"), 1.0)
        for sq in votes:
            if not _stem_match(sq, stem):
                votes[sq] += 2.5
    if len(stem) >= 4:
        matched = [sq for sq in votes if _stem_match(sq, stem)]
        for sq in matched:
            votes[sq] += 3.0
        if not matched:
            found = _by_stem(stem, spans) or (_by_stem(stem, _caps(whole)) if whole else None)
            if found:
                vote(found, 3.5)
            elif not votes and domain not in FREE_MAIL and platform is None:
                vote(_segment(stem), 1.0)  # "pellucidlabs.io" -> "Pellucid Labs"
    if not votes:
        return None
    best = max(votes, key=lambda sq: (votes[sq], len(sq)))
    if votes[best] < 1.0:
        return None
    # A fuller form of the winner that the email also writes ("Kestrel" -> "Kestrel Retail").
    longer = [sq for sq in votes if len(sq) > len(best) and sq.startswith(best)
              and votes[sq] >= 1.0]
    if longer:
        return names[max(longer, key=len)]
    return _completed(names[best], best, stem)


def _completed(name: str, sq: str, stem: str) -> str:
    """The name with the organisation word its domain adds ("Ironbark" writing from
    ironbarkresources.com.au is Ironbark Resources)."""
    if len(stem) > len(sq) and stem.startswith(sq):
        rest = stem[len(sq):]
        if rest in _SEGMENT_SET:
            return f"{name} {rest.title()}"
    return name


_PLATFORM_SQUASHED = frozenset(squash(p) for p in (*DOMAINS.values(),
    "LinkedIn", "Indeed", "Workday", "Greenhouse", "Lever", "Ashby", "iCIMS", "Taleo",
    "SmartRecruiters", "Workable", "Teamtailor", "Personio", "Recruitee", "SuccessFactors",
    "Jobvite", "BambooHR", "JazzHR", "Breezy", "Breezy HR", "StepStone", "Glassdoor",
    "ZipRecruiter", "Welcome to the Jungle", "Xing", "HackerRank", "Codility", "HireVue",
    "CodeSignal", "TestGorilla", "Calendly", "Monster", "InfoJobs", "Pracuj", "Indeed Apply",
    "LinkedIn Jobs", "Recruitee Mail", "Google Calendar", "Google", "DocuSign", "Calendly",
    "Microsoft Teams", "Zoom", "Outlook", "Adobe Sign", "HelloSign", "Dropbox Sign", "Checkr",
    "Sterling", "HireRight", "First Advantage", "uCheck", "Eightfold", "Phenom", "Oracle",
    "Das Unternehmen", "The Company", "Interview", "Invitation", "Application", "Update",
))


_DISPLAYS: dict[str, tuple[str | None, float]] = {}


def _from_display(display: str, local: str, domain: str, platform: str | None
                  ) -> tuple[str | None, float]:
    """The employer the display name gives, and how much to trust it (before the subject and
    text confirm it)."""
    if not display:
        return None, 0.0
    found = _DISPLAY_FOR.match(display)
    if found:  # "Workday for Acme"
        return found.group(1), 3.0
    via = _DISPLAY_VIA.search(display)
    if via:
        through = via.group(1).strip()
        person = display[: via.start()].strip()
        board = through in JOB_BOARDS or squash(through) in {"linkedin", "indeed", "xing"}
        relay = any(word in local for word in ("inmail", "hit-reply", "messages", "messaging"))
        if board and (relay or _looks_like_person(person)):
            return None, 0.0  # "Sam Lee via LinkedIn": a person writing through a board
        display = person
    at = _DISPLAY_AT.search(display)
    if at:  # "Dana at Lumen Ledger", "Dana (Lumen Ledger)"
        return at.group(1) or at.group(2), 3.0
    if squash(display) in _PLATFORM_SQUASHED:
        return None, 0.0  # "NHS Jobs", "Indeed Apply": the board itself
    display = _TEAM_TAIL.sub("", _TEAM_PREFIX.sub("", display))
    name = _clean_name(display)
    if not name or name.lower() in _NOT_COMPANY or squash(name) in _PLATFORM_SQUASHED:
        return None, 0.0
    if _is_person(name, local, domain) or _looks_like_person(name):
        return None, 0.0
    weight = 2.0
    if platform is not None:
        weight = 2.5 if not local or local.split("-")[0] in _GENERIC else 2.0
        if _person_shaped(name):
            weight = 1.2  # "Brooke Tanaka <no-reply@ats>" may be a recruiter: let the text say
    if _org(name):
        weight += 0.5
    if _TEAM_SUFFIX.search(display):
        weight += 0.5
    return name, weight


_AGENCY = re.compile(r"recruit|staff|personnel|resourcing|selection|hunters|headhunt|recrut|"
                     r"werving|rekryt|rekrut|personalberatung|placement|talent|searchlight|"
                     r"search|people|rec$|temps|consult")
# The client an agency names at the end of a subject ("Offer details - Accountant, Halcyon").
_SUBJECT_CLIENT = re.compile(rf"(?:[-–|,] |w/ |with |at |@ )(?P<name>{_NAME})\s*[!?.]?$")
_GENERIC = words("""no noreply donotreply do notifications notification jobs careers talent
recruiting recruitment hr people hiring info hello team mail mailer candidates apply
applications system automated""")


def _generic_lead(name: str) -> bool:
    """A subject's first words that are not an employer: "Interview", a job title."""
    low = name.lower().split()
    return (low[0] in _LEAD_WORDS or low[-1].rstrip("s") in ROLE_NOUNS
            or name.lower() in _NOT_COMPANY)


def _org(name: str) -> bool:
    return any(w in _ORG_WORDS or w in _LEGAL for w in name.lower().split())


def _person_shaped(name: str) -> bool:
    """Two or three plain capitalised words, no organisation word: a person or a firm."""
    parts = name.split()
    return 2 <= len(parts) <= 3 and all(p[:1].isupper() and p[1:].isalpha() and p[1:].islower()
                                        for p in parts) and not _org(name)


def _looks_like_person(name: str) -> bool:
    """A given name first, then at most three more words, none an organisation word: "Sam Lee",
    "Joost van der Meulen", "Priya O'Connor"."""
    parts = name.replace(",", " ").split()
    return (1 <= len(parts) <= 5 and parts[0].lower() in GIVEN_NAMES and not _org(name))


def _signature_names(body: str) -> list[str]:
    """Organisation names standing alone on a line of the signature (after the sign-off)."""
    tail = body[-600:]
    signs = list(_SIGN_OFF.finditer(tail))
    tail = tail[signs[-1].start():] if signs else tail[-400:]
    out = []
    for line in tail.split("\n")[1:9]:
        line = line.strip()
        for part in _PARTS.split(line):
            part = part.strip()
            if 2 < len(part) <= 60 and part[0].isupper() and _org(part) and (
                    _NAME_AT.fullmatch(part)) and not _titled(part):
                out.append(part)
    return out


def _titled(part: str) -> bool:
    """A job title or a team in a signature ("Recruitment Officer", "HR Team")."""
    low = part.lower().split()
    return low[-1].rstrip("s") in ROLE_NOUNS or low[-1] in _TEAMISH or (
        _TEAM_SUFFIX.fullmatch(" " + part) is not None)


_TEAMISH = words("team department recruitment recruiting hr talent careers people resourcing")


def _caps(text: str | None) -> list[str]:
    from bounceback.mail.names import CAPS

    return [m.group(0) for m in CAPS.finditer(text or "")]


def _by_stem(stem: str, spans: list[str]) -> str | None:
    """The longest capitalised name that the sender's domain stem spells."""
    best = None
    for span in spans:
        if span[:1].lower() != stem[0] and not span.startswith(("The ", "the ")):
            continue
        parts = span.split(" ")
        for n in range(len(parts), 0, -1):
            name = _clean_name(" ".join(parts[:n]))
            if name and _stem_match(squash(name), stem) and name.lower() not in _NOT_COMPANY:
                if best is None or len(name) > len(best):
                    best = name
                break
    return best


_SEGMENT_SET = frozenset(_SEGMENTS)
_JOB_ENDINGS = words("""controller coach manager engineer analyst nurse developer technician
assistant officer coordinator specialist supervisor driver chef cook teacher designer accountant
administrator receptionist cashier electrician ranger""")


def _segment(stem: str) -> str | None:
    """A domain stem split at a known organisation word: "sableanalytics" -> "Sable Analytics"."""
    if not stem.isalpha() or len(stem) < 4:
        return None
    lead = ""
    if stem.startswith("the") and len(stem) > 6:
        lead, stem = "The ", stem[3:]
    for tail in ("hq", "apps", "app", "online", "global", "group"):
        if stem.endswith(tail) and len(stem) - len(tail) >= 4:
            stem = stem[: -len(tail)]
            break
    if "and" in stem[3:-2]:  # "mossandfern" -> "Moss & Fern"
        left, _, right = stem.partition("and")
        if len(left) >= 3 and len(right) >= 3:
            return f"{lead}{left.title()} & {right.title()}"
    for word in _SEGMENTS:
        if stem.endswith(word) and len(stem) - len(word) >= 3:
            return f"{lead}{stem[: -len(word)].title()} {word.title()}"
    return f"{lead}{stem.title()}" if len(stem) <= 12 else None
