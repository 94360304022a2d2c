"""Reading a text with the phrase lists of one language (crisis_lexicon.py): explicit phrases,
heavy ones, and the words around them (negation, someone else).

The English reader (crisis.py with crisis_phrases.py and crisis_cues.py) reads more structure;
this one reads any language from its phrase file, on folded text (crisis_fold.py).
"""

from __future__ import annotations

import re

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis_lexicon import Lexicon

NEGATION_WORDS = 4  # a negator among the last words before a phrase softens it
NEGATION_CHARS = 2  # in Chinese, among the characters just before it
OTHERS_CHARS = 40  # how far before a phrase a named other person is looked for
_SENTENCES = re.compile(r"[.!?;\n\u3002\uff01\uff1f\u061f\u0964\u2026]+")
_CLAUSE_END = re.compile(r"[,:()\"\uff0c\u060c\u3001]")
_WORDS = re.compile(r"[\w\u0900-\u097f']+")
# Phrases that name others by nature ("my family would be better off without me"): someone else
# named before them does not make them about someone else.
SELF_EVIDENT = ("burden", "burden2", "burden3", "happier", "noticed")
MAX_CHARS = 600  # a run-on sentence is read in overlapping pieces of this many characters
OVERLAP = 120


def sentences(folded: str) -> list[str]:
    """Sentences of folded text; a very long one in overlapping pieces, so no phrase is cut."""
    out: list[str] = []
    for part in _SENTENCES.split(folded):
        part = part.strip()
        if len(part) <= MAX_CHARS:
            if part:
                out.append(part)
            continue
        step = MAX_CHARS - OVERLAP
        out += [part[i : i + MAX_CHARS] for i in range(0, len(part) - OVERLAP, step)]
    return out


def _clause_before(sentence: str, start: int) -> str:
    before = sentence[max(0, start - 200) : start]
    cut = max((m.end() for m in _CLAUSE_END.finditer(before)), default=0)
    return before[cut:]


def negated(sentence: str, start: int, lex: Lexicon) -> bool:
    """A negator just before position start, in the same clause (a negator written with "!" in
    the phrase file counts only as the word right before: Arabic "ما" is also "whenever")."""
    before = _clause_before(sentence, start)
    if lex.lang == "zh":
        return any(c in lex.negators for c in before.rstrip()[-NEGATION_CHARS:])
    words = _WORDS.findall(before)
    if words and words[-1] + "!" in lex.negators:
        return True
    return any(w in lex.negators for w in words[-NEGATION_WORDS:])


def about_other(sentence: str, start: int, lex: Lexicon) -> bool:
    """Someone else named just before the phrase, in the same clause."""
    if lex.others is None:
        return False
    return bool(lex.others.search(_clause_before(sentence, start)[-OTHERS_CHARS:]))


def without_idioms(sentence: str, lex: Lexicon) -> str:
    # Repeated until nothing changes: one idiom's removal can reveal another.
    if lex.idiom_re is None:
        return sentence
    while True:
        cleaned = lex.idiom_re.sub(" ", sentence)
        if cleaned == sentence:
            return sentence
        sentence = cleaned


def read(parts: list[str], lex: Lexicon) -> list[tuple[str, CrisisLevel]]:
    """(sign, level) for every phrase of the lexicon found in the folded sentences: explicit, or
    soft when negated or about someone else; heavy phrases soft, or nothing when negated."""
    found: list[tuple[str, CrisisLevel]] = []
    cleaned = [without_idioms(sentence, lex) for sentence in parts]
    for sentence, clean in zip(parts, cleaned, strict=True):
        joking = any(p.search(sentence) for p in lex.joking)
        reassured = lex.reassure is not None and bool(lex.reassure.search(clean))
        fiction = lex.fiction is not None and bool(lex.fiction.search(clean))
        for name, pattern in lex.explicit:
            for match in pattern.finditer(clean):
                if negated(clean, match.start(), lex):
                    if not reassured:
                        found.append((name + ":softened", CrisisLevel.SOFT))
                    else:
                        found.append((name + ":reassured", CrisisLevel.NONE))
                elif not name.endswith(SELF_EVIDENT) and about_other(clean, match.start(), lex):
                    if not fiction:
                        found.append((name + ":softened", CrisisLevel.SOFT))
                elif joking:
                    found.append((name + ":softened", CrisisLevel.SOFT))
                else:
                    found.append((name, CrisisLevel.EXPLICIT))
        for name, pattern in lex.heavy:
            for match in pattern.finditer(clean):
                if negated(clean, match.start(), lex):
                    found.append((name + ":negated", CrisisLevel.NONE))
                else:
                    found.append((name, CrisisLevel.SOFT))
    if lex.together:
        joined = " | ".join(cleaned)
        for name, pattern in lex.together:
            if pattern.search(joined):
                found.append((name, CrisisLevel.EXPLICIT))
    return found


def idiom_free(parts: list[str], lexicons: list[Lexicon]) -> list[str]:
    """The sentences with every given language's harmless idioms removed (for the model)."""
    out = []
    for sentence in parts:
        for lex in lexicons:
            sentence = without_idioms(sentence, lex)
        out.append(sentence)
    return out
