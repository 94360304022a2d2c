"""Round 35 (crisis52): farewell letters and a plan's set time. Texts written for this test, none
taken from any corpus.

- farewell letters in the plural or with a possessive ("lettres d'adieu", "lettere d'addio",
  "cartas de despedida", "прощальные письма", "veda mektubumu", "अलविदा चिट्ठियाँ") were read
  only in the singular;
- the person a letter is for, named before it with "for" or "to" ("für meine Mutter", "pour ma
  mère", "annem için"), was read as someone else's letter (crisis_multi.RECIPIENT, WRITER);
- "I'll do it" at a set time, a day or while the others are at work, in an entry the check
  already asks about and that names a letter, the means or dying (crisis_set_time.py).

Each statement gets the question or nothing on main 0c1792d; each twin (the letter someone
else's, a job's letter, an errand, a condition) gets no more than it got there.
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess
from bounceback.recovery.crisis_set_time import set_time

PLURAL = [
    "J'ai rédigé mes lettres d'adieu hier soir, elles sont sous mon oreiller.",
    "Ho scritto lettere d'addio ai miei fratelli, sono nel comodino.",
    "Anoche terminé las cartas de despedida, están en el cajón de la cocina.",
    "Deixei cartas de despedida para os meus filhos dentro do armário.",
    "Терпеть это больше нет сил. Написал прощальные письма сестре и отцу.",
    "Bugün işten ret geldi. Akşam veda mektubumu yazdım, yastığın altında.",
    "रात को मैंने भाई और बहन के लिए अलविदा चिट्ठियां लिख दीं।",
]

RECIPIENT = [
    "Ich habe für meinen Sohn einen Abschiedsbrief geschrieben.",
    "Voor mijn dochter heb ik een afscheidsbrief geschreven, hij ligt in de kast.",
    "Pour mon fils j'ai laissé une lettre d'adieu dans la boîte à gants.",
    "Para mi hija dejé una carta de despedida en el buzón.",
    "Para o meu pai eu deixei uma carta de despedida na mesa.",
    "Babam için bir veda mektubu yazdım, masanın üstünde.",
]

# Someone else's letters, a letter someone else wrote that the recipient read, a job's letters.
LETTER_TWINS = [
    "Mein Bruder hat für seine Freundin einen Abschiedsbrief geschrieben.",
    "Für meine Mutter war der Abschiedsbrief von Papa ein Schock.",
    "Para mi madre la carta de despedida de mi abuelo fue muy dura.",
    "Ma sœur a écrit des lettres d'adieu à ses enfants avant son opération.",
    "Mio padre ha lasciato lettere d'addio a tutti noi prima di morire.",
    "Мой друг написал прощальные письма родителям.",
    "Babam veda mektuplarını yazmış.",
]

SET_TIME = [
    "Написала листа батькам, він лежить у шухляді. Зроблю це, поки вони на роботі.",
    "Таблетки вже є. У суботу, коли всі поїдуть, зроблю це.",
    "Лист батькам лежить на столі. Я зроблю це, поки всі на роботі.",
]

# An errand, a condition, no death word, a laugh.
SET_TIME_TWINS = [
    "Too tired tonight to finish the application. I'll do it tomorrow.",
    "I'm so tired of this search. I'll do it on Friday, the cover letter can wait.",
    "Estoy harta de todo. Lo haré el lunes, la solicitud para el SEPE.",
    "Everything feels pointless lately. I'll do it tomorrow while they're at work, the laundry I mean.",
    "lol i want to die, this form is due friday. i'll do it friday lol",
    "Все бессмысленно. Резюме допишу завтра, сделаю это, пока они на работе.",
]

MAIN = {  # what main 0c1792d gave each twin
    LETTER_TWINS[0]: CrisisLevel.SOFT,
    LETTER_TWINS[1]: CrisisLevel.SOFT,
    LETTER_TWINS[2]: CrisisLevel.SOFT,
    LETTER_TWINS[3]: CrisisLevel.SOFT,
    LETTER_TWINS[4]: CrisisLevel.SOFT,
    LETTER_TWINS[5]: CrisisLevel.SOFT,
    LETTER_TWINS[6]: CrisisLevel.NONE,
    SET_TIME_TWINS[0]: CrisisLevel.SOFT,
    SET_TIME_TWINS[1]: CrisisLevel.SOFT,
    SET_TIME_TWINS[2]: CrisisLevel.SOFT,
    SET_TIME_TWINS[3]: CrisisLevel.SOFT,
    SET_TIME_TWINS[4]: CrisisLevel.SOFT,
    SET_TIME_TWINS[5]: CrisisLevel.SOFT,
}
RANK = {CrisisLevel.NONE: 0, CrisisLevel.SOFT: 1, CrisisLevel.EXPLICIT: 2}


@pytest.mark.parametrize("text", PLURAL + RECIPIENT + SET_TIME)
def test_statement_gets_the_full_message(text: str) -> None:
    assert assess(text).level == CrisisLevel.EXPLICIT


@pytest.mark.parametrize("text", LETTER_TWINS + SET_TIME_TWINS)
def test_twin_gets_no_more_than_main(text: str) -> None:
    assert RANK[assess(text).level] <= RANK[MAIN[text]]


def test_set_time_needs_a_death_word_and_no_condition() -> None:
    langs = ("en", "uk", "es")
    assert set_time(SET_TIME[0], langs)
    assert not set_time("Too tired to finish it. I'll do it tomorrow while they're at work.", langs)
    assert not set_time("Лист лежить у шухляді. Якщо знову відмовлять у суботу, зроблю це.", langs)
    assert not set_time("", langs)


# A life insurance policy read for whether it pays out on suicide (global.txt r35_policy_suicide).
POLICY = [
    "La póliza cubre el suicidio después de dos años. Ya han pasado.",
    "I read the policy again last night: it covers suicide once the first year is up. That was in May.",
    "जीवन बीमा दो साल बाद आत्महत्या पर भी पैसा देता है। दो साल हो गए।",
    "Leí la póliza entera: paga también en caso de suicidio. Así Marta se queda con el piso.",
]

# A prevention campaign, a company's policy, an insurer's interview: no more than main gave.
POLICY_TWINS = [
    ("Our company policy has a suicide prevention hotline for staff.", CrisisLevel.NONE),
    ("Die Krankenversicherung zahlt jetzt Kurse zur Suizidprävention.", CrisisLevel.NONE),
    (
        "Interview at a life insurance firm on Monday, they run a suicide prevention campaign.",
        CrisisLevel.SOFT,
    ),
]


@pytest.mark.parametrize("text", POLICY)
def test_policy_read_for_suicide_gets_the_full_message(text: str) -> None:
    assert assess(text).level == CrisisLevel.EXPLICIT


@pytest.mark.parametrize(("text", "main"), POLICY_TWINS)
def test_policy_twin_gets_no_more_than_main(text: str, main: CrisisLevel) -> None:
    assert RANK[assess(text).level] <= RANK[main]
