"""The linear email model: softmax regression trained in pure Python; versioned, atomic storage."""

from __future__ import annotations

import gzip
import hashlib
import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path

from bounceback.files import write_atomic

FORMAT_VERSION = 2
MAGIC = b"bounceback-email-model"


class ModelFileError(ValueError):
    """A model file is missing, damaged, or written in a format this version cannot read."""


# Scoring packs each feature's class weights into one integer (fixed point, one 40-bit lane
# per class, plus a lane counting features), so that summing a message's features is a single
# C-level sum() of integers instead of a Python loop over classes.
_LANE = 40
_SCALE = 1 << 16
_OFFSET = 1 << 22
_MASK = (1 << _LANE) - 1


def _pack(row: Sequence[float]) -> int:
    packed = 1 << (_LANE * len(row))  # the count lane
    for lane, value in enumerate(row):
        q = int(round(max(-60.0, min(60.0, value)) * _SCALE)) + _OFFSET
        packed |= q << (_LANE * lane)
    return packed


def _unpack(packed: int, k: int) -> tuple[float, ...]:
    return tuple((((packed >> (_LANE * lane)) & _MASK) - _OFFSET) / _SCALE for lane in range(k))


@dataclass(slots=True)
class LinearModel:
    """Per-class weights for each known feature; score = bias + sum of the present features.

    `packed` maps a feature to its weights packed in one integer (see `_pack`).
    `lang_temperature` gives the confidence's temperature per language read (round 31: one
    for English, one for the other languages); a language it does not name takes
    `temperature`.
    """

    classes: tuple[str, ...]
    packed: dict[str, int]
    bias: tuple[float, ...]
    labels_hash: str = ""
    trained_on: int = 0
    temperature: float = 1.0
    corrections: int = 0
    lang_temperature: dict[str, float] = field(default_factory=dict)

    @classmethod
    def from_weights(
        cls, classes: Sequence[str], weights: Mapping[str, Sequence[float]],
        bias: Sequence[float], labels_hash: str = "", trained_on: int = 0,
    ) -> LinearModel:
        return cls(tuple(classes), {f: _pack(row) for f, row in weights.items()},
                   tuple(bias), labels_hash, trained_on)

    def weights(self) -> dict[str, tuple[float, ...]]:
        """Each feature's class weights (as stored: 1/65536 steps)."""
        k = len(self.classes)
        return {f: _unpack(p, k) for f, p in self.packed.items()}

    def scores(self, feats: Iterable[str]) -> list[float]:
        return self.scores_of_total(sum(map(self.packed.get, feats, repeat(0))))

    def scores_of_total(self, total: int) -> list[float]:
        """Class scores from the packed sum of a message's feature weights."""
        k = len(self.classes)
        base = (total >> (_LANE * k)) * _OFFSET
        return [(((total >> (_LANE * lane)) & _MASK) - base) / _SCALE + self.bias[lane]
                for lane in range(k)]

    def predict(self, feats: Iterable[str]) -> tuple[str, float]:
        """The best class and its softmax probability (at the temperature of the language its
        `lang:` feature names, as the classifier's)."""
        feats = list(feats)
        lang = next((f[5:] for f in feats if f.startswith("lang:")), "")
        return self.predict_total(sum(map(self.packed.get, feats, repeat(0))), lang)

    def predict_total(self, total: int, lang: str = "") -> tuple[str, float]:
        """`predict` from the packed sum of the feature weights (see features.packed_total);
        the probability is calibrated (softmax at the temperature of the email's language)."""
        scores = self.scores_of_total(total)
        peak = max(scores)
        top = scores.index(peak)
        exp = math.exp
        t = self.lang_temperature.get(lang, self.temperature)
        return self.classes[top], 1.0 / sum([exp((s - peak) / t) for s in scores])


def labels_hash(rows: Iterable[tuple[str, str, str, str, float]]) -> str:
    """A stable hash of training rows (sender, subject, body, kind, weight): retrain on change."""
    digest = hashlib.sha256()
    for sender, subject, body, kind, weight in rows:
        for part in (sender, subject, body, kind, repr(weight)):
            digest.update(part.encode("utf-8", "replace"))
            digest.update(b"\x00")
        digest.update(b"\x01")
    return digest.hexdigest()[:32]


