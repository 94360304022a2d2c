"""Round 32 (crisis46): ordinary entries given the full message where time decides.

A cause among the development data's ordinary texts given the full message (the retired
rounds 8-23 and corpora/crisis/dev G26a, G27a):

- a wish to die years ago, over, told with the writer's present joy ("... Today I got an
  interview and I'm actually excited", "j'ai pleuré de joie", "Mir geht's richtig gut",
  "我很好"): no well-now word was read, so the past kept the full message
  (crisis_past_well.HAPPY_NOW); never when the thoughts are still there or back, a plan or the
  means is read, or a clause without a past marker says something the phrase lists read.

Tried and taken back: someone else's death told as grief (a funeral, a cat put to sleep) lowering
the models' full message where no phrase list reads anything. It took 16 ordinary development
texts off the full message but 5 statements too ("the pills from Mum's funeral, I know it's
enough", "ihm einfach hinterherzugehen", "якби я помер" read as someone's death).

Each ordinary text below got the full message on main (19e82d4) and gets the question (or
nothing) now; each explicit twin keeps the full message. Every text was written for this test.
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess

ORDINARY = [
    ('en', "Four years ago I didn't want to live. Today I signed the contract for the library job and I'm so happy. Wrote it down to remember."),
    ('en', "Two years ago I wanted to die. This morning I ran my first 10k and I'm in a good place."),
    ('de', "Vor fünf Jahren war ich wegen Suizidgedanken in der Klinik. Heute den Arbeitsvertrag als Bäckerin unterschrieben. Mir geht's richtig gut."),
    ('fr', "Il y a trois ans je voulais mourir. Ce matin j'ai eu la réponse pour le poste à la mairie et j'ai pleuré de joie."),
    ('es', 'Hace cinco años quería morir. Hoy me han dado el puesto en la biblioteca y estoy muy feliz.'),
    ('it', 'Quattro anni fa volevo morire. Oggi ho firmato il contratto e sono davvero felice.'),
    ('zh', '四年前我想死。今天拿到了图书馆的工作,我很好,真的。'),
]

STATEMENTS = [
    ('en', "Four years ago I didn't want to live. I'm so happy at work, but lately the thoughts are back and I want to die."),
    ('en', "Two years ago I tried to kill myself. I'm happy these days. I've bought the pills again."),
    ('en', "Two years ago I wanted to die. I'm happy, everyone says. I want to die tonight."),
    ('de', "Vor fünf Jahren war ich wegen Suizidgedanken in der Klinik. Mir geht's richtig gut, sagen alle, aber ich habe immer noch Suizidgedanken."),
    ('fr', "Il y a trois ans je voulais mourir. Aujourd'hui j'ai pleuré de joie, mais je veux encore mourir."),
    ('es', 'Hace cinco años quería morir. Estoy feliz, dicen, pero todavía quiero morir.'),
    ('it', 'Quattro anni fa volevo morire. Sono felice. Ma voglio ancora morire, ogni giorno.'),
    ('zh', '四年前我想死。我很好,大家都这么说。但是我现在又想死了。'),
]


@pytest.mark.parametrize(("lang", "text"), ORDINARY)
def test_ordinary_no_full_message(lang: str, text: str) -> None:
    assert assess(text).level != CrisisLevel.EXPLICIT, (lang, text)


@pytest.mark.parametrize(("lang", "text"), STATEMENTS)
def test_statement_keeps_full_message(lang: str, text: str) -> None:
    assert assess(text).level == CrisisLevel.EXPLICIT, (lang, text)
