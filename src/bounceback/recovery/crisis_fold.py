"""Folding text in any language for the crisis check: one spelling for the many ways people type.

Lower case; accents dropped ("não" -> "nao", "möchte" -> "mochte", "й" -> "и"), letters that do not
decompose mapped ("ł" -> "l", "ß" -> "ss", "ı" -> "i"); Arabic without vowel marks or tatweel and
with one alef, ya and ha; Hindi without nukta, chandrabindu read as anusvara; the traditional Chinese
characters the phrase lists use read as simplified; curly quotes straight; a letter repeated three
times or more read once ("nooo" -> "no"). The phrase files (data/crisis/*.txt) are written folded.
"""

from __future__ import annotations

import re
import unicodedata

_MAP = str.maketrans({
    "ł": "l", "ß": "ss", "ı": "i", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ð": "d",
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"', "\u2014": ", ", "\u2013": "-",
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي", "ـ": "",
    "\u0901": "\u0902",
})
# Traditional characters of the Chinese phrase list, read as simplified.
_TRADITIONAL = (
    "殺杀結结決决輕轻遺遗書书藥药樓楼離离這这個个沒没義义開开會会為为們们難难麼么說说見见對对"
    "兒儿還还讓让點点後后間间體体覺觉傷伤無无與与從从時时過过氣气盡尽絕绝憂忧鬱郁斷断邊边橋桥"
    "車车軌轨燒烧試试劃划廢废敗败撐撑堅坚應应該该謝谢別别嗎吗歡欢聽听愛爱頭头樣样壓压錢钱實实"
    "處处錯错寫写記记脫脱麵面願愿羨羡緊紧閉闭瘋疯煩烦聞闻學学醫医號号關关張张長长門门問问"
    "裡里裏里話话認认識识讀读請请帳帐號号劃划厭厌經经農农刪删給给腦脑"
)
_ZH = str.maketrans({_TRADITIONAL[i]: _TRADITIONAL[i + 1] for i in range(0, len(_TRADITIONAL), 2)})
_ARABIC_MARKS = re.compile(r"[\u064b-\u065f\u0670\u06d6-\u06ed]")

# Word edges on folded text in every script (one place since round 35; crisis_urgent, crisis_dated,
# crisis_others and crisis_set_time build their patterns with them): no letter just before, no
# letter just after (digits and punctuation are edges; "\b" is not, in Devanagari).
NO_LETTER_BEFORE = r"(?<![^\W\d_])"
NO_LETTER_AFTER = r"(?![^\W\d_])"
_REPEATS = re.compile(r"([^\W\d_])\1{2,}")


def fold(text: str) -> str:
    """The folded form of a text (see the module docstring)."""
    out = unicodedata.normalize("NFKD", text.lower())
    out = "".join(c for c in out if not ("\u0300" <= c <= "\u036f" or c == "\u093c"))
    out = unicodedata.normalize("NFC", out).translate(_MAP).translate(_ZH)
    out = _ARABIC_MARKS.sub("", out)
    return _REPEATS.sub(r"\1", out)
