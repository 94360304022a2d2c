"""Storing the reason model: a format version, atomic writes, retraining only on new labels."""

from __future__ import annotations

import gzip
import json
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from bounceback.domain.learning import LabelledText
from bounceback.files import write_atomic
from bounceback.learning.classifier import USER_WEIGHT, ReasonModel, fingerprint, train
from bounceback.learning.cues import CUE_WEIGHT, cue_examples

FORMAT = "bounceback-reason-model"
FORMAT_VERSION = 1
SHIPPED = "reason_model.json.gz"


def to_dict(model: ReasonModel) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "fingerprint": model.fingerprint,
        "doc_counts": model.doc_counts,
        "token_totals": model.token_totals,
        "counts": model.counts,
    }


def from_dict(data: dict[str, Any]) -> ReasonModel | None:
    """The model, or None when the data is of another format or version (then retrain)."""
    if data.get("format") != FORMAT or data.get("format_version") != FORMAT_VERSION:
        return None
    return ReasonModel(
        doc_counts={k: float(v) for k, v in data["doc_counts"].items()},
        token_totals={k: float(v) for k, v in data["token_totals"].items()},
        counts={r: {f: float(n) for f, n in c.items()} for r, c in data["counts"].items()},
        fingerprint=str(data.get("fingerprint", "")),
    )


def dump(model: ReasonModel) -> bytes:
    text = json.dumps(to_dict(model), sort_keys=True, separators=(",", ":"))
    return gzip.compress(text.encode("utf-8"), mtime=0)


def parse(raw: bytes) -> ReasonModel | None:
    try:
        return from_dict(json.loads(gzip.decompress(raw).decode("utf-8")))
    except (OSError, EOFError, ValueError, KeyError, TypeError, AttributeError):
        return None


def save(path: Path, model: ReasonModel) -> None:
    """Write to a temporary file in the same folder, then rename: never a half-written model."""
    write_atomic(path, dump(model))


def load(path: Path) -> ReasonModel | None:
    """The stored model, or None when missing, unreadable or of an older format."""
    try:
        return parse(path.read_bytes())
    except OSError:
        return None


def build_base(corpus: Sequence[LabelledText]) -> ReasonModel:
    """The shipped model: the cue phrases, then the project's labelled corpus."""
    cues = train(cue_examples(), weight=CUE_WEIGHT)
    return train(corpus, base=cues)


@lru_cache(maxsize=1)
def shipped_model() -> ReasonModel:
    """The model that ships with bounceback (built by corpora/reasons/build_model.py). Read
    once per process: it is package data, and training copies it before adding to it."""
    raw = resources.files("bounceback.learning").joinpath("data", SHIPPED).read_bytes()
    model = parse(raw)
    if model is None:
        raise RuntimeError("the shipped reason model is of an unknown format; rebuild it")
    return model


def expected_fingerprint(base: ReasonModel, labels: Sequence[LabelledText]) -> str:
    return f"{base.fingerprint}+{fingerprint(labels)}"


def current_model(
    labels: Sequence[LabelledText], path: Path, base: ReasonModel | None = None,
    *, save: bool = True,
) -> tuple[ReasonModel, bool]:
    """The model for this user's labels, and whether it had to be retrained.

    Without labels the shipped model serves as is. With labels, the stored model is reused
    when it was trained on exactly these labels; otherwise it is retrained and, with `save`,
    saved (a read passes save=False: it keeps the retrained model in memory and writes
    nothing into the data folder; training takes well under a millisecond).
    """
    base = base or shipped_model()
    if not labels:
        return base, False
    wanted = expected_fingerprint(base, labels)
    stored = load(path)
    if stored is not None and stored.fingerprint == wanted:
        return stored, False
    model = train(labels, base=base, weight=USER_WEIGHT)
    if save:
        write_atomic(path, dump(model))
    return model, True
