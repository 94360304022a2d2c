"""The learning part: feedback, reasons, interviews, practice, lessons, patterns and the brief."""

from __future__ import annotations

from bounceback.domain.errors import BouncebackError
from bounceback.domain.learning import Lesson
from bounceback.domain.models import Company, Timeline
from bounceback.domain.vocabulary import Outcome
from bounceback.learning import lessons as lesson_rules
from bounceback.learning.brief import Brief
from bounceback.learning.patterns import PatternReport
from bounceback.services.learning_feedback import (
    FeedbackPart,
    _text_of,
)
from bounceback.services.learning_practice import PracticePart
from bounceback.services.page_reads import ApplicationLearning
from bounceback.storage.repos import applications as apps_repo
from bounceback.storage.repos import companies as companies_repo
from bounceback.storage.repos import feedback as feedback_repo
from bounceback.storage.repos import interviews as interviews_repo


class LearningService(FeedbackPart, PracticePart):
    """Growing from rejections. Feedback and reasons, interviews and practice live in mixins."""

    def for_timeline(self, timeline: Timeline) -> ApplicationLearning:
        """The page's learning parts from its already-read timeline: the application and its
        rejection are not read again, the feedback is read once for both parts."""
        app_id = timeline.application.id
        assert app_id is not None
        with self.db.session() as s:
            found = ApplicationLearning(interviews_repo.interviews(s, app_id))
            if timeline.application.outcome is not Outcome.REJECTED:
                return found
            given = feedback_repo.feedback(s, app_id)
            found.feedback = self._overview(feedback_repo.requests(s, app_id), given)
            rejection = timeline.rejection
            if rejection is not None:
                try:  # the page shows the rest without the review rather than failing
                    found.reasons = self._review(s, app_id, rejection,
                                                 *_text_of(rejection, given), save=False)
                except BouncebackError:
                    found.reasons = None
            return found

    def add_lesson(
        self,
        text: str,
        tags: list[str] | None = None,
        app_id: int | None = None,
        suggested: bool = False,
    ) -> Lesson:
        lesson = lesson_rules.new_lesson(text, self.today(), tags or [], app_id)
        lesson.suggested = suggested
        with self.db.session() as s:
            if app_id is not None:
                apps_repo.get(s, app_id)
            return feedback_repo.add_lesson(s, lesson)

    def lessons(self, tag: str | None = None) -> list[Lesson]:
        return self.app.views.lessons(tag)  # without the ORM (the views part)

    def suggested_lessons(self) -> list[Lesson]:
        """Lessons the patterns point to that the user has not written yet."""
        return self.app.views.suggested_lessons()

    def _companies(self, s) -> dict[str, Company]:  # type: ignore[no-untyped-def]
        return {c.name: c for c in companies_repo.list_all(s)}

    def patterns(self, *, applications: bool = True) -> PatternReport:
        """What the rejections have in common (from the read model: the views part);
        `applications=False`: without the applications behind each repeated question."""
        return self.app.views.patterns(applications=applications)

    def brief(self, app_id: int, skills: list[str] | None = None) -> Brief:
        """Everything to read before the next interview for one application: its own rows, and
        from the rest of the search only what the brief shows (no ORM: the views part)."""
        return self.app.views.brief(app_id, skills)
