"""Review of round 16 (fresh eyes on rounds 15-16's phrase lists), fixed in the phrase
families themselves.

- "not the job. life itself. i can't anymore" (r14_not_job_but_life) got only the question: the
  family wants the life word to end its clause ("Not of the job search. Of everything."), and
  "itself" after it ended nothing. The word that stresses the life word ("itself", "selbst",
  "misma", "elle-même", "stessa", "zelf", "kendisi", "نفسها"...) may now stand between it and
  the clause's end, in every language whose family asks for that end; the commute itself, or a
  life itself that "is fine", stay what they were.
- ru r15_vehicle ("вот бы машина меня сбила", a vehicle hoped for) read a wish that a car would
  run over one's OLD LAPTOP ("мой старый ноутбук") or "этот дурацкий принтер" as the statement:
  a thing named after the verb (my, this, his...) is no longer the self, unless it is one's head,
  body, heart, life or soul ("переехал мою голову").
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess, rules_only

#: "Not the job. Life itself. I can't anymore", in twelve languages.
LIFE_ITSELF = [
    "not the job. life itself. i can't anymore",
    "Not the job search, life itself. I can't anymore.",
    "nicht der Job. das Leben selbst. ich kann nicht mehr",
    "no es el trabajo. la vida misma. ya no puedo más",
    "pas le travail. la vie elle-même. je n'en peux plus",
    "non il lavoro. la vita stessa. non ce la faccio più",
    "niet het werk. het leven zelf. ik kan niet meer",
    "não o trabalho. a vida mesma. não aguento mais",
    "iş değil. hayatın kendisi. artık dayanamıyorum",
    "مش الشغل. الحياة نفسها. مش قادر خلاص",
    "nie praca. życie samo w sobie. nie mogę już",
    "не работа. жизнь сама по себе. больше не могу",
]

#: The same shape about something else, or a life itself that is fine.
NOT_LIFE_ITSELF = [
    "not the job. the commute itself. i can't anymore with this traffic",
    "not the job. life itself is fine. just tired of the commute",
    "not the job. life itself is good, i just can't anymore with this traffic",
    "it's not the job. the job search itself. i can't anymore with these portals",
    "nicht der Job. der Weg selbst. ich kann nicht mehr mit diesem Stau",
    "no es el trabajo. el tráfico mismo. ya no puedo más con este atasco",
    "no es el trabajo. la vida misma es bonita. ya no puedo más con el tráfico",
    "pas le travail. le trajet lui-même. je n'en peux plus de ces bouchons",
    "non il lavoro. il traffico stesso. non ce la faccio più con questo traffico",
    "niet het werk. de reis zelf. ik kan niet meer met die files",
    "iş değil. yolun kendisi. artık bu trafiğe dayanamıyorum",
]


@pytest.mark.parametrize("text", LIFE_ITSELF)
def test_life_itself_after_a_denied_job_is_the_statement(text: str) -> None:
    found = rules_only(text)
    assert any("r14_not_job_but_life" in s for s in found.signs), found.signs
    assert found.level == CrisisLevel.EXPLICIT, found
    assert assess(text).level == CrisisLevel.EXPLICIT  # the full message, not only the question


@pytest.mark.parametrize("text", NOT_LIFE_ITSELF)
def test_the_commute_itself_is_not_the_statement(text: str) -> None:
    found = rules_only(text)
    assert not any("r14_not_job_but_life" in s for s in found.signs), found.signs
    assert found.level != CrisisLevel.EXPLICIT, found
    assert assess(text).level != CrisisLevel.EXPLICIT


#: A vehicle wished onto a thing (Russian).
THINGS_RUN_OVER = [
    "если бы машина переехала мой старый ноутбук",
    "вот бы машина переехала мой старый ноутбук",
    "вот бы грузовик переехал этот дурацкий принтер",
    "если фура переедет мой старый ноутбук, ну и пусть",
    "пусть автобус задавит этот кошмарный отчёт, тем лучше",
]

#: ... and onto oneself: the statement, as before.
SELF_RUN_OVER = [
    "вот бы машина сбила меня",
    "вот бы машина меня переехала",
    "вот бы фура снесла меня насмерть",
    "если меня собьет машина, ну и ладно",
    "пусть меня собьет фура, ну и пусть",
    "вот бы автобус переехал мою голову",
    "вот бы поезд переехал мою тупую голову",
]


@pytest.mark.parametrize("text", THINGS_RUN_OVER)
def test_a_vehicle_wished_onto_a_thing_is_ordinary(text: str) -> None:
    found = rules_only(text)
    assert not any("r15_vehicle" in s for s in found.signs), found.signs
    assert found.level == CrisisLevel.NONE, found
    assert assess(text).level == CrisisLevel.NONE


@pytest.mark.parametrize("text", SELF_RUN_OVER)
def test_a_vehicle_wished_onto_oneself_keeps_the_full_message(text: str) -> None:
    found = rules_only(text)
    assert any("r15_vehicle" in s for s in found.signs), found.signs
    assert found.level == CrisisLevel.EXPLICIT, found
    assert assess(text).level == CrisisLevel.EXPLICIT
