"""Warnings when hope rests on too few applications, or the applying has stopped while waiting."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from bounceback.domain.models import Application
from bounceback.domain.vocabulary import Stage
from bounceback.pipeline.history import EventsByApp, silent_since
from bounceback.pipeline.outlook import Contribution
from bounceback.pipeline.wording import count_words, plural

KEEP_APPLYING = "Keep applying while you wait."


class WarningKind(StrEnum):
    THIN = "thin_pipeline"
    HOPE = "hope_concentrated"
    CHANCE = "chance_concentrated"
    LONE_LATE_STAGE = "lone_late_stage"
    IDLE = "idle"


@dataclass(frozen=True)
class PipelineWarning:
    """One reason to keep more doors open, and what to do about it."""

    kind: WarningKind
    message: str
    advice: str = KEEP_APPLYING
    application_id: int | None = None


@dataclass(frozen=True)
class Concentration:
    """What the warnings look at: a handful of facts about the live applications."""

    waiting: int  # live applications waiting on an answer (offers aside)
    lone: tuple[int | None, str] | None  # the one in interviews while nothing else moves
    hope: tuple[int | None, str, float] | None  # the top excitement's share, among two or more
    chance: tuple[int | None, str, float] | None  # the top chance's share, among two or more
    idle_days: int | None  # days since the last application was sent


def check_concentration(
    applications: Iterable[Application],
    today: date,
    *,
    thin_pipeline_min: int = 5,
    concentration_share: float = 0.5,
    idle_days_warning: int = 7,
    contributions: Sequence[Contribution] = (),
    events_by_app: EventsByApp | None = None,
) -> list[PipelineWarning]:
    """The warnings that apply today, most pressing first."""
    apps = list(applications)
    events_by_app = events_by_app or {}
    live = [a for a in apps if a.is_live and a.stage != Stage.OFFER]
    lone = _lone_late_stage(live, today, idle_days_warning, events_by_app)
    hope = _top_share(
        [(a, float(a.excitement)) for a in live if a.excitement is not None and a.excitement > 0]
    )
    by_id = {a.id: a for a in live if a.id is not None}
    chance = _top_share([(by_id[c.application_id], c.chance) for c in contributions
                         if c.application_id in by_id and c.chance > 0])
    facts = Concentration(
        waiting=len(live),
        lone=(lone.id, lone.title) if lone is not None else None,
        hope=(hope[0].id, hope[0].title, hope[1]) if hope is not None else None,
        chance=(chance[0].id, chance[0].title, chance[1]) if chance is not None else None,
        idle_days=_idle_days(apps, today),
    )
    return warnings_from(facts, thin_pipeline_min=thin_pipeline_min,
                         concentration_share=concentration_share,
                         idle_days_warning=idle_days_warning)


def warnings_from(
    facts: Concentration,
    *,
    thin_pipeline_min: int = 5,
    concentration_share: float = 0.5,
    idle_days_warning: int = 7,
) -> list[PipelineWarning]:
    """The warnings from the facts (the read model keeps what they are computed from)."""
    warnings: list[PipelineWarning] = []
    waiting = facts.waiting
    if facts.lone is not None:
        lone_id, lone_title = facts.lone
        warnings.append(
            PipelineWarning(
                WarningKind.LONE_LATE_STAGE,
                f"{lone_title} is the only application that is moving. It may well work out, "
                "but nobody outside can see what happens inside the company or how strong the "
                "other candidates are.",
                application_id=lone_id,
            )
        )
    if waiting < thin_pipeline_min:
        lead = "No application is" if not waiting else f"Only {plural(waiting, 'application')}"
        verb = "" if not waiting else (" is" if waiting == 1 else " are")
        warnings.append(
            PipelineWarning(
                WarningKind.THIN,
                f"{lead}{verb} waiting on an answer. A thin pipeline puts a lot of weight on "
                f"each one; aim for at least {count_words(thin_pipeline_min)} live at a time.",
            )
        )
    if facts.hope is not None and facts.hope[2] > concentration_share:
        hope_id, hope_title, share = facts.hope
        warnings.append(
            PipelineWarning(
                WarningKind.HOPE,
                f"Most of your hope rests on {hope_title} "
                f"({round(100 * share)} % of your excitement across live applications). "
                "Being excited is good; letting one application carry the search is risky.",
                application_id=hope_id,
            )
        )
    if facts.chance is not None and facts.chance[2] > concentration_share:
        chance_id, chance_title, share = facts.chance
        warnings.append(
            PipelineWarning(
                WarningKind.CHANCE,
                f"About {round(100 * share)} % of your chance of an offer rides on "
                f"{chance_title}. If it does not work out, little else is close behind.",
                application_id=chance_id,
            )
        )
    idle = facts.idle_days
    if waiting and idle is not None and idle >= idle_days_warning:
        warnings.append(
            PipelineWarning(
                WarningKind.IDLE,
                f"No new application in {plural(idle, 'day')} while you wait on "
                f"{plural(waiting, 'answer')}. Waiting is the hardest part; one application "
                "today keeps the search moving.",
            )
        )
    return warnings


def _top_share(weights: list[tuple[Application, float]]) -> tuple[Application, float] | None:
    """The application with the largest share of the weight, among two or more."""
    if len(weights) < 2:
        return None
    total = sum(w for _, w in weights)
    if total <= 0:
        return None
    app, top = max(weights, key=lambda item: item[1])
    return app, top / total


def _lone_late_stage(
    live: list[Application], today: date, idle_days: int, events_by_app: EventsByApp
) -> Application | None:
    """The one application in interviews when nothing else has moved lately."""
    late = [a for a in live if a.stage == Stage.INTERVIEWING]
    if len(late) != 1:
        return None
    for app in live:
        if app is late[0]:
            continue
        since = silent_since(app, events_by_app.get(app.id, ()) if app.id is not None else ())
        if since is not None and (today - since).days < idle_days:
            return None
    return late[0]


def _idle_days(apps: list[Application], today: date) -> int | None:
    sent = [a.date_applied for a in apps if a.date_applied is not None and a.date_applied <= today]
    return (today - max(sent)).days if sent else None
