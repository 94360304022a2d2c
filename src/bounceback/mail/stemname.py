"""The organisation a sender's domain spells, written as words: as the address hyphenates it
("estudio-norte.es" is Estudio Norte) or as the email writes its words ("Halcyon" and "events"
for halcyonevents.co.za), for a name no other part of the email writes (mail/company.py)."""

from __future__ import annotations

import re

from bounceback.mail.names import squash
from bounceback.mail.namewords import SEGMENT_WORDS

_WORD = re.compile(r"[^\W\d_][\w'’]+")
_GLUE = {"and": "&", "the": "The", "of": "of"}


def _title(word: str) -> str:
    return _GLUE.get(word) or (word[:1].upper() + word[1:] if word[:1].islower() else word)


def stem_name(stem: str, hyphened: tuple[str, ...], text: str) -> str | None:
    """The organisation a domain stem spells, written as words: as the address hyphenates it
    ("estudio-norte" -> "Estudio Norte"), else split into words the email itself writes
    ("halcyonevents" -> "Halcyon Events" when it writes "Halcyon" and "events"); None when
    neither does."""
    if hyphened:
        return " ".join(_title(w) for w in hyphened)
    if len(stem) >= 7 and stem.isalpha():
        written: dict[str, str] = {}
        for match in _WORD.finditer(text, 0, 4000):
            word = match.group(0)
            key = squash(word)
            if len(key) >= 3 and key in stem and (key not in written or word[0].isupper()):
                written[key] = word
        if stem not in written:
            pieces = _cover(stem, written)
            if pieces:
                return " ".join(_title(p) for p in pieces)
    return None


def _cover(stem: str, written: dict[str, str]) -> list[str] | None:
    """The fewest words (each written in the email, a known organisation word, or a joiner)
    that spell `stem` end to end; None when none do or one word would."""
    n = len(stem)
    best: list[list[str] | None] = [None] * (n + 1)
    best[0] = []
    for start in range(n):
        done = best[start]
        if done is None:
            continue
        for end in range(start + 2, n + 1):
            piece = stem[start:end]
            word = written.get(piece) or (piece if piece in _GLUE or piece in _KNOWN else None)
            if word is None:
                continue
            known = best[end]
            if known is None or len(done) + 1 < len(known):
                best[end] = [*done, word]
    found = best[n]
    return found if found and len(found) > 1 else None


_KNOWN = frozenset(w for w in SEGMENT_WORDS if len(w) >= 3)
