"""The learning part's interview log and practice deck."""

from __future__ import annotations

from datetime import date

from bounceback.domain.learning import CardOrigin, Interview, PracticeCard
from bounceback.domain.models import Event
from bounceback.domain.vocabulary import EventKind
from bounceback.learning import interviews as log
from bounceback.learning import practice
from bounceback.services.base import ServicePart
from bounceback.storage.repos import applications as apps_repo
from bounceback.storage.repos import events as events_repo
from bounceback.storage.repos import interviews as repo


class PracticePart(ServicePart):
    """Interviews and practice cards; mixed into LearningService."""

    def log_interview(self, interview: Interview) -> Interview:
        """Keep one round; weak answers become practice cards at once."""
        log.check_interview(interview)
        self.past_day(interview.held_on, "the interview date")
        with self.db.session() as s:
            app = apps_repo.get(s, interview.application_id)
            if app.date_applied and interview.held_on < app.date_applied:
                from bounceback.domain.errors import InvalidValue

                raise InvalidValue(
                    f"the interview date {interview.held_on} is before the date applied "
                    f"({app.date_applied}); check the date"
                )
            if interview.round is None:
                interview.round = log.next_round(
                    repo.interviews(s, interview.application_id), interview.application_id
                )
            saved = repo.add_interview(s, interview)
            events_repo.add(
                s,
                Event(
                    application_id=saved.application_id,
                    kind=EventKind.INTERVIEW_HELD,
                    occurred_at=self.moment(saved.held_on),
                    round=saved.round,
                    interview_type=saved.kind,
                    summary=f"Round {saved.round}: {saved.kind.value.replace('_', ' ')}",
                    details={"interview_id": saved.id},
                ),
            )
            if app.last_activity is None or saved.held_on > app.last_activity:
                apps_repo.update(s, app.id or 0, {"last_activity": saved.held_on})
            self.sync_practice()
            return saved

    def interviews(self, app_id: int | None = None) -> list[Interview]:
        with self.db.session() as s:
            if app_id is not None:
                apps_repo.get(s, app_id)
            return repo.interviews(s, app_id)

    def sync_practice(self) -> list[PracticeCard]:
        """Cards for weak answers and for interview_performance rejections. Called by what
        records them (an interview, a rejection's reasons, an import): reading the deck never
        writes."""
        from bounceback.storage import core_practice

        with self.db.session() as s:
            return core_practice.sync(s, self.today())

    def deck(self) -> list[PracticeCard]:
        return self.app.views.deck()  # without the ORM (the views part)

    def due_cards(self, limit: int | None = None, on: date | None = None) -> list[PracticeCard]:
        return self.app.views.due_cards(limit, on)

    def add_card(
        self, question: str, tags: list[str] | None = None, app_id: int | None = None
    ) -> PracticeCard:
        """A card of the user's own, due today."""
        card = practice.new_card(question, self.today(), CardOrigin.USER, app_id, tags or [])
        with self.db.session() as s:
            if app_id is not None:
                apps_repo.get(s, app_id)
            return repo.add_card(s, card)

    def card(self, card_id: int) -> PracticeCard:
        """One card; NotFound when there is no such card."""
        with self.db.session() as s:
            return repo.get_card(s, card_id)

    def review_card(self, card_id: int, rating: int, answer: str = "") -> PracticeCard:
        """Rate today's answer; the card moves box and gets its next date. Good drafts are kept."""
        with self.db.session() as s:
            card = practice.review(repo.get_card(s, card_id), rating, self.today())
            if answer.strip() and rating >= 3:
                card.best_answer = answer.strip()
            return repo.save_card(s, card)
