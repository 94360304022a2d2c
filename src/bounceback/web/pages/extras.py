"""What capability parts add to an application's page, each only when its part exists."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bounceback.domain.errors import BouncebackError
from bounceback.domain.models import Timeline
from bounceback.domain.vocabulary import Stage

if TYPE_CHECKING:
    from bounceback.services import Bounceback


def has(bb: Bounceback, name: str) -> bool:
    return hasattr(type(bb), name)


def for_application(bb: Bounceback, timeline: Timeline) -> dict[str, Any]:
    """Blocks for the main column and the side column, with the data each needs, from the
    page's timeline (already read: nothing of it is read again)."""
    found: dict[str, Any] = {"blocks": [], "side": [], "rejection_flow": has(bb, "recovery")}
    app = timeline.application
    assert app.id is not None
    if has(bb, "learning"):
        learned = bb.learning.for_timeline(timeline)  # type: ignore[attr-defined]
        found["interviews"] = learned.interviews
        found["blocks"].append({"template": "parts/app_interviews.html"})
        if learned.feedback is not None:
            found["feedback"] = learned.feedback
            found["reason_review"] = learned.reasons
            found["blocks"].append({"template": "parts/app_feedback.html"})
        if app.is_live and app.stage.rank >= Stage.SCREENING.rank:
            found["brief"] = True
    if has(bb, "skills"):
        try:
            report = bb.skills.gaps(app.id, app)  # type: ignore[attr-defined]
        except BouncebackError:
            report = None
        if report is not None and report.has_posting:
            found["gaps"] = report
            found["side"].append({"template": "parts/app_gaps.html"})
    return found


def support_people(bb: Bounceback) -> list[Any] | None:
    """The user's support people, or None while the recovery part is not built."""
    if not has(bb, "recovery"):
        return None
    return list(bb.recovery.people())  # type: ignore[attr-defined]
