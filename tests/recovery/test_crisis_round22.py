"""Round 22 of the crisis check: a move for work or a trip, a rope for the tent, a farewell card
for the team, allergy pills and a burden that ends with the first salary are not farewells; a
date set and a day named before being gone are indirect kinds in every language.

Statements and everyday lines written for these tests (not copied from any corpus).
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess

# Ordinary notes that old rules read as a farewell or a means: nothing, in each language.
LOOK_ALIKES = [
    "I won't be here over New Year, my contract in Doha starts on the 3rd.",
    "No voy a estar aquí en Semana Santa, el contrato en Lima empieza el lunes.",
    "Não vou estar aqui no carnaval, o contrato em Lisboa começa dia 2.",
    "A Pasqua non ci sarò, il contratto a Zurigo inizia il primo aprile.",
    "Met Pasen ben ik er niet, het contract in Oslo begint op maandag.",
    "Na Wielkanoc mnie nie będzie, kontrakt w Oslo zaczyna się w poniedziałek.",
    "Bayramda burada olmayacağım, Katar'daki sözleşme pazartesi başlıyor.",
    "holi pe yahan nahi rahunga, pune wala contract somvar se shuru hai",
    "After Sunday I won't be here, I'm moving to Glasgow for the new role.",
    "Packed the rope for the tent, we go camping on Saturday to forget the applications.",
    "В кладовке лежит верёвка для палатки, в субботу едем на озеро.",
    "На балконі мотузка для намету, у неділю йдемо в гори.",
    "Signed a farewell card for the team, Sara leaves on Friday.",
    "Підписала прощальну листівку колегам, Олена йде у п'ятницю.",
    "Picked up allergy tablets on the way to the interview.",
    "不会再麻烦父母太久了，下周一入职，月底发工资。",
    "अब और ज़्यादा दिन घरवालों पर बोझ नहीं रहूँगा, अगले महीने से सैलरी आएगी।",
]

# Explicit statements: a day named before being gone, a date set (the indirect kinds).
DATES = [
    "周日我就不在了，东西都收拾好了。",
    "بعد السبت لن أكون هنا. كل شيء جاهز.",
    "I've picked the day. After Sunday none of this job hunting will matter.",
    "Heb de datum gekozen. Na zondag maakt niets meer uit.",
]
# Where the n-gram model does not agree, a date set still asks (it got nothing in Spanish before).
DATES_ASKED = [
    "Ya elegí el día. Después del domingo nada de esto va a importar.",
    "Wybrałam dzień. Po niedzieli nic nie będzie miało znaczenia.",
]


# How many pills so as not to wake up, which bridge is high enough: the full message where the
# n-gram model agrees (each got the question before).
HOW_MANY = [
    "hoeveel slaappillen zijn nodig om niet meer wakker te worden",
    "kitni neend ki goliyan lene se subah nahi uthunga",
    "welche Brücke hier ist hoch genug",
]
# Which bridge or roof is high enough: at least the question (each got nothing before).
HIGH_ENOUGH = [
    "какая крыша здесь достаточно высокая",
    "quel toit du coin est assez haut",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_a_move_a_tent_or_a_card_gets_nothing(text: str) -> None:
    assert assess(text).level == CrisisLevel.NONE


@pytest.mark.parametrize("text", DATES + HOW_MANY)
def test_an_indirect_kind_the_model_agrees_with_gets_the_full_message(text: str) -> None:
    assert assess(text).level == CrisisLevel.EXPLICIT


@pytest.mark.parametrize("text", DATES_ASKED + HIGH_ENOUGH)
def test_an_indirect_kind_the_model_doubts_is_at_least_asked_about(text: str) -> None:
    assert assess(text).level != CrisisLevel.NONE
