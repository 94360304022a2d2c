"""Round 20: how the check reads text typed otherwise than its phrase lists are written.

Pinyin inside Chinese, German umlauts typed as "ue", Russian and Ukrainian in Latin letters
(crisis_readable.py, crisis_lang.latin_cyrillic). The lines are this file's own (no
stranger's or blind line); each said line failed before. The phrase lists alone are read where
that is the point (no model), so each costs milliseconds."""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import rules_only
from bounceback.recovery.crisis_lang import candidates, latin_cyrillic
from bounceback.recovery.crisis_readable import spellings

SAID = [
    "最近总有zisha的想法，活着太累了",  # pinyin for 自杀
    "又想zs了，活着太累",  # its initials after a wish
    "ich moechte einfach sterben",  # möchte
    "ich moechte nur noch sterben, fuer immer",
    "uzhe mesyac dumayu o samoubiystve, ne mogu bolshe",  # Russian in Latin letters
    "vse chastishe dumayu pro samohubstvo, vzhe ne mozhu",  # Ukrainian
]
HARMLESS = [
    "今天面试官问zs是谁，我说是张三",  # a name's initials
    "我在改zsh的配置，顺便学了点pinyin",
    "zuerst die neue Steuererklaerung, aktuell kein Stress",
    "Die Trauer um meinen Opa ist noch frisch, aber ich freue mich auf den Job",
    "ya ne mogu nayti rabotu uzhe polgoda, ustal kak sobaka",
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


def test_russian_and_ukrainian_in_latin_letters_bring_their_lists_in() -> None:
    assert latin_cyrillic("ne hochu bolshe nichego")
    assert {"ru", "uk"} <= set(candidates("ne hochu bolshe nichego"))
    assert not latin_cyrillic("Tak, bez pracy nikomu nie jest łatwo")  # Polish
    assert not latin_cyrillic("ya no sé, ne me demande pas")
    assert not latin_cyrillic("мне уже всё равно")  # Cyrillic: read as it is


@pytest.mark.parametrize("text", [
    "ich würde mich am liebsten umbringen",  # an adverb between "mich" and the verb
    "ich will mich einfach nur umbringen",
])
def test_a_german_statement_with_an_adverb_in_it_is_read(text: str) -> None:
    assert rules_only(text).level == CrisisLevel.EXPLICIT


def test_someone_else_who_would_kill_me_is_no_statement() -> None:
    assert rules_only("mein Chef würde mich am liebsten umbringen, weil ich zu spät war").level == (
        CrisisLevel.NONE)
