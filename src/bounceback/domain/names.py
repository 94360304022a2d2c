"""Normalising company names, so that "Acme Inc." and "ACME" are the same company."""

from __future__ import annotations

import re
import unicodedata

_SUFFIXES = {
    "inc", "incorporated", "llc", "ltd", "limited", "plc", "gmbh", "ag", "sa", "sas", "srl", "bv",
    "nv", "co", "corp", "corporation", "company", "pty", "pvt", "llp", "lp", "oy", "ab", "as",
    "kg", "se", "spa", "group", "holdings",
}


def company_key(name: str) -> str:
    """A matching key: case, accents, punctuation and legal suffixes removed."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = text.replace("&", " and ")
    words = re.findall(r"[a-z0-9]+", text)
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    if words and words[0] == "the" and len(words) > 1:
        words = words[1:]
    return " ".join(words) or name.strip().lower()
