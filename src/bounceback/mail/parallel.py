"""Classify chunks of messages in worker processes, results in input order (fork, Linux/macOS)."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bounceback.mail.classify import Classifier
    from bounceback.mail.classify_cli_io import Chunk

_CLASSIFIER: Classifier | None = None


def _work(chunk: Chunk) -> tuple[str, int, list[str]]:
    from bounceback.mail.classify_cli_io import classify_chunk

    assert _CLASSIFIER is not None
    return classify_chunk(_CLASSIFIER, chunk)


def map_ordered(
    classifier: Classifier, chunks: Iterable[Chunk], workers: int
) -> Iterator[tuple[str, int, list[str]]]:
    """(output text, message count, warnings) per chunk, in input order; one process when the
    platform cannot fork."""
    global _CLASSIFIER
    _CLASSIFIER = classifier
    try:
        context = multiprocessing.get_context("fork")
    except ValueError:
        yield from (_work(chunk) for chunk in chunks)
        return
    with context.Pool(workers) as pool:
        yield from pool.imap(_work, chunks, chunksize=1)
