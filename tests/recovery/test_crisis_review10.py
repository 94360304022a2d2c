"""Round 10's review of the crisis check: a joke word or a denial read where there is none.

Round 10 added saying it is a joke in words and denials written around the phrase. A reviewer
found both matching inside genuine statements: "who am I kidding", "kidding aside", "scherzo?
no", "şaka bir yana", "不是在开玩笑" turned the full message into the question, and a Hindi
"koi nahi hai" ("there is nobody") read as a denial left a statement with no card at all.
Statements written for these tests by the reviewer and the lead (not from any corpus)."""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess, rules_only

# Joke words that are not the writer calling their words a joke: the full message stays.
NOT_A_JOKE = [
    "Who am I kidding, I just want to die.",
    "I wish I was kidding. I want to kill myself.",
    "All kidding aside, I want to kill myself.",
    "stop kidding yourself, I want to die",
    "I keep kidding myself. I want to die.",
    "I want to kill myself. jk. no I'm not.",
    "No estoy bromeando, quiero suicidarme.",
    "我不是在开玩笑，我想自杀",
    "我没在开玩笑，我想自杀",
    "别以为我在开玩笑，我想自杀",
    "fora de brincadeira, quero me matar",
    "şaka bir yana, kendimi öldürmek istiyorum",
    "scherzo? no, voglio uccidermi",
]


@pytest.mark.parametrize("text", NOT_A_JOKE)
def test_a_joke_word_that_labels_nothing_a_joke_keeps_the_full_message(text: str) -> None:
    found = assess(text)
    assert found.level == CrisisLevel.EXPLICIT, found


# The writer labelling their own words a joke still asks instead (round 10's rule stands).
@pytest.mark.parametrize("text", [
    "i want to kill myself over this excel test jk",
    "不想活了，又要改简历，开玩笑的，改完去吃饭",
])
def test_the_writer_calling_it_a_joke_still_asks(text: str) -> None:
    assert assess(text).level == CrisisLevel.SOFT, assess(text)


# "koi nahi hai" after a phrase is "there is nobody", not a denial: the full message.
NOBODY = [
    "mujhe marna hai koi nahi hai",
    "मुझे मरना है कोई नहीं है",
    "ek aur rejection. bas ek hi khayal, mujhe marna hai koi nahi hai",
]


@pytest.mark.parametrize("text", NOBODY)
def test_there_is_nobody_is_not_a_denial(text: str) -> None:
    assert rules_only(text).level == CrisisLevel.EXPLICIT, rules_only(text)


# A denial read around a phrase never leaves the writer with nothing, even beside a word that
# reassures ("sirf ek", "只是"): at least the question, whose answer shows every line.
@pytest.mark.parametrize("text", [
    "sirf ek baat, mujhe marna hai koi nahi h",
    "我只是工作没有想自杀",
    "suicidal nahi hoon, bas ek baat se pareshan hoon",
])
def test_a_denial_never_leaves_nothing(text: str) -> None:
    assert assess(text).level != CrisisLevel.NONE, assess(text)
    assert rules_only(text).level != CrisisLevel.NONE, rules_only(text)


# The denials round 10 was written for still ask, not the full message.
def test_a_hindi_denial_with_a_thought_word_still_asks() -> None:
    text = "आत्महत्या जैसा कोई ख़याल नहीं है, बस थक गया हूं"
    assert rules_only(text).level == CrisisLevel.SOFT, rules_only(text)
