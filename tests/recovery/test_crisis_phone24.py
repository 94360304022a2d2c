"""Round 24: statements typed on a phone get the full message.

Three kinds of writing the phrase lists are not written in, read by crisis_readable.py beside
the text (never instead of it): French SMS spelling ("jpense", "jveux", "tt"); romanised Hindi
without its vowels or with its particles ("mrna", "nhi", "mann hi nahi"); English with its "g"
dropped ("thinkin bout", "killin"), "w/o", "wld". The lines are this file's own (no stranger's or
blind line). Each said line got less than the full message from main's rules before round 24; each
harmless line uses the same words for an everyday reason and must not get it.

Taken out after the round's review (mend crisis25b, test_crisis_review24.py): the Arabizi reading
on a consonant skeleton (its said lines "bafakar fel enti7ar kol lela", "a7san lel kol men gheri",
its denial, detector and skeleton tests), which read every word of an everyday note with "3yo" or
"5yrs" in it as Arabic ("miss" the razor, "meet" death); and Russian or Ukrainian in Latin letters
whose only common word is the word for suicide ("dumayu pro samohubstvo"), which gave the full
message to news and thesis talk. The Arabizi harmless lines stay: they must still get no card.
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess, rules_only

SAID = [
    "jpense au suicide depuis des semaines",  # French SMS: je pense
    "mrna chahti hu bas, kuch acha nahi hota",  # Hinglish, "marna" without its vowel
    "ab jeene ka mann hi nahi karta yaar",  # Hinglish, the particle "hi" inside the phrase
    "been thinkin bout killin myself",  # English, the "g" dropped
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
