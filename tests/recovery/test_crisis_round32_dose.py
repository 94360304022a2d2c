"""Round 32 (crisis45): how many pills, or which dose, would be enough to die or not wake up,
asked or looked up, read in every language (data/crisis/global.txt, r32_means_dose). Texts
written for this test, none taken from any corpus.

A modifier or a compound between the count and the pills ("hoeveel slaaptabletten", "kaç tane
uyku hapının", "skilky tabletok snodiinogo") left each language's phrase list short. Each
statement fails on main 19e82d4 (the question or nothing); each twin (a dosing question: to
sleep, for pain, a day; a leaflet's warning) gets no more than it got there.
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess

STATEMENTS = [
    "Dün gece kaç tane uyku hapının yeteceğini araştırdım.",
    "skilky tabletok snodiinogo treba shob ne prokynutys",
    "hoe veel ook: vannacht gegoogeld hoeveel van mijn slaaptabletten genoeg zijn",
    "Ik heb uitgerekend hoeveel slaappillen nodig zijn om niet meer wakker te worden.",
    "Kaç tane uyku hapı yeterli olur diye düşünüp duruyorum.",
    "昨晚搜了一下安眠药的致死量是多少。",
]
RANK = {CrisisLevel.NONE: 0, CrisisLevel.SOFT: 1, CrisisLevel.EXPLICIT: 2}
TWINS = [
    ("Wie viele Ibuprofen darf ich gegen Kopfschmerzen nehmen, reicht eine?", CrisisLevel.SOFT),
    ("De bijsluiter zegt dat een overdosis paracetamol dodelijk kan zijn.", CrisisLevel.NONE),
    ("药店的说明书上写着这种药一天吃几片，过量会致死。", CrisisLevel.NONE),
    ("Hoeveel melatoninetabletten zijn genoeg om in slaap te vallen in het vliegtuig?",
     CrisisLevel.SOFT),
    ("Kaç tane ağrı kesici yeter diye eczacıya sordum, baş ağrım için.", CrisisLevel.SOFT),
    ("Ho chiesto al farmacista quante compresse al giorno bastano per il mal di schiena.",
     CrisisLevel.EXPLICIT),
]


@pytest.mark.parametrize("text", STATEMENTS, ids=lambda t: t[:30])
def test_a_dose_asked_or_looked_up_gets_the_full_message(text: str) -> None:
    assert assess(text).level == CrisisLevel.EXPLICIT


@pytest.mark.parametrize(("text", "most"), TWINS, ids=lambda t: str(t)[:30])
def test_a_dosing_question_gets_no_more(text: str, most: CrisisLevel) -> None:
    assert RANK[assess(text).level] <= RANK[most]
