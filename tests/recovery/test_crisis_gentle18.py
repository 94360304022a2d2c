"""Round 18 of the crisis check: fewer gentle notes on ordinary texts, no help taken from a
statement (crisis_gentle.py).

A question that only a harmless death idiom earned ("me muero de hambre", "饿死了", "this wait is
killing me") is nothing; the full message is never touched, nor a text any phrase of the lists
read (negated, softened or not), nor a text with a death word outside its idioms, nor one whose
rest the encoder still asks about. Texts written for these tests (not copied from the training
authors).
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import CrisisCheck, assess, rules_only
from bounceback.recovery.crisis_fold import fold
from bounceback.recovery.crisis_gentle import (
    FEW_WORDS,
    SETTLED,
    death_word,
    idiom_free,
    settle,
    words,
)

NOTHING = CrisisCheck(CrisisLevel.NONE)

# Each language's harmless death idiom beside an everyday line of the search: every death word
# of the text stands in the idiom.
IDIOMS = {
    "es": "Me muero de hambre, llevo desde las ocho en la oficina de empleo",
    "de": "Ich sterbe vor Hunger, das Gespräch hat drei Stunden gedauert",
    "fr": "Je suis mort de fatigue, trois entretiens aujourd'hui",
    "nl": "Ik verveel me dood, het uitzendbureau belt maar niet terug",
    "zh": "饿死了，面试等了三个小时",
    "pl": "Umieram z nudów, rekruterka znowu przełożyła rozmowę",
    "en": "this wait is killing me, three weeks and still no answer from the panel",
    "it": "Sto morendo di noia, il colloquio è stato rimandato ancora",
    "pt": "Tô morrendo de fome, a entrevista atrasou duas horas",
    "ru": "Умираю от скуки, рекрутер опять перенёс собеседование",
    "uk": "Помираю від нудьги, рекрутерка знову перенесла співбесіду",
    "ar": "ميت من الجوع، المقابلة تأخرت ساعتين",
    "hi": "भूख से मर रहा हूँ, इंटरव्यू दो घंटे लेट हुआ",
}

# The same idioms beside a death word of the writer's own: the question stays.
SAME_SHAPE = {
    "es": "Me muero de hambre, y la verdad es que pienso en la muerte cada noche",
    "de": "Ich sterbe vor Hunger, und ehrlich gesagt denke ich jede Nacht an den Tod",
    "fr": "Je suis mort de fatigue, et je pense à la mort chaque nuit",
    "nl": "Ik verveel me dood, en eerlijk gezegd denk ik elke nacht aan de dood",
    "zh": "饿死了，其实我每天晚上都在想死的事",
    "pl": "Umieram z nudów, a szczerze mówiąc co noc myślę o śmierci",
    "en": "this wait is killing me, and honestly i think about death every night",
    "it": "Sto morendo di noia, e sinceramente penso alla morte ogni notte",
    "pt": "Tô morrendo de fome, e sinceramente penso na morte toda noite",
    "ru": "Умираю от скуки, и честно говоря, каждую ночь думаю о смерти",
    "uk": "Помираю від нудьги, і чесно кажучи, щоночі думаю про смерть",
    "ar": "ميت من الجوع، وبصراحة بفكر في الموت كل ليلة",
    "hi": "भूख से मर रहा हूँ, और सच कहूँ तो हर रात मौत के बारे में सोचता हूँ",
}

# Explicit statements beside an idiom: a phrase of the lists reads them, so the check never
# settles them, and they keep their help whatever the models read.
EXPLICIT = {
    "es": "Me muero de hambre y ya no quiero vivir",
    "de": "Ich sterbe vor Hunger und ich will nicht mehr leben",
    "fr": "Je suis mort de fatigue et je veux mourir",
    "nl": "Ik verveel me dood en ik wil dood",
    "zh": "饿死了，我真的想死",
    "pl": "Umieram z nudów i chcę umrzeć",
    "en": "this wait is killing me and i want to kill myself",
    "it": "Sto morendo di noia e voglio morire",
    "pt": "Tô morrendo de fome e quero morrer",
    "ru": "Умираю от скуки и хочу умереть",
    "uk": "Помираю від нудьги і хочу померти",
    "ar": "ميت من الجوع وبدي موت",
    "hi": "भूख से मर रहा हूँ और मैं मरना चाहता हूँ",
}


def _asked(text: str, sign: str = "encoder:soft") -> tuple[CrisisCheck, CrisisCheck]:
    """The rules' reading of the text, and a question a model asked over it."""
    rules = rules_only(text)
    return rules, CrisisCheck(CrisisLevel.SOFT, (sign,), rules.languages)


