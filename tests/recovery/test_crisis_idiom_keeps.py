"""Round 19 (fix19's review of round 18): the idiom step (crisis_gentle.py) took the question
from a heavy statement written beside a death idiom. "Ik zie het allemaal niet meer zitten" (I
can't face any of it any more) gets the question on its own; after "Ik verveel me dood." (I'm
bored to death) it got nothing, although the n-gram model, which reads the text without its
idioms already, was all but sure of a concern in the rest (0.989). Such a text keeps its
question (crisis.IDIOM_KEEPS_CONCERN); the idiom-only texts of the step's own tests still
settle (tests/recovery/test_crisis_gentle18.py)."""

from __future__ import annotations

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess
from bounceback.recovery.crisis_gentle import SETTLED

REST = "Ik zie het allemaal niet meer zitten."


def test_a_heavy_rest_beside_an_idiom_keeps_the_question_it_gets_alone() -> None:
    alone = assess(REST)
    assert alone.level == CrisisLevel.SOFT
    beside = assess("Ik verveel me dood. " + REST)
    assert beside.level == CrisisLevel.SOFT, beside.signs
    assert SETTLED not in beside.signs


def test_an_everyday_rest_beside_the_same_idiom_still_gets_nothing() -> None:
    assert assess("Ik verveel me dood, het uitzendbureau belt maar niet terug").level == (
        CrisisLevel.NONE)
