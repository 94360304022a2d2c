"""Whose phrase it is when someone else is named just before it (round 25, crisis28).

`crisis_multi.about_other` reads a phrase as someone else's when a "he", "she" or a relative
stands up to 40 characters before it in the same clause. That is right for "my brother wants to
die" and wrong for "depuis qu'elle est morte je veux me suicider" (since she died I want to kill
myself): there the person is the subject of a clause of time or cause ("since", "because",
"when", "after") and the phrase has its own subject, the writer ("je veux", "ich will", "я хочу",
"我就想", Turkish "istiyorum"). Before this round such a statement got only the question in 13
languages (English reads its own structure and was right).

The phrase is the writer's own when, in its clause:
- a clause of time or cause is opened before the named person (Turkish and Chinese also close it
  after them: "öldüğünden beri", "走了以后"),
- between the person and the phrase (or at the phrase's start) stands the writer's own subject:
  a first-person pronoun or a verb only the first person has (es "quiero", it "voglio", ar
  "اريد"; Turkish: the phrase's verb ends in the first person, "istiyorum"),
- and nothing between the person and the phrase, nor the word right after the phrase, reports,
  quotes or sings it ("dice que yo quiero morir", "sagt ich will sterben", "singen ich will
  sterben", "istiyorum diye bağırdık").

Folded text (crisis_fold.py): no accents, lower case. Polish "chcę" folds to "chce", which is
also "he wants", so Polish needs "ja"; a pro-drop 1st person there stays the question.
"""

from __future__ import annotations

import re

_OPENERS = {
    "fr": r"depuis|parce qu'?|quand|lorsqu'?|apres qu'?|puisqu'?",
    "es": r"desde que|porque|cuando|despues de que|ya que",
    "pt": r"desde que|porque|quando|depois que|ja que",
    "it": r"da quando|perche|quando|dopo che|visto che|siccome|poiche",
    "de": r"seit|seitdem|weil|nachdem|als",
    "nl": r"sinds|omdat|toen|nadat",
    "pl": r"od kiedy|odkad|bo|poniewaz|kiedy|gdy|po tym jak",
    "ru": r"с тех пор как|потому что|когда|после того как|так как",
    "uk": r"відколи|з тих пір як|тому що|бо|коли|після того як|оскільки",
    "ar": r"منذ|من يوم|من وقت|من لما|لما|بعد ما|بعد ان|لان|عشان",
    "hi": r"जब से|क्योंकि|जब|jab se|kyunki|jab",
    "zh": r"自从|自打|因为",
    "tr": r"",
}
# Closing a clause of time or cause after the person (head-final): Turkish and Chinese.
_CLOSERS = {
    "tr": r"\b(beri|icin|sonra|yuzunden)\b",
    "zh": r"(以后|之后|以来|后)",
}
_FIRST = {
    "fr": r"(?<!\w)(je|moi)\b|(?<!\w)j'",
    "es": r"\b(yo|quiero|quisiera|voy|pienso|deseo|necesito|prefiero|tengo)\b",
    "pt": r"\b(eu|quero|queria|vou|penso|preciso|tenho)\b",
    "it": r"\b(io|voglio|vorrei|penso|devo)\b",
    "de": r"\bich\b",
    "nl": r"\bik\b",
    "pl": r"\bja\b",
    "ru": r"(?<!\w)я(?!\w)",
    "uk": r"(?<!\w)я(?!\w)",
    "ar": r"(?<!\w)(انا|اريد|بدي|ابغي|ابغا|عايز|عاوز|عايزه|عاوزه|نفسي|اتمني|افكر|بفكر)(?!\w)",
    "hi": r"(मैं|मुझे|(?<!\w)(main|mujhe)(?!\w))",
    "zh": r"我",
    "tr": r"(?<!\w)ben(?!\w)",
}
# Saying, quoting, singing or "that" between the person and the phrase: their words, or a song.
_REPORTED = {
    "fr": r"\b(que|qu'|dit|disait|dis|chante|chantons|chantent|ecrit|pense)\b",
    "es": r"\b(que|dice|dicen|dijo|decia|canta|cantamos|cantan|escribio|piensa|cree)\b",
    "pt": r"\b(que|diz|dizem|disse|canta|cantamos|cantam|escreveu|acha|pensa)\b",
    "it": r"\b(che|dice|dicono|ha detto|canta|cantiamo|cantano|scrive|pensa|crede)\b",
    "de": r"\b(dass|das|sagt|sagte|sagen|singt|singen|sangen|schreibt|denkt|meint|glaubt)\b",
    "nl": r"\b(dat|zegt|zei|zeggen|zingt|zingen|zongen|schrijft|denkt|vindt)\b",
    "pl": r"\b(ze|mowi|mowil|mowila|powiedzial|powiedziala|spiewa|spiewamy|pisze|mysli)\b",
    "ru": r"(?<!\w)(что|чтобы|говорит|сказал|сказала|поет|поем|пишет|думает)(?!\w)",
    "uk": r"(?<!\w)(що|щоб|каже|сказав|сказала|співає|співаємо|пише|думає)(?!\w)",
    "ar": r"(?<!\w)(قال|قالت|يقول|تقول|بيقول|بتقول|يغني|نغني|كتب|كتبت|يفكر|تفكر)(?!\w)",
    "hi": r"(कि|कहा|कहती|कहता|बोला|बोली|गा|गाना|(?<!\w)(ki|kaha|bola|bolti|bolta)(?!\w))",
    "zh": r"(说|唱|以为|觉得|写)",
    "tr": r"(?<!\w)(diye|dedi|der|diyor|demis|yazdi|soyledi|soyluyor|bagirdi|bagiriyor|sarki\w*)(?!\w)",
}
_TR_FIRST_VERB = re.compile(r"\w*(um|im)$")

