"""Shared pieces for reading names from email text: capitalised words, squashed spellings."""

from __future__ import annotations

import re


def words(text: str) -> frozenset[str]:
    """A set of words written as one string."""
    return frozenset(text.split())


# A name as written: capitalised words, with the small joining words names use.
NAME_WORD = r"(?!I['’ ])(?:Inc\.|Ltd\.|Co\.|Corp\.|[A-Z0-9](?:[\w&'’+/-]|\.(?=\w))*)"
NAME_JOIN = rf"(?:&|and|of|de|der|für|for|the|du|la|{NAME_WORD}|\([\w&/+ -]{{1,25}}\))"
CAP_WORD = r"[A-Z0-9](?:[\w&'’+/-]|\.(?=\w))*"
CAPS = re.compile(
    rf"{CAP_WORD}(?:[ ](?:&|and|of|de|der|für|for|the|du|la|{CAP_WORD}|\([\w&/+ -]{{1,25}}\))){{0,6}}"
)

_DROP = str.maketrans("", "", "".join(chr(c) for c in range(128) if not chr(c).isalnum()))


def squash(text: str) -> str:
    """Lower case letters and digits only ("Coral & Pine" -> "coralandpine")."""
    return text.lower().replace("&", "and").translate(_DROP)


