"""Reading text for the crisis check: normalising, typos and slang, sentences and clauses."""

from __future__ import annotations

import re
from functools import lru_cache

from bounceback.recovery.crisis_needs import needs
from bounceback.recovery.crisis_sentences import sentences as split

_CONTRACTIONS = (
    (r"\bcan'?t\b", "cannot"),
    (r"\bcan not\b", "cannot"),
    (r"\bwon'?t\b", "will not"),
    (r"\bdon'?t\b", "do not"),
    (r"\bdoesn'?t\b", "does not"),
    (r"\bdidn'?t\b", "did not"),
    (r"\bisn'?t\b", "is not"),
    (r"\baren'?t\b", "are not"),
    (r"\bwasn'?t\b", "was not"),
    (r"\bweren'?t\b", "were not"),
    (r"\bwouldn'?t\b", "would not"),
    (r"\bshouldn'?t\b", "should not"),
    (r"\bcouldn'?t\b", "could not"),
    (r"\bhaven'?t\b", "have not"),
    (r"\bhasn'?t\b", "has not"),
    (r"\bain'?t\b", "am not"),
    (r"(\w)n't\b", r"\1 not"),
    (r"\bi'?m\b", "i am"),
    (r"\bi'?ve\b", "i have"),
    (r"\bi'd\b", "i would"),
    (r"\bid (be|rather|have|never|just|do|like|love|want|go|end|kill|die)\b", r"i would \1"),
    (r"\bi'll\b", "i will"),
    (r"\bill (be|never|just|do|go|end|kill|die|take|jump|try|make|finally|still)\b", r"i will \1"),
    (r"\b(he|she|they|you|we)'d\b", r"\1 would"),
    (r"\b(he|she)'s\b", r"\1 is"),
    (r"\b(they|you|we)'re\b", r"\1 are"),
    (r"\b(it|that|there|what|this|everything|nothing|something|tonight|today)'?s\b", r"\1 is"),
    (r"\bwanna\b", "want to"),
    (r"\bgonna\b", "going to"),
    (r"\bgotta\b", "got to"),
    (r"\bany ?more\b", "anymore"),
)
_CONTRACTIONS_RE = [(re.compile(p), r) for p, r in _CONTRACTIONS]

# Slang and euphemisms rewritten to the plain words the phrase lists use.
_SLANG = (
    (r"\bsewer ?slide\b|\bsuicid\b|\bsu1cide\b|\bsuic1de\b|\bs\*icide\b", "suicide"),
    (r"\bk ?m ?s\b|\bk\.m\.s\.?", "kms"),
    (r"\bun-?aliv(e|ing|ed)\b", r"unaliv\1"),
    (r"\bself[- ]?delet(e|ing)\b|\bdelet(e|ing) myself\b", "kill myself"),
    (r"\boff(ing)? myself\b|\bneck(ing)? myself\b", "kill myself"),
    (r"\btoaster bath\b", "suicide"),
    (r"\bctb\b", "kill myself"),
    (r"\bmy ?self\b", "myself"),
)
_SLANG_RE = [(re.compile(p), r) for p, r in _SLANG]