OPENERS = {k: re.compile(rf"(?<!\w)({v})(?!\w)") for k, v in _OPENERS.items() if v}
CLOSERS = {k: re.compile(v) for k, v in _CLOSERS.items()}
FIRST = {k: re.compile(v) for k, v in _FIRST.items()}
REPORTED = {k: re.compile(v) for k, v in _REPORTED.items()}
_WORD_END = re.compile(r"\w*")
FIRST_WORDS = 3  # the writer's subject among the last words before the phrase


def _word_rest(text: str) -> int:
    """Where the word that `text` starts inside (the rest of the phrase's last word) ends."""
    found = _WORD_END.match(text)
    return found.end() if found else 0


def _opened(lang: str, before: str, gap: str) -> bool:
    opener = OPENERS.get(lang)
    closer = CLOSERS.get(lang)
    return bool((opener is not None and opener.search(before))
                or (closer is not None and closer.search(gap)))


def _writers_subject(lang: str, gap: str, phrase: str, after: str) -> bool:
    if lang == "tr":  # the phrase's own verb in the first person
        words = (phrase + after[: _word_rest(after)]).split()
        if words and _TR_FIRST_VERB.match(words[-1]):
            return True
    first = FIRST[lang]
    if lang == "zh":
        return first.search(gap[-4:] + phrase[:2]) is not None
    near = " ".join(gap.split()[-FIRST_WORDS:] + phrase.split()[:2])
    return first.search(near) is not None


def writers_own(lang: str, clause: str, other: re.Match[str], phrase: re.Match[str],
                sentence: str) -> bool:
    """Whether the phrase (a match in `sentence`) is the writer's own although someone else is
    named before it (the match `other` in `clause`, the clause up to the phrase): see above."""
    if lang not in FIRST:
        return False
    gap = clause[other.end() :]
    rest = sentence[phrase.end() :]
    following = rest[_word_rest(rest) :].split()[:1]
    if REPORTED[lang].search(gap) or (following and REPORTED[lang].fullmatch(following[0])):
        return False
    if not _opened(lang, clause[: other.start()], gap):
        return False
    return _writers_subject(lang, gap, phrase.group(0), sentence[phrase.end() :])
