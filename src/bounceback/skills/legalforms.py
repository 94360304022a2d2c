"""The legal forms of companies outside the English-speaking markets ("Nordvik Mobility AB",
"Nordfjord Biologics A/S", "HavHelse Diagnostikk AS", "Polder Automation B.V."), so that such a
name reads as an employer, not as a town and its state ("Calgary AB", "Adelaide SA")."""

from __future__ import annotations

import re

from bounceback.places import is_place_name

# Forms no place is written with: Danish, Norwegian, Swedish, Finnish, Dutch, Belgian, German,
# Swiss, Austrian, French, Spanish, Italian, Portuguese, Polish, Czech, Hungarian, Brazilian.
_PLAIN = (
    r"A/S|ApS|ASA|I/S|Oy|Oyj|Ab|B\.V\.|N\.V\.|GmbH|gGmbH|AG|KG|e\.V\.|S\.A\.|S\.L\.|S\.L\.U\.|"
    r"S\.r\.l\.|Srl|S\.p\.A\.|SpA|SARL|S\.à\s?r\.l\.|SAS|Lda\.?|Ltda\.?|sp\.\s?z\s?o\.o\.|"
    r"Sp\.\s?z\s?o\.o\.|s\.r\.o\.|Kft\.?|Zrt\.?|Nyrt\.?"
)
# Forms that are also a state's or a region's code ("Calgary AB", "Adelaide SA", "London SE"):
# the form only after a name that is no known place
_SHARED = r"AB|AS|SA|SE|BV|NV"
# As the word after a name: "A/S" and "B.V." end in no word character, so the end is no "\b"
LEGAL_FORM = rf"(?:{_PLAIN}|{_SHARED})(?![\w/])"
_ENDS = re.compile(rf"^(?P<name>\S.*?)[\s,]+(?P<form>{LEGAL_FORM})\.?$")
_SHARED_FORM = re.compile(rf"^(?:{_SHARED})$")


def legal_name(text: str) -> bool:
    """Whether a name ends in a company's legal form ("Lingonbyte AB", "Vestkyst Wind Service
    A/S"), its words before it no known place ("Calgary AB" is a town in Alberta)."""
    m = _ENDS.match(text.strip())
    if m is None:
        return False
    name = m.group("name").strip(" ,")
    if not name[:1].isupper() or "," in name or len(name.split()) > 6:
        return False  # "Red Deer, AB": a town, a comma, its province
    if _SHARED_FORM.match(m.group("form")):
        return not is_place_name(name) and not re.search(r"\d", name)
    return True


# The name as a sentence's subject ("Vestkyst Wind Service A/S provides...", "About us:
# Havnegaard Ejendomme A/S owns..."), or alone on a line ("HavHelse Diagnostikk AS" signing
# the advert)
_SUBJECT = re.compile(
    r"^(?:(?i:about us|about the company|who we are|about)\s*:?\s*)?"
    r"(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z&][\w&'’.-]*|of|and|for|og|och|en|und|van|de)){0,5}?"
    rf"\s+{LEGAL_FORM}\.?)(?:,?\s+(?:is|are|has|have|was|were|(?!(?:is|as|was|has|this|us|plus)\b)"
    r"[a-z]{3,}s)\b|\s*$)"
)


def legal_employer(lines: list[str]) -> str:
    """The first name with a legal form that a posting's lines give as the employer, as a line
    of its own or as a sentence's subject, or ""."""
    for line in lines[:80]:
        for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z])", line.strip()):
            m = _SUBJECT.match(sentence.strip("*_ "))
            if m and legal_name(m.group("name")):
                return m.group("name").strip()
    return ""


def words_of(name: str, shortest: int = 1) -> set[str]:
    """A name's words, folded, of `shortest` letters or more: to compare two employers' names
    ("Nordvik Mobility" is the short form of "Nordvik Mobility AS")."""
    return {w for w in re.findall(r"\w+", name.casefold()) if len(w) >= shortest}
