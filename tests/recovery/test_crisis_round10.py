"""Round 10 of the crisis check: denials written around the phrase, saying it is a joke in
words, a laugh over the models' full message, and the two models' readings that add up.

Statements written for these tests (not copied from the training authors)."""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import CrisisCheck, assess, decide, rules_only
from bounceback.recovery.crisis_decide import ENCODER_SUM, with_encoder
from bounceback.recovery.crisis_encoder import EncoderScores
from bounceback.recovery.crisis_model import Scores

# A denial the negator-before rule does not see: written after the phrase, or with a word
# between. The question (as "I'm not suicidal" gets), never the full message.
DENIALS = [
    "Нет, суицидальных мыслей у меня нет. Просто устал от откликов.",
    "о суициде мыслей нет, просто злюсь на рекрутера",
    "Ні, суїцидальних думок у мене немає, просто втомився від співбесід.",
    "Hayır, intihar düşüncem yok. Sadece mülakatlardan sıkıldım.",
    "suizidal bin ich nicht, nur müde von den Absagen",
    "لا، ما عندي أفكار انتحارية، بس زهقت من المقابلات",
    "我没有想自杀，就是面试太多有点烦",
]
# The same phrases said: the full message stays.
SAID = [
    "У меня суицидальные мысли каждый день, я больше не могу.",
    "Я хочу умереть, а выхода нет.",
    "Мені хочеться вмерти, виходу немає.",
    "Ich will sterben und nicht mehr aufwachen.",
    "我想自杀，真的撑不下去了",
]


@pytest.mark.parametrize("text", DENIALS)
def test_a_denial_around_the_phrase_asks_and_never_gives_the_full_message(text: str) -> None:
    found = assess(text)
    assert found.level != CrisisLevel.EXPLICIT, found
    assert rules_only(text).level != CrisisLevel.EXPLICIT


@pytest.mark.parametrize("text", SAID)
def test_the_same_phrases_said_keep_the_full_message(text: str) -> None:
    assert rules_only(text).level == CrisisLevel.EXPLICIT, rules_only(text)


JOKES = [
    "ещё одна анкета на 40 вопросов и я выйду в окно 🙃 жартую, живу на первом",
    "不想活了，又要改简历，开玩笑的，改完去吃饭",
    "i want to kill myself over this excel test jk",
]
NOT_JOKES = [
    "بدي موت. والله ما بهزر، تعبت",
    "me vojo ammazzà e nun scherzo",
    "хочу сдохнуть, и это не кринж-шутка",
    "main marna chahta hoon, mazak nahi hai",
    "ölmek istiyorum, şaka değil",
    "quero morrer, sem brincadeira",
    "ik wil dood, geen grapje",
    "je veux mourir, je rigole pas",
    "我想死，没开玩笑",
]


@pytest.mark.parametrize("text", JOKES)
def test_saying_it_is_a_joke_in_words_asks(text: str) -> None:
    assert rules_only(text).level == CrisisLevel.SOFT, rules_only(text)


@pytest.mark.parametrize("text", NOT_JOKES)
def test_saying_it_is_no_joke_keeps_the_full_message(text: str) -> None:
    assert rules_only(text).level == CrisisLevel.EXPLICIT, rules_only(text)


def test_a_laugh_keeps_the_question_over_the_models_full_message() -> None:
    # no phrase: the n-gram model alone read it as explicit, and gave the full message
    text = "if i have to write one more cover letter i'm throwing myself into the sea lmao"
    sure = Scores(explicit=0.95, concern=0.98, sentence=0.95)
    found = decide(rules_only(text), text, sure)
    assert found.level == CrisisLevel.SOFT, found
    # the encoder does not raise it over the laugh either
    nothing = CrisisCheck(CrisisLevel.NONE, (), ("en",))
    asked = CrisisCheck(CrisisLevel.SOFT, ("model:soft",), ("en",))
    assert with_encoder(nothing, asked, sure, EncoderScores(0.99, 1.0), text).level == CrisisLevel.SOFT
    plain = "i have written the letters and i know which bridge, tonight is the night"
    assert with_encoder(nothing, asked, sure, EncoderScores(0.99, 1.0), plain).level == (
        CrisisLevel.EXPLICIT)


def test_the_two_models_fairly_sure_together_give_the_full_message() -> None:
    nothing = CrisisCheck(CrisisLevel.NONE, (), ("es",))
    asked = CrisisCheck(CrisisLevel.SOFT, ("model:soft",), ("es",))
    fairly = Scores(explicit=0.46, concern=0.9, sentence=0.46)
    read = EncoderScores(explicit=0.97, concern=0.99)
    assert ENCODER_SUM <= 0.46 + 0.97
    found = with_encoder(nothing, asked, fairly, read, "ya lo tengo todo pensado para el viernes")
    assert found.level == CrisisLevel.EXPLICIT
    # below the sum, and over a heavy phrase that asked, the question stays
    assert with_encoder(nothing, asked, fairly, EncoderScores(0.9, 0.99)).level == CrisisLevel.SOFT
    heavy = CrisisCheck(CrisisLevel.SOFT, ("want_it_to_end",), ("en",))
    assert with_encoder(heavy, heavy, fairly, read).level == CrisisLevel.SOFT


def test_a_phrase_the_ngram_model_disagrees_with_keeps_the_full_message_when_the_encoder_agrees(
) -> None:
    from bounceback.recovery.crisis_decide import ENCODER_AGREES, needs_encoder

    rules = CrisisCheck(CrisisLevel.EXPLICIT, ("suicidal",), ("en",))
    doubted = Scores(explicit=0.2, concern=0.45, sentence=0.2)
    found = decide(rules, "feeling pretty suicidal after that call", doubted)
    assert found.level == CrisisLevel.SOFT and "model:disagrees" in found.signs
    assert needs_encoder(rules, found, doubted)
    agreed = with_encoder(rules, found, doubted, EncoderScores(0.3, ENCODER_AGREES + 0.3))
    assert agreed.level == CrisisLevel.EXPLICIT
    # the encoder reads it as ordinary too: the question stays
    assert with_encoder(rules, found, doubted, EncoderScores(0.05, 0.1)) == found
