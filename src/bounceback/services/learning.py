"""The learning part: feedback, reasons, interviews, practice, lessons, patterns and the brief."""

from __future__ import annotations

from datetime import date

from bounceback.domain.learning import Lesson
from bounceback.domain.models import Company
from bounceback.learning import lessons as lesson_rules
from bounceback.learning.brief import Brief, build_brief
from bounceback.learning.patterns import PatternReport, find_patterns
from bounceback.services.base import TodayItem, TodaySection
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
        with self.db.session() as s:
            return find_patterns(
                apps_repo.query(s, None),
                rejections_repo.all_rejections(s),
                interviews_repo.interviews(s),
                self._companies(s),
                today=self.today(),
            )

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

    def today_sections(self, on: date) -> list[TodaySection]:
        """Feedback follow-ups due (once), requests to let go, and practice cards due."""
        overview = self.feedback_overview()
        wanted = {r.application_id for r in overview.follow_ups_due + overview.time_to_let_go}
        with self.db.session() as s:
            found = apps_repo.get_many(s, (i for i in wanted if i is not None))
            companies = {i: app.company for i, app in found.items()}
        items = [
            TodayItem(
                f"Follow up once on your feedback request to {r.recipient_name} "
                f"at {companies.get(r.application_id, 'the company')}",
                kind="feedback_follow_up",
                application_id=r.application_id,
                due=r.follow_up_due,
            )
            for r in overview.follow_ups_due
        ]
        items += [
            TodayItem(
                f"No answer from {r.recipient_name} at {companies.get(r.application_id, 'the company')} "
                "after a follow-up: it is fine to let "
                "this one go; most companies never reply.",
                kind="feedback_let_go",
                application_id=r.application_id,
            )
            for r in overview.time_to_let_go
        ]
        with self.db.session() as s:
            due = [c for c in interviews_repo.cards(s) if c.due <= on]
        if due:
            items.append(
                TodayItem(
                    f"{len(due)} practice card{'s' if len(due) != 1 else ''} due: "
                    "`bounceback practice`",
                    kind="practice_due",
                )
            )
        if not items:
            return []
        return [TodaySection("learning", "Learn from it", items, order=35, tone="gentle")]
