"""What a sentence is, for every reader of the crisis check (round 32, issue 15).

Until round 31 five readers split a text with five regular expressions of their own
(crisis_frame, crisis_multi, crisis_soften twice, crisis_text), each knowing other marks: one
entry could be one sentence to a reader and three to another. This module is the one notion.

A sentence ends, in all fourteen languages of the check (en es de fr pt it nl pl tr ru uk ar hi
zh), at
- a full stop, "!" or "?" (a run of them, "?!", "..."), the ellipsis "…", the Chinese and
  full-width marks "。！？．", the Arabic question mark "؟" and full stop "۔", the Devanagari
  danda "।" and "॥": the marks stay with the sentence, and so do the quotes and brackets that
  close after them ('She said "I'm done." Then she left': two sentences, the first with its
  closing quote);
- a line break (one or more);
- an emoji followed by a space and more words ("so tired 😭 nobody calls back"), the way many
  people end a sentence in a chat; an emoji before a mark or at the end is part of the sentence.

A full stop does NOT end a sentence
- between digits: decimals, times and dates ("3.5 mg", "10.30", "10.12.2026", "5.000 euros");
- in a chain of short letter groups ("z.B.", "e.g.", "i.e.", "p.ej.", "т.е.", "u.a."), nor right
  after a known abbreviation (ABBREVIATIONS: "Dr.", "Prof.", "bzw.", "Sr.", "Mme.", "np." ...),
  compared without case or accents, so that a text and its lower-cased or folded reading split
  alike;
- after a list number at the start of a line ("1. applied again").
Not known (a limit): a German ordinal ("am 3. Mai") ends a sentence, as any number does.

One named variant, CLAUSES (`sentences(text, clauses=True)`): the phrase readers
(crisis_multi's lists in every language, crisis_text's English rules) also end a unit at ";"
(with the Arabic "؛" and the full-width "；"), and read it without its end marks (bare=True): a
phrase list reads what a clause says, and a semicolon joins two statements ("I'm fine; I want
to die" must not be read as one negated or softened phrase). The readers of whole sentences
(crisis_frame's sentence read alone, crisis_soften's story, song and condition) keep ";" inside
a sentence: the clause after it belongs to the same thought ("my friend tried to kill himself;
he's better now").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Marks that end a sentence; the clause variant adds the semicolons.
_ENDS = ".!?\u2026\u3002\uff01\uff1f\uff0e\u061f\u06d4\u0964\u0965"
_SEMICOLONS = ";\u061b\uff1b"
_CLOSERS = "\"'\u2019\u201d\u00bb\u300d\u300f)]\uff09\u3011"
_EMOJI = "[\U0001F300-\U0001FAFF\u2600-\u27BF][\U0001F3FB-\U0001F3FF\ufe0f\u200d]*"


def _boundary(ends: str) -> re.Pattern[str]:
    return re.compile(rf"[{ends}]+[{re.escape(_CLOSERS)}]*|\n+|(?:{_EMOJI})+(?=[ \t]+\S)")


_SENTENCE_END = _boundary(_ENDS)
_CLAUSE_END = _boundary(_ENDS + _SEMICOLONS)
_STRIP = _ENDS + _SEMICOLONS + " \t"

# Words shortened with a full stop that does not end the sentence, per language, compared lower
# case without accents. Not here: abbreviations that mostly end a sentence ("etc.", "usw.",
# "itd.", "т.д."), and words that are also whole words ("no.", "ok.", "fr.").
ABBREVIATIONS = frozenset(["dr", "drs", "mr", "mrs", "ms", "prof", "jr", "sr", "st", "vs", "approx", "dept", "sra", "srta", "dra", "sres", "num", "pag", "tel", "ud", "uds", "bzw", "ca", "nr", "hr", "str", "evtl", "ggf", "inkl", "bspw", "vgl", "sog", "mme", "mlle", "mm", "env", "dott", "sig", "ecc", "dhr", "mevr", "bijv", "mw", "np", "ul", "tzn", "prof", "hab", "mgr", "inz", "vb", "bkz", "др", "ул", "им", "см", "стр", "тыс", "млн", "डॉ"])

_ABBREVIATION_CHAIN = re.compile(r"(?<![\w.])(?:[^\W\d_]{1,3}\.)+[^\W\d_]{1,3}$")
_LAST_WORD = re.compile(r"(?<![\w.\u0900-\u0963])((?:[^\W\d_]|[\u0900-\u0963])+)$")
_LIST_NUMBER = re.compile(r"(?:^|\n)[ \t]*\d{1,3}$")


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word.lower())
                   if not unicodedata.combining(c))


def _stops_here(text: str, match: re.Match[str]) -> bool:
    """Whether a boundary match ends a sentence: a single full stop may be part of a number,
    an abbreviation or a list number instead."""
    if match.group().rstrip(_CLOSERS) != ".":
        return True
    start = match.start()
    before = text[max(0, start - 24) : start]
    after = text[match.end() : match.end() + 1]
    if before[-1:].isdigit() and after.isdigit():
        return False  # 3.5, 10.12.2026
    if _LIST_NUMBER.search(text[max(0, start - 8) : start]):
        return False  # "1. applied again" at the start of a line
    if _ABBREVIATION_CHAIN.search(before):
        return False  # the last stop of z.B., e.g., p.ej.
    word = _LAST_WORD.search(before)
    if word is None:
        return True
    if len(word.group(1)) == 1 and after.isalpha():
        return False  # the first stop of z.B., e.g., т.е.
    return _plain(word.group(1)) not in ABBREVIATIONS


def sentences(text: str, *, clauses: bool = False, bare: bool = False) -> list[str]:
    """The sentences of a text, stripped of surrounding space, none empty. clauses: ";" ends a
    unit too (the phrase readers' variant); bare: the end marks taken off each unit (the
    quotes and brackets that close it stay)."""
    return list(_split(text, clauses, bare))


@lru_cache(maxsize=512)  # the readers split the same text again (each language, each spelling)
def _split(text: str, clauses: bool, bare: bool) -> tuple[str, ...]:
    out: list[str] = []
    for begin, end in _spans(text, clauses):
        _add(out, text[begin:end], bare)
    return tuple(out)


@lru_cache(maxsize=512)
def _spans(text: str, clauses: bool) -> tuple[tuple[int, int], ...]:
    """Where each sentence (with its end mark) begins and ends in text."""
    pattern = _CLAUSE_END if clauses else _SENTENCE_END
    out: list[tuple[int, int]] = []
    begin = 0
    for match in pattern.finditer(text):
        if not _stops_here(text, match):
            continue
        out.append((begin, match.end()))
        begin = match.end()
    out.append((begin, len(text)))
    return tuple(out)


# Round 33 (crisis49): the clauses of a sentence, for the readers that look at a phrase's clause
# (crisis_multi: a negator or someone else before it, a denial after it; crisis_urgent: tonight
# in the statement's own clause; crisis_soften: a past, a present, joy in a clause of its own;
# crisis_reassure: a hedge before a reassurance). Every clause ends where its sentence ends (the
# CLAUSES variant: ";" too), and inside a sentence where the reader cuts: at a comma, a colon,
# a bracket or a quote (COMMAS), and at the reader's own words ("but", "aber", "但是"), which are
# left out of both clauses.
COMMAS = re.compile(r"[,:()\"\uff0c\u060c\u3001]")


def clause_spans(text: str, words: re.Pattern[str] | None = None, *,
                 commas: bool = False) -> list[tuple[int, int]]:
    """Where each clause of text begins and ends (see COMMAS); none empty."""
    out: list[tuple[int, int]] = []
    for begin, end in _spans(text, True):
        cuts = [(m.start(), m.end()) for m in words.finditer(text, begin, end)] if words else []
        if commas:
            cuts += [(m.start(), m.end()) for m in COMMAS.finditer(text, begin, end)]
        left = begin
        for start, stop in sorted(cuts):
            if start >= left:
                out.append((left, start))
                left = stop
        out.append((left, end))
    return [(a, b) for a, b in out if text[a:b].strip(_STRIP + _CLOSERS)]


def clauses(text: str, words: re.Pattern[str] | None = None, *, commas: bool = False) -> list[str]:
    """The clauses of text (clause_spans), stripped of space and end marks."""
    return [text[a:b].strip(_STRIP) for a, b in clause_spans(text, words, commas=commas)]


def clause_at(text: str, start: int, end: int, words: re.Pattern[str] | None = None, *,
              commas: bool = False) -> str:
    """The clause of text that holds the span start:end: from the last cut before start to the
    first cut at or after end (a span across cuts keeps what is between them)."""
    spans = clause_spans(text, words, commas=commas)
    left = max((a for a, _ in spans if a <= start), default=0)
    right = min((b for _, b in spans if b >= end), default=len(text))
    return text[left:right]


def _add(out: list[str], part: str, bare: bool) -> None:
    part = part.strip()
    if not part.strip(_STRIP + _CLOSERS):
        return  # marks alone ("...") are no sentence
    if bare:
        part = part.rstrip(_STRIP)
        closed = part.rstrip(_CLOSERS)
        if closed != part and closed.rstrip(_STRIP) != closed:  # "I'm done." -> "I'm done"
            part = closed.rstrip(_STRIP) + part[len(closed):]
        part = part.strip()
    if part:
        out.append(part)
