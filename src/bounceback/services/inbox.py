"""The review queue: emails the import was not sure about, and the user's decisions on them."""

from __future__ import annotations

import contextlib

from bounceback.domain.errors import InvalidValue, NotFound
from bounceback.domain.vocabulary import EmailKind, parse_enum
from bounceback.mail import link
from bounceback.mail.inbox import LabelCorrection, ReviewItem, StoredMessage
from bounceback.services.base import ServicePart
from bounceback.services.mail_sink import Mail, MailSink, NeedsReview
from bounceback.storage.repos import mail as repo


class InboxService(ServicePart):
    """`bounceback inbox review`: accept, change the kind, re-link, ignore the sender, dismiss."""

    def review_items(self, status: str | None = "open") -> list[ReviewItem]:
        with self.db.session() as s:
            return repo.reviews(s, status)

    def waiting(self) -> int:
        with self.db.session() as s:
            return repo.count_reviews(s)

    def get(self, item_id: int) -> ReviewItem:
        with self.db.session() as s:
            item = repo.get_review(s, item_id)
        if item is None:
            raise NotFound(f"no review item #{item_id}; `bounceback inbox review --list` shows them")
        return item

    def accept(self, item_id: int) -> ReviewItem:
        """Take the app's suggestion: the one candidate application, or a new one."""
        item = self._open(item_id)
        if len(item.candidates) == 1:
            decision = link.Decision("link", item.candidates[0])
        elif item.candidates:
            raise InvalidValue(
                f"#{item_id} could belong to several applications "
                f"({', '.join(f'#{c}' for c in item.candidates)}); choose one with --link"
            )
        elif item.proposal.get("company"):
            # An application made since the import (accepting an earlier email from the same
            # company) is this email's, rather than a second one.
            found = link.match_applications(
                item.proposal["company"], item.proposal.get("role") or item.message.role,
                item.message.sender_address, self.app.applications.list())
            if len(found) == 1 and found[0].id is not None:
                decision = link.Decision("link", found[0].id)
            elif found:
                raise InvalidValue(
                    f"#{item_id} could belong to several applications "
                    f"({', '.join(f'#{a.id}' for a in found)}); choose one with --link")
            else:
                proposal = dict(item.proposal)
                proposal["role"] = proposal.get("role") or "Unknown role"
                decision = link.Decision("create", proposal=proposal)
        else:
            raise InvalidValue(
                f"#{item_id} names no company; link it to an application with --link"
            )
        return self._apply(item, decision, "accepted")

    def relink(self, item_id: int, application: str) -> ReviewItem:
        """Link the email to the application the user names (number or company/role)."""
        item = self._open(item_id)
        app = self.app.applications.resolve(application)
        assert app.id is not None
        return self._apply(item, link.Decision("link", app.id), f"linked to #{app.id}")

    def change_kind(self, item_id: int, kind: str) -> ReviewItem:
        """Correct the kind, then decide again; the classifier learns from the correction at
        once (see `_learn`)."""
        try:
            return self._change_kind(item_id, kind)
        finally:
            self._learn()

    def _learn(self) -> None:
        """Retrain the personal model with the corrections so far and re-read the waiting
        emails with it. A failure here never undoes the user's decision."""
        from bounceback.mail.model import ModelFileError

        with contextlib.suppress(OSError, ModelFileError):  # the next import retrains
            self.app.mail.learn()

    def learned_from(self) -> int:
        """How many of the user's corrections the classifier has learned from."""
        return self.app.mail.learned_from()

    def _change_kind(self, item_id: int, kind: str) -> ReviewItem:
        item = self._open(item_id)
        new = parse_enum(EmailKind, kind, "email kind").value
        message = item.message
        with self.db.session() as s:
            self._correct(s, message, new)
            repo.update_message(s, message.id, kind=new, kind_by="user", confidence=1.0)
            message.kind, message.confidence = new, 1.0
            decision = link.decide(
                link.Message(new, 1.0, message.company or item.proposal.get("company") or None,
                             message.role, message.sender, message.sender_address),
                self.app.applications.list(),
                item.candidates if len(item.candidates) == 1 else (),
            )
            if decision.action == "none":
                repo.update_message(s, message.id, link="none")
                repo.resolve_review(s, item.id, f"kind changed to {new}", self.now())
                return self.get(item.id)
            if decision.action == "review":
                return self.get(item.id)
            return self._apply(item, decision, f"kind changed to {new}")

    def ignore_sender(self, item_id: int, whole_domain: bool = False) -> list[int]:
        """Pass this sender's mail by from now on; their open items close. Returns the items."""
        item = self._open(item_id)
        address = item.message.sender_address
        if not address:
            raise InvalidValue(f"#{item_id} has no sender address to ignore")
        target = "@" + address.rpartition("@")[2] if whole_domain else address
        with self.db.session() as s:
            repo.ignore_sender(s, target)
            closed = repo.open_reviews_from(s, address)
            for other in closed:
                repo.resolve_review(s, other, f"sender {target} ignored", self.now())
            self._correct(s, item.message, EmailKind.OTHER.value)
            repo.update_message(s, item.message.id, kind=EmailKind.OTHER.value, kind_by="user",
                                link="ignored")
        self._learn()
        return closed

    def dismiss(self, item_id: int) -> ReviewItem:
        """Leave the email unlinked; nothing in the pipeline changes."""
        item = self._open(item_id)
        with self.db.session() as s:
            repo.update_message(s, item.message.id, link="none")
            repo.resolve_review(s, item.id, "dismissed", self.now())
        return self.get(item_id)

    def corrections(self) -> list[LabelCorrection]:
        """Every kind the user set by hand: the classifier's extra training data."""
        with self.db.session() as s:
            return repo.corrections(s)

    def ignored_senders(self) -> list[str]:
        with self.db.session() as s:
            return sorted(repo.ignored_senders(s))

    def _open(self, item_id: int) -> ReviewItem:
        item = self.get(item_id)
        if item.status != "open":
            raise InvalidValue(f"#{item_id} was already decided ({item.resolution})")
        return item

    def _apply(self, item: ReviewItem, decision: link.Decision, resolution: str) -> ReviewItem:
        message = item.message
        sink = MailSink(self.app, "review")
        mail = Mail(message.key, message.kind, message.subject, message.received_at,
                    message.body or message.snippet, message.platform)
        try:
            with self.db.session() as s:
                app_id, state = sink.apply(s, mail, decision)
                repo.update_message(s, message.id, application_id=app_id, link=state)
                repo.resolve_review(s, item.id, resolution, self.now())
        except NeedsReview as why:
            raise InvalidValue(
                f"#{item.id}: {why}; link it to another application or dismiss it"
            ) from None
        return self.get(item.id)

    def _correct(self, s: object, message: StoredMessage, kind: str) -> None:
        if kind == message.kind and message.kind_by == "user":
            return
        repo.save_correction(s, LabelCorrection(  # type: ignore[arg-type]
            message_key=message.key, sender=message.sender, subject=message.subject,
            text=message.body or message.snippet, old_kind=message.kind, kind=kind,
        ))
