"""Importing mail: from files, folders, Takeout archives and IMAP into the pipeline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bounceback.mail.inbox import StoredMessage
from bounceback.mail.ingest import Classifier, ProgressFn, import_source
from bounceback.mail.locate import open_sources
from bounceback.mail.records import ImportReport
from bounceback.mail.sources import MailSource
from bounceback.services.base import ServicePart
from bounceback.services.mail_sink import MailSink, SinkOptions
from bounceback.storage.repos import mail as repo

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
        import_source(source, sink, classifier or self.classifier(), report, progress)
        if report.messages == before and report.resumed_from:
            report.up_to_date = True

    def classifier(self) -> Classifier:
        """The packaged classifier, or one retrained with the user's corrections (kept in the
        data folder, retrained only when the corrections changed)."""
        from bounceback.mail.classify import Classifier as Model
        from bounceback.mail.classify import default_classifier

        corrections = self.app.inbox.corrections()
        if not corrections:
            return default_classifier()
        from bounceback.domain.mail import LabelledEmail
        from bounceback.domain.vocabulary import EmailKind
        from bounceback.mail.train import train_with_corrections

        examples = [
            LabelledEmail(c.sender, c.subject, c.text, EmailKind(c.kind), group="user")
            for c in corrections
        ]
        model, _ = train_with_corrections(examples, self.app.settings.home / MODEL_FILE)
        return Model(model)

    def messages(self, application_id: int | None = None) -> list[StoredMessage]:
        with self.db.session() as s:
            return repo.messages(s, application_id)
