"""The learning part: feedback, reasons, interviews, practice, lessons, patterns and the brief."""

from __future__ import annotations

from dataclasses import dataclass

from bounceback.domain.errors import BouncebackError
from bounceback.domain.learning import Interview, Lesson
from bounceback.domain.models import Company, Timeline
from bounceback.domain.vocabulary import Outcome
from bounceback.learning import lessons as lesson_rules
from bounceback.learning.brief import Brief
from bounceback.learning.patterns import PatternReport
from bounceback.services.learning_feedback import (
    FeedbackOverview,
    FeedbackPart,
    ReasonReview,
    _text_of,
)
from bounceback.services.learning_practice import PracticePart
from bounceback.storage.repos import applications as apps_repo
from bounceback.storage.repos import companies as companies_repo
from bounceback.storage.repos import contacts as contacts_repo
from bounceback.storage.repos import feedback as feedback_repo
from bounceback.storage.repos import interviews as interviews_repo


@dataclass
class ApplicationLearning:
    """What an application's page shows of learning: its interviews and, once it was
    rejected, the feedback asked for and given, and the reasons with their suggestions."""

    interviews: list[Interview]
    feedback: FeedbackOverview | None = None
    reasons: ReasonReview | None = None


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
                                                 *_text_of(rejection, given))
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
        wanted = lesson_rules.parse_tag(tag) if tag else None
        with self.db.session() as s:
            found = feedback_repo.lessons(s)
        return [lesson for lesson in found if wanted is None or wanted in lesson.tags]

    def suggested_lessons(self) -> list[Lesson]:
        """Lessons the patterns point to that the user has not written yet."""
        return lesson_rules.suggest_lessons(self.patterns(applications=False), self.lessons(),
                                          self.today())

    def _companies(self, s) -> dict[str, Company]:  # type: ignore[no-untyped-def]
        return {c.name: c for c in companies_repo.list_all(s)}

    def patterns(self, *, applications: bool = True) -> PatternReport:
        """What the rejections have in common (from the read model: the views part);
        `applications=False`: without the applications behind each repeated question."""
        return self.app.views.patterns(applications=applications)

    def brief(self, app_id: int, skills: list[str] | None = None) -> Brief:
        """Everything to read before the next interview for one application: its own rows, and
        from the rest of the search only what the brief shows (read through the read model)."""
        from bounceback.learning import brief as b
        from bounceback.learning.interviews import WeakAnswer
        from bounceback.learning.lessons import Context, lessons_for
        from bounceback.learning.patterns import WeakWording
        from bounceback.storage.readmodel import learning_queries

        today = self.today()
        with self.db.session() as s:
            app = apps_repo.get(s, app_id)
            found = companies_repo.find_company(s, app.company)
            companies = {found.name: found} if found else {}
            kind = b.company_tags(app, companies)
            with self.db.reader() as r:
                said: list[WeakWording] = [w for w in learning_queries.wordings(r)
                                           if w.last_held <= today]
                candidates = learning_queries.learnables(r, b.role_family(app.role), set(kind),
                                                         exclude=app_id, first=b.SIMILAR)
                chosen = b.most_similar(app, set(kind), candidates, b.SIMILAR)
                texts = learning_queries.learnable_texts(r, [c.application_id for c, _, _ in chosen])
                wordings = b.distinct_wordings([w.question for w in said])
                latest = learning_queries.latest_weak(r, wordings, today)
            held = sorted({interview_id for interview_id, _ in latest.values()})
            # this application's rounds and those the weak answers come from, read together
            read = interviews_repo.interviews(s, app_id, also=held)
            rounds = sorted((i for i in read if i.application_id == app_id),
                            key=lambda i: i.held_on)
            rounds_by_id = {i.id: i for i in read}
            struggled = []
            for text in wordings:
                if text in latest:
                    interview_id, question_id = latest[text]
                    round_ = rounds_by_id[interview_id]
                    question = next(q for q in round_.questions if q.id == question_id)
                    struggled.append(WeakAnswer(question, round_))
            context = Context(b.brief_stage(app), kind, tuple(skills or []))
            return b.Brief(
                application=app, stage=b.brief_stage(app),
                contacts=contacts_repo.list_contacts(s, app_id),
                rounds_so_far=rounds,
                lessons=lessons_for(feedback_repo.lessons(s), context),
                cards_due=interviews_repo.due_cards(s, today, b.CARDS),
                struggled=struggled,
                similar_feedback=[
                    b.SimilarFeedback(other.application_id, other.title,
                                      texts[other.application_id][k][0], why,
                                      source=texts[other.application_id][k][1])
                    for other, k, why in chosen
                ],
            )
