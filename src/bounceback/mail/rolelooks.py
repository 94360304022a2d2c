"""What a role candidate looks like, the features the role ranker weighs beside where the email
writes it (mail/rolecandidates.py gathers the candidates): its length, its last noun, words of
an event or of hiring, a gender mark, a place, a person's name after its dash, a title cut
before the small word it goes on with. Split from mail/rolecandidates.py (round 26).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bounceback.mail import roles as rules
from bounceback.mail.memo import TEXTS, Memo
from bounceback.mail.names import squash, words
from bounceback.mail.roletidy import ends_in_place, is_person

# A gender mark: "(m/w/d)", "H/F", or a word's feminine ending in brackets ("Engenheiro(a)",
# "Verkäufer(in)", "Supervisor (a)"); a place or a tool in brackets ("(Madrid)", "(Vue.js)",
# "(Tejas Rao)") is none.
_GENDER = re.compile(r"\((?:[mwfdhx]\s*/\s*){1,2}[mwfdhx]\)|\b[HF]/[HF]\b|(?<=\w)\s?\([a-z]{1,2}\)$",
                     re.I)
# A lower-case phrase before a dash and a capitalised title after it ("conoscitivo – UX/UI
# Designer", "seletivo - Enfermeira UTI"): what ends a sentence's phrase, not a title's word.
_LOW_DASH = re.compile(r"^[^\W\d_A-ZÀ-ÖØ-Þ][^-–—]{0,40}\s[-–—]\s+[A-ZÀ-ÖØ-Þ]")
# The last part after a dash or inside a closing bracket (a person's name there: "Software
# Engineer – Pranav Joshi", "Data Analyst - Round 2 (Tejas Rao)").
_TAIL_PART = re.compile(r"(?:\s[-–—]\s+([^-–—()]{3,40})|\(([^()]{3,40})\))$")
_DIGIT = re.compile(r"\d")
# A year written as a word of the title ("2027 Graduate Programme - Finance", "Summer Analyst
# 2026", "Trainee-Programm IT 2025"): the labels keep it, while other digits are a code's,
# which they drop (round 33; before, both were "digit" and the ranker preferred the title
# without its year).
_YEAR_ONLY = re.compile(r"^(?:[^\d]|(?<![\w/-])(?:19|20)\d\d(?![\w/-]))*$")

# Words of what happens to a title, not of the title ("Junior BI Analyst - First Interview",
# "Offer Letter - Medical Laboratory Scientist", "agent d'accueil – réponse").
_EVENT = words("""interview interviews assessment test exercise offer letter application update
status scheme call chat invitation invite confirmation confirmed decision feedback outcome
reference references onboarding contract documents task challenge questionnaire tryout day
réponse entretien candidature entrevista candidatura colloquio sollicitatie gesprek
vorstellungsgespräch bewerbung rozmowa aplikacja intervju ansökan oferta offre proposta
zusage absage erbjudande""")
_HIRING = rules._HIRING_WORDS | words("recruiter recruiters recrutement recrutamento "
                                       "reclutamiento reclutamento rekrytering werving")
_LEVEL_ONLY = words("senior junior sr sr. jr jr. mid medior principal")
# What each phrase looks like, kept between messages (a mailbox repeats its subjects' parts, its
# greetings and signature lines) in a small least-recently-used cache (mail/memo.py).
_LOOKS: Memo[str, tuple[str, ...]] = Memo(TEXTS)


def shape(text: str, key: str, comp: str, low_body: str, low_subject: str,
           foreign: bool = False) -> Iterator[str]:
    """What a candidate looks like and where else the email writes it (`key`: its squashed
    spelling; `foreign`: the email is not in English, where a title is often written in lower
    case: "RE: Sollicitatie werkvoorbereider", "Intervju – undersköterska nattjänst")."""
    looks = _LOOKS.get(text)
    if looks is None:
        looks = _LOOKS.keep(text, tuple(_looks(text)))
    else:
        _LOOKS.touch(text)
    yield from looks
    low = text.lower()
    if foreign and text[:1].islower():
        yield "lower:xx"
    if (")" in text or " - " in text or " – " in text or " — " in text) and _person_tail(text, low_body):
        yield "persontail"
    if text.count(" ") < 3 and _cut_before_joiner(low, low_body, low_subject):
        yield "cutjoin"
    if _cut_before_and(low, low_body, low_subject):
        yield "cutand"
    if comp and comp in key:
        yield "comp"
    if low in low_body:
        yield "inbody"
    if low in low_subject:
        yield "insubject"


# Small words a title goes on with ("Chef de projet", "Lecturer in Nursing", "Responsable de
# magasin", "Specjalista ds. obsługi"): a short title the email writes followed by one was cut.
_JOIN_NEXT = tuple(f" {w} " for w in ("de", "du", "des", "del", "della", "di", "da", "do", "in",
                                       "of", "für", "voor", "för", "ds.")) + (" d'", " d’")
_MARK_JOIN = re.compile(r"\([a-z]{1,2}\) (?:de|da|do|di|del|des|du) ")  # "Supervisor(a) de Loja"


def _cut_before_joiner(low: str, low_body: str, low_subject: str) -> bool:
    """Whether the email writes a short title (lower case) followed by a small word that
    goes on with a title, in the body or the subject."""
    for where in (low_subject, low_body):
        at = where.find(low)
        while at >= 0:
            after = where[at + len(low):at + len(low) + 12]
            if after.startswith(_JOIN_NEXT) or _MARK_JOIN.match(after):
                return True
            at = where.find(low, at + 1)
    return False


# "and" or "with" and a word after a title the email writes ("Specjalista ds. kadr i płac",
# "Mozo/a de almacén con carretilla", "Técnico/a de Administración y Finanzas"): the title may
# go on past it, or the sentence may ("Data Analyst and we will"): a feature the ranker weighs
# (round 29). A pronoun after the word starts a clause, not a title's words.
_AND_NEXT = re.compile(
    r" (?:y|i|e|und|et|and|och|con|com|z|mit|avec|with|met|med|oraz|&) (?!(?:i|i'd|i'm|i'll|we|"
    r"you|te|le|la|les|lo|el|los|vi|wir|ich|je|nous|vous|ti|ci|ik|jag|du|sie|ha|har|a|en|un|una|"
    r"une|um|uma|the|our|your|thank|thanks|hope|look)\b)[^\W\d_]")


_AND_IN = re.compile(r"\w" + _AND_NEXT.pattern, re.I)


def _cut_before_and(low: str, low_body: str, low_subject: str) -> bool:
    """Whether the email writes a title followed by "and" or "with" and a word that is no
    pronoun, in the subject or the body (at most three places each)."""
    for where in (low_subject, low_body):
        at = where.find(low)
        seen = 0
        while at >= 0 and seen < 3:
            if _AND_NEXT.match(where, at + len(low)):
                return True
            at = where.find(low, at + 1)
            seen += 1
    return False


def _person_tail(text: str, low_body: str) -> bool:
    """Whether a title ends with a person's name after a dash or in brackets: a known given
    name, or two or three capitalised words the email writes as a person's (after "Dear" or
    "Hi", or run together in an address: "tejasrao.analytics@...")."""
    tail = _TAIL_PART.search(text)
    if tail is None:
        return False
    name = (tail.group(1) or tail.group(2)).strip()
    if is_person(name):
        return True
    parts = name.split()
    if not (2 <= len(parts) <= 3 and all(p[:1].isupper() and p.replace("-", "").isalpha()
                                         for p in parts)) or rules.has_job_word(name):
        return False
    first = parts[0].lower()
    return (squash(name) in low_body.replace(".", "").replace("_", "")
            or any(f"{greet} {first}" in low_body for greet in ("dear", "hi", "hello")))


def _looks(text: str) -> Iterator[str]:
    """What a candidate looks like, from its own letters."""
    words = text.split()
    yield f"n:{min(len(words), 6)}"
    last = words[-1].lower().strip("()") if words else ""
    if last.rstrip("s") in rules.ROLE_NOUNS:
        yield "endnoun"
    elif rules.has_job_word(text):
        yield "noun"
    first = words[0].lower() if words else ""
    if first in _EVENT:
        yield "event:first"
    if last in _EVENT:
        yield "event:last"
    elif _EVENT.intersection(w.lower() for w in words):
        yield "event:in"
    if "(" in text and ")" not in text:
        yield "unclosed"
    if _HIRING.intersection(w.lower() for w in words):
        yield "hiring"  # the recruiter's own title in a signature ("Talent Acquisition Partner")
    if first in rules._NOT_ROLE_START:
        yield "badstart"
    if len(words) == 1 and first in _LEVEL_ONLY:
        yield "level"  # "Senior" alone, cut from "Senior iOS Engineer"
    if first in rules.LEAD_WORDS:
        yield "leadword"
    if text.lower() in rules._NOT_ROLE:
        yield "notrole"
    if text[:1].islower():
        yield "lower"
        if last.rstrip("s") in rules.ROLE_NOUNS:
            yield "lower:noun"  # "electrician apprentice", "bar staff": a loose title (round 31)
    if "(" in text:
        yield "gender" if _GENDER.search(text) else "paren"
    if _LOW_DASH.match(text):
        yield "lowdash"
    if _DIGIT.search(text):
        yield "year" if _YEAR_ONLY.match(text) else "digit"
    if ends_in_place(text):
        yield "place"
    if _AND_IN.search(text):
        yield "andin"  # "Specjalista ds. kadr i płac": the longer form of a title cut at "i"
    if " - " in text or " – " in text or " — " in text:
        yield "dash"
    if "," in text:
        yield "comma"
