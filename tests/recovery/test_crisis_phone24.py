"""Round 24: statements typed on a phone or in another script's letters get the full message.

Four kinds of writing the phrase lists are not written in, read by crisis_readable.py beside
the text (never instead of it): Arabic in Latin letters and digits ("Arabizi"), read by the
Arabic list on a consonant skeleton; French SMS spelling ("jpense", "jveux", "tt"); romanised
Hindi without its vowels or with its particles ("mrna", "nhi", "mann hi nahi"); English with its
"g" dropped ("thinkin bout", "killin"), "w/o", "wld"; and Russian or Ukrainian in Latin letters
whose only common word is the word for suicide. The lines are this file's own (no stranger's or
blind line). Each said line got less than the full message from main's rules before round 24; each
harmless line uses the same words for an everyday reason and must not get it.
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess, rules_only
from bounceback.recovery.crisis_fold import fold
from bounceback.recovery.crisis_lang import candidates
from bounceback.recovery.crisis_readable import arabic_skeleton, arabizi, arabizi_skeleton

SAID = [
    "bafakar fel enti7ar kol lela",  # Arabizi: I think of suicide every night
    "a7san lel kol men gheri",  # better for everyone without me
    "jpense au suicide depuis des semaines",  # French SMS: je pense
    "mrna chahti hu bas, kuch acha nahi hota",  # Hinglish, "marna" without its vowel
    "ab jeene ka mann hi nahi karta yaar",  # Hinglish, the particle "hi" inside the phrase
    "been thinkin bout killin myself",  # English, the "g" dropped
    "dumayu pro samohubstvo",  # Ukrainian in Latin letters, one common word
]
HARMLESS = [
    "mayet men el da7k 3al video da",  # dying of laughter
    "et2abalt fel shoghl el gedid, mestanny el 3a2d",  # accepted, waiting for the contract
    "ba3att 3 CVs el naharda w 3amalt interview",
    "5alast kol el interviews el naharda, ana 5alas mayet men el ta3ab",  # dead tired
    "mar gaya yaar kitna kaam hai aaj",  # Hinglish: so much work today
    "jpense au boulot tt le temps",
    "jveux mourir de rire avec ce film",
    "killin it at interviews lately",
    "wld be better off w/o this commute lol",
    "jpense que jvais postuler chez eux demain",
    "ab toh bas ek hi job chahiye yaar",  # "toh" and "hi" dropped: still only a job wanted
    "ana 7ases eni ha2fel el interview da, msh 3ayez a3mel 7aga el naharda",  # "msh 3ayez"
    "kol el interviews el usbu3 da w msh la2i shoghl, ta3ban bas kwayes",
]


@pytest.mark.parametrize("text", SAID)
def test_a_statement_typed_on_a_phone_gets_the_full_message(text: str) -> None:
    assert rules_only(text).level == CrisisLevel.EXPLICIT
    assert assess(text).level == CrisisLevel.EXPLICIT


@pytest.mark.parametrize("text", HARMLESS)
def test_everyday_words_typed_so_get_no_card(text: str) -> None:
    assert rules_only(text).level == CrisisLevel.NONE
    assert assess(text).level != CrisisLevel.EXPLICIT


def test_a_denial_in_arabizi_is_not_read_as_a_statement() -> None:
    # "I'm not thinking of suicide, I swear, I'm fine": the Arabic list's negation applies.
    assert rules_only("ma bafakarsh fel enti7ar wallah ana kwayes").level != CrisisLevel.EXPLICIT


@pytest.mark.parametrize(("text", "expected"), [
    ("bafakar fel enti7ar kol yom", True),
    ("hanta7er law rafadoni", True),  # one Arabizi word and a common one
    ("see you 2morrow at 5pm for the 2nd round", False),  # text speak, a time, an ordinal
    ("B2B sales, 3d printing, mp3 player, h2o", False),
    ("my 2 cents: 3 interviews and 5 offers", False),  # digits alone are not letters
    ("حاسس اني 3ايز اموت", False),  # Arabic script: read as it is
])
def test_arabizi_is_told_from_other_latin_text(text: str, expected: bool) -> None:
    assert arabizi(fold(text)) is expected
    assert ("ar" in candidates(text)) is (expected or "ح" in text)


def test_both_spellings_of_a_word_meet_on_one_skeleton() -> None:
    assert arabizi_skeleton(fold("enti7ar")) == arabic_skeleton("انتحار") == "انتهر"  # ح read as ه
    assert arabizi_skeleton(fold("3ayez amoot")) == arabic_skeleton("عايز اموت")
    # a short skeleton matches whole words only: "موس" (a razor) is not inside "مستني"
    assert rules_only("ba3d el gom3a ha3raf law et2abalt fel shoghl. mestanny").level \
        == CrisisLevel.NONE
