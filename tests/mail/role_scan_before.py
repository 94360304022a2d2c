"""The role finder's scanning as it was before round 16, kept as the oracle of
tests/mail/test_role_scan_same.py: the rules' answer found with its own runs of the patterns,
then every pattern run again for the ranker's candidates, the foreign and trigger patterns as
they were written (the engine trying each at every place). Do not edit: it is the old path."""

from __future__ import annotations

import re

from bounceback.mail import roles as rules
from bounceback.mail.names import squash
from bounceback.mail.rolecandidates import (
    _QUOTED,
    _REPLY,
    _SEGMENT,
    Found,
    _without_stop,
)
from bounceback.mail.roleforms import job_tail as _job_tail
from bounceback.mail.roleforms import title_forms as _forms
from bounceback.mail.roles import ROLE

# The old path's own tables of tags (round 20 made rolepick's one tuple per form).
_TAGS: dict[tuple[tuple[str, ...], str], tuple[str, ...]] = {}
_FORM_TAG: dict[tuple[str, str], str] = {}

# (round 36: the title's phrase reads on past a gender colon, "Entwickler:in", and a ".NET", as
# the fast path's does: the grammar changed, the old way of scanning is what is compared)
FOREIGN_ROLE = re.compile(
    r"(?:\bStelle als|Position als|Bewerbung (?:als|für die Position|auf die Stelle)|"
    r"(?:\bfür|\bauf) die (?:Stelle|Position)(?: als)?|"
    r"(?:au|pour le|le) poste d[e'’]|candidature (?:au poste d[e'’]|pour|de)|"
    r"(?:para|al) (?:el |la )?(?:puesto|vacante|cargo|posición) de|"
    r"voor de (?:functie|vacature|rol)(?: van| als)?|functie (?:van|als)|sollicitatie(?: als| voor)?|"
    r"per la posizione di|posizione di|per il ruolo di|candidatura (?:come|a|per la posizione di)|"
    r"(?:para a|à) vaga de|vaga de|para o cargo de|cargo de|"
    r"na stanowisko|stanowisko|"
    r"tjänsten som|rollen som|ansökan (?:till|om) tjänsten som|"
    r"\bals|\bsom|\bcomo)"
    r"(?:(?<=['’])|\s)(?P<r>[\wÀ-ÖØ-Þ](?:[^\n.,;:!?\[\]\"“”«»]|(?<=\bds)\.|"
    r"(?<=\w):(?=in(?:nen)?\b)|(?<= )\.(?=(?:NET|Net)\b)){1,60})"
)
BODY_PATTERNS = tuple(re.compile(p, re.M) for p in (
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
TRIGGER = re.compile(
    r"\b(?=(?P<t>position|role|post|vacancy|opening|posting|vaga|poste|Stelle|vacature|functie|"
    r"oferta|offre|puesto|offerta|posizione|ruolo|annonsen|tjänsten|rollen|stanowisko|"
    r"stanowiska|cargo|proceso|processo|processus|procedura|search|búsqueda|ricerca|selezione|"
    r"hiring|seeking|looking for|cerchiamo|cercando|buscamos|buscando|suchen|söker|zoeken|"
    r"szukamy|procuramos|recherchons|recrute|recruto|recruiting|for|as|als|som|como|come|"
    r"jako|para|pour|per|voor|a|an|un|une|una|un/a|uma|um|een|ein|eine|einen|en|ett|the)"
    r"\s+[«\"“„'‘]?(?P<r>[\wÀ-ÖØ-Þ][^\n.,;:!?«»\"“”„]{1,70}"
    r"(?:(?:(?<=\w):in(?:nen)?\b|(?<= )\.(?:NET|Net)\b)[^\n.,;:!?«»\"“”„]{0,60}){0,2}))"
)


def _foreign_role(subject: str, body: str) -> str | None:
    for text in (subject, body):
        for match in FOREIGN_ROLE.finditer(text):
            role = rules.cut_title(match.group("r"))
            words = role.split()
            if 0 < len(words) <= 6 and words[0].lower() not in rules._NOT_ROLE_START:
                return rules._with_gender_mark(role, text)
        if text is subject:
            tail = rules._SUBJECT_TAIL.search(subject)
            if tail:
                role = rules._TRAILING_PLACE.sub("", rules.cut_title(tail.group("r")))
                words = role.split()
                if 0 < len(words) <= 6 and role[0].isupper() and (
                        words[0].lower() not in rules._NOT_ROLE_START):
                    return rules._with_gender_mark(role, subject)
    return None


def extract_role(subject: str, body: str, company: str | None, lang: str | None
                 ) -> str | None:
    role = _extract_role(subject, body, company, lang)
    return rules.without_lead(role) if role else role


def _extract_role(subject: str, body: str, company: str | None, lang: str | None
                  ) -> str | None:
    comp = squash(company) if company else ""
    if lang not in (None, "en"):
        foreign = _foreign_role(subject, body[:1000])
        if foreign and squash(foreign) != comp:
            return foreign
    for number, pattern in enumerate(rules._ROLE_PATTERNS_SUBJECT):
        for match in pattern.finditer(subject):
            role = rules._clean_role(match.group("r"), company)
            if role and squash(role) != comp and role.lower() not in rules._NOT_ROLE and (
                    number < rules._LOOSE_SUBJECT or lang not in (None, "en")
                    or rules.has_job_word(role)):
                return rules._with_gender_mark(role, subject)
    body = body[:1000]
    for pattern in BODY_PATTERNS:
        for match in pattern.finditer(body):
            role = rules._clean_role(match.group("r"), company)
            if role and squash(role) != comp and role.lower() not in rules._NOT_ROLE:
                return role
    return rules._role_by_title_word(subject, body, company, comp)


def gathered(subject: str, body: str, company: str | None, lang: str | None
             ) -> tuple[Found, str | None]:
    """rolepick._gathered of round 15 (without the shape closure, which is unchanged)."""
    rule = extract_role(subject, body, company, lang)
    body = body[:1000]
    found: Found = {}
    comp = squash(company) if company else ""
    en = "en" if lang in (None, "en") else "xx"
    subj = _REPLY.sub("", subject.strip())
    seen: dict[tuple[str, str], list[tuple[str, str, str]]] = {}

    def add(raw: str | None, tags: tuple[str, ...], where: str) -> None:
        if not raw:
            return
        raw = raw.strip(" .,;:!|'’\"-–—")
        forms = seen.get((raw, where))
        if forms is None:
            forms = seen[(raw, where)] = [
                f for f in _forms(raw, subject if where == "s" else body) if f[2] != comp]
        marks = _TAGS.get((tags, en))
        if marks is None:
            marks = _TAGS[(tags, en)] = (*tags, *(f"{t}|{en}" for t in tags))
        first = tags[0]
        for text, form, key in forms:
            feats = found.setdefault(key, (text, set()))[1]
            feats.update(marks)
            feats.add(form)
            feats.add(_FORM_TAG.get((form, first)) or _FORM_TAG.setdefault(
                (form, first), f"{form}|{first}"))

    if rule:
        add(rule, ("rule",), "b" if rule not in subject else "s")
    for n, pattern in enumerate(rules._ROLE_PATTERNS_SUBJECT):
        for match in pattern.finditer(subject):
            add(match.group("r"), (f"sp{n}",), "s")
    for n, pattern in enumerate(BODY_PATTERNS):
        for match in pattern.finditer(body):
            add(match.group("r"), (f"bp{n}",), "b")
    for where, text in (("s", subject), ("b", body)):
        for match in FOREIGN_ROLE.finditer(text):
            add(rules.cut_title(_without_stop(match.group("r"))), (f"f{where}",), where)
            add(match.group("r")[:60], (f"f{where}:raw",), where)
    for where, text in (("s", subject), ("b", body)):
        for match in TRIGGER.finditer(text):
            trig = match.group("t").lower()
            kind = "art" if len(trig) <= 5 and trig not in ("post", "vaga", "poste", "role",
                                                            "cargo", "jako") else "word"
            raw = _without_stop(match.group("r"))
            if kind == "art" and raw[:1].islower() and not rules.has_job_word(raw) and (
                    not _job_tail(raw)):  # (round 31: "the bar staff job")
                continue
            add(rules.cut_title(raw), (f"t{where}:{kind}", f"tw:{trig}"), where)
            add(raw, (f"t{where}:raw",), where)
        for match in _QUOTED.finditer(text):
            add(match.group("r"), (f"q{where}",), where)
    lines = body.splitlines()[:25]
    for n, line in enumerate(lines):
        line = line.strip()
        if 0 < len(line.split()) <= 10 and line[-1:] not in ".?!," and line[:1].isupper():
            if line[:3].lower() == "re:":  # (round 26: a letter's "Re:" heading, its title)
                add(line[3:], ("line", "line:re"), "b")
            else:
                add(line, ("line", "line:end" if n >= len(lines) - 6 else "line:top"), "b")
    parts = [p for p in _SEGMENT.split(subj) if p.strip()]
    for n, part in enumerate(parts):
        place = "one" if len(parts) == 1 else "first" if n == 0 else (
            "last" if n == len(parts) - 1 else "mid")
        add(rules.without_lead(part.strip()), (f"seg:{place}",), "s")
    return found, rule
