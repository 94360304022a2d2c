"""Round 36 (crisis54): a day decided to be the writer's last (crisis_last_day.py). Texts written
for this test, none taken from any corpus.

"Sunday will be my last day. I've decided." names no act, so the phrase lists read nothing and
the models gave such notes the question or nothing. A job's last day ("Friday is my last day at
the warehouse, I decided to quit") is not read as one.
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess
from bounceback.recovery.crisis_last_day import last_day

STATEMENTS = [
    "The anniversary of the redundancy is on the 9th. I've decided that will be my last day.",
    "He decidido que el domingo será mi último día. Me siento tranquila.",
    "Decidi: sábado vai ser meu último dia. Ninguém sabe.",
    "J'ai décidé que le 14 serait mon dernier jour. Ça me soulage presque.",
    "Ho deciso che domenica sarà il mio ultimo giorno. Nessuno lo sa.",
    "Der 3. März wird mein letzter Tag. Das habe ich beschlossen.",
    "Ik heb besloten dat vrijdag mijn laatste dag wordt.",
    "Postanowiłam, że niedziela będzie moim ostatnim dniem.",
    "Я решил: суббота будет мой последний день.",
    "Я вирішила, що неділя буде мій останній день.",
    "Cuma son günüm olacak, karar verdim.",
    "قررت إن يوم الجمعة هو آخر يوم في حياتي.",
    "मैंने तय कर लिया है, रविवार मेरा आखिरी दिन होगा।",
    "我决定了，周日就是我的最后一天。",
]

# A job's last day, a holiday's, someone else's, no decision.
TWINS = [
    "I've decided: Friday is my last day at the warehouse, then I start the new job.",
    "Handed in my notice today. I decided Friday will be my last day.",
    "He decidido que el viernes será mi último día en la tienda.",
    "Hab beschlossen, Freitag wird mein letzter Tag im Büro, danach Urlaub.",
    "Ik heb besloten: vrijdag is mijn laatste dag bij het uitzendbureau.",
    "Postanowiłem, że piątek będzie moim ostatnim dniem w pracy.",
    "Я решила, что пятница будет мой последний день на этой работе.",
    "Sunday is my last day of holiday, back to applications on Monday.",
    "我决定了，周五是我在公司工作的最后一天。",
]


@pytest.mark.parametrize("text", STATEMENTS)
def test_a_last_day_decided_gets_the_full_message(text: str) -> None:
    assert last_day(text)
    assert assess(text).level == CrisisLevel.EXPLICIT


@pytest.mark.parametrize("text", TWINS)
def test_a_jobs_last_day_is_no_last_day(text: str) -> None:
    assert not last_day(text)
    assert "plan_last_day" not in assess(text).signs


def test_a_laugh_beside_a_last_day_asks_instead() -> None:
    assert "plan_last_day" not in assess("decided friday is my last day lol, of this diet 🍕").signs


def test_bad_input_is_no_last_day() -> None:
    # no decision and no writer's own day in any of these: never a sign, never a traceback
    for text in ("", "   ", "\x00", "my last day " * 1000):
        assert last_day(text) is False
