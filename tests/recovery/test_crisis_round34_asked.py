"""Round 34 (crisis51): a question put to the writer and answered "no" (issue 15).

A doctor, a therapist, a helpline or a relative asked the question the phrase lists read, and the
writer said no: the question at most, never the full message (crisis_asked.py). Each twin, the
writer's own statement, a "yes", an answer taken back, a means, "still", keeps the full message.
Someone else's attempt is lowered by nothing beside any means sign (crisis_urgent.means).
Texts written for this test.
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess, why
from bounceback.recovery.crisis_urgent import means

ASKED_NO = [
    "The GP asked whether I'd had thoughts of harming myself. I haven't. I'm just stressed "
    "about money and the rent.",
    "My counsellor asked if I ever think about killing myself and I said no, honestly. I'm "
    "angry at the agencies, that's all.",
    "La psicóloga me preguntó si había pensado en hacerme daño y no, para nada, solo estoy "
    "cabreada con tanta entrevista.",
    "A médica perguntou se eu tinha pensamentos de me machucar. Disse que não, de jeito "
    "nenhum, só estou cansada das recusas.",
    "Die Ärztin fragte, ob ich daran denke, mir das Leben zu nehmen. Nein, gar nicht. Ich bin "
    "nur müde von den Absagen.",
    "Le médecin m'a demandé si j'avais des idées suicidaires. Non, pas du tout, je suis juste "
    "épuisée par les refus.",
    "Terapeutka pytała, czy mam myśli samobójcze — nie, naprawdę nie, jestem po prostu "
    "wkurzona na rekruterów.",
    "Врач спросила, не думаю ли я о самоубийстве. Нет, совсем нет, я просто устал от отказов.",
    "الدكتورة سألتني إذا عندي أفكار إني أؤذي نفسي. لا، أبداً، أنا بس معصب من الوضع.",
]

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


@pytest.mark.parametrize("text", ASKED_NO)
def test_a_question_answered_no_asks_instead_of_the_full_message(text: str) -> None:
    assert assess(text).level == CrisisLevel.SOFT
    assert why(text, assess(text).signs) == "asked"


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
