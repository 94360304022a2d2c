"""Round 21 of the crisis check (issue 15): an indirect kind's phrase (things given away because
they won't be needed, a bridge stood on and looked down from, a pet handed on) gives the full
message when the n-gram model agrees and the phrase is the writer's own; its everyday look-alikes,
someone else's, a laugh and a negation do not (crisis_indirect.py).

Statements and everyday lines written for these tests (not taken from any corpus).
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess, rules_only

INDIRECT = [
    "Gave my bike and my records to my cousin. I won't need them anymore.",
    "Regalé la guitarra a mi primo. Ya no la voy a necesitar.",
    "Ich hab meine Kamera meinem Neffen geschenkt, ich brauche die nicht mehr.",
    "J'ai donné mon vélo à ma voisine, je n'en aurai plus besoin.",
    "Ho regalato la bici a mio cugino, tanto non mi servirà più.",
    "Köprüde durdum yine, uzun uzun aşağı baktım.",
    "Раздал удочки друзьям. Мне они больше не понадобятся.",
    # an errand list told as a farewell (the encoder's test gave it the full message; now the
    # pet handed on with the model's agreement gives it without the encoder too)
    "I dropped the dog at my sister's, paid off the card and left the keys under the mat. "
    "Tonight I'm going to the bridge.",
    "Сьогодні віддав кота сусідці і написав листи. Вночі все закінчиться.",
]

# Everyday lines with the same words, and the same phrases about someone else, with a laugh or
# negated: never the full message.
LOOK_ALIKES = [
    "Gave my old books to the library, clearing space for a desk.",
    "The bridge on my commute is closed, so I was late for the interview.",
    "Gave my winter coat to my cousin, I won't need it in Lisbon with the new job.",
    "my brother stood on the bridge for an hour looking down last night",
    "lol stood on the bridge for an hour looking down haha",
    "I'm not standing on the bridge looking down, I'm just tired of rejections.",
]


@pytest.mark.parametrize("text", INDIRECT)
def test_an_indirect_statement_the_model_agrees_with_gets_the_full_message(text: str) -> None:
    assert rules_only(text).level == CrisisLevel.SOFT  # the phrase alone asks
    for found in (assess(text, encoder=False), assess(text)):
        assert found.level == CrisisLevel.EXPLICIT, found
        assert "model:indirect" in found.signs, found


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_someone_else_a_laugh_or_a_negation_never_get_the_full_message(
        text: str) -> None:
    found = assess(text)
    assert found.level != CrisisLevel.EXPLICIT, found
    assert "model:indirect" not in found.signs
