"""The learning part: feedback, reasons, interviews, practice, lessons, patterns and the brief."""

from __future__ import annotations

from bounceback.domain.learning import Lesson
from bounceback.domain.models import Company
from bounceback.learning import lessons as lesson_rules
from bounceback.learning.brief import Brief, build_brief
from bounceback.learning.patterns import PatternReport
from bounceback.services.learning_feedback import FeedbackPart
from bounceback.services.learning_practice import PracticePart
from bounceback.storage.repos import applications as apps_repo
from bounceback.storage.repos import companies as companies_repo
from bounceback.storage.repos import contacts as contacts_repo
from bounceback.storage.repos import feedback as feedback_repo
from bounceback.storage.repos import interviews as interviews_repo
from bounceback.storage.repos import rejections as rejections_repo


class LearningService(FeedbackPart, PracticePart):
    """Growing from rejections. Feedback and reasons, interviews and practice live in mixins."""

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
        wanted = lesson_rules.parse_tag(tag) if tag else None
        with self.db.session() as s:
            found = feedback_repo.lessons(s)
        return [lesson for lesson in found if wanted is None or wanted in lesson.tags]

    def suggested_lessons(self) -> list[Lesson]:
        """Lessons the patterns point to that the user has not written yet."""
        return lesson_rules.suggest_lessons(self.patterns(), self.lessons(), self.today())

    def _companies(self, s) -> dict[str, Company]:  # type: ignore[no-untyped-def]
        return {c.name: c for c in companies_repo.list_all(s)}

    def patterns(self) -> PatternReport:
        """What the rejections have in common (from the read model: the views part)."""
        return self.app.views.patterns()

    def brief(self, app_id: int, skills: list[str] | None = None) -> Brief:
        """Everything to read before the next interview for one application."""
        with self.db.session() as s:
            app = apps_repo.get(s, app_id)
            return build_brief(
                app,
                contacts_repo.list_contacts(s, app_id),
                interviews_repo.interviews(s),
                feedback_repo.lessons(s),
                interviews_repo.cards(s),
                applications=apps_repo.query(s, None),
                feedback=feedback_repo.feedback(s),
                rejections=rejections_repo.all_rejections(s),
                companies=self._companies(s),
                skills=skills or [],
                today=self.today(),
            )
