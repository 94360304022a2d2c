"""Round 12 of the crisis check: a laugh the writer quotes or says is not theirs, a story word in
another sentence, four kinds of statement in every language (nobody will have to worry about me,
the last time I write here, worth more dead than alive, leaving this world), and the encoder left
out where it could not change the reading.

Statements written for these tests (not copied from the training authors); each got less than
the full message before round 12."""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import CrisisCheck, assess, rules_only
from bounceback.recovery.crisis_decide import FLOOR_GATE, needs_encoder
from bounceback.recovery.crisis_model import Scores

NOT_A_JOKE = [
    # a laugh with words that it is no joke, in the ways the helpers wrote it
    "quero morrer kkk. não é drama, é o que eu sinto todo dia",
    "khud ko khatam karna hai lol, nahi yaar serious hoon",
    "真的想死，不是笑死，是每天晚上都在想怎么死",
    # a laugh the writer quotes to say it is not theirs
    "not the 'haha kms' kind of wanting to die. the real kind, every night",
]


@pytest.mark.parametrize("text", NOT_A_JOKE)
def test_a_laugh_the_writer_says_is_not_theirs_keeps_the_full_message(text: str) -> None:
    assert assess(text).level == CrisisLevel.EXPLICIT


@pytest.mark.parametrize("text", [
    "kms this excel test 😂",
    "me quiero morir jajaja, mandé el CV con la foto de la boda",
    "wanna die lol",
    "quero morrer kkkk esse formulário",
])
def test_a_plain_laugh_still_asks(text: str) -> None:
    # The lowering rule probed from the other side: a laugh alone still asks, never the full
    # message and never nothing.
    assert assess(text).level == CrisisLevel.SOFT


def test_a_film_watched_in_another_sentence_is_no_story() -> None:
    text = "Applied to two jobs. Watched half a film with my sister. I want to kill myself."
    assert assess(text).level == CrisisLevel.EXPLICIT


def test_a_statement_about_a_film_stays_below_the_full_message() -> None:
    assert rules_only("I watched a film where he wants to kill himself and cried").level != (
        CrisisLevel.EXPLICIT)
    assert rules_only("watched a documentary about people who want to kill themselves. "
                      "heavy stuff").level != CrisisLevel.EXPLICIT


WORRY_AND_FAREWELLS = [
    "soon nobody will have to worry about me anymore",
    "Pronto ya no vais a tener que preocuparos por mí.",
    "Bald müsst ihr euch keine Sorgen mehr um mich machen.",
    "Bientôt vous n'aurez plus à vous inquiéter pour moi.",
    "Presto non dovrete più preoccuparvi per me.",
    "Em breve vocês não vão mais precisar se preocupar comigo.",
    "Straks hoeven jullie je geen zorgen meer om mij te maken.",
    "Wkrótce nikt nie będzie musiał się o mnie martwić.",
    "Скоро вам больше не придется обо мне беспокоиться.",
    "Yakında kimsenin benim için endişelenmesine gerek kalmayacak.",
    "जल्द ही किसी को मेरी चिंता नहीं करनी पड़ेगी।",
    "很快就再也不用为我操心了。",
    "To ostatni raz, kiedy tu piszę. Dziękuję za wszystko.",
    "Więcej jestem wart martwy niż żywy, ubezpieczenie spłaci kredyt.",
    "我死了保险还能赔一笔，家里就能喘口气。",
]


@pytest.mark.parametrize("text", WORRY_AND_FAREWELLS)
def test_nobody_having_to_worry_any_more_and_last_words_are_explicit(text: str) -> None:
    assert assess(text).level == CrisisLevel.EXPLICIT


@pytest.mark.parametrize("text", [
    "don't worry about me, I'll be fine, the interview went ok",
    "no tienes que preocuparte por mí, mañana tengo otra entrevista",
    "vocês não precisam se preocupar comigo, arranjei um estágio",
    "ihr müsst euch keine Sorgen machen, ich hab morgen das Gespräch",
    "last time I write here about this job search: I got the offer!",
])
def test_everyday_reassurance_with_the_same_words_stays_quiet(text: str) -> None:
    assert assess(text).level == CrisisLevel.NONE


def test_the_encoder_is_left_out_where_the_floor_would_need_it_at_095() -> None:
    nothing = CrisisCheck(CrisisLevel.NONE, (), ("en",))
    under = Scores(FLOOR_GATE - 0.02, 0.5, FLOOR_GATE - 0.02)
    over = Scores(FLOOR_GATE + 0.01, 0.5, FLOOR_GATE + 0.01)
    heavy = Scores(0.2, 0.75, 0.2)  # a concern that could still add up to the floor
    assert not needs_encoder(nothing, nothing, under, "three words here")
    assert needs_encoder(nothing, nothing, over, "three words here")
    assert needs_encoder(nothing, nothing, heavy, "three words here")
