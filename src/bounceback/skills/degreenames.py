"""What a degree's name says: its level and the subjects it accepts, so that two names of one
degree meet however each is written.

A posting asks for "a Degree in Computer Science, IT or a related discipline", "B.E./B.Tech in
Computer Science", "BSc (Hons) Nursing (Adult)" or "a Statistics degree"; a resume shows "B.Sc.
Computer Science", "Bachelor of Science in Nursing" or "MSc". A reader takes two such names for
one degree when the subjects meet (one subject of one is a subject of the other: "Degree in HR
or Business" and "Business degree"), or, when one of them names no subject, when they are of one
level ("MSc" and "MSc Computer Science"; a plain "degree" is a bachelor's). The abbreviations and
their long forms are one level ("B.Sc", "BSc", "B.S.", "Bachelor of Science"); "(Hons)",
"Honours", "Level 8" and "or equivalent" say nothing of which degree it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

BACHELOR, MASTER, DOCTORATE, DIPLOMA = "bachelor", "master", "doctorate", "diploma"
DEGREE = "degree"  # a degree of any level: "a degree in Chemistry" is met by a BSc or an MSc

# Each word that names a level, as the tokens of `_TOKEN` read it (dots kept inside a word);
# "master" and "bachelor" alone are no level ("master data"), only with "of" (`_LONG_FORM`).
_LEVEL_WORDS = {
    **dict.fromkeys(
        [
            "bachelors",
            "bachelor's",
            "bsc",
            "b.sc",
            "b.s",
            "bs",
            "ba",
            "b.a",
            "beng",
            "b.eng",
            "b.e",
            "be",
            "btech",
            "b.tech",
            "bcom",
            "b.com",
            "bba",
            "b.b.a",
            "llb",
            "ll.b",
            "b.ed",
            "b.pharm",
            "bpharm",
            "bscn",
            "bsn",
            "b.arch",
            "barch",
            "bca",
            "bds",
            "mbbs",
            "bpt",
            "bhms",
            "b.des",
            "bfa",
            "b.f.a",
            "b.mus",
            "bmus",
            "bsw",
            "undergraduate",
        ],
        BACHELOR,
    ),
    "degree": DEGREE,
    **dict.fromkeys(
        [
            "masters",
            "master's",
            "msc",
            "m.sc",
            "m.s",
            "ma",
            "m.a",
            "meng",
            "m.eng",
            "m.e",
            "mtech",
            "m.tech",
            "mcom",
            "m.com",
            "mba",
            "llm",
            "ll.m",
            "m.ed",
            "m.pharm",
            "mpharm",
            "msn",
            "m.arch",
            "mca",
            "mph",
            "mpa",
            "mfa",
            "msw",
            "mphil",
            "m.phil",
            "postgraduate",
            "pgdm",
            "pgdip",
        ],
        MASTER,
    ),
    **dict.fromkeys(
        [
            "phd",
            "ph.d",
            "doctorate",
            "doctoral",
            "dphil",
            "d.phil",
            "edd",
            "ed.d",
            "pharmd",
            "pharm.d",
            "dnp",
            "m.d",
        ],
        DOCTORATE,
    ),
    **dict.fromkeys(["diploma", "hnd", "hnc", "associate's"], DIPLOMA),
}
# Levels that are also words, read as a level only in capitals: "BA", "BS", "MA", "BE", never
# "be" or "ma" (and "MS" is Microsoft's: "MS Office"; "bed" and "med" are never degrees here).
_CASED = frozenset(["ba", "bs", "ma", "be"])
# Words a level's long form is made of: "Bachelor of Science", "Master of Business Administration".
_LONG_FORM = re.compile(
    r"\b(?P<level>bachelor|master)(?:['’]?s)?\s+of\s+(?:science|arts|engineering|technology|"
    r"commerce|laws|education|business\s+administration|applied\s+science)\b",
    re.I,
)
# Abbreviations that name a field of their own ("B.Com" is commerce, "MBA" business).
_OWN_FIELD = {
    "bcom": "commerce", "b.com": "commerce", "mcom": "commerce", "m.com": "commerce",
    "bba": "business", "b.b.a": "business", "mba": "business", "llb": "law", "ll.b": "law",
    "llm": "law", "ll.m": "law", "b.ed": "education", "m.ed": "education", "b.pharm": "pharmacy", "bpharm": "pharmacy", "m.pharm": "pharmacy",
    "mpharm": "pharmacy", "pharmd": "pharmacy", "pharm.d": "pharmacy", "bscn": "nursing",
    "bsn": "nursing", "msn": "nursing", "b.arch": "architecture", "barch": "architecture",
    "m.arch": "architecture",
}  # fmt: skip
# What a degree's name may carry that says nothing of which degree it is.
_NOISE = re.compile(
    r"\((?:hons?|honours|honors)\)|\b(?:hons?|honours|honors|first[- ]class|upper\s+second|"
    r"2:1|level\s+\d+|nqf\s+\d+|a|an|any|the|relevant|related|recognised|recognized|"
    r"university|tertiary|three[- ]year|four[- ]year|\d[- ]year|accredited|equivalent|similar|"
    r"discipline|disciplines|field|fields|area|subject|specialization|specialisation|"
    r"qualification|course|program|programme|with|plus|preferably|ideally|completed|"
    r"holding|hold|have|must|required|essential|desirable|preferred|minimum|at\s+least|"
    r"of\s+study)\b",
    re.I,
)
_TOKEN = re.compile(r"[A-Za-z0-9+#]+(?:[.'’][A-Za-z0-9]+)*\.?")
_SPLIT = re.compile(r"\s*(?:,|/|;|\bor\b|\band/or\b)\s*", re.I)
# Only these joining words stand between a degree's level and its subjects ("in", "of").
_JOIN = frozenset(["in", "of", "on", "and", "&"])


@dataclass(frozen=True)
class DegreeName:
    """A degree as its name says it: the levels it names and the subjects it accepts."""

    levels: frozenset[str]
    subjects: tuple[frozenset[str], ...]


def _stem(word: str) -> str:
    word = word.replace("’", "'")
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


@lru_cache(maxsize=8192)
def degree_name(name: str) -> DegreeName | None:
    """The degree a skill's name names, or None when it names none (a name that is more than a
    degree, "degree-level maths teaching", is none)."""
    text = name.replace("’", "'")
    levels: set[str] = set()
    for m in _LONG_FORM.finditer(text):
        levels.add(BACHELOR if m.group("level").casefold() == "bachelor" else MASTER)
    text = _LONG_FORM.sub(" ", text)
    text = _NOISE.sub(" ", text)
    own: list[frozenset[str]] = []
    pieces: list[frozenset[str]] = []
    for piece in _SPLIT.split(text):
        words = [w.rstrip(".") for w in _TOKEN.findall(piece)]
        rest = []
        for word in words:
            w = word.casefold()
            if w in _LEVEL_WORDS and (w not in _CASED or word.isupper()):
                levels.add(_LEVEL_WORDS[w])
                if w in _OWN_FIELD:
                    own.append(frozenset([_OWN_FIELD[w]]))
            elif w not in _JOIN:
                rest.append(_stem(w))
        if rest:
            pieces.append(frozenset(rest))
    if not levels:
        return None
    if levels - {DEGREE, DIPLOMA}:
        levels.discard(DEGREE)  # "Bachelor's degree" is a bachelor's, not any degree
    subjects = tuple(pieces) if pieces else tuple(own)
    return DegreeName(frozenset(levels), subjects)


def same_degree(a: str, b: str) -> bool | None:
    """Whether a reader takes the two names for one degree; None when either names none."""
    da, db = degree_name(a), degree_name(b)
    if da is None or db is None:
        return None
    if not _levels_meet(da.levels, db.levels):
        return False
    if da.subjects and db.subjects:
        return any(x <= y or y <= x for x in da.subjects for y in db.subjects)
    return True


def _levels_meet(a: frozenset[str], b: frozenset[str]) -> bool:
    if a & b:
        return True
    return (DEGREE in a and bool(b - {DIPLOMA})) or (DEGREE in b and bool(a - {DIPLOMA}))


# How far each level goes: a plain "degree" a resume shows is a bachelor's
_RANK = {DIPLOMA: 0, DEGREE: 1, BACHELOR: 1, MASTER: 2, DOCTORATE: 3}


def covers(held: str, asked: str) -> bool | None:
    """Whether a degree held (a resume's) meets a degree asked for (a posting's): the subjects
    meet as for `same_degree`, and the level held is at least the lowest level asked ("MSc
    Nursing" meets "BSc Nursing", a PhD "a relevant degree"; a plain "Degree in Chemistry" does
    not meet "PhD in Chemistry"). None when either names no degree."""
    dh, da = degree_name(held), degree_name(asked)
    if dh is None or da is None:
        return None
    if max(_RANK.get(x, 0) for x in dh.levels) < min(_RANK.get(x, 0) for x in da.levels):
        return False
    if dh.subjects and da.subjects:
        return any(x <= y or y <= x for x in dh.subjects for y in da.subjects)
    # "a relevant degree" held names neither a level nor a subject: not "BSc Nursing"
    return not (da.subjects and dh.levels <= {DEGREE, DIPLOMA})
