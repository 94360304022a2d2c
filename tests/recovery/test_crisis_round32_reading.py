"""Round 32 (crisis45): two ways the check read a statement short. Texts written for this test,
none taken from any corpus.

- (A negator before the writer's "I" read as the last clause's was tried and taken out: it lost
  inverted and Hindi denials; the twins below stay as a guard.)
- A joke half taken back ("jk... kind of", "шучу... или нет", "c'est une blague... ou pas")
  lowered the statement like a plain joke (crisis_soften.SERIOUS_MORE).
- A Turkish prayer to be taken with words between "beni" and "al" ("beni bu gece uykumda al");
  a prayer to be hired ("beni bu şirkete al") stays as it was (tr.txt, r32_god_take).

Each statement fails on main 19e82d4 (the question); each twin gets no more than it got there.
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess

STATEMENTS = [
    "ugh another rejection, i want to die lol jk... kind of",
    "quiero morirme jaja es broma... o no",
    "je veux mourir mdr c'est une blague... ou pas",
    "хочу умереть шучу... или нет",
    "voglio morire ahah scherzo... o forse no",
    "我想死，开玩笑的…也不全是",
    "kms lol jk... unless?",
    "Allahım beni bu gece uykumda al.",
    "Rabbim beni artık yanına al.",
]
RANK = {CrisisLevel.NONE: 0, CrisisLevel.SOFT: 1, CrisisLevel.EXPLICIT: 2}
TWINS = [
    ("не то чтобы я хочу умереть просто устал", CrisisLevel.SOFT),
    ("no es que yo quiera morir solo estoy cansado", CrisisLevel.SOFT),
    ("nie mówię że ja chcę umrzeć", CrisisLevel.SOFT),
    ("не скажу що я хочу померти", CrisisLevel.SOFT),
    ("ik zeg niet dat ik dood wil", CrisisLevel.SOFT),
    ("this interview is killing me lol jk kind of fun actually", CrisisLevel.SOFT),
    ("lol jk kind of tired but fine", CrisisLevel.NONE),
    ("me muero de risa jaja o no", CrisisLevel.NONE),
    ("i want to die lol. kind of used to the rejections by now", CrisisLevel.SOFT),
    ("Allahım beni bu sefer işe al.", CrisisLevel.SOFT),
    ("Allahım beni bu şirkete al, başka bir şey istemiyorum.", CrisisLevel.SOFT),
]


@pytest.mark.parametrize("text", STATEMENTS, ids=lambda t: t[:30])
def test_the_statement_gets_the_full_message(text: str) -> None:
    assert assess(text).level == CrisisLevel.EXPLICIT


@pytest.mark.parametrize(("text", "most"), TWINS, ids=lambda t: str(t)[:30])
def test_the_twin_gets_no_more(text: str, most: CrisisLevel) -> None:
    assert RANK[assess(text).level] <= RANK[most]
