"""Round 34's review: the two raising steps of the round read everyday life as a plan.

- An ending said once the others are away (`r34_alone_end`, 14 languages) took the languages'
  everyday "I'll finish everything" ("beende ich alles, was noch offen ist", "finisco tutto e
  vado a dormire", "هخلص كل حاجه"): only the endings that cannot mean chores are kept, each at
  the end of its clause.
- A day in the explicit sentence (crisis_dated.py) took the interview's day ("Jutro rozmowa,
  chcę umrzeć ze stresu"), a condition's day ("if the recruiter ghosts me again ... on Friday")
  and the morning ("esta mañana"): the day must stand in the explicit clause itself.

Each of these had gone from the gentle question to the full message; the statements the round
raised keep the full message. Texts written for these tests."""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess

CHORES = [
    "Sobald die Kinder im Bett sind, beende ich alles, was noch offen ist.",
    "Wenn meine Frau schläft, bringe ich es zu Ende.",
    "Sobald alle weg sind, bringe ich es zu Ende und gehe schlafen.",
    "Appena i bambini vanno a letto finisco tutto e vado a dormire.",
    "Quando i miei escono, finisco tutto.",
    "Assim que as crianças dormirem, termino com tudo e vou dormir.",
    "لما الاولاد يناموا هخلص كل حاجه",
    "jab mummy market jayegi tab main sab khatam kar dunga",
    "Herkes gidince her şeyi bitireceğim.",
    "Jak dzieci pojadą do babci, skończę wszystko.",
    "Коли діти заснуть, я все закінчу.",
    "Zodra mijn vrouw weg is, stop ik met alles.",
    "Cuando los niños se duerman, termino con todo el papeleo.",
]

DAYS_NOT_CHOSEN = [
    "Esta mañana me quería morir cuando el entrevistador me preguntó por mi experiencia.",
    "Jutro rozmowa kwalifikacyjna, chcę umrzeć ze stresu.",
    "Demain j'ai mon entretien, j'ai envie de mourir tellement je stresse pour rien.",
    "I swear I'll kill myself if the recruiter ghosts me again after the interview on Friday, "
    "these people are impossible.",
    # the guards at the merge: "life insurance" is a sign of its own, the day the interview's
    "Second interview tomorrow with a life insurance firm, selling policies over the phone. Not "
    "my dream, but base salary plus commission beats stacking shelves at 4am.",
]

STATEMENTS = [
    "Once the kids are at my mother's, I'll end it.",
    "Cuando los niños estén con mi madre, acabaré con todo.",
    "عندما يكون الأطفال عند أمي سأنهي كل شيء",
    "Sobald die Kinder bei meiner Mutter sind, setze ich allem ein Ende.",
    "Quand les enfants seront chez ma mère, j'en finirai.",
    "Appena i bambini sono da mia madre, metto fine a tutto.",
    "Jak dzieci pojadą do babci, skończę ze wszystkim.",
    "Когда дети уедут к бабушке, я покончу со всем.",
    "Çocuklar annemdeyken her şeye son vereceğim.",
    "в пятницу выйду в окно",
    "morgen na het uwv gesprek spring ik voor de trein",
    "regalé mis cosas a mis primos, total en una semana me mato",
]


@pytest.mark.parametrize("text", CHORES + DAYS_NOT_CHOSEN)
def test_everyday_life_is_not_given_the_full_message(text: str) -> None:
    assert assess(text).level is not CrisisLevel.EXPLICIT


@pytest.mark.parametrize("text", STATEMENTS)
def test_the_round_s_statements_keep_the_full_message(text: str) -> None:
    assert assess(text).level is CrisisLevel.EXPLICIT
