"""What capability parts add to an application's page, each only when its part exists."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bounceback.domain.vocabulary import Stage

if TYPE_CHECKING:
    from bounceback.services import Bounceback
    from bounceback.services.page_reads import ApplicationPage


def has(bb: Bounceback, name: str) -> bool:
    return hasattr(type(bb), name)


def for_application(bb: Bounceback, found: ApplicationPage) -> dict[str, Any]:
    """Blocks for the main column and the side column, with the data each needs, from what
    the page read in one snapshot (services/page_reads.py: nothing of it is read again)."""
    extra: dict[str, Any] = {"blocks": [], "side": [], "rejection_flow": has(bb, "recovery")}
    app = found.timeline.application
    learned = found.learning
    if learned is not None:
        extra["interviews"] = learned.interviews
        extra["blocks"].append({"template": "parts/app_interviews.html"})
        if learned.feedback is not None:
            extra["feedback"] = learned.feedback
            extra["reason_review"] = learned.reasons
            extra["blocks"].append({"template": "parts/app_feedback.html"})
        if app.is_live and app.stage.rank >= Stage.SCREENING.rank:
            extra["brief"] = True
    if found.gaps is not None:
        extra["gaps"] = found.gaps
        extra["side"].append({"template": "parts/app_gaps.html"})
    return extra


def support_people(bb: Bounceback) -> list[Any] | None:
    """The user's support people, or None while the recovery part is not built."""
    if not has(bb, "recovery"):
        return None
    return bb.views.people()  # the lean read `support list` uses
