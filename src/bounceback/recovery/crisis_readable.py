"""Other spellings of a text for one language's phrase list (round 20, issue 15).

The phrase lists (data/crisis/<lang>.txt) are written in each language's own script and
spelling, folded (crisis_fold.py). Writers type otherwise, in ways a phrase list cannot list
phrase by phrase but a reading step can undo for all of them at once:

- Chinese with pinyin or its initials inside it ("zisha的念头", "想zs的念头又来了": 自杀 typed as
  it sounds, or as "zs", to get past filters or from habit): read with the characters too,
  when the text holds Chinese characters (a Latin-only text is read by global.txt's pinyin
  lines);
- German without umlauts, typed as "ae", "oe", "ue" ("ich wuerde mich am liebsten umbringen",
  "fuer immer"; Swiss keyboards, phones set to English): read with "a", "o", "u" too, as the
  folded list has them ("wurde", "fur"). Not after a vowel or "q" ("neue", "Steuer", "Trauer",
  "Quelle"), nor in "-uell" ("aktuell") or "zue-" ("zuerst").

- Russian and Ukrainian in Latin letters ("dumayu o samoubijstve", "pokinchyty z soboyu"): read
  in Cyrillic too (crisis_lang.latin_cyrillic brings the two lists in for such a text).

A spelling is read BESIDE the text, never instead of it: what the list finds in either counts
(crisis._phrases). Both models read the text as written.
"""

from __future__ import annotations

import re

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
# Pinyin (or its initials) of the words of crisis_zh's lists, written folded, without tones.
PINYIN = {
    "zisha": "自杀", "zi sha": "自杀", "zsha": "自杀",
    "qingsheng": "轻生", "xunsi": "寻死", "zijin": "自尽",
    "tiaolou": "跳楼", "tiaohe": "跳河", "tiaoqiao": "跳桥", "tiaojiang": "跳江", "tiaohai": "跳海",
    "shangdiao": "上吊", "gewan": "割腕", "shaotan": "烧炭", "woogui": "卧轨", "wogui": "卧轨",
    "xiangsi": "想死", "xiang si": "想死", "qusi": "去死", "qu si": "去死",
    "buxianghuo": "不想活", "bu xiang huo": "不想活", "buxianghuole": "不想活了",
    "yiliaobailiao": "一了百了",
}
_PINYIN = re.compile(
    r"(?<![a-z])(" + "|".join(sorted(map(re.escape, PINYIN), key=len, reverse=True)) + r")(?![a-z])")
# "zs" alone is also a name's initials (张三's, the placeholder name): 自杀 only after a wish or an
# intent (想, 要, 去, 打算 ...) or before a thought (的念头, 的想法).
_ZS = re.compile(r"(?:(?<=[想要去])|(?<=打算|准备|不如))\s?zs(?![a-z])|(?<![a-z])zs(?=\s?(的念头|的想法|念头|想法))")
_DIGRAPH = re.compile(r"(?<![aeq])(?<!\bz)ue(?!ll)|(?<![aeo])oe|(?<![aeq])ae")
_ONE = {"ue": "u", "oe": "o", "ae": "a"}


