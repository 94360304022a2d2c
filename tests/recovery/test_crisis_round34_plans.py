"""Round 34 (crisis50): acts of ending one's life in forms the lists did not read, and an ending
told once the others are sent away. Texts written for this test, none taken from any corpus.

1. The act verbs in the writer's present, conditional or another word order: Polish "kończę ze
   sobą", "bym skończył ze sobą", Russian "покончу с жизнью", Ukrainian "я з собою покінчу",
   French "je mets fin à ma vie". (Hindi "खुद को मार लूंगा" was taken out: it is also "I'll hit
   myself", the reviewers' round 25 hyperbole.)
2. An ending said by the writer once the children, the partner, the parents or the flatmates are
   away ("once the kids are at my mother's, I'll end it"), each language's [together]
   r34_alone_end: the ending alone is vague, the absence alone is ordinary life; together they
   are a plan told among the school runs.

Each statement gets the question or nothing on main ee441b3c; each twin no more than there.
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess

STATEMENTS = [
    "Kończę ze sobą.",
    "Po rozprawie w czwartek kończę ze sobą. Tabletki już mam.",
    "Najlepiej bym skończył ze sobą.",
    "Покончу с жизнью в субботу.",
    "Я з собою покінчу.",
    "Je mets fin à ma vie.",
    "Once the kids are at my mother's on Saturday, I'll end it.",
    "Cuando los niños estén con mi madre el sábado, acabaré con todo.",
    "Çocuklar cumartesi annemdeyken her şeye son vereceğim.",
    "Коли діти будуть у мами в суботу, я з усім покінчу.",
    "عندما يكون الأطفال عند أمي يوم السبت سأنهي كل شيء.",
    # Round 34's review: "her şeyi bitireceğim", "я все закінчу" and "sab khatam kar dunga"
    # are also "I'll finish everything" (chores): those endings were taken out (see
    # test_crisis_review34.py); Hindi keeps "khud ko khatam kar dunga".
    "Jab bachche shanivar ko mummy ke paas honge, main khud ko khatam kar dunga.",
    "जब बच्चे शनिवार को मम्मी के पास होंगे, मैं सब ख़त्म कर दूँगा।",
]

# A routine with the children, an ending of a task or a relationship, a denial: no more than main.
TWINS = [
    ("Once the kids are in bed I'll end it with a glass of wine and a film.", CrisisLevel.NONE),
    ("Once the kids are at school, I'll end it with Mark, he's been awful.", CrisisLevel.NONE),
    ("Cuando los niños estén con mi madre, acabaré con todo el papeleo.", CrisisLevel.SOFT),
    ("Als de kinderen slapen, stop ik ermee voor vandaag.", CrisisLevel.NONE),
    ("Jak dzieci pójdą spać, skończę z tym raportem.", CrisisLevel.NONE),
    ("Çocuklar okuldayken her şeyi bitireceğim, ödevler de dahil.", CrisisLevel.SOFT),
    ("Когда дети уснут, я все закончу с отчетом.", CrisisLevel.SOFT),
    ("Kończę z tym projektem.", CrisisLevel.NONE),
    ("Muszę ze sobą skończyć tę grę, mam rozmowę jutro.", CrisisLevel.NONE),
    ("Он покончил с жизнью в субботу.", CrisisLevel.NONE),
    ("After the exam I'm going to sleep for a week.", CrisisLevel.NONE),
    ("We arranged guardianship for the kids with my sister, just sensible planning.",
     CrisisLevel.NONE),
]


@pytest.mark.parametrize("text", STATEMENTS)
def test_statement_gets_the_full_message(text: str) -> None:
    assert assess(text).level is CrisisLevel.EXPLICIT


@pytest.mark.parametrize(("text", "at_most"), TWINS)
def test_ordinary_twin_does_not_rise(text: str, at_most: CrisisLevel) -> None:
    order = [CrisisLevel.NONE, CrisisLevel.SOFT, CrisisLevel.EXPLICIT]
    assert order.index(assess(text).level) <= order.index(at_most)
