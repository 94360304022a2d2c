"""The employer's name as the text writes it, for a name squeezed into an address, a website or
a hashtag: "waipavets" is "Waipā Vets", "ofaolainbakery" opens "Ó Faoláin & Daughters",
"ashworthfunerals" opens "Ashworth & Daughters Funeral Directors", "vdmbotha" is "Van der Merwe
Botha" (the initials of its first words, then a whole word), "#McAllistersBakery" is
"McAllister's Bakery"."""

from __future__ import annotations

import re
import unicodedata

# A name's words: capitalised, or the small words a name holds ("Van der Merwe", "Sons & Co")
_TOKEN = re.compile(r"[^\W\d_][\w'’.-]*|&")
_SMALL = {
    "&", "and", "of", "the", "van", "der", "den", "de", "la", "le", "du", "von", "da", "og", "y",
}  # fmt: skip


def fold(text: str) -> str:
    """Letters and digits only, without accents or case: "Ó Faoláin" is "ofaolain"."""
    plain = unicodedata.normalize("NFKD", text)
    return "".join(c for c in plain if c.isalnum() and not unicodedata.combining(c)).casefold()


def _name_runs(line: str) -> list[list[re.Match[str]]]:
    """The runs of a line's words that could be a name: capitalised words and the small words
    between them, broken at punctuation other than "&", "'" and "-"."""
    runs: list[list[re.Match[str]]] = []
    current: list[re.Match[str]] = []
    last_end = 0
    for m in _TOKEN.finditer(line):
        gap = line[last_end : m.start()]
        word = m.group()
        fits = word[:1].isupper() or word.casefold() in _SMALL
        # a hashtag, an address or a website spells the name without writing it
        fits = fits and not re.search(r"[#@./]$", line[: m.start()]) and "@" not in word
        if current and (gap.strip() or not fits):
            runs.append(current)
            current = []
        if fits:
            current.append(m)
        last_end = m.end()
    if current:
        runs.append(current)
    # "of Jansen van Rensburg Attorneys": the run from its first capitalised word
    runs = [
        run[next((k for k, m in enumerate(run) if m.group()[:1].isupper()), len(run)) :]
        for run in runs
    ]
    return [run for run in runs if run]


def _spells(words: list[str], letters: str) -> int:
    """How many of the words, from the first, spell the letters exactly, each word whole or by
    its initial ("Van der Merwe Botha": "vdmbotha"), the last one whole; 0 when they do not."""

    def walk(k: int, rest: str) -> int:
        if not rest:
            return k if k > 0 and len(fold(words[k - 1])) > 1 else 0
        if k == len(words):
            return 0
        word = fold(words[k])
        if not word:
            return walk(k + 1, rest)  # "&"
        if rest.startswith(word):
            found = walk(k + 1, rest[len(word) :])
            if found:
                return found
        if rest[0] == word[0] and len(word) > 1:
            return walk(k + 1, rest[1:])
        return 0

    return walk(0, letters)


def written_name(letters: str, lines: list[str], whole: bool = False) -> str:
    """The name the lines write whose letters are the ones given ("waipavets": "Waipā Vets",
    "vdmbotha": "Van der Merwe Botha"), or, unless whole, the name they open ("wensum":
    "Wensum Veterinary Group Ltd"); "" when no line writes one."""
    if len(letters) < 4:
        return ""
    opening = ""
    for line in lines:
        for run in _name_runs(line):
            for start in range(len(run)):
                if not run[start].group()[:1].isupper():
                    continue
                words = [m.group() for m in run[start:]]
                n = _spells(words, letters)
                if not n:
                    continue
                exact = line[run[start].start() : run[start + n - 1].end()]
                initials = sum(len(fold(w)) for w in words[:n]) != len(letters)
                if whole or initials or n == len(words):
                    return exact  # the name itself, or its first words by their initials
                if opening:
                    continue
                # the name the letters open, to its last capitalised word
                last = max(k for k, w in enumerate(words) if w[:1].isupper())
                opening = line[run[start].start() : run[start + last].end()]
    return "" if whole else opening
