"""Round 30 (crisis41): the writer's own statement inside a long entry, beside someone else's words.

Any step that lowers a long entry's level (the issue's long false alarms: a doctor's question
answered no, someone else's attempt, a past episode) must keep the writer's own statement in the
same entry. These 210 entries (15 per language in 14 languages, written for this test, not taken
from any corpus) each hold one such frame and one statement of the writer's own (pills counted
for Sunday, a wish to die, a passive wish, farewell letters written, a burden and a decision),
the statement next to the frame, at the end or at the start. Each keeps at least the level the
check gave it when written (main 84ebd4c: the full message on 192; the question on 18, the
check's own misses, where the frame's softening or the whole entry's reading takes the
statement's full message: `scripts/crisis_lowering_study.py` and the rounds' log, round 30).
The 42 ordinary twins (the same day with the frame alone) get no more than they got then.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess

RANK = {CrisisLevel.NONE: 0, CrisisLevel.SOFT: 1, CrisisLevel.EXPLICIT: 2}
DATA = json.loads((Path(__file__).parent.parent / "data" / "recovery" / "round30_own.json")
                  .read_text(encoding="utf-8"))
LANGS = {"en", "es", "de", "fr", "pt", "it", "nl", "pl", "ru", "uk", "tr", "ar", "hi", "zh"}


def test_fifteen_long_statements_a_language_beside_each_kind_of_frame() -> None:
    per = Counter(row["lang"] for row in DATA["statements"])
    assert set(per) == LANGS and min(per.values()) >= 15
    assert {row["kind"] for row in DATA["statements"]} == {"doctor", "other", "past"}
    assert all(len(row["text"].split()) >= 60 or row["lang"] == "zh" for row in DATA["statements"])
    assert sum(row["least"] == "EXPLICIT" for row in DATA["statements"]) >= 190


@pytest.mark.parametrize("row", DATA["statements"],
                         ids=lambda row: f"{row['lang']}-{row['kind']}-{row['text'][:24]}")
def test_the_writers_own_statement_keeps_its_level(row: dict[str, str]) -> None:
    got = assess(row["text"]).level
    assert RANK[got] >= RANK[CrisisLevel[row["least"]]], (row["text"], got)


@pytest.mark.parametrize("row", DATA["ordinary"],
                         ids=lambda row: f"{row['lang']}-{row['kind']}")
def test_the_same_day_without_the_statement_gets_no_more(row: dict[str, str]) -> None:
    got = assess(row["text"]).level
    assert RANK[got] <= RANK[CrisisLevel[row["most"]]], (row["text"], got)


# Tried this round and taken out before any commit: letting the indirect kind's rule (pills
# counted, crisis_indirect.py) give the full message where the only lowered phrase was softened
# in another sentence ("Luca's brother attempted suicide. ... I've counted the pills and will
# take them all on Sunday": 4 of the entries above, it, pl, ru, uk, get the question). It raised 4
# of these 7 everyday entries (it 2, pl, ru) to the full message: the other sentence's softening is all that keeps
# a relative's pills or a week's doses from the indirect rule. They hold the next try.
OTHERS_PILLS_OR_A_DOSE = [
    "Luca mi ha detto che suo fratello ha tentato il suicidio. Ha contato le pastiglie nel "
    "cassetto e le ha prese tutte domenica sera. Io sto bene, ho un colloquio lunedì.",
    "Kuba opowiedział mi, że jego brat próbował się zabić. Policzył tabletki w szufladzie i "
    "wziął je wszystkie w niedzielę wieczorem. Ja mam rozmowę w poniedziałek.",
    "Саша рассказал, что его брат пытался покончить с собой. Он пересчитал таблетки в ящике и "
    "выпил их все в воскресенье вечером. У меня в понедельник собеседование.",
    "Андрій розповів, що його брат намагався покінчити з собою. Він перерахував пігулки в "
    "шухляді і випив їх усі в неділю ввечері. У мене співбесіда в понеділок.",
    "Mój kolega próbował się zabić w zeszłym roku. Dziś policzyłem tabletki mamy na cały "
    "tydzień do organizera, bo lekarz zmienił dawki.",
    "Мой друг пытался покончить с собой в прошлом году. Сегодня я пересчитал мамины таблетки на "
    "неделю и разложил по таблетнице.",
    "Il fratello di Luca ha tentato il suicidio l'anno scorso. Oggi ho contato le pastiglie "
    "della nonna per la settimana, il medico ha cambiato le dosi.",
]


@pytest.mark.parametrize("text", OTHERS_PILLS_OR_A_DOSE, ids=lambda t: t[:30])
def test_someone_elses_pills_or_a_dose_get_no_full_message(text: str) -> None:
    assert assess(text).level != CrisisLevel.EXPLICIT
