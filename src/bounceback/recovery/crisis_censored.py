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
_WHITE = re.compile(r"(\s+)")
# Single letters spaced out or cut by dots (three at least): "s u i c i d e", "k . i . l . l".
_SPACED = re.compile(r"(?<!\S)(?:[^\W\d_][ .\-_·*]{1,3}){2,}[^\W\d_](?!\S)")
# Chinese characters with something between them: "自 杀", "自*杀", "自🔪杀".
_HAN_GAP = re.compile(r"([\u4e00-\u9fff])[^\u4e00-\u9fff\w\n]{1,4}(?=[\u4e00-\u9fff])")
_DOUBLE = re.compile(r"(.)\1+")
_INSIDE = re.compile(r"[^\W\d_][\d@$!|€+]+[^\W\d_]")
_TRIPLE = re.compile(r"(.)\1\1")
_EDGE = ".,;:!?\"'()[]{}<>«»“”‘’…،؛؟。，！？：；、"
# Letters joined by a hyphen or an apostrophe, each piece two letters at least: spelling.
_ORTHOGRAPHIC = re.compile(r"[^\W\d_]{2,}(?:['\-][^\W\d_]{2,})+|[^\W\d_]+'[^\W\d_]+")


@lru_cache(maxsize=1)
def _keys() -> dict[str, str]:
    """Each key word's folded form (and its form without doubled letters) -> the word."""
    out: dict[str, str] = {}
    for word in KEY_WORDS:
        out.setdefault(fold(word), word)
    for word in KEY_WORDS:
        if len(fold(word)) >= 4:
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
    letters = wild = swapped = 0
    for char in folded:
        if _is_letter(char):
            parts.append(re.escape(char))
            letters += 1
        elif char in leet:
            parts.append("[" + leet[char] + "]")
            letters += 1
            swapped += 1
        elif char in _WILDCARDS:
            parts.append(".{0,2}" if not parts or parts[-1] != ".{0,2}" else "")
            wild += 1
        # anything else (dots, dashes, emoji, spaces) is a separator
    if letters < 3:
        return None
    keys = _keys()
    if not swapped and not wild:  # letters cut by dots, dashes or emoji: the word is known
        joined = "".join(parts)
        word = keys.get(joined) or keys.get(_DOUBLE.sub(r"\1", joined))
        return word or next((_stems()[joined[:-n]] + joined[len(joined) - n:]
                             for n in range(1, 5) if joined[:-n] in _stems()), None)
    if not wild and not _INSIDE.search(folded) and folded[0] not in "$@!|":
        return None  # digits only before or after the letters: "3am", "mp3", "covid19"
    pattern = re.compile("".join(parts))
    candidates = [word for key, word in keys.items()
                  if (not wild or len(key) >= 4) and pattern.fullmatch(key)]
    if not candidates and not wild:
        single = re.compile(_DOUBLE.sub(r"\1", "".join(parts)))
        candidates = [word for key, word in keys.items() if len(key) >= 5 and single.fullmatch(key)]
    return candidates[0] if candidates else _inflected(parts)


@lru_cache(maxsize=1)
def _stems() -> dict[str, str]:
    """A long key word's stem (all but its last two letters, folded) -> the stem as written."""
    return {key[:-2]: word[:-2] for key, word in _keys().items() if len(key) >= 7 and len(word) == len(key)}


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


@lru_cache(maxsize=4096)
def _token_read(token: str) -> str:
    """One token as read: a censored key word written plainly, anything else as it is."""
    core = token.strip(_EDGE)
    if not core:
        return token
    if core.isalpha() or all(map(_is_letter, core)):
        if not _DOUBLE.search(core):
            return token
        word = _stretched(core)
    elif _ORTHOGRAPHIC.fullmatch(core):  # "suicidar-se", "don't", "l'homme": spelling, not a disguise
        return token
    else:
        word = _decoded(core)
    if word is None:
        return token
    start = token.find(core)
    return token[:start] + word + token[start + len(core):]


def _stretched(core: str) -> str | None:
    """A key word of four letters or more with letters doubled ("suiicide", "sterrben",
    "kiill"), not at the word's start (Spanish "lleven" is a word); a key word as written is
    left alone."""
    low = core.lower()
    if low[:1] == low[1:2]:
        return None
    folded = fold(core)
    keys = _keys()
    if folded in keys and not _TRIPLE.search(low):
        return None
    word = keys.get(folded) or keys.get(_DOUBLE.sub(r"\1", folded))
    return word if word is not None and len(fold(word)) >= 4 else None


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


_SUSPECT = re.compile(r"([^\W\d_])\1|\w\s*[\U0001f300-\U0001faff\u2600-\u27bf]|[^\W_][^\w\s]+[^\W_]|[^\W_]\d+[^\W\d_]"
                      r"|[^\W\d_]\d+[^\W_]|(?<!\S)[^\W\d_] [^\W\d_] |[\u4e00-\u9fff][^\u4e00-\u9fff\w\n]")


# Emoji (with their modifiers) standing between two words; a laugh ("💀", "😂") is kept, since the
# joke readers read it (crisis_soften.py).
_EMOJI = "[\U0001f300-\U0001faff\u2600-\u27bf\ufe0f\u200d\U0001f3fb-\U0001f3ff]"
_EMOJI_GAP = re.compile(r"(?<=\w)\s*(" + _EMOJI + r"+)\s*(?=(\w+))")
_LAUGHS = frozenset("💀😂🤣😹😆😅😄😁😝😜🙃")


def _emoji_gap(match: re.Match[str]) -> str:
    """An emoji between two words of one statement ("ich will 😭 sterben", "quiero 🥀 morir") is
    dropped when the word after it is a key word; anything else stays as written."""
    if _LAUGHS.intersection(match.group(1)) or fold(match.group(2)) not in _keys():
        return match.group(0)
    return " "


def plain(text: str) -> str:
    """The text with censored spellings of KEY_WORDS written plainly (see the module docstring);
    a text without any is returned as it is."""
    out = _ZERO_WIDTH.sub("", text)
    if not _SUSPECT.search(out):
        return out
    out = _SPACED.sub(_spaced, out)
    out = _EMOJI_GAP.sub(_emoji_gap, out)
    pieces = _WHITE.split(out)  # words at even places, the spaces between them at odd ones
    out = "".join(_token_read(p) if i % 2 == 0 else p for i, p in enumerate(pieces))
    if re.search(r"[\u4e00-\u9fff]", out):
        keys = _keys()
        out = _HAN_GAP.sub(lambda m: m.group(1) if _joins(m, keys) else m.group(0), out)
    return out


def _joins(match: re.Match[str], keys: dict[str, str]) -> bool:
    """Two Chinese characters with a gap between them that make a key word."""
    after = match.string[match.end():match.end() + 2]
    return any(fold(match.group(1) + after[:n]) in keys for n in (1, 2))
