"""Round 25: a long journal entry whose writer says they are safe gets no full message.

Long ordinary entries (a hard day told in several sentences) got the full message when the writer
wrote a hard moment and then their own reassurance ("for a second I thought I can't do this any
more, but to be clear I'm safe and I'd never hurt myself"): the encoder read "never hurt myself"
as it reads "hurt myself" and turned the heavy phrase's question into the full message, and in
Dutch and Arabic the phrase lists read "hurt myself" inside "I would never hurt myself" as the
statement. The reassurance lists now read "I'm safe" and "I would never hurt myself" in the 14
languages; where the writer's own reassurance stands, the encoder no longer turns a question into
the full message (the question stays: its answer shows every line), and a phrase that lies inside
such a reassurance is not read as a statement. The writer's own statement beside a reassurance
said to others, or one put in the past, keeps the full message.
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess

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
    # Dutch: "mezelf ... aandoen" inside "zou mezelf nooit iets aandoen" read as the statement.
    "Weer een afwijzing, dit keer van de bibliotheek. Ik heb in de trein gehuild. Even dacht ik "
    "dat ik het niet meer trek, maar geen zorgen, ik ben veilig en zou mezelf nooit iets aandoen, "
    "het was gewoon een slecht moment. Morgen bel ik de recruiter terug.",
    # Arabic: "اوذي نفسي" inside "لن أؤذي نفسي أبدًا".
    "رفض جديد اليوم من شركة التأمين. بكيت في الحافلة. للحظة فكرت أنني لم أعد أحتمل، لكن لا "
    "تقلقوا، أنا بأمان ولن أؤذي نفسي أبدًا، كانت مجرد لحظة سيئة. غدًا سأرسل طلبين جديدين.",
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
