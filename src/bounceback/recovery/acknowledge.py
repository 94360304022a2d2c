"""The first words after a rejection, in a voice that fits how far the candidate got."""

from __future__ import annotations

from dataclasses import dataclass, field

from bounceback.domain.models import Application, Rejection
from bounceback.domain.vocabulary import RejectionChannel, Stage


@dataclass(frozen=True)
class Acknowledgement:
    """What the flow says first: a headline, a few plain sentences, and the source of a figure."""

    stage: Stage
    headline: str
    lines: list[str] = field(default_factory=list)
    source: str = ""

    @property
    def text(self) -> str:
        return "\n".join([self.headline, *self.lines])


_NORMAL = "It is normal for this to hurt, and you do not need to hurry past it."


def acknowledge(
    rejection: Rejection,
    application: Application,
    rounds: int = 0,
    final_round: bool = False,
) -> Acknowledgement:
    """Acknowledge a rejection by the stage reached: a no after a final round is not an
    automatic no after an application. `rounds` counts interviews held; `final_round` says the
    last one was a final."""
    stage = rejection.stage_reached
    where = application.title
    if stage in (Stage.SAVED, Stage.APPLIED):
        return Acknowledgement(
            stage=Stage.APPLIED,
            headline=f"A no from {application.company}, for {application.role}.",
            lines=[
                "A no at the application stage is the most common answer there is: only about "
                "3 in 100 applications reach an interview.",
                "It says very little about you; often nobody read the application closely. "
                "It still stings, and that is fine.",
            ],
            source="CareerPlug Recruiting Metrics Report 2025",
        )
    if stage == Stage.SCREENING:
        return Acknowledgement(
            stage=stage,
            headline=f"{where}: they stopped after the first conversation.",
            lines=[
                "You made it past the pile of applications and spoke with them, which most "
                "applicants never do.",
                "Being turned down after you put yourself forward in person is harder than a "
                "form letter. " + _NORMAL,
            ],
            source="CareerPlug Recruiting Metrics Report 2025",
        )
    if stage == Stage.INTERVIEWING:
        if final_round:
            lines = [
                "You reached the final round. You were close, and they saw something in you.",
                "A no this late is one of the hardest kinds, especially for a job you wanted. "
                + _NORMAL,
            ]
        else:
            held = f"after {rounds} interview rounds" if rounds > 1 else "after interviewing"
            lines = [
                f"This came {held}. You prepared, showed up and gave it real effort.",
                "Even at this stage most candidates hear no: about 1 in 4 interviews ends in a "
                "hire. " + _NORMAL,
            ]
        return Acknowledgement(
            stage=stage,
            headline=f"{where}: not this time.",
            lines=lines,
            source="CareerPlug Recruiting Metrics Report 2025",
        )
    if stage in (Stage.OFFER, Stage.ACCEPTED):
        return Acknowledgement(
            stage=Stage.OFFER,
            headline=f"{where}: the offer did not go ahead.",
            lines=[
                "You had reached an offer, which means they chose you. Losing it after that is "
                "a real loss, and it is rarely about anything you did.",
                _NORMAL,
            ],
        )
    return Acknowledgement(stage=stage, headline=f"{where}: not this time.", lines=[_NORMAL])


def silence_line(rejection: Rejection) -> str | None:
    """An extra sentence when the no came as silence."""
    if rejection.channel == RejectionChannel.SILENCE:
        return "Silence is a hard way to get an answer; not hearing back is not a verdict on you."
    return None


def hurt_line(hurt: int | None) -> str | None:
    """A sentence that takes the user's own measure of the hurt seriously."""
    if hurt is None:
        return None
    if hurt >= 8:
        return "This one hurts a lot. Give it time; the window to recover is longer for it."
    if hurt <= 2:
        return "It sounds like this one did not hit too hard. That is fine too."
    return None


def full_acknowledgement(
    rejection: Rejection,
    application: Application,
    rounds: int = 0,
    final_round: bool = False,
) -> Acknowledgement:
    """The acknowledgement with the lines for silence and for how much it hurt."""
    base = acknowledge(rejection, application, rounds=rounds, final_round=final_round)
    extra = [line for line in (silence_line(rejection), hurt_line(rejection.hurt)) if line]
    return Acknowledgement(base.stage, base.headline, [*base.lines, *extra], base.source)
