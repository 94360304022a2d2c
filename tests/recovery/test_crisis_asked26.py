"""Round 26: a phrase inside a question someone else asked, answered no (crisis_asked.py).

"The counsellor asked whether I ever think about hurting myself. No, I'm just fed up." repeats
someone else's question, answered no with a plain feeling named instead: the check asks (every
line one tap away) instead of showing the full message. The writer's own statement keeps the
full message: an answer of yes or "I lied", a "no" taken back or followed by "but", a bare "no"
followed by what the writer means ("Only every day"), a phrase or a plan of the writer's own
beside it, the writer asking, or the phrase outside the asked clause. Texts written for this test, not taken from any corpus.
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess

ASKED_ANSWERED_NO = [
    "My GP asked whether I ever think about hurting myself. No, never. I'm just fed up with agencies.",
    "The nurse asked me if I'd had thoughts of suicide, and honestly no. Just tired of interviews.",
    "El médico me preguntó si había pensado en hacerme daño. No, para nada, solo estoy harto del paro.",
    "Die Ärztin hat mich gefragt, ob ich Suizidgedanken habe. Nein, gar nicht, ich bin nur sauer wegen der Absagen.",
    "Le médecin m'a demandé si j'avais des pensées suicidaires. Non, pas du tout, juste marre des refus.",
    "A médica perguntou se eu tinha pensamentos suicidas. Não, nada disso, só cansado das recusas.",
    "Il medico mi ha chiesto se ho pensieri suicidi. No, per niente, sono solo stufo dei rifiuti.",
        "Lekarka zapytała, czy mam myśli samobójcze. Nie, wcale, jestem tylko zmęczony odmowami.",
    "Врач спросила, есть ли у меня мысли о самоубийстве. Нет, совсем нет, просто устал от отказов.",
    "Лікарка спитала, чи є в мене думки про самогубство. Ні, зовсім ні, просто втомився від відмов.",
]

# The writer's own statement next to, or in spite of, someone else's question.
STILL_STATED = [
    "The nurse asked if I want to kill myself. Yes. I do.",
    "The nurse asked if I want to kill myself. I said no. I lied.",
    "My GP asked whether I think about suicide. No. I've already decided how and when.",
    "My mum asked if I was okay, and I said I want to kill myself.",
    "I asked myself whether I want to kill myself, and the answer is yes.",
    "El médico me preguntó si quiero suicidarme. Le dije que no. Mentí.",
    "Die Ärztin hat gefragt, ob ich Suizidgedanken habe. Ja, jeden Tag.",
    "Lekarka zapytała, czy mam myśli samobójcze. Nie. Skłamałem. Chcę się zabić.",
    # an answer taken back, or qualified, after the "no"
    "My therapist asked if I had thoughts of suicide. I said no. But I have them every night.",
    "My therapist asked if I had thoughts of suicide. I said no. That is not the truth.",
    "The doctor asked whether I want to end my life. I couldn't say no.",
    "Le psy m'a demandé si j'avais des idées suicidaires. J'ai dit non. C'est faux.",
    "La psicóloga me preguntó si pienso en suicidarme. Le dije que no, pero pienso en ello cada noche.",
    "Mum asked if I ever think of suicide. No, I never stop thinking of it.",
    # a bare "no", then what the writer means (no plain feeling named instead)
    "He asked if I had ever wanted to kill myself. No. Only every day.",
    "My therapist asked if I had thoughts of suicide. Nope. Just plans.",
    "Мама спитала, чи хочу я покінчити з собою. Ні. Таблетки вже зібрані.",
    "माँ ने पूछा कि क्या मैं आत्महत्या करना चाहता हूँ। नहीं। कल सब खत्म हो जाएगा।",
]


@pytest.mark.parametrize("text", ASKED_ANSWERED_NO)
def test_a_phrase_someone_else_asked_and_the_writer_denied_asks(text: str) -> None:
    assert assess(text).level == CrisisLevel.SOFT


@pytest.mark.parametrize("text", STILL_STATED)
def test_the_writers_own_statement_beside_a_question_keeps_the_full_message(text: str) -> None:
    assert assess(text).level == CrisisLevel.EXPLICIT
