"""A harmless idiom must never hide a statement written inside or beside it.

Round 22 tried idioms that spanned two halves ("I won't be here ... the new job starts", "a
farewell card for the team", "allergy pills") and removed the whole span before the phrases were
read: the statements below, found by a review, got nothing or only the question, and were taken
out again the same day. These texts (written for this test, not taken from any corpus) keep any
later look-alike rule honest: each states an intent to die beside the look-alike's words, and
each must get the full message; a date for a wedding or a first day at work is not a statement.
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess

STATEMENTS = [
    "Je ne serai plus là, je vais me suicider avant que mon nouveau poste commence.",
    "Ich bin nicht mehr da, ich bringe mich um, bevor der neue Job beginnt.",
    "Ya no estaré aquí, me quiero matar antes de que mi nuevo trabajo empiece.",
    "No voy a estar aquí, me voy a suicidar antes de que empiece el nuevo trabajo.",
    "Non ci sarò più, mi ucciderò prima che il nuovo lavoro inizi.",
    "Ik ben er niet meer, ik ga zelfmoord plegen voordat mijn nieuwe baan begint.",
    "Mnie nie będzie, zabiję się zanim zacznie się nowa praca.",
    "Não vou estar aqui, vou me matar antes que o novo emprego comece.",
    "I have a stash of allergy pills and I'm going to take them all.",
    "I wrote a farewell card for my colleagues because I'm going to kill myself on Friday.",
    "I wrote a farewell card to the team, I'm going to kill myself tomorrow.",
    "I won't be here when the new job starts, I'm going to kill myself this weekend.",
]

EVERYDAY = [
    "I've set the date, the wedding is in June.",
    "The date is set, my first day at Acme is the 3rd.",
]


@pytest.mark.parametrize("text", STATEMENTS)
def test_a_statement_beside_a_look_alike_gets_the_full_message(text: str) -> None:
    assert assess(text).level is CrisisLevel.EXPLICIT


@pytest.mark.parametrize("text", EVERYDAY)
def test_a_date_for_an_everyday_event_is_not_a_statement(text: str) -> None:
    assert assess(text).level is not CrisisLevel.EXPLICIT
