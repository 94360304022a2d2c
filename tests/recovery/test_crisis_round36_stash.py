"""Round 36 (crisis54): pills kept back or to be taken all at once (crisis_stash.py). Texts
written for this test, none taken from any corpus.

A hoard of the means ("I've been putting my sleeping pills aside since March") or the whole of
them taken at once ("Tonight I take them all"): the phrase lists read a few such phrases word for
word, and where they did the models often disagreed; such statements got the question.

Each statement gets the question or nothing on main ec79f9e; each twin (someone else's pills, a
negation, a dose as prescribed, no means) is not read as a hoard.
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess
from bounceback.recovery.crisis_stash import stash

STATEMENTS = [
    "Since the redundancy I've been putting my sleeping pills aside, one strip a week.",
    "The tablets are in my bag. On Sunday I'll swallow them all.",
    "Desde el despido voy juntando las pastillas de dormir en una caja de zapatos.",
    "Las pastillas ya están en la mochila. El viernes me las tomo todas.",
    "Faz dois meses que estou guardando os comprimidos do meu tratamento na gaveta.",
    "Os remédios estão no armário. Amanhã eu tomo tudo de uma vez.",
    "Depuis février je mets les somnifères de côté, un par soir.",
    "Les cachets sont dans le tiroir. Samedi je vais tout avaler.",
    "Da quando mi hanno licenziato sto mettendo i sonniferi da parte.",
    "Le pastiglie sono nel cassetto. Domenica le prendo tutte.",
    "Seit der Kündigung lege ich meine Schlaftabletten beiseite.",
    "Die Tabletten liegen im Schrank. Am Wochenende nehme ich sie alle auf einmal.",
    "Sinds het ontslag spaar ik mijn slaappillen op, elke week een strip.",
    "De pillen liggen in de la. Zaterdag neem ik ze allemaal.",
    "Od zwolnienia zbieram tabletki nasenne w pudełku po butach.",
    "Tabletki są w szufladzie. W sobotę wezmę wszystkie.",
    "После увольнения коплю снотворное, по одной пачке в неделю.",
    "Таблетки лежат в ящике. В воскресенье выпью все сразу.",
    "Після звільнення збираю снодійне, по пачці на тиждень.",
    "Пігулки в шухляді. У суботу вип'ю всі.",
    "İşten çıkarıldığımdan beri uyku ilaçlarını biriktiriyorum.",
    "İlaçlar çekmecede. Cumartesi hepsini birden içeceğim.",
    "من وقت ما اترفدت بجمع الحبوب في علبة.",
    "الحبوب في الدرج. يوم الجمعة هاخدهم كلهم.",
    "नौकरी जाने के बाद से नींद की गोलियां जमा कर रहा हूं।",
    "गोलियां दराज़ में हैं। शनिवार को सब खा लूंगा।",
    "失业以后我一直在攒安眠药，已经有好几板了。",
    "药在抽屉里。周六我就全吃了。",
]

# Someone else's pills, a negation, a dose as prescribed, no means.
TWINS = [
    "My mum keeps her tablets in the kitchen drawer, she's been collecting the boxes for recycling.",
    "I'm not saving up pills or anything, I'm just exhausted by this search.",
    "Mi madre va juntando sus pastillas en un pastillero semanal.",
    "Ich nehme meine Tabletten morgens, wie der Arzt es gesagt hat. Bewerbung läuft.",
    "Moja babcia zbiera tabletki do pojemnika na cały tydzień.",
    "Мама собирает свои таблетки в таблетницу на неделю.",
    "I've been saving up for a new laptop, the old one is dying.",
    "Ahorrando para el máster, todo de una vez en septiembre.",
    "Auf einmal kam die Absage, ich war echt überrascht.",
    "Я разом з колегами подала заявку, ліки купила мамі.",
    "她一直在攒药盒子，说可以装纽扣。",
]


@pytest.mark.parametrize("text", STATEMENTS)
def test_a_hoard_or_all_at_once_gets_the_full_message(text: str) -> None:
    assert stash(text)
    assert assess(text).level == CrisisLevel.EXPLICIT


@pytest.mark.parametrize("text", TWINS)
def test_someone_elses_pills_a_negation_or_no_means_is_no_stash(text: str) -> None:
    assert not stash(text)
    assert "means_stash" not in assess(text).signs


def test_a_laugh_or_a_story_beside_a_stash_still_asks() -> None:
    assert assess("In the novel she hoards her pills for months. Good book, weird ending.").level != CrisisLevel.EXPLICIT


def test_bad_input_is_no_stash() -> None:
    for text in ("", "   ", "💊", "\x00", "pills " * 2000):
        assert not stash(text)
