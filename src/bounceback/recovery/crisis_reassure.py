"""A clear self-reassurance with no other risk signal gets nothing (round 19, issue 15).

The lead's product decision: "I'm not suicidal, just tired of this", "not in a dark way lol",
"don't worry, I won't do anything stupid, I'm just fed up" (and each language's own ways of
saying it) get no question. Held out by author, 52 % of the helpers' negated ordinary texts got
the question before (docs/history/crisis-safety.md, round 18's gentle notes).

`calm` only ever LOWERS a reading to nothing, and only where all of these hold:

- the check asks or gives the full message (a reassurance the phrase lists misread as a
  statement: "İntihar etmeyeceğim, sadece çok yorgunum");
- the text holds a reassurance of the writer's own ([self_reassure] of a language read):
  not inside double quotes, not with someone else named just before it in its clause ("my
  brother says he's not suicidal"), not hedged or bounded in time around it ("not going to do
  anything... yet", "probably won't", "not today": [hedge]);
- what is left without the reassurances names a plain feeling or the search itself ("just tired
  of this", "solo estoy harta", "ik wil gewoon een vast contract"; or is a word at most: "lol")
  and holds nothing of risk: no word of dying, killing,
  suicide, living, vanishing, means, harm, burden or farewell of a language read
  ([death_words], after its harmless idioms are removed), no phrase of the lists
  (explicit or heavy, negated or softened included), and the whole check run on it (the phrase
  lists and both models, as for any text, round 18's idiom step included) gives nothing; or
  what is left is a few words (crisis_gentle.FEW_WORDS) that name a plain feeling ([vented]:
  tired, fed up, annoyed, "harta", "genervt", "бешусь", "烦") and only the n-gram model asks
  about them: it reads "just tired of this" (0.93) as it reads "I just don't see why I'm still
  trying" (0.95), and only the second is a sign of risk.

So "I'm not suicidal, I just don't want to wake up" keeps its question (what is left is a
passive wish), and so do "not going to do anything... yet" (bounded in time) and "no, I'm fine.
I've written the letters" (what is left is a farewell).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis_fold import fold
from bounceback.recovery.crisis_gentle import (
    death_word,
    eligible,
    idiom_free,
    settle,
    still_asks,
    words,
)
from bounceback.recovery.crisis_idiom_full import hold
from bounceback.recovery.crisis_lexicon import lexicon
from bounceback.recovery.crisis_multi import about_other, sentences
from bounceback.recovery.crisis_sentences import COMMAS

if TYPE_CHECKING:
    from bounceback.recovery.crisis import CrisisCheck

CALMED = "gentle:reassured"  # the sign a lowered reading keeps

# The writer's own reassurances, their hedges and the plain feelings live in each phrase file
# (data/crisis/<lang>.txt: [self_reassure], [hedge], [vented]; crisis_lexicon.py), written folded
# as the text is. A reassurance says the writer will not harm themselves or has no such thoughts
# ("ich tu mir nichts an", "no voy a hacer ninguna tontería", "不会做傻事"); a comfort alone
# ("don't worry", "tranquila") is none ("mamma stai tranquilla, tra poco non dovrai più
# preoccuparti per me" is a farewell). A hedge or a bound in time around it ("not going to do
# anything... yet", "probably won't", "todavía", "пока", "暂时") makes it none, searched in its
# clause before it and just after it (whatever the punctuation: "... yet"). A plain feeling
# (tired, fed up, annoyed, "harta", "genervt", "бешусь", "烦") or the search itself (a job, a
# contract, an interview): a few words left beside a reassurance that name one say what the
# writer feels or wants instead ("I'm not suicidal, just tired of
# this"); a few words that name none may say something else ("I just don't see why I'm still
# trying") and keep the question.
TIMED_AFTER = 20  # characters after a reassurance searched for a hedge (4 in Chinese)
# What is left beside a reassurance must name a plain feeling ([vented]) unless it is at most
# this many words ("lol", "calma"): neither model is a safe witness that a few everyday words are
# ordinary. Over the corpus, "I'm not going to do anything stupid, I'm just really low today" and
# "tranquilli, non faccio niente di stupido. però non capisco più perché continuo" (both heavy)
# read as nothing to both models without their reassurance.
ALONE = 1


def _own(sentence: str, match: re.Match[str], lang: str) -> bool:
    """A reassurance of the writer's own: not quoted, no one else named just before it in its
    clause, neither hedged nor bounded in time."""
    if sentence[: match.start()].count('"') % 2:
        return False
    lex = lexicon(lang)
    if lex is None or about_other(sentence, match.start(), lex):
        return False
    clause = sentence[: match.start()]
    cut = max((m.end() for m in COMMAS.finditer(clause)), default=0)
    after = TIMED_AFTER if lang != "zh" else 4
    around = f"{clause[cut:]} {match.group(0)} {sentence[match.end() : match.end() + after]}"
    return lex.hedge is None or lex.hedge.search(around) is None


def without_reassurance(text: str, languages: tuple[str, ...]) -> str | None:
    """The folded text without the writer's own reassurances (sentence by sentence, joined by
    full stops); None when it holds none, or one that is not the writer's own or is hedged."""
    folded = fold(text)
    parts = sentences(folded)
    read = [(lang, lex.self_reassure) for lang, lex in ((lang, lexicon(lang)) for lang in languages)
            if lex is not None and lex.self_reassure is not None]
    out: list[str] = []
    found = False
    for i, sentence in enumerate(parts):
        # what follows a sentence counts for "... yet" written as its own sentence
        following = " ".join(parts[i + 1 : i + 2])
        for lang, reassurance in read:
            for match in list(reassurance.finditer(sentence)):
                if not _own(f"{sentence} {following}", match, lang):
                    return None
            sentence, n = reassurance.subn(" ", sentence)
            found = found or n > 0
        sentence = " ".join(sentence.split())
        if sentence.strip(" ,.;:!?-"):
            out.append(sentence)
    return ". ".join(out) if found else None


