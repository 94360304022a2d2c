"""The import pipeline: small ordered steps from raw batches to classified candidates.

Like a document consumer, each step does one thing to a batch and passes on what is left:
read headers → skip known → rule out from headers → load bodies → parse MIME → classify.
The caller's sink links and stores each batch with the source's checkpoint in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import Any, Protocol

from bounceback.mail.headers import read_headers
from bounceback.mail.mime import HtmlToText, parse_body
from bounceback.mail.records import Headers, ImportReport, Processed, RawMessage
from bounceback.mail.sources import Batch, MailSource


class Classifier(Protocol):
    def looks_job_related(self, sender: str, subject: str) -> bool: ...

    def classify(self, sender: str, subject: str, body_text: str, *,
                 year: int | None = None) -> Any: ...


class ImportSink(Protocol):
    """Where results go: storage behind the service layer, or a list in tests."""

    def checkpoint(self, source_id: str) -> str | None: ...

    def known(self, keys: Collection[str]) -> set[str]: ...

    def commit(
        self, source_id: str, items: list[Processed], checkpoint: str | None, report: ImportReport
    ) -> None: ...


@dataclass(frozen=True, slots=True)
class Progress:
    source: str
    done: int
    total: int | None
    unit: str
    messages: int


ProgressFn = Callable[[Progress], None]


@dataclass
class RunState:
    """What one import remembers across batches: every key read (as a hash, so that memory stays
    small for millions of messages), and the candidates' keys."""

    keys: set[int] = field(default_factory=set)
    candidates: set[str] = field(default_factory=set)


def import_source(
    source: MailSource,
    sink: ImportSink,
    classifier: Classifier,
    report: ImportReport | None = None,
    progress: ProgressFn | None = None,
    html_to_text: HtmlToText | None = None,
) -> ImportReport:
    """Import one source through the steps, committing batch by batch; never raises on mail."""
    report = report or ImportReport(source=source.label)
    seen = RunState()
    checkpoint = sink.checkpoint(source.id)
    for batch in source.batches(checkpoint, report):
        items = process_batch(batch, source, sink, classifier, report, seen, html_to_text)
        sink.commit(source.id, items, batch.checkpoint, report)
        if progress is not None:
            progress(Progress(source.label, batch.done, source.total, source.unit, report.messages))
    if report.messages == 0 and checkpoint and report.resumed_from:
        report.up_to_date = True
    return report


def process_batch(
    batch: Batch,
    source: MailSource,
    sink: ImportSink,
    classifier: Classifier,
    report: ImportReport,
    seen: RunState,
    html_to_text: HtmlToText | None = None,
) -> list[Processed]:
    """Run the steps on one batch and return its job-search candidates, classified."""
    report.messages += len(batch.messages)
    report.bytes_read += sum(raw.size for raw in batch.messages)
    pairs = read_all_headers(batch.messages, report)
    pairs = skip_known(pairs, sink, report, seen)
    candidates = rule_out(pairs, sink, classifier, report, seen)
    source.load_bodies([raw for raw, _ in candidates], report)
    return classify_all(candidates, classifier, report, html_to_text)


def read_all_headers(
    messages: list[RawMessage], report: ImportReport
) -> list[tuple[RawMessage, Headers]]:
    """Step 1: the fast header pass."""
    pairs = []
    for raw in messages:
        try:
            pairs.append((raw, read_headers(raw.data)))
        except Exception as error:  # a header block no reader can make sense of
            report.skip(raw.locator, f"unreadable headers ({type(error).__name__})")
    return pairs


def skip_known(
    pairs: list[tuple[RawMessage, Headers]],
    sink: ImportSink,
    report: ImportReport,
    seen: RunState,
) -> list[tuple[RawMessage, Headers]]:
    """Step 2: drop messages imported before (by Message-ID or header hash) or seen twice."""
    known = sink.known([headers.key for _, headers in pairs])
    kept = []
    for raw, headers in pairs:
        if headers.key in known:
            report.already_imported += 1
            raw.data = b""
        elif hash(headers.key) in seen.keys:
            report.skip(raw.locator, "a copy of a message already read in this import")
            raw.data = b""
        else:
            seen.keys.add(hash(headers.key))
            kept.append((raw, headers))
    return kept


def rule_out(
    pairs: list[tuple[RawMessage, Headers]],
    sink: ImportSink,
    classifier: Classifier,
    report: ImportReport,
    seen: RunState,
) -> list[tuple[RawMessage, Headers]]:
    """Step 3: keep job-search candidates: the header prefilter, or a reply in a known thread."""
    thread_ids = {f"id:{ref.lower()}" for _, h in pairs for ref in h.thread_ids}
    in_known_thread = sink.known(thread_ids - seen.candidates) if thread_ids else set()
    in_known_thread |= thread_ids & seen.candidates
    candidates = []
    for raw, headers in pairs:
        keep = any(f"id:{ref.lower()}" in in_known_thread for ref in headers.thread_ids)
        if not keep:
            try:
                keep = classifier.looks_job_related(headers.sender, headers.subject)
            except Exception as error:
                report.skip(raw.locator, f"the prefilter failed ({type(error).__name__})")
                keep = False
        if keep:
            candidates.append((raw, headers))
            seen.candidates.add(headers.key)
            in_known_thread.add(headers.key)
        else:
            report.ruled_out += 1
            raw.data = b""
    return candidates


def classify_all(
    candidates: list[tuple[RawMessage, Headers]],
    classifier: Classifier,
    report: ImportReport,
    html_to_text: HtmlToText | None = None,
) -> list[Processed]:
    """Steps 4 and 5: parse each candidate's MIME into text, then classify it."""
    processed = []
    for raw, headers in candidates:
        if raw.headers_only:
            continue  # its body could not be fetched; load_bodies recorded why
        body = parse_body(raw.data, html_to_text)
        raw.data = b""
        if raw.truncated:
            report.notes.append(f"{raw.locator}: very large, read its first part only")
        try:
            result = classifier.classify(headers.sender, headers.subject, body.text,
                                         year=headers.date.year if headers.date else None)
        except Exception as error:
            report.skip(raw.locator, f"could not be classified ({type(error).__name__})")
            continue
        report.by_kind[str(result.kind)] += 1
        processed.append(Processed(raw.locator, headers, body, result))
    return processed


class ListSink:
    """A sink that keeps results in memory: for `emails classify`-style dry runs and tests."""

    def __init__(self) -> None:
        self.items: list[Processed] = []
        self.keys: set[str] = set()
        self.checkpoints: dict[str, str | None] = {}

    def checkpoint(self, source_id: str) -> str | None:
        return self.checkpoints.get(source_id)

    def known(self, keys: Collection[str]) -> set[str]:
        return {key for key in keys if key in self.keys}

    def commit(
        self, source_id: str, items: list[Processed], checkpoint: str | None, report: ImportReport
    ) -> None:
        self.items.extend(items)
        self.keys.update(item.headers.key for item in items)
        if checkpoint is not None:
            self.checkpoints[source_id] = checkpoint
