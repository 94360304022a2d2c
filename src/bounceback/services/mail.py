"""Importing mail: from files, folders, Takeout archives and IMAP into the pipeline."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from bounceback.mail.inbox import StoredMessage
from bounceback.mail.ingest import Classifier, ProgressFn, import_source
from bounceback.mail.locate import open_sources
from bounceback.mail.records import ImportReport
from bounceback.mail.sources import MailSource
from bounceback.services.base import ServicePart
from bounceback.services.mail_sink import MailSink, SinkOptions
from bounceback.storage.repos import mail as repo

if TYPE_CHECKING:
    from bounceback.mail.classify import Classifier as PersonalClassifier

MODEL_FILE = "email-model-corrected.bin.gz"


class MailService(ServicePart):
    """`bounceback emails import`: each source resumes from its checkpoint; nothing twice."""

    def import_path(
        self,
        path: str | Path,
        *,
        store_bodies: bool = False,
        progress: ProgressFn | None = None,
        classifier: Classifier | None = None,
    ) -> ImportReport:
        """Import every mailbox found at `path`; what cannot be read is listed, not fatal."""
        report = ImportReport(source=str(path))
        sources, skips = open_sources(Path(path))
        report.skipped.extend(skips)
        for source in sources:
            self._run(source, report, store_bodies, progress, classifier)
        return report

    def import_imap(
        self,
        settings: Any,
        password: str,
        *,
        store_bodies: bool = False,
        progress: ProgressFn | None = None,
        classifier: Classifier | None = None,
    ) -> ImportReport:
        """Import one IMAP folder (read-only), from where the last import of it stopped."""
        from bounceback.mail.imap import ImapSource

        source = ImapSource(settings, password)
        report = ImportReport(source=source.label)
        try:
            source.connect()
            self._run(source, report, store_bodies, progress, classifier)
        finally:
            source.close()
        return report

    def _run(
        self,
        source: MailSource,
        report: ImportReport,
        store_bodies: bool,
        progress: ProgressFn | None,
        classifier: Classifier | None,
    ) -> None:
        sink = MailSink(self.app, source.label, SinkOptions(store_bodies=store_bodies))
        before = report.messages
        with self.db.import_running():  # a writer kept waiting by a batch says why
            import_source(source, sink, classifier or self.classifier(), report, progress)
        if report.messages == before and report.resumed_from:
            report.up_to_date = True

    def classifier(self) -> Classifier:
        """The packaged classifier, or one retrained with the user's corrections (kept in the
        data folder, retrained only when the corrections changed), each corrected message
        overridden outright."""
        return self._personal()

    def _personal(self) -> PersonalClassifier:
        from bounceback.mail.train import classifier_with_corrections, correction

        fixes = [correction(c.sender, c.subject, c.text, c.kind)
                 for c in self.app.inbox.corrections()]
        return classifier_with_corrections(fixes, self.model_path)

    @property
    def model_path(self) -> Path:
        return self.app.settings.home / MODEL_FILE

    def learned_from(self) -> int:
        """How many of the user's corrections the personal model has learned from (0 before
        the first correction); reads the model file's header only."""
        from bounceback.mail.model import read_header

        count = read_header(self.model_path).get("corrections", 0)
        return count if isinstance(count, int) else 0

    def learn(self) -> int:
        """Retrain the personal model on every correction now, and read the emails still
        waiting for review again with it (their suggested kind and confidence change; a kind
        the user set stays). Returns how many corrections the model learned from."""
        classifier = self._personal()
        with self.db.session() as s:
            for item in repo.reviews(s, "open"):
                message = item.message
                if message.kind_by != "model":
                    continue
                found = classifier.classify(message.sender, message.subject,
                                            message.body or message.snippet, details=False)
                kind = str(getattr(found.kind, "value", found.kind))
                confidence = round(float(found.confidence), 4)
                if kind != message.kind or abs(confidence - message.confidence) >= 1e-4:
                    repo.update_message(s, message.id, kind=kind, confidence=confidence)
        return self.learned_from()

    def messages(self, application_id: int | None = None) -> list[StoredMessage]:
        with self.db.session() as s:
            return repo.messages(s, application_id)
