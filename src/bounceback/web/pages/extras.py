"""What capability parts add to an application's page, each only when its part exists."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bounceback.domain.errors import BouncebackError
from bounceback.domain.models import Application
from bounceback.domain.vocabulary import Stage

if TYPE_CHECKING:
    from bounceback.services import Bounceback


def has(bb: Bounceback, name: str) -> bool:
    return hasattr(type(bb), name)


def for_application(bb: Bounceback, app: Application) -> dict[str, Any]:
    """Blocks for the main column and the side column, with the data each needs."""
    found: dict[str, Any] = {"blocks": [], "side": [], "rejection_flow": has(bb, "recovery")}
    assert app.id is not None
    if has(bb, "learning"):
        learning = bb.learning  # type: ignore[attr-defined]
        found["interviews"] = learning.interviews(app.id)
        found["blocks"].append({"template": "parts/app_interviews.html"})
        if app.outcome is not None and app.outcome.value == "rejected":
            found["feedback"] = learning.feedback_overview(app.id)
            try:
                found["reason_review"] = learning.review_reasons(app.id)
            except BouncebackError:
                found["reason_review"] = None
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
