"""Round 34 (crisis51): someone else's attempt is lowered by nothing beside any means sign
(crisis_urgent.means; "pill_means" was no plan sign), and a question answered "no" beside the
writer's own statement, a "yes", a lie, a means or a plan keeps the full message (issue 15; the
lowering of a plain "no" was tried and taken out: the review tests of rounds 26 and 29 refuse
it). Texts written for this test.
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess, why
from bounceback.recovery.crisis_urgent import means

# The same questions, then the writer's own statement, a "yes", a lie, a means or a return.
KEPT = [
    "The GP asked whether I'd had thoughts of harming myself. I said yes. I want to die.",
    "The GP asked whether I'd had thoughts of harming myself and I said no but I lied, I think "
    "about killing myself every night.",
    "The GP asked whether I'd had thoughts of harming myself and I said no. I have the pills "
    "saved up though.",
    "The GP asked whether I'd had thoughts of harming myself and I want to die. No.",
    "My counsellor asked if I still think about killing myself and I said no. It's still there.",
    "La psicóloga me preguntó si había pensado en hacerme daño. Le dije que sí. Quiero morirme.",
    "Die Ärztin fragte, ob ich daran denke, mir das Leben zu nehmen. Nein. Aber ich will "
    "sterben.",
    "Le médecin m'a demandé si j'avais des idées suicidaires. J'ai dit oui, je veux mourir.",
    "Terapeutka pytała, czy mam myśli samobójcze. Powiedziałam, że nie. Skłamałam, chcę się "
    "zabić.",
    "Врач спросила, не думаю ли я о самоубийстве. Нет. Но я хочу умереть.",
    "A médica perguntou se eu tinha pensamentos de me machucar. Disse que não, mas já guardei "
    "os comprimidos.",
    # The answer taken back in a short sentence, or a plan named after it (the guards' author U).
    "The GP asked whether I'd had thoughts of harming myself. I said no. I do.",
    "Die Ärztin fragte, ob ich daran denke, mir das Leben zu nehmen. Ich sagte nein. Stimmt "
    "nicht. Ich habe einen Plan.",
    "Le médecin m'a demandé si j'avais des idées suicidaires. J'ai dit non. Menteuse. J'ai un "
    "plan.",
]


@pytest.mark.parametrize("text", KEPT)
def test_the_writers_own_statement_or_a_means_beside_the_question_keeps_the_full_message(
        text: str) -> None:
    assert assess(text).level == CrisisLevel.EXPLICIT


def test_any_means_sign_counts_and_a_negated_one_does_not() -> None:
    assert means(("pill_means",)) and means(("es:r3b_jump",)) and means(("r29_rope",))
    assert not means(("want_die", "harm_self")) and not means(("pill_means:negated",))
    assert not means(("never_change",))


def test_someone_elses_attempt_is_not_lowered_beside_a_means_sign() -> None:
    other = ("My brother tried to kill himself last month. I'm fine, just worried about him.")
    assert why(other, assess(other).signs) == "other"
    assert why(other, (*assess(other).signs, "pill_means")) is None
