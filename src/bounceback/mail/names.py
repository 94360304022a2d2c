"""Shared pieces for reading names from email text: capitalised words, squashed spellings."""

from __future__ import annotations

import re
import unicodedata


def words(text: str) -> frozenset[str]:
    """A set of words written as one string."""
    return frozenset(text.split())


# A name as written: capitalised words, with the small joining words names use.
NAME_WORD = r"(?!I['’ ])(?:Inc\.|Ltd\.|Co\.|Corp\.|[A-Z0-9](?:[\w&'’+/-]|\.(?=\w))*)"
NAME_JOIN = rf"(?:&|and|of|de|der|für|for|the|du|la|{NAME_WORD}|\([\w&/+ -]{{1,25}}\))"
CAP_WORD = r"(?:St\.|Mt\.|[A-Z0-9À-ÖØ-ÞŁŚŻŹĆŃ](?:[\w&'’+/-]|\.(?=\w))*)"
LEGAL_FORMS = r"(?:Sp\. z o\.o\.|S\.p\.A\.|S\.r\.l\.|S\.A\.|S\.L\.|B\.V\.|N\.V\.|GmbH & Co\. KG)"
CAPS = re.compile(
    rf"{CAP_WORD}(?:[ ](?:{LEGAL_FORMS}|&|and|of|de|der|für|for|the|du|la|do|da|dos|das|del|"
    rf"della|di|des|van|von|den|im\.|{CAP_WORD}|"
    rf"\([\w&/+ -]{{1,25}}\))){{0,6}}"
)

_DROP = str.maketrans("", "", "".join(chr(c) for c in range(128) if not chr(c).isalnum())
                      + "’‘“”–—·•«»")
_FOLD = str.maketrans({"ß": "ss", "ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d"})


# The same deletion for ASCII text, as bytes: `bytes.translate` deletes in C at about a third of
# the cost of `str.translate` with a table (round 30: 1.7 -> 0.6 us a call on the bench's names;
# squash is asked about 17 times a message).
_DROP_ASCII = bytes(c for c in range(128) if not chr(c).isalnum())


def squash(text: str) -> str:
    """Lower case letters and digits only, accents folded ("Coral & Pine" -> "coralandpine",
    "Küchenwerk" -> "kuchenwerk", "Społem" -> "spolem")."""
    low = text.lower()
    if low.isascii():
        return low.replace("&", "and").encode("ascii").translate(None, _DROP_ASCII).decode(
            "ascii")
    low = "".join(c for c in unicodedata.normalize("NFKD", low.translate(_FOLD))
                  if not unicodedata.combining(c))
    return low.replace("&", "and").translate(_DROP)


