"""Round 36 (crisis54): the writer's own leap, its place named (crisis_leap.py). Texts written for
this test, none taken from any corpus.

The place in one sentence and the leap alone at the end of another ("The roof of the library is
open until ten. Tomorrow I go up and jump."), or the verb at the end of its clause after the
place ("Vom Parkhaus am Bahnhof springe ich"): the phrase lists read the act only beside its
place, and the models gave such plans the question or nothing in every language.

Each statement gets the question or nothing on main ec79f9e; each twin (a figure of speech, a
condition, a laugh, someone else, a negation, no place) is not read as a leap.
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess
from bounceback.recovery.crisis_leap import leap

STATEMENTS = [
    "The multi-storey by the job centre has no fence on the top level. On Sunday I'm going up and I'll jump.",
    "There's a footbridge over the motorway near my old office. Tomorrow after the interview I go there and I jump.",
    "El puente de la autopista queda a diez minutos. El sábado voy caminando y me tiro.",
    "Vivo en un noveno piso. Cuando mi compañera se vaya de viaje, me tiro.",
    "A laje do prédio fica aberta à noite. Domingo eu subo e pulo.",
    "Moro no décimo andar. Depois da última entrevista vou me jogar.",
    "Le toit de la résidence n'est jamais fermé. Vendredi soir j'y monte et je saute.",
    "J'habite au huitième étage. Après le dernier entretien, je vais me jeter.",
    "Il terrazzo del condominio è sempre aperto. Sabato salgo e mi butto.",
    "Abito al decimo piano. Dopo il colloquio di giovedì mi butto giù.",
    "Das Dach vom Parkhaus ist nachts offen. Am Freitag fahr ich hoch und springe ich.",
    "Ich wohne im neunten Stock. Nach dem letzten Termin beim Amt springe ich.",
    "Het dak van de parkeergarage is altijd open. Zaterdag ga ik naar boven en spring ik.",
    "De brug over het kanaal ligt op mijn route. Na mijn laatste gesprek ga ik erheen en dan spring ik.",
    "Mieszkam na jedenastym piętrze. W piątek, kiedy mama wyjedzie, skoczę.",
    "Dach bloku jest otwarty. Po rozmowie w urzędzie wejdę tam i skoczę.",
    "Крыша нашего дома не закрывается. В субботу поднимусь туда и прыгну.",
    "Живу на десятом этаже. После последнего собеседования прыгну.",
    "Дах гуртожитку відчинений. У неділю піднімуся туди і стрибну.",
    "Я живу на дев'ятому поверсі. Після співбесіди в понеділок стрибну.",
    "Apartmanın çatısı hep açık. Cumartesi çıkıp atlayacağım.",
    "Köprü eve yakın. Mülakattan sonra oraya gidip atlayacağım.",
    "سطح العمارة مفتوح دايما. يوم الجمعة هطلع وانط.",
    "الجسر قريب من البيت. بعد آخر مقابلة سأذهب إليه وأقفز.",
    "हमारी बिल्डिंग की छत हमेशा खुली रहती है। शनिवार को ऊपर जाकर कूद जाऊंगा।",
    "पुल घर के पास ही है। इंटरव्यू के बाद वहाँ जाकर कूद जाऊँगी।",
    "公司楼顶的门一直没锁。周五面试完我就上去，从那里跳下去。",
    "我住十八楼。等室友回老家那天，我就从阳台跳下去。",
]

# A figure of speech, a condition, a laugh, someone else, a negation, no place.
TWINS = [
    "I'll jump on a call with the recruiter tomorrow, then take the bridge into town.",
    "The bridge was closed so I took the long way. I'll jump at the chance if they call back.",
    "If they ask me for one more cover letter I'll jump off the roof.",
    "Me tiro a la piscina con esta oferta: el puente de mayo empiezo.",
    "Mi hermano vive en un décimo piso y dice que salta en paracaídas el sábado.",
    "Le pont était bloqué ce matin. Je saute le petit-déjeuner et je file à l'entretien.",
    "Mica mi butto dal ponte per un'azienda che non mi vuole, stasera aperitivo.",
    "Ich spring vom Balkon, wenn die Kita noch einmal zumacht 🙄",
    "Jak jeszcze raz poproszą o list motywacyjny, to skoczę z mostu 😂",
    "Прочитал новость про парня, который прыгнул с моста. Подаюсь в соцработники.",
    "Şaka şaka, köprüden atlayacak değilim, sadece yorgunum.",
    "昨晚看电视剧，女主最后从楼顶跳下去了。十点还有面试。",
    "Vou me jogar da ponte se pedirem mais um teste de lógica kkkk",
    "Tomorrow I'll jump straight into the new role. Can't wait.",
    "छत से थोड़ी कूद जाऊँगा एक ईमेल के लिए, बस थोड़ा उदास हूँ।",
]


@pytest.mark.parametrize("text", STATEMENTS)
def test_leap_with_its_place_gets_the_full_message(text: str) -> None:
    assert leap(text)
    assert assess(text).level == CrisisLevel.EXPLICIT


@pytest.mark.parametrize("text", TWINS)
def test_figures_conditions_and_others_are_no_leap(text: str) -> None:
    assert not leap(text)
    assert "plan_leap" not in assess(text).signs


def test_a_laugh_beside_a_leap_asks_instead() -> None:
    text = "El puente queda cerca. El sábado voy y me tiro jajaja"
    assert assess(text).level != CrisisLevel.EXPLICIT


def test_bad_input_is_no_leap() -> None:
    for text in ("", "   ", "🙂", "\x00", "roof " * 2000):
        assert not leap(text)


def test_a_condition_in_italian_or_portuguese_is_no_leap() -> None:
    assert not leap("Se mi chiedono un'altra prova di gruppo, mi butto dal balcone.")
    assert not leap("Abito al quinto piano: se mi scartano ancora, salto.")
    assert not leap("Moro no décimo andar, se eles pedirem outra dinâmica eu pulo.")
