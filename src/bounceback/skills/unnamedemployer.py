"""An employer described but not named: "Confidential", "Leading Tier-1 civil & marine
contractor", "Established Tier-2 residential builder (confidential)", "A well-known fintech",
"Undisclosed". An agency or a board writes such a line where the employer's name would stand;
it names no one, so the posting's company stays empty (and the agency is shown)."""

from __future__ import annotations

import re

_SECRET = re.compile(
    r"\b(?:confidential|undisclosed|anonymous|unnamed|not disclosed|withheld|private client|"
    r"stealth(?:[- ]mode)?)\b",
    re.I,
)
# The words a recruiter describes a client with, opening the line
_DESCRIBING = re.compile(
    r"^(?:an?\s+|our\s+)?(?:leading|established|well[- ]established|well[- ]known|large|major|"
    r"prestigious|reputable|renowned|respected|growing|fast[- ]growing|global|international|"
    r"multinational|national|regional|top|top[- ]tier|tier[- ]?\d|award[- ]winning|boutique|"
    r"busy|successful|thriving|innovative|dynamic|progressive|ambitious|privately[- ]owned|"
    r"family[- ]owned|independent|market[- ]leading|blue[- ]chip|fortune\s+\d+|ftse\s+\d+|"
    r"premier|premium|luxury|high[- ]end|niche|specialist)\b",
    re.I,
)
# What the description ends in: a kind of business, not a name's last word
_KIND = re.compile(
    r"\b(?:contractor|builder|company|firm|business|client|employer|organi[sz]ation|bank|"
    r"developer|manufacturer|provider|retailer|brand|consultancy|practice|chain|operator|"
    r"corporation|multinational|mnc|start-?up|scale-?up|fintech|insurer|distributor|"
    r"wholesaler|producer|supplier|player|institution|enterprise|outfit)s?\s*$",
    re.I,
)


# Adjectives no employer's name opens with ("Growing Company", "Leading Bank" describe);
# "National Bank", "Premier Bank", "Global Alliance" may be names
_ONLY_DESCRIBING = re.compile(
    r"^(?:leading|established|well[- ]established|well[- ]known|large|major|prestigious|"
    r"reputable|renowned|respected|growing|fast[- ]growing|award[- ]winning|busy|successful|"
    r"thriving|market[- ]leading|privately[- ]owned|family[- ]owned)\b",
    re.I,
)
# The small words a title-cased name holds in lower case ("Institute for Health and Care
# Excellence", "Banco de Chile", "Office for Police Conduct")
_SMALL = frozenset(
    ["and", "of", "the", "in", "for", "at", "on", "to", "by", "with", "de", "du", "des", "la",
     "le", "les", "el", "del", "da", "do", "dos", "das", "van", "von", "der", "den", "het", "y",
     "e", "et", "und", "og", "och"]
)  # fmt: skip


def _secret(text: str) -> bool:
    """A word that keeps the employer secret, not as the first word of a title-cased name
    ("Anonymous Content", "Private Client Partners" are companies; "Confidential Client" and
    "Company Confidential" are not)."""
    for m in _SECRET.finditer(text):
        after = re.match(r"\s+([A-Z][\w'’&-]*)", text[m.end() :])
        if after and not _KIND.fullmatch(after.group(1)) and m.group()[:1].isupper():
            continue  # "Anonymous Content", "Private Client Partners": a name
        return True
    return False


def unnamed(name: str) -> bool:
    """Whether a would-be employer's name only describes an employer it keeps secret."""
    text = name.strip(" .,;:*_")
    if not text:
        return False
    if _secret(text):
        return True
    if not _DESCRIBING.match(text):
        return False
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    # "Leading Tier-1 civil & marine contractor": a description's small letters, or its kind
    # at the end; "Premier Inn", "National Institute for Health and Care Excellence" are names
    lower = [w for w in words[1:] if w[:1].islower() and w.casefold() not in _SMALL]
    article = bool(re.match(r"(?i:an?|our)\s", text))
    # "A Growing Company", "Leading Bank": an article or an adjective no name opens with, and a
    # kind; "National Bank", "Premier Bank", "Independent Vets Group" are names
    kind = bool(_KIND.search(text)) and (
        article or (len(words) <= 2 and bool(_ONLY_DESCRIBING.match(text)))
    )
    return bool(lower) or kind


# A header line, or a labelled row, that says the employer is kept secret: "Confidential",
# "Company: Undisclosed", "Client - confidential", "Employer: Confidential (leading bank)"
_WITHHELD_LINE = re.compile(
    r"^(?:(?:company|employer|client|hiring (?:company|organi[sz]ation)|organi[sz]ation)\s*[:|–—-]\s*)?"
    r"(?:(?:a|our)\s+)?(?:confidential|undisclosed|anonymous)(?:\s+(?:company|employer|client))?"
    r"(?:\s*\([^()]{0,60}\))?\s*\.?$",
    re.I,
)


def withheld(lines: list[str]) -> bool:
    """Whether the posting's first lines say that its employer is kept secret."""
    head = [ln.strip(" *_#\t") for ln in lines if ln.strip(" *_#\t")][:15]
    return any(_WITHHELD_LINE.match(ln) for ln in head)
