"""When a harmless idiom alone earned the gentle note, nothing instead (round 18, issue 15).

Each language's harmless death idioms ("me muero de risa", "笑死我了", "this commute is killing
me", "ik verveel me dood") are removed before the phrase lists read a text, but the two models
(the n-gram model and the sentence encoder) read the whole text, idioms included, and ask about
some of them (held out by author: docs/history/crisis-safety.md, round 18).

`settle` only ever LOWERS the question to nothing, and only where all of these hold:

- the check's level is the question, and it came from a model (a `model:` or `encoder:` sign);
- the phrase lists read nothing at all: no explicit or heavy phrase, not even a negated,
  softened or reassured one (a text with any cue of the lists is never touched);
- a harmless idiom of a language read was removed from the text, the text holds a word of
  dying, killing, suicide, living, vanishing, means, harm, burden or farewell in one of the 14
  languages (each phrase file's [death_words]), and every such word stood in an idiom: what is left holds none (a
  shame idiom, "yerin dibine giriyorum", is no death idiom, and its text keeps the question);
- the whole check, run again on the text without its idioms (`reread`: the phrase lists and
  both models, as for any text), neither gives it the full message nor has the encoder ask
  (the encoder, which read the idiom, still reads danger in the rest: "I've given it a
  deadline ... I'm checking out for good");
- since round 19, what is left is a few words (FEW_WORDS): round 18 lowered heavy texts whose
  heaviness no phrase read and that the n-gram model asked about ("Je suis morte de fatigue et
  je ne vois plus aucune raison de continuer").

The n-gram model already reads a text without its idioms (crisis_model.text_sentences), so what
it reads in an idiom's place is what is left: often a few everyday words, whose reading is
close to the model's prior (a question) rather than to anything said. The encoder reads the
idiom itself.

The full message is never touched, and a text whose words still ask without the idiom keeps
its question: "je pense à la mort toute la journée ... à me tuer" keeps it whatever idiom
stands beside it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis_english_live import clean, idioms_in, is_long
from bounceback.recovery.crisis_fold import fold
from bounceback.recovery.crisis_lexicon import lexicon
from bounceback.recovery.crisis_model import WORD_RE
from bounceback.recovery.crisis_multi import sentences, without_idioms

if TYPE_CHECKING:
    from bounceback.recovery.crisis import CrisisCheck

SETTLED = "gentle:idiom"  # the sign a lowered reading keeps (beside the models' signs)
_MODELS = ("model:", "encoder:")

# Round 18's words of dying, killing, suicide, living, waking, vanishing, means, harm, burden and
# farewell in the 14 languages live in each phrase file's [death_words] (one source since round 19;
# global.txt: the words that travel, read in every text). Written as word beginnings (in Arabic,
# Devanagari and Chinese anywhere, as their words take prefixes or stand unspaced): a text that
# still holds one after its idioms are removed is never lowered, whatever the models read in it.
# A broad word ("die" in "diet", "mort" in "mortgage") only keeps the question: it costs a
# lowering, never help.


def death_word(text: str, languages: tuple[str, ...]) -> bool:
    """Whether the (folded) text holds a death word of the languages read, or one that travels
    ("suicide", "kms", "unalive")."""
    for lang in ("global", *languages):
        lex = lexicon(lang)
        if lex is not None and lex.death_words is not None and lex.death_words.search(text):
            return True
    return False


def idiom_free(text: str, languages: tuple[str, ...]) -> str | None:
    """The folded text without the harmless idioms of the languages read (English's own
    FALSE_RE among them), sentence by sentence; None when no idiom was found."""
    parts = sentences(fold(text))
    lexicons = [lex for lex in (lexicon(lang) for lang in ("global", *languages)) if lex is not None]
    out: list[str] = []
    changed = False
    long = is_long("\n".join(parts))  # round 29: only the idioms a sentence may hold
    within = idioms_in(parts) if long and "en" in languages else None
    for sentence in parts:
        cleaned = sentence
        if "en" in languages:
            cleaned = clean(cleaned, long, within=within)
        for lex in lexicons:
            cleaned = without_idioms(cleaned, lex)
        changed = changed or cleaned != sentence
        cleaned = " ".join(cleaned.split())
        if cleaned:
            out.append(cleaned)
    return ". ".join(out) if changed else None


def eligible(rules: CrisisCheck, found: CrisisCheck) -> bool:
    """A question that came from a model, over a text the phrase lists read nothing in."""
    return (found.level == CrisisLevel.SOFT and rules.level == CrisisLevel.NONE
            and not rules.signs and any(s.startswith(_MODELS) for s in found.signs))


def idiom_only(rules: CrisisCheck, found: CrisisCheck, text: str,
               reread: Callable[[str], CrisisCheck]) -> bool:
    """Every death word of the text stood in a harmless idiom, and the text without its idioms
    does not read as explicit (the first rule of the module)."""
    languages = found.languages or rules.languages
    stripped = idiom_free(text, languages)
    return not (stripped is None or death_word(stripped, languages)
                or not death_word(fold(text), languages)
                or still_asks(reread(stripped), stripped))


# Round 19: what is left without the idioms must be a few words (at most this many; a Chinese
# character counts as a word, as the n-gram model counts them). Round 18 asked only that neither
# the full message nor the encoder's question come back on it, and let the n-gram model's question
# pass (the model reads every text without its idioms already, so on "nie jadłem obiadu" it gives
# the question its prior gives a few everyday words). So it lowered heavy texts whose heaviness
# the phrase lists missed: "Je suis morte de fatigue et je ne vois plus aucune raison de
# continuer" (the n-gram model asked; 10 words left), "饿死了，我觉得自己一点用都没有，谁也不需要我"
# (17), and "Umieram z głodu, a szczerze mówiąc nie widzę już żadnego powodu, żeby dalej próbować",
# where the encoder asked about the whole text and neither model about the rest. Neither model
# tells a heavy rest from an everyday one by its reading (the n-gram model 0.85-0.99 "explicit or
# heavy" on both kinds, the encoder 1.0): what does is that a few everyday words say nothing,
# and a sentence of its own can say something.
FEW_WORDS = 8


def words(text: str) -> int:
    """How many words a text holds, as the n-gram model counts them ("don't" one)."""
    return len(WORD_RE.findall(text.replace("'", "")))


def still_asks(again: CrisisCheck, stripped: str) -> bool:
    """What is left (stripped, read again: again) still asks: more than FEW_WORDS words are
    left, it reads as explicit, or anything but the n-gram model asks about it."""
    if words(stripped) > FEW_WORDS or again.level == CrisisLevel.EXPLICIT:
        return True
    return again.level == CrisisLevel.SOFT and any(
        not s.startswith("model:") for s in again.signs)


def settle(rules: CrisisCheck, found: CrisisCheck, text: str,
           reread: Callable[[str], CrisisCheck]) -> CrisisCheck:
    """found, or nothing where only a harmless idiom earned the question (see the module)."""
    if not eligible(rules, found):
        return found
    if idiom_only(rules, found, text, reread):
        return replace(found, level=CrisisLevel.NONE, signs=(*found.signs, SETTLED))
    return found
