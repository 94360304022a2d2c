"""Round 25: a long journal entry whose writer says they are safe gets no full message.

Long ordinary entries (a hard day told in several sentences) got the full message when the writer
wrote a hard moment and then their own reassurance ("for a second I thought I can't do this any
more, but to be clear I'm safe and I'd never hurt myself"): the encoder read "never hurt myself"
as it reads "hurt myself" and turned the heavy phrase's question into the full message. crisis27
(taken out on review) is brought back mended (crisis27b): "I'm safe" and "I would never hurt
myself" ([self_safe] of the 14 phrase files) withhold the encoder's full message only where the
text without them no longer earns it and nothing around them takes them back (a negator, a
question, "Not.", "/s", a past or a bound in time, said to someone, quoted); they never lower a
reading by themselves. A phrase inside such a reassurance (Dutch "zou mezelf nooit iets aandoen")
is still read as the phrase lists read it: that part of crisis27 is not brought back.
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess
from bounceback.recovery.crisis_reassure import safe_rest

HARD_DAY_SAFE = [
    # French: the encoder's full message over "je n'en peux plus" before.
    "Encore un refus ce matin, après deux entretiens. J'ai pleuré dans le bus. Un instant j'ai "
    "pensé que je n'en peux plus, mais rassurez-vous, je suis en sécurité et je ne me ferais "
    "jamais de mal, c'était juste un mauvais moment. Demain je relance la recruteuse et je "
    "postule à deux offres.",
    # Polish, likewise.
    "Kolejna odmowa, tym razem z banku. Płakałam w tramwaju. Przez chwilę pomyślałam, że już "
    "nie dam rady, ale spokojnie, jestem bezpieczna i nigdy bym sobie nic nie zrobiła, to była "
    "tylko zła chwila. Jutro wysyłam dwa nowe zgłoszenia i idę pobiegać.",
]


@pytest.mark.parametrize("text", HARD_DAY_SAFE)
def test_a_hard_moment_then_the_writers_own_reassurance_gets_no_full_message(text: str) -> None:
    assert assess(text).level != CrisisLevel.EXPLICIT


def test_a_hard_moment_before_a_reassurance_still_asks() -> None:
    """"I can't take it any more" is heavy: the reassurance takes away the full message, not the
    question (the product decision of round 19: only a reassurance with nothing else of risk
    gets nothing)."""
    assert assess(HARD_DAY_SAFE[0]).level == CrisisLevel.SOFT


WRITERS_OWN = [
    "Sent two applications today. I keep telling everyone I'm safe, but honestly I want to die "
    "and I have been looking up how many pills it takes. Tomorrow another interview.",
    "Ik zou mezelf nooit iets aandoen, dacht ik altijd. Nu wil ik gewoon dood.",
    "Ik ben veilig, zeg ik steeds tegen iedereen, maar ik wil dood en ik heb de pillen al.",
    "كنت أقول لن أؤذي نفسي أبدًا، لكن الآن أريد أن أموت وكتبت رسالة الوداع.",
    "Jestem bezpieczna, tak mówię mamie, ale napisałam już list pożegnalny i chcę się zabić w "
    "sobotę.",
    "I told mum I'm safe. I'm not. I want to kill myself and the rope is in the garage.",
]


@pytest.mark.parametrize("text", WRITERS_OWN)
def test_a_reassurance_said_to_others_or_left_behind_lowers_no_statement(text: str) -> None:
    assert assess(text).level == CrisisLevel.EXPLICIT


def test_a_reassurance_bounded_in_time_is_none() -> None:
    """"For now" makes it no reassurance (round 19's hedge): the check still shows the lines."""
    text = "I'm safe for now but the pills are counted and I'm doing it tonight."
    assert assess(text).level != CrisisLevel.NONE


NO_REASSURANCE = [
    ("No estoy a salvo.", ("es",)),
    ("Nie jestem bezpieczna.", ("pl",)),
    ("Sono al sicuro? Non lo so.", ("it",)),
    ("I'm safe. Not.", ("en",)),
    ("I'm safe /s", ("en",)),
    ("Ich bin in Sicherheit. Gelogen.", ("de",)),
    ("Я в безопасности. Ага.", ("ru",)),
    ("I always said I'd never hurt myself.", ("en",)),
    ("I'm safe as long as I stay home.", ("en",)),
    ("Je suis en sécurité tant que je reste chez moi.", ("fr",)),
    ("I'm safe this week.", ("en",)),
    ("I don't know if I'm safe.", ("en",)),
    ("I told my therapist I'm safe.", ("en",)),
    ("Sie sagt: „Ich bin in Sicherheit“.", ("de",)),
    ("انا في امان الله", ("ar",)),
    ("我不会伤害自己以外的任何人", ("zh",)),
    ("谁说我不会伤害自己", ("zh",)),
    ("क्या मैं सुरक्षित हूं?", ("hi",)),
]


@pytest.mark.parametrize(("text", "languages"), NO_REASSURANCE)
def test_a_reassurance_negated_asked_taken_back_bounded_or_someone_elses_is_none(
        text: str, languages: tuple[str, ...]) -> None:
    """Each of these, beside a statement, could have withheld its full message (crisis27's
    review): none of them is the writer's "I'm safe"."""
    assert safe_rest(text, languages) is None


def test_the_writers_plain_reassurance_is_read() -> None:
    assert safe_rest("It was a bad moment, but I'm safe and I'd never hurt myself.", ("en",)) \
        == "it was a bad moment, but and ."
