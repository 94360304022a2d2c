"""A vocabulary skill named as a duty's verb and its object: "Hang internal doors" is door
hanging, "Pick customer orders" order picking, "process payments" payment processing.

The vocabulary names such skills as a noun and a gerund ("door hanging", "cash handling"); a
posting's duties and requirements write them as a verb and its object, with at most three words
between ("Hang internal and external doors", "Fit kitchens", "Monitor CCTV"). Only plain forms
count (not those that need a cue; an acronym as the object is compared as written: "Monitor
CCTV"), the object may be plural, and the
verb must open the clause (a bullet, a sentence, or after "and", "or", "to", "will", "you"...):
"the order stock" or "a picking list" name no duty. Sentences that ask nothing (benefits, about
us, how to apply) give nothing, as for the vocabulary's own forms.
"""

from __future__ import annotations

import re

from bounceback.domain.skills import SkillMatch
from bounceback.skills import context
from bounceback.skills.evidence import TextIndex, importance_of, match_at, years_in
from bounceback.skills.vocabulary import Vocabulary

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# Words after which a verb opens a clause of its own.
_OPENERS = frozenset(
    [
        "and",
        "or",
        "to",
        "will",
        "you",
        "also",
        "must",
        "can",
        "should",
        "then",
        "&",
        "/",
        "including",
    ]
)
# Words that may stand between the verb and its object ("Hang internal and external doors").
_BETWEEN_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "to",
        "for",
        "of",
        "in",
        "on",
        "with",
        "by",
        "from",
        "at",
        "as",
        "is",
        "are",
        "be",
        "was",
    ]
)
_MIN_GERUND = 6  # "handling", "picking"; not "doing", "being"


def _stems(gerund: str) -> set[str]:
    """The verb's own forms for a gerund: picking -> pick, scheduling -> schedule,
    fitting -> fit."""
    base = gerund[:-3]
    stems = {base, base + "e"}
    if len(base) > 2 and base[-1] == base[-2] and base[-1] not in "ls":
        stems.add(base[:-1])
    return stems


def _inflections(stem: str) -> set[str]:
    out = {stem, stem + "s", stem + "es", stem + "ed", stem + "d"}
    if stem.endswith("e"):
        out.add(stem[:-1] + "ing")
        out.discard(stem + "es")
    return out


def _plurals(word: str) -> set[str]:
    out = {word, word + "s", word + "es"}
    if word.endswith("y") and len(word) > 3:
        out.add(word[:-1] + "ies")
    return out


_Entries = list[tuple[tuple[frozenset[str], ...], str]]
_CACHE: dict[tuple[int, int], tuple[Vocabulary, dict[str, _Entries]]] = {}


def _index(vocabulary: Vocabulary) -> dict[str, _Entries]:
    """verb form -> [(the object's words, each with its plural; the skill's name)], built once
    per vocabulary (and again when it grows)."""
    key = (id(vocabulary), len(vocabulary))
    cached = _CACHE.get(key)
    if cached is not None and cached[0] is vocabulary:
        return cached[1]
    by_verb: dict[str, _Entries] = {}
    for skill in vocabulary:
        for form in skill.form_rules():
            if form.needs_context:
                continue
            written = form.text.split()
            words = form.text.casefold().split()
            if not 2 <= len(words) <= 3 or not all(w.isalpha() for w in words):
                continue
            if form.case_sensitive and not all(w.isupper() for w in written[:-1]):
                continue  # "CCTV monitoring": the object an acronym, compared as written
            gerund = words[-1]
            if not gerund.endswith("ing") or len(gerund) < _MIN_GERUND:
                continue
            obj = words[:-1]
            if any(w in _BETWEEN_STOP for w in obj):
                continue
            if form.case_sensitive:
                obj = written[:-1]
            shape = tuple(frozenset({w}) for w in obj[:-1]) + (frozenset(_plurals(obj[-1])),)
            for stem in _stems(gerund):
                for verb in _inflections(stem):
                    entries = by_verb.setdefault(verb, [])
                    if (shape, skill.name) not in entries:
                        entries.append((shape, skill.name))
    if len(_CACHE) > 4:
        _CACHE.clear()
    _CACHE[key] = (vocabulary, by_verb)
    return by_verb


def find_duty_verbs(text: str, index: TextIndex, vocabulary: Vocabulary) -> list[SkillMatch]:
    """Every vocabulary skill the text names as a verb and its object, in order."""
    from bounceback.skills.matcher import _silent

    by_verb = _index(vocabulary)
    if not by_verb:
        return []
    found: list[SkillMatch] = []
    for sentence in index.sentences:
        if _silent(sentence, text):
            continue
        words = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(sentence.text)]
        for i, (word, w_start, _w_end) in enumerate(words):
            entries = by_verb.get(word.casefold())
            if not entries or not _opens_clause(sentence.text, words, i):
                continue
            hit = _object_after(sentence.text, words, i, entries)
            if hit is None:
                continue
            skill_name, last = hit
            start = sentence.start + w_start
            end = sentence.start + words[last][2]
            if context.negated(text, start, end, sentence.start, sentence.end):
                continue
            entry = vocabulary.get(skill_name)
            if entry is None:
                continue
            found.append(
                match_at(entry, text, start, end, sentence, importance_of(sentence), years_in(sentence))
            )
    return found


def _same(word: str, forms: frozenset[str]) -> bool:
    """A word of the text is one of the object's forms: folded, or as written for an acronym."""
    return word in forms or word.casefold() in forms


def _opens_clause(sentence: str, words: list[tuple[str, int, int]], i: int) -> bool:
    if i == 0:
        return True
    before = sentence[words[i - 1][2] : words[i][1]]
    if any(c in before for c in ",;:(•·–—"):
        return True
    return words[i - 1][0].casefold() in _OPENERS


def _object_after(
    sentence: str,
    words: list[tuple[str, int, int]],
    i: int,
    entries: _Entries,
) -> tuple[str, int] | None:
    """The first entry whose object follows the verb within three plain words."""
    for skip in range(0, 4):
        first = i + 1 + skip
        if first >= len(words):
            return None
        gap = sentence[words[first - 1][2] : words[first][1]]
        if gap.strip(" -"):
            return None  # punctuation between: another clause or list item
        for shape, name in entries:
            last = first + len(shape) - 1
            if last >= len(words):
                continue
            if all(_same(words[first + k][0], shape[k]) for k in range(len(shape))):
                gaps = (sentence[words[j - 1][2] : words[j][1]] for j in range(first + 1, last + 1))
                if not any(g.strip(" -") for g in gaps):
                    return name, last
        if words[first][0].casefold() in _BETWEEN_STOP - {"the", "a", "an"}:
            return None
    return None