# Russian and Ukrainian typed in Latin letters, read in Cyrillic by their lists (crisis_lang
# adds them for such a text): the spellings people type ("zh", "kh", "sh", "ch", "ya"/"ja",
# "yu"/"ju", "ts", "'" for the soft sign), longest first; "h" is "х" in Russian ("hochu") and "г"
# in Ukrainian ("samohubstvo"), "i" and "y" as each language writes them. The result is folded as
# the lists are ("й" as "и").
_CYR_COMMON = (("shch", "щ"), ("sch", "щ"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("ch", "ч"),
               ("sh", "ш"), ("ya", "я"), ("ja", "я"), ("yu", "ю"), ("ju", "ю"), ("yo", "е"),
               ("jo", "е"), ("ye", "е"), ("je", "е"))
_CYR = {
    "ru": (*_CYR_COMMON, ("yj", "ыи"), ("yi", "ыи"), ("ij", "ии"), ("y", "ы"), ("h", "х"),
           ("i", "и"), ("'", "ь")),
    "uk": (*_CYR_COMMON, ("ia", "я"), ("iu", "ю"), ("ie", "е"), ("yi", "і"), ("yj", "ии"),
           ("ij", "іи"), ("y", "и"), ("h", "г"), ("i", "і"), ("'", "")),
}
_LETTERS = str.maketrans("abvgdezklmnoprstufcwjqx", "абвгдезклмнопрстуфцвикк")
_LATIN = re.compile(r"[a-z]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def cyrillic(folded: str, lang: str) -> str:
    """A folded text typed in Latin letters, in Russian or Ukrainian Cyrillic (lang)."""
    out = folded
    for latin, letters in _CYR[lang]:
        out = out.replace(latin, letters)
    return out.translate(_LETTERS)


def spellings(folded: str, lang: str) -> list[str]:
    """The other spellings of a folded text that `lang`'s phrase list reads beside it (none for
    most texts)."""
    if lang == "zh" and _HAN.search(folded) and (_PINYIN.search(folded) or _ZS.search(folded)):
        return [_ZS.sub("自杀", _PINYIN.sub(lambda m: PINYIN[m.group(1)], folded))]
    if lang in _CYR and _LATIN.search(folded) and not _CYRILLIC.search(folded):
        return [cyrillic(folded, lang)]
    if lang == "de" and _DIGRAPH.search(folded):
        return [_DIGRAPH.sub(lambda m: _ONE[m.group(0)], folded)]
    return phone_spellings(folded, lang)


# Round 24: writing typed on a phone, undone for a language's list (beside the text, as above).
#
# French SMS spelling: "je" squeezed onto its verb ("jpense au suicide", "jveux mourir", "jvais en
# finir"; no French word starts with "j" and a consonant), "jai"/"jen"/"jme" for "j'ai"/"j'en"/
# "je me", and the abbreviations every phone writer uses ("tt" tout, "tjrs" toujours, "pk"
# pourquoi, "bcp" beaucoup, "qd" quand, "pr" pour, "ds" dans, "jsp" je sais pas).
_FR_JE = re.compile(r"\bj(?=[bcdfghjklmnpqrstvwxz][a-z]{2,})")
_FR_WORDS = {
    "jai": "j'ai", "jen": "j'en", "jy": "j'y", "jme": "je me", "jte": "je te", "chui": "je suis",
    "chuis": "je suis", "jsuis": "je suis", "jss": "je suis", "tt": "tout", "tjrs": "toujours",
    "tjs": "toujours", "pk": "pourquoi", "pq": "pourquoi", "pcq": "parce que", "bcp": "beaucoup",
    "qd": "quand", "pr": "pour", "ds": "dans", "jsp": "je sais pas", "ptn": "putain", "mm": "meme",
    "ke": "que", "koi": "quoi", "sa": "ca", "c": "c'est", "g": "j'ai",
}
_FR_WORD = re.compile(r"\b(" + "|".join(sorted(_FR_WORDS, key=len, reverse=True)) + r")\b")

# Romanised Hindi (Hinglish) with its vowels left out or its particles put in, as people type
# it: "mrna chahta hu", "nhi jeena", "jeene ka mann hi nahi karta" (the lists hold "marna",
# "nahi", "jeene ka mann nahi karta"). The emphatic particles "hi" and "to/toh" are dropped
# between two words (never "nahi": a "not" is never dropped; nor "bhi", "also": "thak bhi gaya
# hun", also tired, of a good day's diary, is no "thak gaya hun").
_HI_WORDS = {
    "mrna": "marna", "mrne": "marne", "mrjana": "mar jana", "mrjaun": "mar jaun",
    "nhi": "nahi", "nai": "nahi", "ni": "nahi", "nahin": "nahi", "nhin": "nahi", "nahii": "nahi",
    "krna": "karna", "krta": "karta", "krti": "karti", "kr": "kar", "rha": "raha", "rhi": "rahi",
    "zindgi": "zindagi", "zndgi": "zindagi", "jina": "jeena", "jine": "jeene", "chata": "chahta",
    "chati": "chahti", "chahata": "chahta", "mn": "mann", "man": "mann", "khtm": "khatam",
    "khatm": "khatam", "mai": "main",
}
_HI_WORD = re.compile(r"\b(" + "|".join(sorted(_HI_WORDS, key=len, reverse=True)) + r")\b")
_HI_PARTICLE = re.compile(r"(?<=[a-z]) (?:hi|toh|to) (?=[a-z])")


def _french(folded: str) -> str:
    return _FR_WORD.sub(lambda m: _FR_WORDS[m.group(1)], _FR_JE.sub("je ", folded))


def _hinglish(folded: str) -> str:
    return _HI_PARTICLE.sub(" ", _HI_WORD.sub(lambda m: _HI_WORDS[m.group(1)], folded))


def phone_spellings(folded: str, lang: str) -> list[str]:
    """Round 24: the phone-typed spellings of a folded text in Latin letters that `lang`'s list
    reads beside it (French SMS spelling, Hinglish without vowels); none when nothing changes."""
    if not _LATIN.search(folded):
        return []
    if lang == "fr":
        out = _french(folded)
    elif lang == "hi":
        out = _hinglish(folded)
    else:
        return []
    return [out] if out != folded else []


# English typed on a phone, on the normalised text (crisis_text.normalise, which the n-gram model
# reads and which is left as it is): a verb's "g" dropped ("thinkin bout", "killin myself"),
# "bout"/"abt" after a verb of thinking or talking, "alot", "w/o", "wld", "every1", "rn".
_EN_DROPPED_G = re.compile(
    r"\b(think|kill|want|end|try|go|feel|plann|cutt|hurt|jump|tak|dy|liv|do|gett|look|wish|hop"
    r"|sleep|overdos|los|giv|wait|com|writ|say|hat)in\b")
_EN_WORDS = (
    (re.compile(r"\b(think|thinking|thought|talk|talking|dream|dreaming|care) (?:bout|abt)\b"),
     r"\1 about"),
    (re.compile(r"\balot\b"), "a lot"),
    (re.compile(r"\bw/o\b|\bw/out\b"), "without"),
    (re.compile(r"\bwld\b"), "would"),
    (re.compile(r"\bevery1\b"), "everyone"),
    (re.compile(r"\bno1\b"), "no one"),
    (re.compile(r"\bppl\b"), "people"),
    (re.compile(r"\brn\b"), "right now"),
)


def english_phone(normalised: str) -> str:
    """The normalised English text with its phone spellings written out (above)."""
    out = _EN_DROPPED_G.sub(r"\1ing", normalised)
    for pattern, words in _EN_WORDS:
        out = pattern.sub(words, out)
    return out
