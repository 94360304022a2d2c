"""The employer an email is about: from the sender's display name and address, the subject,
the body's wording in the languages bounceback reads, the signature, and the sender's domain.

Platform senders are resolved to the employer they write for ("Workday for Acme", "Acme via
Welcome to the Jungle", acme@myworkday.com, "Acme Hiring <no-reply@ashbyhq.com>"), while a
person writing through a job board ("Sam Lee via LinkedIn") is a person, not a company. Every
source votes; the sender's own domain (or ATS slug) confirms a name that spells it.
"""

from __future__ import annotations

import re

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
from bounceback.mail.platforms import FREE_MAIL, JOB_BOARDS, platform_of_domain
from bounceback.mail.roles import ROLE_NOUNS

_NAME = (rf"{CAP_WORD}(?:[ ](?:&|and|of|de|der|für|for|the|du|la|van|von|y|e|i|och|"
         rf"{CAP_WORD}|S\.p\.A\.|Sp\. z o\.o\.|S\.A\.|B\.V\.|GmbH|AB|AG|SE|SA|SL|Ltd\.?|LLP|"
         rf"LLC|Inc\.?|Lda\.?)){{0,6}}")
# Wording that names the employer, in the languages bounceback reads.
_INTRO = re.compile(
    rf"(?:application (?:was sent to|was viewed by|to|at|for a role at|with)|"
    rf"(?:sent|submitted) to|viewed by|applying (?:to|at|with)|applied (?:to|at|with)|"
    rf"interest in (?:joining |working at |a career (?:at|with) )?|"
    rf"(?:role|position|opening|vacancy|job) (?:at|with)|career (?:at|with)|"
    rf"(?:bewerbung|stelle|position|tätigkeit) (?:bei|für)|(?:interesse an|bei uns,) |"
    rf"candidature (?:chez|à|pour|auprès de)|(?:poste|rejoindre|chez) |"
    rf"candidatura (?:en|a|para|presso|per|na|no|à|ad)|(?:en|em|presso|nella|nell'|na|no) "
    rf"(?=[A-Z][\w&'’-]+ (?:[A-Z]|S\.|Sp\.))|"
    rf"sollicitatie (?:bij|voor)|(?:werken|solliciteren) bij |"
    rf"ansökan (?:till|hos)|(?:jobba|tjänsten) (?:hos|på) |"
    rf"(?:aplikacj[aęi]|zgłoszeni[ae]) (?:do|w|na stanowisko w) |w firmie |firma |"
    rf"(?:on behalf of|namens|im auftrag von|au nom de|en nombre de|per conto di|"
    rf"em nome de|w imieniu|på uppdrag av) )(?P<name>{_NAME})"
)
_INVITES = re.compile(
    rf"(?P<name>{_NAME}) (?:has invited you|invited you|would like to invite|zaprasza|lädt sie|"
    rf"lädt dich|vous invite|te invita|le invita|nodigt je|nodigt u|ti invita|la invita|"
    rf"convida|bjuder in dig|has reviewed|has received|hat ihre|hat deine|a bien reçu|"
    rf"ha recibido|heeft je|ha ricevuto|recebeu|otrzymała|har tagit emot)"
)
_DISPLAY_FOR = re.compile(
    r"^(?:workday|greenhouse|lever|ashby|icims|taleo|smartrecruiters|workable|teamtailor|"
    r"personio|recruitee|successfactors|jobvite|bamboohr|jazzhr|breezy|pinpoint|careers|"
    r"recruiting|recruitment|hiring|talent acquisition)\s+(?:for|at|@|on behalf of|für|"
    r"pour|para|voor|per|dla|för)\s+(.+)$",
    re.I,
)
_DISPLAY_VIA = re.compile(r"\s+(?:via|through|by|@|über|par|por|tramite|przez|genom)\s+(.+)$",
                          re.I)
