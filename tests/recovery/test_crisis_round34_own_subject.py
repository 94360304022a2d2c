"""Round 34 (crisis50): the writer's own wish after someone else was named in the same clause.
Texts written for this test, none taken from any corpus.

`crisis_multi.about_other` softened a statement to the question when a person was named in the
words before it: "Mijn zus is ziek en ik wil dood" (my sister is ill and I want to die) read as
the sister's wish. The writer's own subject pronoun after the last person named ("ik", "yo",
"ben", "io", "eu"), or a "someone" that is "nobody" ("مفيش حد"), makes the statement the writer's
(crisis_own_subject.py), as English has read "I" since round 3.

Each statement gets the question on main ee441b3c; each twin (someone else's wish, the writer's
"I" only after it, an object pronoun) gets no more than it got there.
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess

STATEMENTS = [
    "Mi hermano intentó suicidarse y yo quiero morirme. Estoy bien.",
    "Mi madre está en el hospital y yo quiero morirme",
    "Mijn zus is ziek en ik wil dood.",
    "Mijn vader belt elke dag en ik wil gewoon dood",
    "Mia sorella è malata e io voglio morire.",
    "Mio padre non parla più e io voglio morire",
    "Minha irmã tentou se matar e eu quero morrer.",
    "Meu pai está doente e eu quero morrer",
    "Annem hastanede ve ben ölmek istiyorum.",
    "Babam işsiz ve ben ölmek istiyorum",
    "مفيش حد بيحبني عايز اموت",
    "ما حدا بيفهمني بدي موت",
]

# Someone else's wish or act, the writer's own words only after it, an object pronoun: no more
# than main gave.
TWINS = [
    ("Mi hermano quiere morirse, yo estoy bien.", CrisisLevel.NONE),
    ("Mi hermano dice que quiere morirse y yo no sé qué hacer.", CrisisLevel.SOFT),
    ("Mijn zus wil dood, ik weet niet wat ik moet doen.", CrisisLevel.SOFT),
    ("Annem ölmek istediğini söyledi, ben korkuyorum.", CrisisLevel.SOFT),
    ("我哥哥说他想死", CrisisLevel.SOFT),
    ("Mi novio amenazó con matarme.", CrisisLevel.SOFT),
    ("Mia sorella vuole morire e io non so come aiutarla.", CrisisLevel.SOFT),
]


@pytest.mark.parametrize("text", STATEMENTS)
def test_own_wish_after_someone_named_gets_the_full_message(text: str) -> None:
    assert assess(text).level is CrisisLevel.EXPLICIT


@pytest.mark.parametrize(("text", "at_most"), TWINS)
def test_someone_elses_wish_stays(text: str, at_most: CrisisLevel) -> None:
    order = [CrisisLevel.NONE, CrisisLevel.SOFT, CrisisLevel.EXPLICIT]
    assert order.index(assess(text).level) <= order.index(at_most)
