"""Round 35's review: what the round's changes did to statements and everyday notes.

- A denial of one's own thoughts followed by a plan, a readiness or a time ("I'm not thinking
  about suicide, I'm planning it", "... kein Bock mehr, morgen") must never be lowered to
  nothing: the denial and plain-feeling lines that did so were taken out at the merge, and
  these statements keep at least the question (every line shown).
- "I'll do it" at a set time gives the full message only beside a word of dying that is not
  everyday hyperbole ("this job search is killing me").
- The insurance rule's Dutch "polis" is Turkish for the police.

Texts written for these tests (several after the reviewer's own)."""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess

DENIAL_THEN_PLAN = [
    "İntiharı düşünmüyorum, planlıyorum.",
    "İntiharı düşünmüyorum. Hazırım.",
    "Я не думаю о суициде. Готовлюсь.",
    "مش بفكر انتحر، بخطط.",
    "Nie myślę o samobójstwie, planuję.",
    "Ich denke nicht an Selbstmord, ich hab keinen Bock mehr.",
    "Ich will mich nicht umbringen. Kein Bock mehr.",
    "Ik denk niet aan zelfmoord. Klaar met alles.",
    "并不是想不开，烦死了，明天就结束。",
    "Ben intihar edecek değilim, moralim bozuk, yarın gidiyorum.",
    "I'm not thinking about suicide, I'm planning it.",
]


@pytest.mark.parametrize("text", DENIAL_THEN_PLAN)
def test_a_denial_never_covers_a_plan_that_follows_it(text: str) -> None:
    assert assess(text).level in (CrisisLevel.SOFT, CrisisLevel.EXPLICIT), text


HYPERBOLE_THEN_TIME = [
    "This job search is killing me. I'll do it on Monday.",
    "Ugh this rejection is killing me. I'll do it on Monday.",
    "I'm so tired of applying, I could die. I'll do it tomorrow.",
    "The cover letter is going to be the death of me. I'll do it on Friday.",
]


@pytest.mark.parametrize("text", HYPERBOLE_THEN_TIME)
def test_hyperbole_and_a_day_for_a_chore_is_not_the_full_message(text: str) -> None:
    assert assess(text).level is not CrisisLevel.EXPLICIT, text


STILL_PLANS = [
    "I want to die and this is killing me. I'll do it on Monday while they're at work.",
    "I've written the letters and the pills are in the drawer. I'll do it on Friday.",
]


@pytest.mark.parametrize("text", STILL_PLANS)
def test_a_real_plan_beside_hyperbole_keeps_the_full_message(text: str) -> None:
    assert assess(text).level is CrisisLevel.EXPLICIT, text


def test_the_turkish_police_is_no_insurance_policy() -> None:
    text = "Polis akademisine başvurdum, mülakatta intihar vakalarını sordular."
    assert "global:r35_policy_suicide" not in assess(text).signs


@pytest.mark.parametrize(
    "text",
    [
        "De polis dekt zelfmoord pas na twee jaar, en die twee jaar zijn voorbij.",
        "La póliza cubre el suicidio después de dos años y ya pasaron.",
    ],
)
def test_a_policy_read_for_suicide_keeps_the_full_message(text: str) -> None:
    assert assess(text).level is CrisisLevel.EXPLICIT, text
