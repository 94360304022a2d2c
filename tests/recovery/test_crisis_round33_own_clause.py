"""Round 33 (crisis48): a negator with a clause of its own ("I can't take any more", "no sirvo
para nada") does not negate the statement typed after it without punctuation. Texts written for this test,
none taken from any corpus.

In a note typed without punctuation, the "not" of "я больше не могу" (I can't any more) was read
as negating the statement after it ("я больше не могу хочу сдохнуть" got the question). The
language's cannot_more phrase (crisis_multi.own_clauses; English crisis_cues.CANNOT_MORE) is a
clause of its own: a negator inside it does not reach past its end. A negator of the statement
itself ("... не хочу умереть", "... ich will nicht sterben") still softens it.

Each statement fails on main 7b64d3d0 (the question); each twin gets no more than it got there.
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess

STATEMENTS = [
    "я больше не могу хочу сдохнуть",
    "я більше не можу хочу здохнути",
    "مش قادر اكمل عايز اموت",
    "nao aguento mais quero morrer",
    "ya no puedo más quiero morirme",
    "nie daję rady chcę umrzeć",
    "ich kann nicht mehr ich will sterben",
    "ik kan niet meer ik wil dood",
    "cant do this no more gonna end it tonight",
    # any negated clause of its own (crisis_own_clause.py)
    "im not ok i wanna die",
    "no sirvo para nada quiero morirme",
    "никому не нужен хочу умереть",
    "ничего не получается хочу умереть",
    "nikt mnie nie kocha chcę umrzeć",
    "ich bin nicht ok ich will sterben",
    "keiner vermisst mich ich bring mich um",
    "non servo a niente voglio morire",
    "não sirvo pra nada quero morrer",
    "ніхто мене не любить хочу померти",
]
TWINS = [
    "я больше не могу, не хочу умереть, просто устал",
    "я больше не могу но я не хочу умирать",
    "ich kann nicht mehr aber ich will nicht sterben",
    "ya no puedo más no quiero morir solo descansar",
    "مش قادر اكمل مش عايز اموت",
    "i cant do this anymore but i dont want to die",
    "cant do this anymore not gonna kill myself tho",
    "je n'en peux plus mais je ne veux pas mourir",
    "no creo que quiera morir",
    "no sé si quiero morir",
    "не то чтобы я хочу умереть просто устал",
    "nie mówię że ja chcę umrzeć",
    "nie bardzo chcę umierać",
    "не скажу що я хочу померти",
    "ik zeg niet dat ik dood wil",
    "je ne dis pas que je veux mourir",
    "non dico che voglio morire",
    "não digo que quero morrer",
    "i am not saying i want to die",
    "i do not think i want to die",
    # the lead's review: an earlier "I don't think that" governs a later negator's own clause
    "main kabhi bhi aisa nahi sochta ki job nahi mili to main khud ko khatam kar lunga",
    "main aisa nahi sochta ki job nahi mili main khud ko khatam kar lunga",
    "nie mysle ze jak nie dostane pracy to sie zabije",
]
# A negator right before the statement: what main gave (nothing).
PLAIN_NEGATIONS = [
    "no quiero morir", "не хочу умирать", "nie chcę umierać", "non voglio morire",
    "ich will nicht sterben", "ik wil niet dood", "i dont want to die",
    "no es que quiera morir solo estoy cansado",
]


def test_a_later_own_clause_alone_still_gets_the_full_message() -> None:
    """Without the earlier "I don't think that", the same own clause is the writer's statement."""
    assert assess("job nahi mili main khud ko khatam kar lunga").level == CrisisLevel.EXPLICIT


@pytest.mark.parametrize("text", STATEMENTS, ids=lambda t: t[:30])
def test_the_statement_after_cannot_more_gets_the_full_message(text: str) -> None:
    assert assess(text).level == CrisisLevel.EXPLICIT


@pytest.mark.parametrize("text", TWINS, ids=lambda t: t[:30])
def test_a_negated_statement_after_it_still_asks(text: str) -> None:
    assert assess(text).level == CrisisLevel.SOFT


@pytest.mark.parametrize("text", PLAIN_NEGATIONS, ids=lambda t: t[:30])
def test_a_plain_negation_still_gets_nothing(text: str) -> None:
    assert assess(text).level == CrisisLevel.NONE
