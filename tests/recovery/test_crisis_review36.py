"""Round 36's review: plain statements whose phrase is split by a time or a place.

"sich das Leben nehmen" (de) and "een eind aan mijn leven maken" (nl) were read only with nothing
between their parts and, in Dutch, only with "einde": "Morgen nehme ich mir das Leben" got the
question, and "Ik ga morgen een eind aan mijn leven maken" lost the full message as soon as an
everyday sentence followed it. The split forms give the full message; the same words in a
denial, or "das Leben" in another sense, do not.

Texts written for these tests."""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess

SPLIT_STATEMENTS = [
    "Morgen nehme ich mir das Leben.",
    "Ich nehme mir morgen das Leben. Vorher noch zum Kinderarzt mit Finn.",
    "Am Sonntag nehme ich mir das Leben, die Kinder sind bei ihrem Vater.",
    "Ich werde mir am Freitag das Leben nehmen. Vorher noch die Wohnung putzen.",
    "Ich habe beschlossen, mir nach der Beerdigung das Leben zu nehmen.",
    "Ik ga morgen een eind aan mijn leven maken. Eerst nog naar het consultatiebureau met Finn.",
    "Ik ga zaterdag een eind aan m'n leven maken. Eerst nog de was doen.",
    "Na de laatste afwijzing maak ik vannacht een einde aan mijn leven. De hond gaat naar mijn zus.",
]


@pytest.mark.parametrize("text", SPLIT_STATEMENTS)
def test_a_statement_split_by_a_time_gets_the_full_message(text: str) -> None:
    assert assess(text).level is CrisisLevel.EXPLICIT, text


NOT_STATEMENTS = [
    "Ich werde mir am Freitag nicht das Leben nehmen, keine Sorge, ich bin nur müde.",
    "Ich nehme mir morgen das Leben leichter und gehe spazieren.",
    "Ich nehme mir morgen frei und genieße das Leben.",
    "Der Job nimmt mir noch das Leben, so viel Stress.",
    "Ik ga morgen een eind aan mijn zoektocht maken en gewoon bij de bakker werken.",
]


@pytest.mark.parametrize("text", NOT_STATEMENTS)
def test_the_same_words_in_a_denial_or_another_sense_are_not_a_statement(text: str) -> None:
    assert assess(text).level is not CrisisLevel.EXPLICIT, text