def vented(rest: str, languages: tuple[str, ...]) -> bool:
    """A few words left that name a plain feeling of a language read ([vented])."""
    return any(lex is not None and lex.vented is not None and lex.vented.search(rest) is not None
               for lex in map(lexicon, languages))


def calm(found: CrisisCheck, text: str, reread: Callable[[str], CrisisCheck],
         rules_of: Callable[[str], CrisisCheck]) -> CrisisCheck:
    """found, or nothing where a reassurance of the writer's own is all the text holds of risk
    (see the module). reread is the whole check; rules_of the phrase lists' reading."""
    if found.level == CrisisLevel.NONE:
        return found
    languages = found.languages
    rest = without_reassurance(text, languages)
    if rest is None:
        return found
    if rest.strip():
        plain = idiom_free(rest, languages) or rest
        if death_word(plain, languages) or rules_of(rest).signs:
            return found
        if words(rest) > ALONE and not vented(rest, languages):
            return found
        again = reread(rest)
        if again.level != CrisisLevel.NONE and still_asks(again, rest):
            return found
    return replace(found, level=CrisisLevel.NONE, signs=(*found.signs, CALMED))


# Round 19 (fix19): the n-gram model reads a text without its idioms already, so this sure a
# concern is about what is left, not the idiom ("Ik verveel me dood. Ik zie het allemaal niet meer
# zitten." read 0.989 and lost the question that its second sentence alone gets; the idiom texts
# the step lowers in the corpus read 0.82-0.88): the idiom step does not act.
IDIOM_KEEPS_CONCERN = 0.95


def last_steps(rules: CrisisCheck, found: CrisisCheck, text: str,
               read: Callable[[str], CrisisCheck], *, concern: float) -> CrisisCheck:
    """The decision's last steps, as the app takes them, all of them here since round 20 (the
    held-out tools call this and read exactly what the app decides):

    1. round 18's idiom step (a question only a harmless death idiom earned is nothing,
       crisis_gentle.settle), skipped where the n-gram model is all but sure of a concern
       (`concern`, its reading of the text, at least IDIOM_KEEPS_CONCERN);
    2. round 19's reassurance step (this module's `calm`);
    3. round 19's hold: the encoder's full message over a harmless idiom is the question unless
       the text without its idioms still gets it (crisis_idiom_full.hold).

    `read` is the check of a text by the phrase lists and the models (the app's, or a tool's
    held-out ones), without these steps; `concern` the n-gram model's "explicit or heavy"
    reading of `text` by the model that gave `found` (0 where it did not read it)."""
    from bounceback.recovery.crisis import rules_only  # crisis.py imports this module

    if not (eligible(rules, found) and concern >= IDIOM_KEEPS_CONCERN):
        found = settle(rules, found, text, read)

    def whole(again: str) -> CrisisCheck:
        return settle(rules_only(again), read(again), again, read)

    return hold(rules, calm(found, text, whole, rules_only), text, read)
