"""Censored and obfuscated spellings read as the plain word, before any reader (round 33, issue 15).

Online, people type the words a filter looks for so that it does not see them, and mean them
literally: "s*icide", "k!ll mys3lf", "s u i c i d e", "k.i.l.l", "suiiicide", "zelfm00rd",
"самоуб!йство", "自 杀", "自🔪杀", a zero-width space inside a word. `plain(text)` maps such a
spelling back to the plain word, so that every reader (the phrase lists in every language, the
English reader, the n-gram model, the encoder) reads what was meant.

Only a spelling that is obfuscated AND reads as one of KEY_WORDS is rewritten: a word of a few
letters with symbols, digits or emoji inside it, single letters spaced out, or doubled letters.
Everything else stays as written ("mp3", "b2b", "e-mail", "covid-19", "co-op" are not key
words), so an ordinary text is read exactly as before unless it hides a key word; the same
word written plainly decides the level, a joke ("im d3ad 💀 lol") stays the joke it is plainly.
Zero-width characters and soft hyphens are dropped everywhere (nothing is written with them).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from bounceback.recovery.crisis_fold import fold

# The words a writer hides, in the 14 languages: the act, dying, death, the self, killing, the
# means. Written as each language writes them; compared folded (crisis_fold.py).
KEY_WORDS = (
    # en
    "suicide", "suicidal", "kill", "killing", "myself", "die", "dying", "dead", "death",
    "unalive", "overdose", "hang", "wrists", "pills", "rope", "alive", "live", "life",
    # es, pt, it
    "suicidio", "suicidarme", "suicidarmi", "suicidar", "suicida", "matarme", "morir", "morirme",
    "muerte", "muerto", "morrer", "morte", "matar", "uccidermi", "ammazzarmi", "morire", "vivir",
    "viver", "vivere", "vida", "vita",
    # de, nl, fr
    "selbstmord", "suizid", "umbringen", "sterben", "töten", "leben", "zelfmoord", "doodgaan",
    "sterven", "dood", "leven", "suicider", "mourir", "crever", "mort", "tuer", "vivre",
    # pl, tr
    "samobójstwo", "zabić", "umrzeć", "śmierć", "życie", "żyć", "intihar", "ölmek", "öldürmek",
    "ölüm", "öleceğim", "kendimi", "yaşamak",
    # ru, uk
    "самоубийство", "суицид", "убить", "убью", "умереть", "смерть", "покончить", "жить",
    "повеситься", "самогубство", "суїцид", "вбити", "померти", "покінчити", "жити", "повіситися",
    # ar, hi
    "انتحار", "انتحر", "اموت", "الموت", "اقتل", "نفسي", "आत्महत्या", "खुदकुशी", "मरना", "मरने",
    "सुसाइड",
    # zh
    "自杀", "轻生", "想死", "去死", "寻死", "跳楼", "割腕", "上吊", "安眠药",
)
# Digits and symbols typed for letters; several readings where a symbol stands for two letters.
_LATIN_LEET = {"0": "o", "1": "il", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s",
               "!": "il", "|": "il", "€": "e", "+": "t"}
_CYRILLIC_LEET = {"0": "о", "1": "иil", "3": "зе", "4": "ча", "6": "б", "@": "а", "$": "с",
                  "!": "иі", "|": "іи"}
_WILDCARDS = frozenset("*#?%")
_ZERO_WIDTH = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad\u034f\u180e]")
# A token with something other than a letter inside it (not only around it).
_TOKEN = re.compile(r"\S+")
_INNER = re.compile(r"[^\W_][\W\d_]+[^\W\d_]|[^\W\d_][\W\d_]+[^\W_]")
# Single letters spaced out or cut by dots (three at least): "s u i c i d e", "k . i . l . l".
_SPACED = re.compile(r"(?<!\S)(?:[^\W\d_][ .\-_·*]{1,3}){2,}[^\W\d_](?!\S)")
# Chinese characters with something between them: "自 杀", "自*杀", "自🔪杀".
_HAN_GAP = re.compile(r"([\u4e00-\u9fff])[^\u4e00-\u9fff\w\n]{1,4}(?=[\u4e00-\u9fff])")
_DOUBLE = re.compile(r"(.)\1+")
_EDGE = ".,;:!?\"'()[]{}<>«»“”‘’…"


@lru_cache(maxsize=1)
def _keys() -> dict[str, str]:
    """Each key word's folded form (and its form without doubled letters) -> the word."""
    out: dict[str, str] = {}
    for word in KEY_WORDS:
        out.setdefault(fold(word), word)
    for word in KEY_WORDS:
        if len(fold(word)) >= 5:
            out.setdefault(_DOUBLE.sub(r"\1", fold(word)), word)
    return out


