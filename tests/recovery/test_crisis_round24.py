"""Round 24: in a long entry, whose death words are they?

Two readings of the phrase lists (crisis_multi.py), both about who the subject is:

- a farewell letter that follows, in the same sentence, a phrase about someone else, with nothing
  making the writer the subject again, is that person's letter ("Jonas schrieb, dass er nicht mehr
  leben will und schon einen Abschiedsbrief angefangen hat"): the gentle question, not the full
  message (carried_to_other). With "I", "my" or a first-person verb between or after, or with no
  phrase about someone else before it, the letter is the writer's and keeps the full message;
- the writer coming back as the subject after someone else was named ("mi hermana quiere morir y
  yo también quiero morir") makes the phrase the writer's: the full message, where the check gave
  only the question before (about_other, SUBJECT).

Every text here was written for this test (not taken from any corpus).
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess

# Someone else's crisis, their letter: the writer is the one who helps (each got the full message
# before round 24).
SOMEONE_ELSES_LETTER = [
    "Jonas schrieb mir, dass er nicht mehr leben will und schon einen Abschiedsbrief angefangen "
    "hat. Ich habe ihn sofort angerufen.",
    "Mi amigo Luis me dijo que quería morir y que ya escribió una carta de despedida. Lo acompañé "
    "al hospital.",
    "晚上小林打电话说她表妹想自杀，已经写好了遗书。我们马上联系了她家人。",
    "他说他想自杀，连遗书都写好了，我陪他去了医院。",
    "Arkadaşım intihar etmek istediğini söyledi ve veda mektubu yazmış, onu hastaneye götürdük.",
]

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

# Someone else named, then the writer as the subject again: the writer's own statement (each got
# only the question before round 24).
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


@pytest.mark.parametrize("text", SOMEONE_ELSES_LETTER)
def test_someone_elses_farewell_letter_gets_no_full_message(text: str) -> None:
    check = assess(text)
    assert check.level is CrisisLevel.SOFT  # the question still shows every line


@pytest.mark.parametrize("text", OWN_LETTER)
def test_the_writers_own_letter_beside_someone_elses_crisis_gets_the_full_message(text: str) -> None:
    assert assess(text).level is CrisisLevel.EXPLICIT


@pytest.mark.parametrize("text", WRITER_AFTER_SOMEONE_ELSE)
def test_the_writer_as_subject_after_someone_else_gets_the_full_message(text: str) -> None:
    assert assess(text).level is CrisisLevel.EXPLICIT


@pytest.mark.parametrize("text", WHAT_SOMEONE_ELSE_THINKS)
def test_i_inside_what_someone_else_thinks_is_not_a_statement(text: str) -> None:
    assert assess(text).level is not CrisisLevel.EXPLICIT
