"""Round 34 (crisis50): a statement given a day keeps the full message where the model reads an
ordinary day (crisis_dated.py). Texts written for this test, none taken from any corpus.

A phrase list's full message needs the model's agreement (round 7); short notes setting a day
for the act ("в пятницу выйду в окно") were read by the model as ordinary and got the question.
A day in the explicit sentence itself (a weekday, tomorrow, in a week, after the exam) is a plan,
as a way looked up is. A laugh, an idiom, a day in another sentence change nothing.

Each statement gets the question on main ee441b3c (most short dated statements already got the
full message there: "за tydzień się powieszę", "dopo l'esame mi ammazzo"); each twin no more than there.
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess
from bounceback.recovery.crisis_dated import DAY
from bounceback.recovery.crisis_fold import fold

STATEMENTS = [
    "в пятницу выйду в окно",
    "morgen na het gesprek spring ik voor de trein",
    "le regalé la consola a mi primo, total en una semana me mato",
]

TWINS = [
    ("I'm going to kill myself if I have to do another group interview on Friday lol",
     CrisisLevel.SOFT),
    ("The exam on Friday is going to kill me.", CrisisLevel.NONE),
    ("Mañana me mato estudiando para el examen.", CrisisLevel.NONE),
    ("Friday's presentation will be the death of me.", CrisisLevel.NONE),
    ("After the exam I'm going to sleep for a week.", CrisisLevel.NONE),
]


@pytest.mark.parametrize("text", STATEMENTS)
def test_statement_with_a_day_gets_the_full_message(text: str) -> None:
    assert assess(text).level is CrisisLevel.EXPLICIT


@pytest.mark.parametrize(("text", "at_most"), TWINS)
def test_ordinary_twin_does_not_rise(text: str, at_most: CrisisLevel) -> None:
    order = [CrisisLevel.NONE, CrisisLevel.SOFT, CrisisLevel.EXPLICIT]
    assert order.index(assess(text).level) <= order.index(at_most)


@pytest.mark.parametrize("day", ["в пятницу", "am Samstag", "mañana", "考完", "بكره", "shanivar",
                                 "po egzaminie", "haftaya", "il giovedì", "après l'examen"])
def test_days_are_read(day: str) -> None:
    assert DAY.search(fold(day))
