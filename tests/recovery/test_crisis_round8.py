"""Round 8's two fixes to the rules: "nothing but" inside a phrase, and a concrete way sought."""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess, rules_only


@pytest.mark.parametrize(
    "text",
    [
        "ik wil niets behalve dood",
        "non voglio niente tranne morire",
        "oggi è stata una giornata lunga e pesante, non voglio niente tranne morire",
        "ich will nichts außer sterben",
        "je ne veux rien sauf mourir",
    ],
)
def test_nothing_but_inside_a_phrase_is_no_negation(text: str) -> None:
    assert rules_only(text).level == CrisisLevel.EXPLICIT, rules_only(text)


@pytest.mark.parametrize(
    "text",
    ["non voglio morire", "ich will nicht sterben", "je ne veux pas mourir",
     "non voglio niente, solo un lavoro. non voglio morire"],
)
def test_a_plain_negation_still_softens(text: str) -> None:
    assert rules_only(text).level == CrisisLevel.SOFT, rules_only(text)


@pytest.mark.parametrize(
    "text",
    ["estoy buscando formas de matarme", "ya sé cómo lo voy a hacer"],
)
def test_a_way_sought_keeps_the_full_message_whatever_the_model_reads(text: str) -> None:
    # the n-gram model read "estoy buscando formas de matarme" at 0.2 and lowered it to the question
    found = assess(text, encoder=False)
    assert found.level == CrisisLevel.EXPLICIT, found


def test_the_question_from_the_model_keeps_the_rules_sign_names() -> None:
    # decide() used to replace the rules' signs with ("model:soft",) when it asked: the UI and
    # the CLI could not say which phrase (here a reassured one) the question came from
    found = assess("not that I want to die, I just want a job", encoder=False)
    assert found.level == CrisisLevel.SOFT, found
    assert "model:soft" in found.signs and "want_die:reassured" in found.signs, found


def test_the_encoder_asks_from_a_lower_reading_so_resources_show() -> None:
    # Round 9 (chosen held out on author Q): a text the n-gram model reads at 0.45 and the encoder
    # at 0.75 explicit was given nothing (the encoder did not run under 0.5 and asked from 0.85);
    # now it is asked, and the answer shows every line.
    from bounceback.recovery.crisis import CrisisCheck
    from bounceback.recovery.crisis_decide import needs_encoder, with_encoder
    from bounceback.recovery.crisis_encoder import EncoderScores
    from bounceback.recovery.crisis_model import Scores

    nothing = CrisisCheck(CrisisLevel.NONE, (), ("de",))
    scores = Scores(0.45, 0.6, 0.45)
    assert needs_encoder(nothing, nothing, scores)
    found = with_encoder(nothing, nothing, scores, EncoderScores(0.75, 0.9))
    assert found.level == CrisisLevel.SOFT and "encoder:soft" in found.signs
    # still nothing when the encoder does not read an explicit statement
    assert with_encoder(nothing, nothing, scores, EncoderScores(0.5, 0.9)).level == CrisisLevel.NONE


@pytest.mark.parametrize(
    "text",
    [
        # written for this test, kinds read from author Q's misses (round 9)
        "ya ne khochu zhyty bilshe, vse",
        "khochu pomerty i vse",
        "mabut pishla b z tsyogo svitu, ya vtomylas",
        "повіситись хочеться після кожної відмови",
        "хай би серце просто зупинилось цієї ночі",
        "hab keinen bock mehr zu leben, echt nicht",
        "suizid wär ehrlich gesagt ne option im moment",
        "ich kill mich bald, die zehnte absage",
    ],
)
def test_round9_spellings_are_explicit(text: str) -> None:
    assert rules_only(text).level == CrisisLevel.EXPLICIT, rules_only(text)


@pytest.mark.parametrize(
    "text",
    ["ich kill mich vor lachen, der recruiter hat mich 'Frau Müller' genannt",
     "das herz hat im interview ganz schön geklopft", "pishov z roboty o shostiy"],
)
def test_round9_everyday_words_stay_quiet(text: str) -> None:
    assert rules_only(text).level == CrisisLevel.NONE, rules_only(text)