def fit(
    examples: Sequence[tuple[set[str], str, float]],
    classes: Sequence[str],
    epochs: int = 12,
    rate: float = 0.05,
    l2: float = 1e-4,
    min_count: int = 2,
    seed: int = 7,
    groups: Sequence[str] | None = None,
    min_groups: int = 1,
    always: Iterable[str] = (),
    batch: int = 8,
    start: LinearModel | None = None,
) -> LinearModel:
    """Train multinomial logistic regression by mini-batch SGD (numpy) on (features, class,
    weight) examples.

    Classes are balanced (rarer kinds weigh more). A feature is kept when it occurs in at least
    `min_count` examples and, given `groups` (the author of each example), in at least
    `min_groups` authors' mail, so that one writer's names and habits are not learned as
    signal; features in `always` (a user's own corrections) are kept regardless. Given
    `start`, training goes on from that model's weights (its features plus `always`).
    Deterministic for a given seed and input order.
    """
    import numpy as np

    k = len(classes)
    index = {c: i for i, c in enumerate(classes)}
    counts: dict[str, int] = {}
    owners: dict[str, set[str]] = {}
    for n, (feats, _, _) in enumerate(examples):
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
        if groups is not None and min_groups > 1:
            group = groups[n]
            for f in feats:
                owners.setdefault(f, set()).add(group)
    forced = set(always)
    if start is not None:
        wanted = sorted(set(start.packed) | forced)
    else:
        wanted = sorted(f for f, n in counts.items() if f in forced or (
            n >= min_count and (min_groups <= 1 or len(owners.get(f, ())) >= min_groups)))
    vocab = {f: i for i, f in enumerate(wanted)}
    bias_row = len(vocab)
    per_class = [0] * k
    for _, label, _ in examples:
        per_class[index[label]] += 1
    mean = len(examples) / max(1, sum(1 for n in per_class if n))
    balance = [math.sqrt(mean / n) if n else 0.0 for n in per_class]
    rows = [np.array([vocab[f] for f in feats if f in vocab] + [bias_row], dtype=np.int64)
            for feats, _, _ in examples]
    labels = np.array([index[label] for _, label, _ in examples], dtype=np.int64)
    weights = np.array([w * balance[index[label]] for _, label, w in examples])
    w = np.zeros((bias_row + 1, k))
    if start is not None:
        for f, row in start.weights().items():
            w[vocab[f]] = row
        w[bias_row] = start.bias
    rng = np.random.default_rng(seed)
    for epoch in range(epochs):
        lr = rate / (1.0 + 0.3 * epoch)
        shrink = 1.0 - lr * l2 * batch
        order = rng.permutation(len(rows))
        for at in range(0, len(order), batch):
            chosen = order[at: at + batch]
            parts = [rows[i] for i in chosen]
            sizes = np.fromiter((len(p) for p in parts), dtype=np.int64, count=len(parts))
            ids = np.concatenate(parts)
            starts = np.concatenate(([0], np.cumsum(sizes)[:-1]))
            scores = np.add.reduceat(w[ids], starts, axis=0)
            scores -= scores.max(axis=1, keepdims=True)
            np.exp(scores, out=scores)
            scores /= scores.sum(axis=1, keepdims=True)
            scores[np.arange(len(chosen)), labels[chosen]] -= 1.0
            scores *= (lr * weights[chosen])[:, None]
            w *= shrink
            np.subtract.at(w, ids, np.repeat(scores, sizes, axis=0))
    bias = w[bias_row].tolist()
    kept = {f: w[i].tolist() for f, i in vocab.items() if float(np.abs(w[i]).max()) >= 2e-3}
    return LinearModel.from_weights(classes, kept, bias, trained_on=len(examples))


