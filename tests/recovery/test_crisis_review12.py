"""Review of round 12: the laugh rule read the apostrophes inside words ("I'm", "can't", "c'est",
"l'ho") as quotation marks, cut the writer's "not kidding" out with them and lowered genuine
statements to the question; and the Portuguese rule that skips "matar" before an article took
"a mim" ("tentei matar a mim mesma") for one. Statements written for these tests by the lead
and the reviewer (not from any training or blind set); each got less than the full message on
main 80e2a7d."""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess


@pytest.mark.parametrize("text", [
    "I'm not kidding, I'm going to kill myself lol",
    "I'm not joking, I can't do this anymore, I want to kill myself lol",
    "I'm seriously going to kill myself, I can't lol",
    "I'm not kidding, I can't keep going. I want to die lol",
    "it's for real this time, I'm going to kill myself haha",
    "c'est pas une blague, j'ai envie de me tuer mdr",
    "l'ho detto sul serio, l'altra volta: voglio uccidermi ahahah",
])
def test_words_that_it_is_serious_hold_beside_apostrophes(text: str) -> None:
    assert assess(text).level == CrisisLevel.EXPLICIT


@pytest.mark.parametrize("text", [
    "kms this excel test 😂",
    "I'm gonna die lol, they want a cover letter AND a video",
    "j'ai envie de mourir mdr, encore un test de personnalité",
])
def test_a_laugh_beside_apostrophes_still_only_asks(text: str) -> None:
    # the same rule from the other side: a plain laugh is not raised to the full message
    assert assess(text).level != CrisisLevel.EXPLICIT


def test_a_portuguese_attempt_on_oneself_is_explicit() -> None:
    assert assess("tentei matar a mim mesma ontem").level == CrisisLevel.EXPLICIT
    # the skip it narrows still holds for someone else and for time
    assert assess("quero matar a minha chefe com essa reunião kkk").level != CrisisLevel.EXPLICIT
