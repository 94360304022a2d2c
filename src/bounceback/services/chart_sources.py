"""What the charts, the review and the calendar read from the other parts (recovery, learning,
pipeline), in one place, so the charts part does not depend on their internals elsewhere.
The recovery and learning rows come from the views part (no ORM: `review` starts none)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bounceback.domain.learning import FeedbackRequest, Lesson, PracticeCard
from bounceback.domain.recovery import CheckIn, JournalEntry, RecoveryWindow

if TYPE_CHECKING:
    from bounceback.pipeline.plan import Intention
    from bounceback.services import Bounceback


def check_ins(bb: Bounceback) -> list[CheckIn]:
    return bb.views.check_ins()


def journal(bb: Bounceback) -> list[JournalEntry]:
    return bb.views.journal()


def windows(bb: Bounceback) -> list[RecoveryWindow]:
    return list(bb.recovery.windows())


def lessons(bb: Bounceback) -> list[Lesson]:
    return bb.views.lessons()


def practice_cards(bb: Bounceback) -> list[PracticeCard]:
    return bb.views.deck()


def feedback_requests(bb: Bounceback) -> list[FeedbackRequest]:
    return bb.views.feedback_overview().requests


def intentions(bb: Bounceback) -> list[Intention]:
    """The weekly plan's 'when and where' intentions."""
    return list(bb.views.plan().intentions)