def _is_letter(char: str) -> bool:
    return unicodedata.category(char)[0] in "LM"


def _decoded(core: str) -> str | None:
    """The key word an obfuscated token stands for, or None."""
    folded = fold(core)
    cyrillic = any("\u0400" <= c <= "\u04ff" for c in folded)
    leet = _CYRILLIC_LEET if cyrillic else _LATIN_LEET
    parts: list[str] = []
    letters = wild = 0
    for char in folded:
        if _is_letter(char):
            parts.append(re.escape(char))
            letters += 1
        elif char in leet:
            parts.append("[" + leet[char] + "]")
            letters += 1
        elif char in _WILDCARDS:
            parts.append(".{0,2}" if not parts or parts[-1] != ".{0,2}" else "")
            wild += 1
        # anything else (dots, dashes, emoji, spaces) is a separator
    if letters < 3:
        return None
    pattern = re.compile("".join(parts))
    keys = _keys()
    candidates = [word for key, word in keys.items()
                  if (not wild or len(key) >= 4) and pattern.fullmatch(key)]
    if not candidates and not wild:
        single = re.compile(_DOUBLE.sub(r"\1", "".join(parts)))
        candidates = [word for key, word in keys.items() if len(key) >= 5 and single.fullmatch(key)]
    return candidates[0] if candidates else _inflected(parts)


def _inflected(parts: list[str]) -> str | None:
    """A long key word with another ending ("s@mobójstwie", "с@моубийства"): the parts up to the
    last symbol read as the word's stem (all of it but two letters), the plain letters after it
    (four at most) kept as the ending."""
    for cut in range(len(parts) - 1, max(0, len(parts) - 5), -1):
        tail = parts[cut:]
        if any(len(p) != 1 or not _is_letter(p) for p in tail):
            break
        head = re.compile("".join(parts[:cut]))
        for key, word in _keys().items():
            if len(key) >= 7 and len(word) == len(key) and head.fullmatch(key[:-2]):
                return word[:-2] + "".join(tail)
    return None


def _token(match: re.Match[str]) -> str:
    token = match.group(0)
    core = token.strip(_EDGE)
    if not core or not _INNER.search(core) and core.isalpha():
        return token
    word = _decoded(core)
    if word is None:
        return token
    start = token.find(core)
    return token[:start] + word + token[start + len(core):]


def _spaced(match: re.Match[str]) -> str:
    letters = "".join(c for c in match.group(0) if _is_letter(c))
    keys = _keys()
    folded = fold(letters)
    if folded in keys:
        return keys[folded]
    for cut in range(3, len(folded) - 1):  # two words run together: "k i l l m y s e l f"
        if folded[:cut] in keys and folded[cut:] in keys:
            return keys[folded[:cut]] + " " + keys[folded[cut:]]
    return match.group(0)


def _han(match: re.Match[str]) -> str:
    return match.group(1)


_SUSPECT = re.compile(r"[^\W_][\W\d_]+[^\W_]|(?<!\S)[^\W\d_] [^\W\d_] |[\u4e00-\u9fff][^\u4e00-\u9fff\w\n]")


@lru_cache(maxsize=1)
def _stretched() -> re.Pattern[str]:
    """A key word of four letters or more with its letters doubled ("suiicide", "kiilll")."""
    words = sorted({w for w in KEY_WORDS if len(w) >= 4 and w.isalpha()}, key=len, reverse=True)
    body = "|".join("".join(re.escape(c) + "+" for c in w) for w in words)
    return re.compile(r"(?<!\w)(?:" + body + r")(?!\w)", re.IGNORECASE)


def _unstretch(match: re.Match[str]) -> str:
    found = match.group(0)
    if found.lower() in KEY_WORDS:
        return found
    single = _DOUBLE.sub(r"\1", found.lower())
    return next((w for w in KEY_WORDS if _DOUBLE.sub(r"\1", w) == single), found)


def plain(text: str) -> str:
    """The text with censored spellings of KEY_WORDS written plainly (see the module docstring);
    a text without any is returned as it is."""
    out = _ZERO_WIDTH.sub("", text)
    out = _stretched().sub(_unstretch, out)
    if not _SUSPECT.search(out):
        return out
    out = _SPACED.sub(_spaced, out)
    out = _TOKEN.sub(_token, out)
    if re.search(r"[\u4e00-\u9fff]", out):
        keys = _keys()
        out = _HAN_GAP.sub(lambda m: m.group(1) if _joins(m, keys) else m.group(0), out)
    return out


def _joins(match: re.Match[str], keys: dict[str, str]) -> bool:
    """Two Chinese characters with a gap between them that make a key word."""
    after = match.string[match.end():match.end() + 2]
    return any(fold(match.group(1) + after[:n]) in keys for n in (1, 2))
