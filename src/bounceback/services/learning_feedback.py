"""The learning part's feedback and reasons: requests, answers, the classifier and its labels."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from bounceback.domain.errors import Conflict, InvalidValue, NotFound
from bounceback.domain.learning import (
    Draft,
    Feedback,
    FeedbackRequest,
    FeedbackStatus,
    LabelledText,
    Tone,
)
from bounceback.domain.models import Contact, Event, Rejection, RejectionReasonEntry
from bounceback.domain.vocabulary import ContactRole, EventKind, ReasonSource, Stage
from bounceback.learning import drafts, feedback, reasons
from bounceback.learning.classifier import ReasonModel
from bounceback.learning.feedback import FeedbackOverview
from bounceback.services.base import ServicePart
from bounceback.services.reason_reads import Labelled as _Labelled
from bounceback.services.reason_reads import ReasonReview, model_of, model_path, review_of
from bounceback.services.reason_reads import text_of as _text_of
from bounceback.storage.repos import applications as apps_repo
from bounceback.storage.repos import contacts as contacts_repo
from bounceback.storage.repos import events as events_repo
from bounceback.storage.repos import feedback as repo
from bounceback.storage.repos import rejections as rejections_repo


@dataclass
class FeedbackDraft:
    """A drafted request, its record, and the ways to send it."""

    application_id: int
    draft: Draft
    request: FeedbackRequest
    mailto: str
    text: str
    already_requested: bool
    silence_note: str = feedback.SILENCE_NOTE
    recorded: bool = False  # True once the user said it was sent


class FeedbackPart(ServicePart):
    """Feedback requests and reasons; mixed into LearningService."""

    #: What this store's labels give, kept under the labels' stamp (see `_labelled`).
    _labels_kept: _Labelled | None = None

    # -- feedback requests ------------------------------------------------------------------

    def request_feedback(
        self,
        app_id: int,
        *,
        tone: Tone = Tone.WARM,
        to_name: str | None = None,
        to_email: str | None = None,
        sender_name: str | None = None,
        follow_up_days: int | None = None,
        sent: bool = False,
    ) -> FeedbackDraft:
        """Draft a request. Drafting is not asking: only with `sent` (the user says it went out)
        is the request recorded, with its one follow-up; once recorded, a call re-drafts only."""
        days = follow_up_days or self.app.preferences().feedback_follow_up_days
        with self.db.session() as s:
            app = apps_repo.get(s, app_id)
            rejection = rejections_repo.for_application(s, app_id)
            stage = rejection.stage_reached if rejection else app.furthest_stage
            if stage == Stage.SAVED:
                raise Conflict(f"#{app_id} was only saved, never applied for; nothing to ask about")
            contacts = contacts_repo.list_contacts(s, app_id)
            if to_name and to_name.strip():
                role = ContactRole.HIRING_MANAGER
                contacts = [Contact(to_name.strip(), role=role, email=to_email), *contacts]
            draft, contact = drafts.draft_request(app, contacts, stage, tone, sender_name)
            open_ = [
                r
                for r in repo.requests(s, app_id)
                if r.status not in (FeedbackStatus.ANSWERED, FeedbackStatus.CLOSED)
            ]
            if open_:
                request = open_[-1]
            else:
                request = feedback.new_request(
                    app_id, draft, self.today(), stage, contact.id if contact else None, days
                )
            if sent and not open_:
                request = repo.add_request(s, request)
                whom = "" if draft.placeholder else f" {draft.to_name}"
                events_repo.add(
                    s,
                    Event(
                        application_id=app_id,
                        kind=EventKind.FEEDBACK_REQUESTED,
                        occurred_at=self.now(),
                        summary=f"Asked{whom} for feedback",
                        details={"feedback_request_id": request.id},
                    ),
                )
            return FeedbackDraft(
                app_id,
                draft,
                request,
                drafts.mailto_link(draft),
                drafts.as_text(draft),
                already_requested=bool(open_),
                recorded=request.id is not None,
            )

    def follow_up(
        self, app_id: int, sender_name: str | None = None
    ) -> tuple[FeedbackRequest, Draft]:
        """Mark the single follow-up as sent and return its words."""
        with self.db.session() as s:
            app = apps_repo.get(s, app_id)
            found = repo.requests(s, app_id)
            if not found:
                raise NotFound(
                    f"no feedback request for #{app_id}; draft one with "
                    f"`bounceback feedback request {app_id}`"
                )
            request = feedback.mark_followed_up(found[-1], self.today())
            repo.save_request(s, request)
            contacts = [
                Contact(
                    request.recipient_name,
                    email=request.recipient_email,
                    role=ContactRole.HIRING_MANAGER,
                )
            ]
            first, _ = drafts.draft_request(app, contacts, request.stage_reached, request.tone)
            first.subject = request.subject or first.subject
            first.placeholder = request.placeholder
            events_repo.add(
                s,
                Event(
                    application_id=app_id,
                    kind=EventKind.FOLLOW_UP_SENT,
                    occurred_at=self.now(),
                    summary="Followed up once on the feedback request",
                ),
            )
            return request, drafts.draft_follow_up(first, sender_name)

    def add_feedback(
        self,
        app_id: int,
        text: str,
        *,
        on: date | None = None,
        from_name: str | None = None,
        primary: str | None = None,
        others: list[str] | None = None,
    ) -> Feedback:
        """Keep what they said; its reasons join the rejection's, marked as from feedback."""
        if not text.strip():
            raise InvalidValue("the feedback is empty; paste or type what they said")
        day = self.past_day(on, "the date the feedback came")
        with self.db.session() as s:
            apps_repo.get(s, app_id)
            entries: list[RejectionReasonEntry] = []
            if primary:
                entries = reasons.build_entries(
                    primary, others or [], ReasonSource.FEEDBACK, self._custom(s)
                )
            elif others:
                raise InvalidValue("--also needs a primary reason first (--reason)")
            pending = [r for r in repo.requests(s, app_id) if r.answered_on is None]
            request_id = None
            if pending:
                request = feedback.mark_answered(pending[-1], day)
                repo.save_request(s, request)
                request_id = request.id
            saved = repo.add_feedback(
                s,
                Feedback(
                    app_id,
                    day,
                    text.strip(),
                    request_id=request_id,
                    from_name=from_name,
                    reasons=entries,
                ),
            )
            rejection = rejections_repo.for_application(s, app_id)
            if rejection is not None and entries:
                merged = reasons.merge_entries(rejection.reasons, entries)
                rejections_repo.set_reasons(s, rejection.id or 0, merged)
                repo.put_label(s, _label(text, entries, "feedback", rejection))
                self.app.learning.sync_practice()
            events_repo.add(
                s,
                Event(
                    application_id=app_id,
                    kind=EventKind.FEEDBACK_RECEIVED,
                    occurred_at=self.moment(day),
                    summary="Feedback received",
                    details={"feedback_id": saved.id},
                ),
            )
            self.app.pipeline.sync_revivals([app_id])
            return saved

    def feedback_overview(self, app_id: int | None = None) -> FeedbackOverview:
        with self.db.session() as s:
            return self._overview(repo.requests(s, app_id), repo.feedback(s, app_id))

    def _overview(self, requests: list[FeedbackRequest], given: list[Feedback]) -> FeedbackOverview:
        return feedback.overview(requests, given, self.today())

    def eml(self, result: FeedbackDraft, sender: str | None = None) -> bytes:
        return drafts.eml_bytes(result.draft, sender)

    # -- reasons ----------------------------------------------------------------------------

    def _labelled(self, s) -> _Labelled:  # type: ignore[no-untyped-def]
        """What the labels give (their own reason names; the model, once asked for), read
        again only when the labels' stamp moved: every write to the labels, from any process,
        gives it a new value in its own transaction, so a request reads one row, not every
        label, and never an old answer."""
        from bounceback.storage.readmodel.stamp import stamp_in

        stamp = stamp_in(self.db, s, "labels")
        kept = self._labels_kept
        if kept is not None and stamp is not None and kept.stamp == stamp:
            return kept
        found = _Labelled(stamp, repo.labels(s))
        if stamp is not None:
            self._labels_kept = found
        return found

    def _custom(self, s, labelled: _Labelled | None = None) -> list[str]:  # type: ignore[no-untyped-def]
        """The user's own reason names (custom:...), from rejections and labelled texts."""
        names = set(repo.custom_reasons(s, reasons.CUSTOM))
        names.update((labelled or self._labelled(s)).custom)
        return sorted(names)

    def valid_reasons(self) -> list[str]:
        with self.db.session() as s:
            return reasons.valid_reasons(self._custom(s))

    def model_path(self) -> Path:
        """The user's trained model: one file per database (and per person's store on a
        shared server), in the data folder."""
        return model_path(self.app.settings)

    def forget_model(self) -> None:
        """Remove the trained model file (word counts from the user's rejection texts): it goes
        with the data it was trained on, and is trained again from the labels when asked."""
        self.model_path().unlink(missing_ok=True)
        self._labels_kept = None
        self.app.views.kept.labels = None  # the pages' own (services/page_reads.py)

    def reason_model(self) -> tuple[ReasonModel, bool]:
        """The classifier for this user's labels; retrained only when the labels changed."""
        with self.db.session() as s:
            labelled = self._labelled(s)
        return self._model_of(labelled)

    def _model_of(self, labelled: _Labelled) -> tuple[ReasonModel, bool]:
        return model_of(labelled, self.model_path())

    def _texts(self, s, app_id: int) -> tuple[Rejection, str, str]:  # type: ignore[no-untyped-def]
        rejection = rejections_repo.for_application(s, app_id)
        if rejection is None:
            raise NotFound(
                f"no rejection recorded for #{app_id}; record it first with `bounceback reject`"
            )
        return (rejection, *_text_of(rejection, repo.feedback(s, app_id)))

    def review_reasons(self, app_id: int) -> ReasonReview:
        """The reasons as they stand, and the classifier's suggestions with their phrases."""
        with self.db.session() as s:
            rejection, text, kind = self._texts(s, app_id)
            return self._review(s, app_id, rejection, text, kind)

    def _review(self, s, app_id: int, rejection: Rejection, text: str,  # type: ignore[no-untyped-def]
                kind: str, *, save: bool = True) -> ReasonReview:
        labelled = self._labelled(s)
        return review_of(app_id, rejection, text, kind, labelled, self._custom(s, labelled),
                         self.model_path(), save=save)

    def confirm_reasons(self, app_id: int) -> Rejection:
        """Accept the suggestions as they are: they become reasons from the email or feedback."""
        review = self.review_reasons(app_id)
        if not review.suggestions:
            raise Conflict(
                f"nothing to confirm for #{app_id}: there is no email or feedback text to read; "
                "set the reasons yourself with --set"
            )
        source = ReasonSource(review.suggested_from)
        entries = [
            RejectionReasonEntry(e.reason, source, e.primary, e.confidence, e.evidence)
            for e in reasons.from_suggestions(review.suggestions)
        ]
        return self._save_reasons(app_id, entries, review.suggested_from)

    def correct_reasons(
        self, app_id: int, primary: str, others: list[str] | None = None
    ) -> Rejection:
        """The user's own reasons replace the rest; the text and these reasons become a label."""
        with self.db.session() as s:
            custom = self._custom(s)
        entries = reasons.build_entries(primary, others or [], ReasonSource.USER, custom)
        with self.db.session() as s:
            _, _, kind = self._texts(s, app_id)
        return self._save_reasons(app_id, entries, kind)

    def _save_reasons(
        self, app_id: int, entries: list[RejectionReasonEntry], kind: str
    ) -> Rejection:
        with self.db.session() as s:
            rejection, text, _ = self._texts(s, app_id)
            rejections_repo.set_reasons(s, rejection.id or 0, entries)
            if text.strip():
                repo.put_label(s, _label(text, entries, kind, rejection))
            self.app.learning.sync_practice()
            saved = rejections_repo.get(s, rejection.id or 0)
            assert saved is not None
            return saved


def _label(
    text: str, entries: list[RejectionReasonEntry], kind: str, rejection: Rejection
) -> LabelledText:
    label = reasons.as_label(text, entries, kind)
    label.rejection_id = rejection.id
    return label