# Words a typo must not hide. Long words: any single slip (missing, extra, swapped or wrong
# letter). Short words: only a swapped or doubled letter, plus a few common slips, so that "exit"
# or "waiting" never read as "exist" or "wanting".
_KEY_LONG = ("suicide", "suicidal", "myself", "anymore", "unalive", "yourself", "forever")
_KEY_SHORT = ("want", "kill", "dead", "alive", "exist", "life", "wish", "pills", "wake")
_EXTRA = {
    "wnt": "want", "whant": "want", "wamt": "want", "kil": "kill", "kll": "kill",
    "exsist": "exist", "exsit": "exist", "exisit": "exist", "exsisting": "existing",
    "existance": "existence", "ded": "dead", "alivee": "alive", "suicde": "suicide",
    "sucide": "suicide", "suiside": "suicide", "sucidal": "suicidal", "suisidal": "suicidal",
}
_REAL_WORDS = frozenset({"exits", "lief"})
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _edits(word: str, full: bool) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    swaps = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    doubles = {a + b[0] + b for a, b in splits if b}
    if not full:
        return swaps | doubles
    deletes = {a + b[1:] for a, b in splits if b}
    subs = {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    inserts = {a + c + b for a, b in splits for c in _LETTERS}
    return swaps | doubles | deletes | subs | inserts


@lru_cache(maxsize=1)
def _typo_map() -> dict[str, str]:
    out: dict[str, str] = dict(_EXTRA)
    for word in _KEY_SHORT:
        for wrong in _edits(word, full=False):
            out.setdefault(wrong, word)
    for word in _KEY_LONG:
        for wrong in _edits(word, full=True):
            out.setdefault(wrong, word)
    keys = set(_KEY_LONG) | set(_KEY_SHORT)
    return {k: v for k, v in out.items() if k not in keys and k not in _REAL_WORDS}


_WORD = re.compile(r"[a-z]+")


def fix_typos(text: str) -> str:
    """Single-letter slips in the few words the check depends on ("wnat", "exsist")."""
    typos = _typo_map()
    if typos.keys().isdisjoint(_WORD.findall(text)):  # round 29: no slip, nothing to replace
        return text
    return _WORD.sub(lambda m: typos.get(m.group(0), m.group(0)), text)


_MARKS = re.compile(r"[*_~]+")
_SPACES = re.compile(r"[ \t]+")
LONG_TEXT = 200  # characters from which normalise tests each pattern's needed strings first


@lru_cache(maxsize=1)
def _rewrites() -> tuple[tuple[re.Pattern[str], str, frozenset[str] | None], ...]:
    """The contractions and the slang with the strings each cannot match without (parsed once
    per process, when a long text comes: crisis_needs.py)."""
    return tuple((p, r, needs(p)) for p, r in (*_CONTRACTIONS_RE, *_SLANG_RE))


def normalise(text: str) -> str:
    """Lower case, plain quotes, contractions expanded, typos and slang fixed, single spaces."""
    out = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    out = out.replace("\u201c", '"').replace("\u201d", '"').replace("\u2014", ", ")
    out = fix_typos(out)
    if len(out) < LONG_TEXT:
        for pattern, repl in _CONTRACTIONS_RE:
            out = pattern.sub(repl, out)
        for pattern, repl in _SLANG_RE:
            out = pattern.sub(repl, out)
    else:  # round 29: a rewrite runs only where the text as it stands may hold it (same text out)
        for pattern, repl, wanted in _rewrites():
            if wanted is None or any(s in out for s in wanted):
                out = pattern.sub(repl, out)
    out = _MARKS.sub(" ", out)
    return _SPACES.sub(" ", out)


_CLAUSE_SPLIT = re.compile(r"[,:()\"]+|\s(?:but|although|though|however|yet)\s")
MAX_WORDS = 60  # a run-on sentence is read in pieces of this many words,
OVERLAP = 12  # overlapping by this many, so that no phrase is cut in two


def _pieces(clause: str) -> list[str]:
    words = clause.split()
    if len(words) <= MAX_WORDS:
        return [clause]
    step = MAX_WORDS - OVERLAP
    return [" ".join(words[i : i + MAX_WORDS]) for i in range(0, len(words) - OVERLAP, step)]


def sentences(normalised: str) -> list[str]:
    """Sentences of normalised text (crisis_sentences.py's CLAUSES: ";" ends one too), without
    their end marks, run-ons cut into overlapping pieces."""
    out: list[str] = []
    for s in split(normalised, clauses=True, bare=True):
        out += _pieces(s)
    return out


def split_clauses(sentence: str) -> list[str]:
    """Clauses of one normalised sentence (commas, "but", "although"...)."""
    return [c.strip() for c in _CLAUSE_SPLIT.split(sentence) if c.strip()]


def clauses(text: str) -> list[str]:
    """All clauses of a raw text, normalised."""
    return [c for s in sentences(normalise(text)) for c in split_clauses(s)]
