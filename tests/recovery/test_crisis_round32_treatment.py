"""Round 32 (crisis45): a treatment that keeps the writer alive (insulin, dialysis, chemotherapy)
stopped on purpose, read in every language (data/crisis/global.txt,
r32_means_treatment_stopped). Texts written for this test, none taken from any corpus.

Each statement fails on main 19e82d4 (the question or nothing); each twin (a doctor stopping it,
a reason named, advice never to skip it, someone else's insulin) gets no more than it got there.
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess

STATEMENTS = [
    "I stopped taking my insulin on purpose.",
    "Я специально перестал колоть инсулин.",
    "Ich habe die Dialyse absichtlich abgesagt.",
    "Ho smesso apposta di fare la dialisi.",
    "J'ai arrêté exprès mon insuline depuis lundi.",
    "Insülinimi bilerek bıraktım.",
    "Celowo odstawiłem insulinę.",
    "Я навмисно кинув діаліз.",
    "توقفت عن الانسولين عمداً.",
    "मैंने जानबूझकर इंसुलिन लेना बंद कर दिया।",
    "我故意停了胰岛素。",
    "Ik ben met opzet gestopt met mijn insuline.",
]
RANK = {CrisisLevel.NONE: 0, CrisisLevel.SOFT: 1, CrisisLevel.EXPLICIT: 2}
TWINS = [
    ("The doctor stopped my dialysis because my new kidney works.", CrisisLevel.NONE),
    ("My gran deliberately keeps her insulin in the fridge door.", CrisisLevel.NONE),
    ("Я случайно пропустил укол инсулина, сахар высокий.", CrisisLevel.NONE),
    ("Ik ben gestopt met insuline omdat de dokter tabletten voorschreef.", CrisisLevel.NONE),
    ("The nurse said never to skip insulin on purpose before an exam.", CrisisLevel.NONE),
    ("Mein Onkel hat die Chemo abgesetzt, die Ärzte sagen, der Tumor ist weg.", CrisisLevel.NONE),
]


@pytest.mark.parametrize("text", STATEMENTS, ids=lambda t: t[:30])
def test_a_treatment_stopped_on_purpose_gets_the_full_message(text: str) -> None:
    assert assess(text).level == CrisisLevel.EXPLICIT


@pytest.mark.parametrize(("text", "most"), TWINS, ids=lambda t: str(t)[:30])
def test_a_treatment_stopped_for_a_reason_gets_no_more(text: str, most: CrisisLevel) -> None:
    assert RANK[assess(text).level] <= RANK[most]
