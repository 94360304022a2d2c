"""What the web's pages read, from one snapshot through the lean read layer (no ORM).

The same functions answer the command line (`views.timeline`, `views.gaps`, `views.reasons`):
a page and a command read one path. A long-running process also keeps, per store, what the
labels and the skills give under their stamps (every write to a label, a posting, a resume,
the profile or the vocabulary moves its stamp in its own transaction, from any process): a
page reads the two stamps in one statement and works the rest out again only when one moved.
The ORM's parts (services/learning.py, services/skill_gaps.py) stay the writes' own reads and
the tests' oracle (tests/web/test_lean_pages.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from bounceback.memo import Memo

if TYPE_CHECKING:
    from bounceback.domain.learning import Interview
    from bounceback.domain.models import Timeline
    from bounceback.domain.skills import GapReport
    from bounceback.learning.feedback import FeedbackOverview
    from bounceback.services.gap_reads import ProfileParts
    from bounceback.services.reason_reads import Labelled, ReasonReview
    from bounceback.storage.readmodel.reader import Reader

#: Gap reports kept per store before the oldest are let go (all of them, at once)
GAPS_KEPT = 2048


@dataclass
class ApplicationLearning:
    """What an application's page shows of learning: its interviews and, once it was
    rejected, the feedback asked for and given, and the reasons with their suggestions."""

    interviews: list[Interview]
    feedback: FeedbackOverview | None = None
    reasons: ReasonReview | None = None


@dataclass
class ApplicationPage:
    """Everything an application's page shows, from one snapshot."""

    timeline: Timeline
    learning: ApplicationLearning | None = None
    gaps: GapReport | None = None  # None: no skills part, or no posting read


@dataclass
class Kept:
    """What a process keeps for one store, each under the stamp it was worked out at."""

    labels: Labelled | None = None
    gaps: Memo[int, tuple[str, GapReport]] = field(default_factory=lambda: Memo(GAPS_KEPT))
    profile: tuple[str, ProfileParts] | None = None


def stamps(r: Reader) -> dict[str, str]:
    """The labels' and the skills' stamps, in one statement."""
    return {str(k): str(v) for k, v in r.all(
        "SELECT key, value FROM rm_meta WHERE key IN ('labels', 'skills')")}


def labelled(r: Reader, kept: Kept, stamp: str | None) -> Labelled:
    """What the labels give (their reason names; the model, once asked for), read again only
    when their stamp moved."""
    from bounceback.services import reason_reads as rr

    found = kept.labels
    if found is not None and stamp is not None and found.stamp == stamp:
        return found
    found = rr.Labelled(stamp, rr.labels(r))
    if stamp is not None:
        kept.labels = found
    return found


def learning(r: Reader, timeline: Timeline, kept: Kept, stamp: str | None, today: date,
             model: Path) -> ApplicationLearning:
    """What `learning.for_timeline` gives: the interviews and, once rejected, the feedback and
    the reasons' review (None when the review fails: the page shows the rest)."""
    from bounceback.domain.errors import BouncebackError
    from bounceback.domain.vocabulary import Outcome
    from bounceback.learning.feedback import overview
    from bounceback.services import reason_reads as rr
    from bounceback.storage.readmodel import brief_queries, own_rows

    app_id = timeline.application.id
    assert app_id is not None
    found = ApplicationLearning(brief_queries.interviews(r, app_id, []))
    if timeline.application.outcome is not Outcome.REJECTED:
        return found
    given = own_rows.feedback(r, app_id)
    found.feedback = overview(own_rows.requests(r, app_id), given, today)
    rejection = timeline.rejection
    if rejection is not None:
        try:
            labels = labelled(r, kept, stamp)
            text, kind = rr.text_of(rejection, given)
            found.reasons = rr.review_of(app_id, rejection, text, kind, labels,
                                         rr.custom_names(r, labels), model, save=False)
        except BouncebackError:
            found.reasons = None
    return found


def _profile(r: Reader, kept: Kept, stamp: str | None) -> ProfileParts:
    from bounceback.services import gap_reads

    if kept.profile is not None and stamp is not None and kept.profile[0] == stamp:
        return kept.profile[1]
    parts = gap_reads.profile_parts(r)
    if stamp is not None:
        kept.profile = (stamp, parts)
    return parts


def gaps(r: Reader, app_id: int, title: str, kept: Kept, stamp: str | None) -> GapReport:
    """What `skills.gaps(app_id)` gives, kept under the skills' stamp (the caller gets a copy
    that shares no list with the kept one)."""
    from bounceback.services import gap_reads

    found = kept.gaps.find(app_id)
    if found is not None and stamp is not None and found[0] == stamp:
        return gap_reads.copy_report(found[1], title)
    report = gap_reads.report_from(r, app_id, title, _profile(r, kept, stamp))
    if stamp is not None:
        kept.gaps.keep(app_id, (stamp, gap_reads.copy_report(report, title)))
    return report


def application_page(r: Reader, app_id: int, kept: Kept, *, with_learning: bool,
                     with_skills: bool, today: date, model: Path) -> ApplicationPage | None:
    """An application's page: its timeline, what learning and skills add (each only when
    asked), from one snapshot. None when there is no such application."""
    from bounceback.storage.readmodel import timeline_queries as tq

    timeline = tq.timeline(r, app_id)
    if timeline is None:
        return None
    found = ApplicationPage(timeline)
    marks = stamps(r) if with_learning or with_skills else {}
    if with_learning:
        found.learning = learning(r, timeline, kept, marks.get("labels"), today, model)
    if with_skills:
        from bounceback.domain.errors import BouncebackError

        try:  # the page shows the rest without the gaps rather than failing
            report = gaps(r, app_id, timeline.application.title, kept, marks.get("skills"))
        except BouncebackError:
            report = None
        found.gaps = report if report is not None and report.has_posting else None
    return found