def fit_temperature(scores: Sequence[Sequence[float]], truth: Sequence[int]) -> float:
    """The temperature T that makes softmax(scores / T) best calibrated on held-out examples
    (least negative log-likelihood; a golden-section search over log T)."""
    if not scores:
        return 1.0

    def loss(log_t: float) -> float:
        t = math.exp(log_t)
        total = 0.0
        for row, y in zip(scores, truth, strict=True):
            peak = max(row)
            norm = sum(math.exp((s - peak) / t) for s in row)
            total -= (row[y] - peak) / t - math.log(norm)
        return total

    low, high = math.log(0.05), math.log(20.0)
    ratio = (math.sqrt(5) - 1) / 2
    a, b = high - ratio * (high - low), low + ratio * (high - low)
    fa, fb = loss(a), loss(b)
    for _ in range(40):
        if fa < fb:
            high, b, fb = b, a, fa
            a = high - ratio * (high - low)
            fa = loss(a)
        else:
            low, a, fa = a, b, fb
            b = low + ratio * (high - low)
            fb = loss(b)
    return round(math.exp((low + high) / 2), 4)


def _width(k: int) -> int:
    return (_LANE * (k + 1) + 7) // 8


def save(model: LinearModel, path: Path) -> None:
    """Write the model atomically: a temporary file in the same folder, then a rename."""
    names = list(model.packed)
    width = _width(len(model.classes))
    header = {
        "format_version": FORMAT_VERSION,
        "classes": list(model.classes),
        "bias": list(model.bias),
        "labels_hash": model.labels_hash,
        "trained_on": model.trained_on,
        "temperature": model.temperature,
        "lang_temperature": model.lang_temperature,
        "corrections": model.corrections,
        "features": len(names),
        "lane_bits": _LANE,
        "scale": _SCALE,
        "offset": _OFFSET,
    }
    text = b"\n".join([MAGIC, json.dumps(header).encode(), "\n".join(names).encode("utf-8")])
    packed = b"".join(model.packed[n].to_bytes(width, "little") for n in names)
    blob = gzip.compress(len(text).to_bytes(8, "big") + text + packed, 6, mtime=0)
    write_atomic(path, blob)


def read_header(path: Path) -> dict[str, object]:
    """A model file's header alone (classes, temperature, how many emails and corrections it
    learned from), without reading its weights; {} when the file is missing or damaged."""
    try:
        with gzip.open(path, "rb") as fh:
            size = int.from_bytes(fh.read(8), "big")
            head = fh.read(min(size, 1 << 16)).split(b"\n", 2)
        header = json.loads(head[1]) if len(head) >= 2 and head[0] == MAGIC else {}
    except (OSError, EOFError, ValueError, gzip.BadGzipFile):
        return {}
    return header if isinstance(header, dict) else {}


def load(path: Path) -> LinearModel:
    """Read a model file; raise ModelFileError when it is damaged or from another format."""
    try:
        raw = gzip.decompress(path.read_bytes())
        size = int.from_bytes(raw[:8], "big")
        magic, header_line, vocab = raw[8 : 8 + size].split(b"\n", 2)
        header = json.loads(header_line)
    except (OSError, EOFError, ValueError, gzip.BadGzipFile) as error:
        raise ModelFileError(f"cannot read the email model {path}: {error}") from None
    if magic != MAGIC or header.get("format_version") != FORMAT_VERSION or (
        header.get("lane_bits"), header.get("scale"), header.get("offset")
    ) != (_LANE, _SCALE, _OFFSET):
        raise ModelFileError(
            f"the email model {path} is format {header.get('format_version')!r}; "
            f"this version reads format {FORMAT_VERSION}: retrain it"
        )
    names = vocab.decode("utf-8").split("\n") if vocab else []
    width = _width(len(header["classes"]))
    data = memoryview(raw)[8 + size :]
    if len(data) != width * len(names):
        raise ModelFileError(f"the email model {path} is truncated: retrain it")
    frombytes = int.from_bytes
    packed = {name: frombytes(data[i : i + width], "little")
              for name, i in zip(names, range(0, len(data), width), strict=True)}
    return LinearModel(tuple(header["classes"]), packed, tuple(header["bias"]),
                       header.get("labels_hash", ""), header.get("trained_on", 0),
                       float(header.get("temperature", 1.0)), int(header.get("corrections", 0)),
                       {str(k): float(v) for k, v in (header.get("lang_temperature") or {}).items()})
