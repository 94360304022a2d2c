"""Round 24: in a long entry, whose death words are they? (what stays of crisis26's work)

crisis26 read a farewell letter after someone else's death phrase as that person's (the question,
not the full message) and "and I too" after someone else's phrase as the writer's (the full
message); a review found both wrong in many sentences (tests/recovery/test_crisis_review24_letters.py)
and both were taken out. What stays: the writer's own letter beside someone else's crisis gets the
full message; "I" inside what someone else thinks is no statement; and the writer saying "I too
want to die" after someone else's phrase gets at least the question today (the full message is
the aim: the raising step that gave it also raised songs and other people's crises).

Every text here was written for this test (not taken from any corpus).
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess

# The same shapes, the letter the writer's own: the full message, always.
OWN_LETTER = [
    "Jonas schrieb, dass er nicht mehr leben will, und ich habe auch schon meinen Abschiedsbrief "
    "geschrieben.",
    "Meine Freundin will nicht mehr leben. Ich habe meinen Abschiedsbrief schon geschrieben und "
    "bringe mich am Freitag um.",
    "她表妹想自杀，我也已经写好了遗书。",
    "小林说她表妹想自杀，我自己的遗书也写好了，周五就走。",
    "Mi amigo dijo que quería morir, y yo ya escribí mi carta de despedida.",
    "Su hermano intentó matarse y ya escribí la carta de despedida.",
    "Kuzeni intihar etmeye çalışmış ve veda mektubu yazdım.",
    "Подруга сказала, что хочет умереть, а я уже написала прощальное письмо.",
    "Jej brat chce się zabić, a ja napisałem już list pożegnalny.",
    "Sa sœur veut mourir, et moi j'ai déjà écrit ma lettre d'adieu.",
    "Suo fratello vuole morire e io ho già scritto la mia lettera d'addio.",
    "O irmão dela quer morrer e eu já escrevi minha carta de despedida.",
    "Її брат хоче померти, а я вже написала прощальний лист.",
]

# Someone else named, then the writer as the subject again: the writer's own statement; the
# question today (the full message is the aim).
WRITER_AFTER_SOMEONE_ELSE = [
    "Zijn broer wil dood en ik heb mijn afscheidsbrief al geschreven.",
    "Mijn broer wil dood en ik wil ook dood.",
    "Mi hermana quiere morir y yo también quiero morir.",
    "Ma sœur veut mourir et je veux mourir aussi.",
    "Mia sorella vuole morire e io voglio morire.",
    "Minha irmã quer morrer e eu quero morrer também.",
    "मेरा भाई मरना चाहता है और मैं भी मरना चाहता हूँ।",
    "أختي تريد أن تموت وأنا أريد أن أموت.",
    "Kardeşim ölmek istiyor ve ben de ölmek istiyorum.",
    "Moja siostra chce umrzeć i ja też chcę umrzeć.",
]

# "I" inside what someone else thinks is not the writer's statement.
WHAT_SOMEONE_ELSE_THINKS = [
    "nicht dass jemand denkt ich bin suizidal, ich bin nur komplett genervt von linkedin-gurus",
]


@pytest.mark.parametrize("text", OWN_LETTER)
def test_the_writers_own_letter_beside_someone_elses_crisis_gets_the_full_message(text: str) -> None:
    assert assess(text).level is CrisisLevel.EXPLICIT


@pytest.mark.parametrize("text", WRITER_AFTER_SOMEONE_ELSE)
def test_the_writer_as_subject_after_someone_else_gets_at_least_the_question(text: str) -> None:
    assert assess(text).level is not CrisisLevel.NONE


@pytest.mark.parametrize("text", WHAT_SOMEONE_ELSE_THINKS)
def test_i_inside_what_someone_else_thinks_is_not_a_statement(text: str) -> None:
    assert assess(text).level is not CrisisLevel.EXPLICIT
