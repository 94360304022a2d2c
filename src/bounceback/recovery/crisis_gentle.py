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
  languages (DEATH_WORDS), and every such word stood in an idiom: what is left holds none (a
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

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis_fold import fold
from bounceback.recovery.crisis_lexicon import lexicon
from bounceback.recovery.crisis_model import WORD_RE
from bounceback.recovery.crisis_multi import sentences, without_idioms
from bounceback.recovery.crisis_phrases import FALSE_RE

if TYPE_CHECKING:
    from bounceback.recovery.crisis import CrisisCheck

SETTLED = "gentle:idiom"  # the sign a lowered reading keeps (beside the models' signs)
_MODELS = ("model:", "encoder:")

# Words of dying, killing, suicide, living, waking, vanishing, means, harm, burden and farewell in
# the 14 languages, as word beginnings (folded as the text is, at import; in Arabic, Devanagari
# and Chinese anywhere, as their words take prefixes or stand unspaced): a text that still holds
# one after its idioms are removed is never lowered, whatever the models read in it. A broad
# word ("die" in "diet", "mort" in "mortgage") only keeps the question: it costs a lowering,
# never help.
_DEATH_WORDS: dict[tuple[str, ...], tuple[str, ...]] = {
    ("global",): (  # words that travel: read in every text
        r"suicid", r"unalive", r"kms\b", r"kys\b",
    ),
    ("en",): (
        r"die\b", r"died", r"dies\b", r"dying", r"dead\b", r"death", r"kill", r"end it",
        r"checking out", r"check out", r"for good", r"end my", r"end things", r"my life", r"to live", r"living", r"alive", r"wake up",
        r"not be here", r"gone", r"disappear", r"exist", r"overdose", r"pills", r"jump", r"bridge",
        r"rope", r"hang myself", r"cut myself", r"hurt myself", r"harm", r"burden", r"better off",
        r"goodbye", r"farewell", r"grave", r"miss me", r"without me", r"letter", r"password",
        r"asleep", r"fall asleep", r"never wake", r"out of it all", r"want out", r"to myself",
    ),
    ("es", "pt"): (
        r"mori", r"muer", r"muri", r"matar", r"mato\b", r"matame", r"suicid", r"vivir", r"vida",
        r"despert", r"desaparec", r"acabar con", r"pastillas", r"puente", r"soga", r"colgar",
        r"cortar", r"una carga", r"adios", r"morr", r"mort", r"viver", r"acordar", r"sumir",
        r"comprimidos", r"remedios", r"ponte", r"corda", r"enforc", r"fardo", r"adeus", r"sin mí",
        r"sem mim", r"carta", r"contraseña", r"senha", r"saltar", r"tirarme", r"pular", r"me jogar",
        r"dormir y no", r"dormir e nao", r"dormir e não",
    ),
    ("de",): (
        r"sterb", r"tot(e|en|er)?\b", r"tod(e|es)?\b", r"umbring", r"selbstmord", r"leben", r"aufwach",
        r"verschwind", r"tablette", r"brücke", r"strick", r"aufhäng", r"ritz", r"zur last",
        r"eine last", r"abschied", r"ohne mich", r"brief", r"passw", r"spring", r"einschlaf",
    ),
    ("fr",): (
        r"mour", r"meur", r"mort", r"tuer", r"crever", r"vivre", r"vie\b", r"réveil", r"dispara", r"en finir",
        r"cachets", r"pont", r"pendre", r"me coup", r"fardeau", r"adieu", r"sans moi", r"lettre",
        r"mot de passe", r"mots de passe", r"sauter", r"me jeter", r"m'endormir",
    ),
    ("it",): (
        r"uccid", r"ammazz", r"muoi", r"morend", r"mori", r"mort", r"vivere", r"vita", r"svegli", r"sparire", r"farla finita", r"pillole",
        r"impicc", r"tagli", r"un peso", r"addio", r"senza di me", r"senza me", r"lettera",
        r"buttarmi", r"saltare", r"addormentarmi",
    ),
    ("nl",): (
        r"dood", r"sterv", r"zelfmoord", r"leven", r"wakker", r"verdwijn", r"pillen", r"brug",
        r"touw", r"ophang", r"snijd", r"afscheid", r"zonder mij", r"wachtwoord", r"springen",
        r"inslapen",
    ),
    ("pl",): (
        r"umr", r"umier", r"śmier", r"zabi", r"samobój", r"życi", r"żyć", r"obudz", r"znikn",
        r"tabletk", r"z mostu", r"mostu", r"sznur", r"powiesi", r"ciąć", r"ciężar", r"żegnaj",
        r"beze mnie", r"bez mnie", r"hasła", r"hasło", r"list pożegn", r"skocz", r"zasn",
    ),
    ("tr",): (
        r"ölmek", r"ölmey", r"ölmem", r"ölüm\b", r"ölümü", r"ölsem", r"öleyim", r"öleceğ", r"öldür",
        r"ölmüş", r"intihar", r"yaşam", r"hayat", r"uyanma", r"kaybol", r"köprü", r"kendimi as",
        r"kendimi kes", r"yük ol", r"yüküm", r"elveda", r"bensiz", r"şifre", r"mektup", r"atla",
        r"uyuyup",
    ),
    ("ru", "uk"): (
        r"умер", r"умир", r"смерт", r"убить", r"убью", r"убил", r"суицид", r"суїцид", r"самоуби",
        r"жизн", r"жить", r"проснут", r"исчезн", r"таблет", r"мост", r"верёв", r"повес", r"режу",
        r"порез", r"обуза", r"прощай", r"прощан", r"помер", r"помир", r"вбит", r"вбив", r"житт",
        r"жит", r"прокин", r"зник", r"міст", r"мотуз", r"тягар", r"прощав", r"без меня",
        r"без мене", r"пароль", r"парол", r"записк", r"лист", r"прыгн", r"прыжок", r"стриб",
        r"уснуть", r"заснуть", r"заснут", r"уснут", r"с собой", r"з собою", r"із собою",
    ),
    ("ar",): (
        r"موت", r"أموت", r"يموت", r"ميت", r"انتحار", r"أقتل", r"قتل", r"حياة", r"حياتي", r"عيش",
        r"أختفي", r"حبوب", r"جسر", r"حبل", r"أشنق", r"جرح", r"عبء", r"وداع", r"بدوني", r"من غيري",
        r"رسالة", r"كلمات السر", r"باسورد", r"أقفز", r"أرمي نفسي", r"أنام",
    ),
    ("hi",): (  # Devanagari and Latin letters
        r"मर", r"मौत", r"मृत्यु", r"आत्महत्या", r"खुदकुशी", r"जान", r"ज़िंदगी", r"जिंदगी", r"जीना",
        r"जीने", r"उठ", r"गायब", r"गोली", r"पुल", r"रस्सी", r"फांसी", r"काट", r"बोझ", r"अलविदा",
        r"marna", r"marne", r"mar ja", r"maut", r"khudkushi", r"jaan", r"zindagi", r"jeena",
        r"jeene", r"goli", r"bojh", r"alvida", r"मेरे बिना", r"mere bina", r"चिट्ठी", r"पासवर्ड",
        r"chitthi", r"letter", r"कूद", r"kood", r"सो जाऊं", r"so jaun",
    ),
    ("zh",): (
        r"死", r"自杀", r"轻生", r"活着", r"不想活", r"活下去", r"活不", r"生命", r"结束生命",
        r"结束自己", r"结束这一切", r"消失", r"醒不来", r"不再醒", r"别醒", r"安眠药", r"药片",
        r"跳楼", r"跳河", r"跳桥", r"跳下", r"桥", r"绳", r"割腕", r"负担", r"再见", r"永别",
        r"没有我", r"遗书", r"密码", r"想不开", r"了结", r"解脱", r"离开这个世界", r"不在了",
        r"睡着", r"一睡不醒",
    ),
}
_WORDED = re.compile(r"[a-zа-яіїєґ]")


def _pattern(stem: str) -> str:
    head, tail = (stem[:-2], r"\b") if stem.endswith(r"\b") else (stem, "")
    body = fold(head) if "(" in head else re.escape(fold(head))  # a group keeps its syntax
    return (r"(?<!\w)" if _WORDED.match(fold(head)[:1]) else "") + body + tail


DEATH_WORDS: dict[str, re.Pattern[str]] = {
    lang: re.compile("|".join(dict.fromkeys(_pattern(w) for w in words)))
    for langs, words in _DEATH_WORDS.items() for lang in langs
}


def death_word(text: str, languages: tuple[str, ...]) -> bool:
    """Whether the (folded) text holds a death word of the languages read, or one that travels
    ("suicide", "kms", "unalive")."""
    return any(DEATH_WORDS[lang].search(text) is not None
               for lang in ("global", *languages) if lang in DEATH_WORDS)


def idiom_free(text: str, languages: tuple[str, ...]) -> str | None:
    """The folded text without the harmless idioms of the languages read (English's own
    FALSE_RE among them), sentence by sentence; None when no idiom was found."""
    parts = sentences(fold(text))
    lexicons = [lex for lex in (lexicon(lang) for lang in ("global", *languages)) if lex is not None]
    out: list[str] = []
    changed = False
    for sentence in parts:
        cleaned = sentence
        if "en" in languages:
            for pattern in FALSE_RE:
                cleaned = pattern.sub(" ", cleaned)
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
