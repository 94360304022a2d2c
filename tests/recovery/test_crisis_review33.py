"""Round 33's review of the merged crisis code. A relative's attempt told with "I'm fine" asks
instead of the full message (crisis_others.py) only when the sentence says nothing of the
writer's own: the writer's wish, plan or pills in the attempt's own sentence keep the full
message. And "tonight" in quotes or brackets still keeps a laughed statement at the full
message (crisis_urgent._URGENT_CUT)."""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess

OWN_WISH_BESIDE_THE_ATTEMPT = [
    "My sister tried to kill herself last month and I keep thinking I should kill myself. I'm fine at work though.",
    'my mom tried to kill herself last week and i want to kill myself i have the pills im fine',
    "My mom tried to kill herself last week, and honestly I want to end my life. Otherwise I'm fine.",
    "My brother tried to kill himself last year and I'm fine, but I'm thinking about ending it all",
    "My brother tried to kill himself and I want to die. I'm fine. Not.",
    'Mein Bruder hat versucht, sich umzubringen und ich will mich umbringen. Mir geht es gut.',
    'Mein Bruder hat einen Suizidversuch hinter sich und ich will nicht mehr leben. Mir geht es gut.',
    'Mama jest na oddziale po próbie samobójczej i ja chcę umrzeć. Nic mi nie grozi.',
    'Mój brat próbował się zabić, chcę się zabić. Ze mną wszystko w porządku.',
    'Kardeşim intihar girişiminde bulundu, kendimi öldürmek istiyorum. İyiyim.',
    'Zeynep intihar girişiminde bulundu, ölmek istiyorum. Ben iyiyim.',
    '表弟周末自杀未遂，想死。我没事，真的',
    'Брат пытался покончить с собой, хочу умереть. У меня всё нормально.',
    'Брат намагався накласти на себе руки, хочу вмерти. Зі мною все добре.',
    'Mon frère a fait une tentative de suicide, je veux me tuer. Je vais bien.',
    "Mon frère a fait une tentative de suicide et j'ai envie de mourir. Je vais bien.",
    'Mijn zus deed een zelfmoordpoging, ik wil er een eind aan maken. Met mij gaat het goed.',
    'Mijn broer deed een zelfmoordpoging en ik wil dood. Met mij gaat het goed.',
    "My brother tried to kill himself and I've been saving up pills. I'm fine.",
]

TONIGHT_IN_QUOTES = [
    "i'm gonna kms \"tonight\" lol",
    "gonna kill myself (tonight) lol",
    "me voy a matar (esta noche) jaja",
    "me mato \"esta noche\" jajaja",
]


@pytest.mark.parametrize("text", OWN_WISH_BESIDE_THE_ATTEMPT, ids=lambda t: t[:30])
def test_the_writers_own_wish_beside_a_relatives_attempt_gets_the_full_message(text: str) -> None:
    assert assess(text).level == CrisisLevel.EXPLICIT


@pytest.mark.parametrize("text", TONIGHT_IN_QUOTES, ids=lambda t: t[:30])
def test_tonight_in_quotes_or_brackets_is_still_tonight(text: str) -> None:
    assert assess(text).level == CrisisLevel.EXPLICIT


def test_a_laugh_without_tonight_still_asks() -> None:
    assert assess("gonna kill myself lol").level == CrisisLevel.SOFT
