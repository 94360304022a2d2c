"""Round 20: how the check reads text typed otherwise than its phrase lists are written.

Pinyin inside Chinese, German umlauts typed as "ue", and romanised Hindi ranked as another
language (crisis_readable.py, crisis_lang.roman_hindi). The lines are this file's own (no
stranger's or blind line); each said line failed before. The phrase lists alone are read where
that is the point (no model), so each costs milliseconds."""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import rules_only
from bounceback.recovery.crisis_lang import candidates, roman_hindi
from bounceback.recovery.crisis_readable import spellings

SAID = [
    "最近总有zisha的想法，活着太累了",  # pinyin for 自杀
    "又想zs了，活着太累",  # its initials after a wish
    "ich moechte einfach sterben",  # möchte
    "ich moechte nur noch sterben, fuer immer",
]
HARMLESS = [
    "今天面试官问zs是谁，我说是张三",  # a name's initials
    "我在改zsh的配置，顺便学了点pinyin",
    "zuerst die neue Steuererklaerung, aktuell kein Stress",
    "Die Trauer um meinen Opa ist noch frisch, aber ich freue mich auf den Job",
]


@pytest.mark.parametrize("text", SAID)
def test_a_statement_typed_otherwise_is_read(text: str) -> None:
    assert rules_only(text).level == CrisisLevel.EXPLICIT


@pytest.mark.parametrize("text", HARMLESS)
def test_everyday_words_typed_so_are_not_read_as_one(text: str) -> None:
    assert rules_only(text).level == CrisisLevel.NONE


def test_other_spellings_are_only_made_where_they_can_differ() -> None:
    assert spellings("ich will nicht mehr", "de") == []
    assert spellings("zisha", "zh") == []  # no Chinese characters: global.txt's pinyin lines
    assert spellings("neue steuer, trauer, aktuell, zuerst", "de") == []
    assert spellings("fuer immer", "de") == ["fur immer"]


@pytest.mark.parametrize("text", [
    "mujhe ab jeena nahi hai yaar, bas bahut ho gaya",
    "kal interview hai aur mera dimaag kaam nahi kar raha",
])
def test_romanised_hindi_is_read_as_hindi_first(text: str) -> None:
    assert roman_hindi(text)
    assert candidates(text)[0] == "hi"


@pytest.mark.parametrize("text", [
    "Ma to jest dzisiaj, ale nie wiem co dalej",  # Polish with "to", "ma"
    "I had a chai with my bhai at the mall, it was fine",
    "Ich habe heute kein Glück gehabt",
    "मुझे नींद नहीं आती",  # Devanagari: Hindi anyway
])
def test_other_texts_are_not_read_as_romanised_hindi(text: str) -> None:
    assert not roman_hindi(text)
