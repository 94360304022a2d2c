"""The words around a name in an email: the word or punctuation mark just before and just after
a span on its line, and what a "Label:" before a colon says ("Empresa: Acme" is the employer's
label), for mail/company_spans.py's candidates."""

from __future__ import annotations

import re

from bounceback.mail.nameshape import name_key
from bounceback.mail.namewords import LABELS, ORG_WORDS, ROLE_WORDS
from bounceback.mail.roles import ROLE_NOUNS

EDGE = " .,;:!?'’\"()[]«»“”"


def context(text: str, start: int, end: int) -> tuple[str, str]:
    """The word (or punctuation mark) just before and just after a span, on its line."""
    before = text[max(0, start - 30) : start]
    cut = before.rfind("\n")
    if cut >= 0:
        before = before[cut + 1 :]
    before = before.rstrip()
    if not before:
        prev = "^"
    elif before[-1].isalnum():
        prev = before.rsplit(None, 1)[-1].strip(EDGE).lower() or "^"
    else:
        prev = mark(before)
    return prev, after(text, end)


def mark(before: str) -> str:
    """The punctuation mark a span follows; after a colon, what the label before it says
    ("Empresa: Acme" is ":employer", "Vaga: Operador" is ":role")."""
    mark = before[-1]
    if mark == ":":
        label = before[:-1].rstrip().rsplit(None, 1)
        if label:
            kind = LABELS.get(label[-1].strip(EDGE).lower())
            if kind:
                return f":{kind}"
    return mark


def after(text: str, end: int) -> str:
    """The word (or punctuation mark) just after a span, on its line ("$" at the line's end)."""
    after = text[end : end + 30]
    cut = after.find("\n")
    if cut >= 0:
        after = after[:cut]
    after = after.lstrip()
    if not after:
        return "$"
    if after[0].isalnum():
        return after.split(None, 1)[0].strip(EDGE).lower() or "$"
    return after[0]


# What an agency or a search firm writes just before the client it recruits for, in the nine
# languages: "retained by Brookfield University", "recruiting for Acme", "our client (Vätterleden
# Rederi)", "beauftragt von", "mandatés par". The name after it is read as after "on behalf of"
# (round 35: the ranker had no cue for these and gave the agency, or none, for the client its
# mail names).
_FOR_CLIENT = re.compile(
    r"(?:\b(?:retained|engaged|mandated|commissioned|instructed|appointed) by"
    r"|\b(?:recruiting for|beauftragt von|beauftragt durch|mandatée?s? par|incaricat[ie] da)"
    r"|\b(?:client|clients|kunde|kunden|kundin|klant|cliente|clientes|klienta|kund"
    r"|opdrachtgever)\s*\()\s*$",
    re.I,
)
# Words of help or partnership before a name ("I'm helping Hearthstone Software", "we are
# partnering with Cirrus Payments", "ayudamos a Frutas Soler", "wspieramy Polmed"): an
# employer writes them of its own charity or partner too ("Thank you for supporting Save the
# Children", "proud to be partnering with Habitat for Humanity"), so they name the client only
# in an agency's mail or when a hire follows the name (`_TO_HIRE`): review of round 35, M1.
_HELPING = re.compile(
    r"\b(?:helping|assisting|supporting|representing|partnering with|partnered with"
    r"|accompagnons|(?:ayudando|ayudamos|apoyando|apoyamos|representamos|representando"
    r"|ajudando|ajudamos|apoiando|apoiamos) a|colaboramos con|affianchiamo|supportiamo"
    r"|assistiamo|helpen wij|helpen we|ondersteunen wij|ondersteunen we|pomagamy|wspieramy"
    r"|hjälper vi|hjälper|stöttar vi|stöttar|representerar)\s*$",
    re.I,
)
_TO_HIRE = re.compile(
    r"\s*(?:(?:to|in|with|on)\s+)?(?:find|hire|recruit|grow|build|appoint|fill)\w*\b"
    r"|\s*(?:in|on|with)\s+(?:the|their|its|a|an)\s+(?:\w+\s+)?(?:search|hire|hiring"
    r"|recruitment|recruiting|appointment)\b"
    r"|\s*(?:a|para|per|pour|à)\s+(?:encontrar|buscar|contratar|incorporar|reclutar"
    r"|recrutar|seleccionar|trouver|recruter|embaucher|trovare|cercare|assumere|selezionare)\b"
    r"|\s*(?:en|na|nella|dans)\s+(?:(?:la|le|son|sa|su|sua)\s+)?(?:búsqueda|selección"
    r"|busca|procura|contratação|seleção|recrutement|recherche|ricerca|selezione)\b"
    r"|\s*(?:bei der|bij het|bij de|met het|met de)\s+(?:suche|besetzung|rekrutierung"
    r"|werving|werven|zoeken|invulling)\b"
    r"|\s*w\s+(?:poszukiwaniu|poszukiwaniach|rekrutacji|znalezieniu)\b"
    r"|\s*(?:med\s+)?att\s+(?:hitta|rekrytera|anställa)\b|\s*i\s+(?:rekryteringen"
    r"|sökandet)\b",
    re.I,
)


def for_client(before: str, following: str = "", agency: bool = False) -> bool:
    """Whether the words before a name say that an agency recruits for it (`_FOR_CLIENT`),
    or words of help say so in an agency's mail or before a hire (`following`: the text just
    after the name)."""
    start = max(0, len(before) - 40)
    if _FOR_CLIENT.search(before, start) is not None:
        return True
    return _HELPING.search(before, start) is not None and (
        agency or _TO_HIRE.match(following) is not None
    )


# A job title's last words before a bracket: what the bracket holds is part of the role (its
# specialism, area, shift, place or grade), never the employer: "Park Ranger (Interpretation)",
# "Staff Nurse (Night Shift)", "Ingeniero (Madrid)", "Erzieher (Teilzeit)" (round 35: the
# refitted ranker read "Interpretation" as a USAJOBS subject's employer).
_BEFORE_BRACKET = re.compile(r"([^\W\d_]+)(?:\s+(?:[IVX]{1,4}|\d{1,2}))?\s*\(\s*$")


def closes_role(text: str, start: int, end: int) -> bool:
    """Whether the span text[start:end] is alone in a bracket just after a job title's word
    ("Analyst (Risk)") and does not read as an organisation; "our client (Acme)", "Nurse · Acme
    (Acme Health)" and "Data Engineer (Kestrel Analytics)" are not."""
    if not text[end : end + 3].lstrip(" ").startswith(")"):
        return False
    found = _BEFORE_BRACKET.search(text, max(0, start - 40), start)
    if found is None:
        return False
    word = found.group(1).lower()
    if not (word.rstrip("s") in ROLE_NOUNS or word in ROLE_WORDS):
        return False
    # an organisation's word or a legal form: the employer a calendar's or an agency's subject
    # writes after the title ("Data Engineer (Kestrel Analytics)", "Chemist (Veldt Pharma Ltd)")
    name = text[start:end]
    return ORG_WORDS.isdisjoint(name.lower().split()) and not name_key(name)[2]
