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
    "вот бы фура снесла мою машину вместе со мной",
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


#: Round 16 narrowed four of round 15's families so that a job search's plans are no statement
#: (review of round 15: "уеду на собеседование", "раствориться в работе", "op het prikbord",
#: "कल मैं न रहूं तो मीटिंग तुम ले लेना"). Each cut took whole kinds of statement with it, and these,
#: which had the full crisis message on main 9a4d967, got only the question or NOTHING on
#: 08819b2: any going (еду, поеду, іду) after "I won't be here any more", dissolving "in" anything
#: ("в воздухе"), hanging oneself "op de zolder", and "if I'm not here" followed by "please",
#: "me" or "in my place" (a cat to be looked after, a plea to be forgiven). The cuts are now what
#: the everyday lines named: going to one's parents, a town or the sea, dissolving in work or a
#: crowd, a notice board or a list, a meeting or a call.
LOST_IN_ROUND_16 = [
    ("Завтра утром меня уже не будет, я еду на мост.", "r15_gone_by"),
    ("К утру меня уже не будет, поеду к реке и всё.", "r15_gone_by"),
    ("Скоро меня уже не будет, еду туда, откуда не возвращаются.", "r15_gone_by"),
    ("Скоро мене вже не буде, іду туди, звідки не повертаються.", "r15_gone_by"),
    ("Мене вже не буде, поїду на дах.", "r15_gone_by"),
    ("Хочу раствориться в воздухе и больше не существовать.", "r15_not_live"),
    ("хочу раствориться в темноте навсегда", "r15_not_live"),
    ("मैं न रहूं तो प्लीज मेरी बिल्ली का ध्यान रखना", "r15_not_here"),
    ("मैं न रहूं तो मुझे माफ कर देना", "r15_not_here"),
    ("मैं न रहूं तो मेरी जगह किसी को दुख नहीं होगा", "r15_not_here"),
    ("Vannacht hang ik me op de zolder op.", "r15_inverted"),
    ("Sorry mam. Morgen hang ik me op de zolder op.", "r15_inverted"),
]


@pytest.mark.parametrize(("text", "family"), LOST_IN_ROUND_16)
def test_statements_round_16s_cuts_took_keep_the_full_message(text: str, family: str) -> None:
    found = rules_only(text)
    assert any(family in s for s in found.signs), found.signs
    assert assess(text).level == CrisisLevel.EXPLICIT


#: The everyday lines of the same shapes stay out (beside review 15's own list).
STILL_EVERYDAY = [
    ("Меня уже не будет, уезжаю к родителям на неделю.", "r15_gone_by"),
    ("В пятницу меня уже не будет, поеду в другой город на дачу к друзьям.", "r15_gone_by"),
    ("Завтра меня уже не будет, улетаю в Стамбул.", "r15_gone_by"),
    ("Мене вже не буде, їду до батьків на тиждень.", "r15_gone_by"),
    ("хочу раствориться в делах и забыть про отказ", "r15_not_live"),
    ("Straks hang ik me op het grote prikbord, haha.", "r15_inverted"),
    ("कल मैं न रहूं तो मेरा काम राहुल देख लेगा", "r15_not_here"),
]


@pytest.mark.parametrize(("text", "family"), STILL_EVERYDAY)
def test_everyday_lines_of_those_shapes_stay_out(text: str, family: str) -> None:
    found = rules_only(text)
    assert not any(family in s for s in found.signs), found.signs
    assert assess(text).level != CrisisLevel.EXPLICIT


#: Round 16 also kept a colleague or a team out of "без меня ... будет легче" (r15_without_me),
#: word by word: "Без меня коллегам и семье будет легче" (colleagues AND family) lost the full
#: message. A family or everyone among the words keeps it; a move to another company does not.
WITHOUT_ME_FAMILY = [
    "Без меня коллегам и семье будет легче.",
    "Без мене колегам і рідним буде легше.",
    "Без мене колегам і сім'ї буде легше.",
]


@pytest.mark.parametrize("text", WITHOUT_ME_FAMILY)
def test_colleagues_and_family_better_off_without_me_is_the_statement(text: str) -> None:
    found = rules_only(text)
    assert any("r15_without_me" in s for s in found.signs), found.signs
    assert assess(text).level == CrisisLevel.EXPLICIT


@pytest.mark.parametrize("text", [
    "Без меня коллегам и семье будет проще, перехожу в другую компанию.",
    "Без мене колегам і родині буде легше, переходжу в іншу компанію.",
])
def test_a_move_to_another_company_stays_out(text: str) -> None:
    found = rules_only(text)
    assert not any("r15_without_me" in s for s in found.signs), found.signs
    assert assess(text).level != CrisisLevel.EXPLICIT
