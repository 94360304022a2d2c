"""The phrase lists may lower what the model says to the question, never to nothing; and a plan
or the means inside "if it happens again" is never read as a figure of speech."""

from __future__ import annotations

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery import crisis
from bounceback.recovery.crisis import CrisisCheck, decide
from bounceback.recovery.crisis_model import Scores

LONG = "I read the email again tonight and I keep thinking about it and about what comes next"


def test_a_negated_phrase_lowers_the_models_explicit_reading_to_the_question_not_to_nothing() -> None:
    rules = CrisisCheck(CrisisLevel.NONE, ("it:r7_nobody:negated",), ("it",))
    asked = decide(rules, LONG, Scores(explicit=0.95, concern=0.97))
    assert asked.level == CrisisLevel.SOFT
    # concern alone (heavy words, negated: "I'm not hopeless, just annoyed") does not ask
    assert decide(rules, LONG, Scores(explicit=0.05, concern=0.95)).level == CrisisLevel.NONE
    assert decide(rules, LONG, Scores(explicit=0.01, concern=0.02)).level == CrisisLevel.NONE


def test_an_italian_clitic_ne_before_the_phrase_does_not_negate_it() -> None:
    text = ("Ho provato a non rispondere al telefono per tre giorni. Nessuno ha richiamato due "
            "volte. Ecco, adesso so che se me ne andassi per sempre non cambierebbe niente a nessuno.")
    assert not any(s.endswith(":negated") for s in crisis.rules_only(text).signs)
    assert crisis.assess(text).level != CrisisLevel.NONE


def test_the_means_inside_an_if_again_sentence_keep_the_full_message() -> None:
    text = ('If I get one more "unfortunately" email I\'m going to kill myself, I already wrote '
            "the note and bought the rope.")
    assert crisis.rules_only(text).level == CrisisLevel.EXPLICIT
    joke = 'If I get one more "unfortunately" email I\'m going to kill myself.'
    assert crisis.rules_only(joke).level == CrisisLevel.SOFT