_DISPLAY_AT = re.compile(r"\s(?:from|at)\s+(.+)$|\((.+)\)$")
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
services ventures"""), key=len, reverse=True)


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
    if len(text) > 2400:
        text = text[:1600] + "\n" + text[-800:]
    votes: dict[str, float] = {}
    names: dict[str, str] = {}

    def vote(name: str | None, weight: float) -> None:
        if not name:
            return
        name = _clean_name(name)
        sq = squash(name)
        if len(sq) < 2 or name.lower() in _NOT_COMPANY or sq in _PLATFORM_SQUASHED:
            return
        names.setdefault(sq, name)
        votes[sq] = votes.get(sq, 0.0) + weight

    vote(*_from_display(display_raw, local, domain, platform, subject, text))
    for match in _INTRO.finditer(text):
        vote(match.group("name"), 1.5 if match.start() < len(subject) else 1.2)
    for match in _INVITES.finditer(text):
        vote(match.group("name"), 1.2)
    for name in _signature_names(body):
        vote(name, 1.3)
    spans: list[str] = []
    for name in _named_in_text(text, spans, len(subject)):
        vote(name, 1.0)
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
    return names[max(longer, key=len)] if longer else names[best]


_PLATFORM_SQUASHED = frozenset(squash(p) for p in (
    "LinkedIn", "Indeed", "Workday", "Greenhouse", "Lever", "Ashby", "iCIMS", "Taleo",
    "SmartRecruiters", "Workable", "Teamtailor", "Personio", "Recruitee", "SuccessFactors",
    "Jobvite", "BambooHR", "JazzHR", "Breezy", "Breezy HR", "StepStone", "Glassdoor",
    "ZipRecruiter", "Welcome to the Jungle", "Xing", "HackerRank", "Codility", "HireVue",
    "CodeSignal", "TestGorilla", "Calendly", "Monster", "InfoJobs", "Pracuj", "Indeed Apply",
    "LinkedIn Jobs", "Recruitee Mail",
))


def _from_display(display: str, local: str, domain: str, platform: str | None,
                  subject: str, text: str) -> tuple[str | None, float]:
    """The employer the display name gives, and how much to trust it."""
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
        if board and _looks_like_person(person):
            return None, 0.0  # "Sam Lee via LinkedIn": a person writing through a board
        display = person
    at = _DISPLAY_AT.search(display)
    if at:  # "Dana at Lumen Ledger", "Dana (Lumen Ledger)"
        return at.group(1) or at.group(2), 3.0
    name = _clean_name(display)
    if not name or name.lower() in _NOT_COMPANY or squash(name) in _PLATFORM_SQUASHED:
        return None, 0.0
    if _is_person(name, local, domain) or _looks_like_person(name):
        return None, 0.0
    low = name.lower()
    weight = 2.0
    if platform is not None:
        weight = 2.5 if not local or local.split("-")[0] in _GENERIC else 2.0
    if _org(name) or low in subject.lower():
        weight += 0.5
    if _TEAM_SUFFIX.search(display) or low in text.lower():
        weight += 0.5
    return name, weight


_GENERIC = words("""no noreply donotreply do notifications notification jobs careers talent
recruiting recruitment hr people hiring info hello team mail mailer candidates apply
applications system automated""")


def _org(name: str) -> bool:
    return any(w in _ORG_WORDS or w in _LEGAL for w in name.lower().split())


def _looks_like_person(name: str) -> bool:
    """A given name first, then at most three more words, none an organisation word: "Sam Lee",
    "Joost van der Meulen", "Priya O'Connor"."""
    parts = name.replace(",", " ").split()
    return (1 <= len(parts) <= 5 and parts[0].lower() in GIVEN_NAMES and not _org(name))


def _signature_names(body: str) -> list[str]:
    """Organisation names standing alone on a line of the signature (after the sign-off)."""
    signs = list(_SIGN_OFF.finditer(body))
    tail = body[signs[-1].start():] if signs else body[-400:]
    out = []
    for line in tail.split("\n")[1:9]:
        line = line.strip()
        for part in re.split(r"\s+[|·•–-]\s+|,\s+", line):
            part = part.strip()
            if 2 < len(part) <= 60 and part[0].isupper() and _org(part) and (
                    re.fullmatch(_NAME, part)) and not _titled(part):
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
        parts = span.split(" ")
        for n in range(len(parts), 0, -1):
            name = _clean_name(" ".join(parts[:n]))
            if name and _stem_match(squash(name), stem) and name.lower() not in _NOT_COMPANY:
                if best is None or len(name) > len(best):
                    best = name
                break
    return best


def _segment(stem: str) -> str | None:
    """A domain stem split at a known organisation word: "sableanalytics" -> "Sable Analytics"."""
    if not stem.isalpha() or len(stem) < 4:
        return None
    for word in _SEGMENTS:
        if stem.endswith(word) and len(stem) - len(word) >= 3:
            return f"{stem[: -len(word)].title()} {word.title()}"
    return stem.title()