@pytest.mark.parametrize("lang", sorted(IDIOMS))
def test_a_question_only_an_idiom_earned_is_nothing(lang: str) -> None:
    text = IDIOMS[lang]
    rules, asked = _asked(text)
    assert rules.level == CrisisLevel.NONE and not rules.signs
    assert idiom_free(text, rules.languages) is not None
    long_rest = words(idiom_free(text, rules.languages) or "") > FEW_WORDS
    for sign in ("encoder:soft", "encoder:combined", "encoder:floor", "model:soft"):
        found = settle(rules, CrisisCheck(CrisisLevel.SOFT, (sign,), rules.languages), text,
                       lambda t: NOTHING)
        if long_rest:  # round 19: a sentence of its own left beside the idiom keeps the question
            assert found.level == CrisisLevel.SOFT
            continue
        assert found.level == CrisisLevel.NONE
        assert found.signs == (sign, SETTLED)


@pytest.mark.parametrize("lang", sorted(SAME_SHAPE))
def test_a_death_word_beside_the_idiom_keeps_the_question(lang: str) -> None:
    text = SAME_SHAPE[lang]
    rules, asked = _asked(text)
    stripped = idiom_free(text, rules.languages)
    assert stripped is not None and death_word(stripped, rules.languages)
    assert settle(rules, asked, text, lambda t: NOTHING) == asked


@pytest.mark.parametrize("lang", sorted(EXPLICIT))
def test_an_explicit_statement_beside_an_idiom_keeps_its_help(lang: str) -> None:
    text = EXPLICIT[lang]
    rules = rules_only(text)
    assert rules.signs  # a phrase read it: settle never touches it
    asked = CrisisCheck(CrisisLevel.SOFT, (*rules.signs, "model:disagrees"), rules.languages)
    assert settle(rules, asked, text, lambda t: NOTHING) == asked
    assert assess(text).level != CrisisLevel.NONE


def test_a_rest_that_reads_explicit_keeps_the_question() -> None:
    rules, asked = _asked(IDIOMS["en"])
    explicit = CrisisCheck(CrisisLevel.EXPLICIT, ("model:explicit",))
    assert settle(rules, asked, IDIOMS["en"], lambda t: explicit) == asked


def test_a_shame_idiom_is_no_death_idiom() -> None:
    # "I'm sinking into the ground from shame": no death word in the idiom, and heavy texts
    # written around it kept their question held out.
    text = "Akranlarım ev aldı, ben hâlâ harçlık istiyorum. Utançtan yerin dibine giriyorum."
    rules, asked = _asked(text)
    assert not death_word(fold(text), rules.languages)
    assert settle(rules, asked, text, lambda t: NOTHING) == asked


def test_the_full_message_and_phrases_are_never_touched() -> None:
    text = IDIOMS["es"]
    rules = rules_only(text)
    full = CrisisCheck(CrisisLevel.EXPLICIT, ("encoder:explicit",), rules.languages)
    assert settle(rules, full, text, lambda t: NOTHING) == full
    negated = CrisisCheck(CrisisLevel.NONE, ("es:want_die:reassured",), rules.languages)
    asked = CrisisCheck(CrisisLevel.SOFT, ("es:want_die:reassured", "model:soft"), rules.languages)
    assert settle(negated, asked, text, lambda t: NOTHING) == asked


def test_the_whole_check_settles_an_idiom_the_model_asked_about() -> None:
    # On main the n-gram model asked about this everyday Dutch line ("I'm bored to death, the
    # agency does not call back"): nothing now.
    found = assess(IDIOMS["nl"])
    assert found.level == CrisisLevel.NONE
    assert SETTLED in found.signs or not found.signs


def test_a_rest_the_encoder_still_asks_about_keeps_the_question() -> None:
    # The encoder read the idiom; when it still asks about the rest, the question stays.
    rules, asked = _asked(IDIOMS["nl"])  # a few words left (round 19: IDIOMS["en"] leaves 11)
    still = CrisisCheck(CrisisLevel.SOFT, ("encoder:soft",))
    assert settle(rules, asked, IDIOMS["nl"], lambda t: still) == asked
    quiet = CrisisCheck(CrisisLevel.SOFT, ("model:soft",))  # the n-gram model reads no change
    assert settle(rules, asked, IDIOMS["nl"], lambda t: quiet).level == CrisisLevel.NONE


def test_a_deadline_holds_no_death_word_and_checking_out_is_one() -> None:
    # "I gave it a deadline ... I'm checking out for good" (an explicit statement held out):
    # "deadline" is in the English idiom list, but it is no death word; "checking out" is.
    assert not death_word(fold("i gave it a deadline, my birthday in march"), ("en",))
    assert death_word(fold("i'm checking out for good"), ("en",))
