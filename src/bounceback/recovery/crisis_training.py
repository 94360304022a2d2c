"""Training the crisis model: the labelled corpora, a deterministic fit, the file, and its checks.

Only labelled sets written for tuning are read: the texts helpers wrote for training in every
language (`corpora/crisis/authors/<author>.jsonl`, levels explicit / heavy / ordinary), the
English sets A and D, the phrase lists of the crisis tests, the email corpus's plain-text bodies
and the strangers' retired rounds named in TRAINED_ROUNDS (`corpora/retired/roundK/crisis/`:
blind sets once, development data now; rounds 8-15 at a lower weight, the n-gram model only,
see below). The old held-out set
(`corpora/crisis/heldout.jsonl`) and the blind sets (`corpora/blind/`) are never read here.
"""

from __future__ import annotations

import ast
import gzip
import hashlib
import json
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from bounceback.recovery.crisis_encoder import DIMENSIONS, EncoderHead
from bounceback.recovery.crisis_model import (
    CLASSES,
    FORMAT_VERSION,
    CrisisModel,
    floors_bytes,
    read_floors,
    text_features,
)

SET_A = Path("tests/data/recovery/crisis_blind_a.jsonl")
SET_D = Path("corpora/crisis/train_d.jsonl")
AUTHORS = Path("corpora/crisis/authors")
# Employers' emails written for the email classifier (corpora/emails/README.md): every plain-text
# body is an ordinary text, since a rejection's own words are pasted into the rejection flow and
# checked like anything else the user writes ("we have decided to move forward" is not a plan).
EMAILS = Path("corpora/emails")
# The independent writers' files, named: the shipped model must be rebuilt when its texts change,
# and a new email file (or the generated emails.jsonl changing) should not make it stale.
EMAIL_AUTHORS = ("A", "B", "C", "D", "email")
EMAIL_CHARS = 1500
# Each email weighs this much of an ordinary text: with full weight the emails (more than half the
# ordinary texts) taught the model that a short personal sentence is unlike an ordinary text, and
# "I'm not giving up" was asked about.
EMAIL_WEIGHT = 0.2
# The strangers' crisis notes of the retired blind rounds (corpora/retired/README.md): written by
# people who never saw the code, retired from blind use (development data). The guards read them
# all (scripts/crisis_guards.py); the n-gram model trains on TRAINED_ROUNDS, each note at
# RETIRED_WEIGHT of a helper's text. Round 27 (crisis34): trained at full weight on rounds 8-15,
# the n-gram model raised 2 ordinary training texts to the full message and the guards refused
# it. Round 28 (crisis35): at 0.15 every guard passes (no explicit statement down, no ordinary
# text up) and rounds 16 and 17, held out, gain the full message on 2 statements of 672 and
# lose nothing; at 0.3 (4 of 672) the guards passed but "если бы машина переехала мой старый
# ноутбук" (tests/recovery/test_crisis_review16.py) got the question (round 28 in
# docs/history/crisis-safety.md).
# Rounds 16 to 27 stay out of training so that they remain a held-out check of this step
# (18 and 19 retired at the start of round 29, 20 and 21 of round 30, 22 and 23 of round 31, 24 and 25 of round 32,
# 26 and 27 of round 33).
RETIRED = Path("corpora/retired")
RETIRED_ROUNDS = tuple(range(8, 33))
TRAINED_ROUNDS: tuple[int, ...] = (8, 9, 10, 11, 12, 13, 14, 15)
RETIRED_WEIGHT = 0.15
# The rounds the encoder's head trains on (scripts/train_crisis_model.py): none, since the head
# retrained on them gave long ordinary entries the full message (round 27: G27a 58 -> 68).
HEAD_ROUNDS: tuple[int, ...] = ()
# The helpers' levels, read as the check's: heavy texts should be asked about (soft).
LEVEL_NAMES = {"explicit": "explicit", "heavy": "soft", "ordinary": "none",
               "soft": "soft", "none": "none"}
TEST_LISTS = Path("tests/recovery/test_crisis.py")
TEST_STRUCTURE = Path("tests/recovery/test_crisis_structure.py")
# Parametrised structure tests and the level their texts must get.
STRUCTURE_LEVELS = {
    "test_slang_typos_and_missing_apostrophes_are_explicit": "explicit",
    "test_means_plans_farewells_and_not_being_here_are_explicit": "explicit",
    "test_negation_others_and_past_do_not_reach_too_far": "explicit",
    "test_others_negations_past_and_hyperbole_get_the_soft_note": "soft",
    "test_idioms_and_everyday_uses_stay_silent": "none",
}
MIN_COUNT = 2  # a feature must appear in this many training texts
L2 = 1e-4
STEPS = 800
RATE = 1.0
DIGITS = 4  # weights are stored rounded, so that the file is small and rebuilt identically


@dataclass(frozen=True)
class Example:
    text: str
    level: str  # explicit, soft or none
    source: str  # "A", "D", "tests", "author:NAME", "emails:NAME" or "retired:roundK"
    lang: str = "en"


def _jsonl(path: Path, source: str) -> list[Example]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    return [Example(r["text"], LEVEL_NAMES[r["level"]], source, r.get("lang", "en"))
            for r in rows]


def _strings(node: ast.expr) -> list[str]:
    if not isinstance(node, ast.List):
        return []
    return [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]


def test_phrases(lists: Path, structure: Path) -> list[Example]:
    """The phrases of the crisis tests with the level each must get (read, never run)."""
    out: list[Example] = []
    for node in ast.walk(ast.parse(lists.read_text(encoding="utf-8"))):
        target = None
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            target = node.targets[0].id
        elif isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name):
            target = node.target.id
        if target in ("EXPLICIT", "SOFT", "NONE"):
            assert isinstance(node, ast.Assign | ast.AugAssign)
            out += [Example(t, target.lower(), "tests") for t in _strings(node.value) if t.strip()]
    for node in ast.walk(ast.parse(structure.read_text(encoding="utf-8"))):
        if isinstance(node, ast.FunctionDef) and node.name in STRUCTURE_LEVELS:
            for deco in node.decorator_list:
                if isinstance(deco, ast.Call) and len(deco.args) == 2:
                    level = STRUCTURE_LEVELS[node.name]
                    out += [Example(t, level, "tests") for t in _strings(deco.args[1])]
    return out


def authors(root: Path) -> list[Example]:
    """The helpers' labelled texts in every language, author by author (sorted by name)."""
    out: list[Example] = []
    for path in sorted((root / AUTHORS).glob("*.jsonl")):
        out += _jsonl(path, f"author:{path.stem}")
    return out


def employer_emails(root: Path) -> list[Example]:
    """The plain-text bodies of the email corpus's writers, each an ordinary text, file by file."""
    out: list[Example] = []
    for path in (root / EMAILS / "authors" / f"{name}.jsonl" for name in EMAIL_AUTHORS):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            if row.get("format", "plain") == "plain" and row.get("body", "").strip():
                out.append(Example(row["body"][:EMAIL_CHARS], "none", f"emails:{path.stem}",
                                   row.get("lang") or "en"))
    return out


def retired(root: Path, k: int) -> list[Example]:
    """Retired round k's crisis notes, labelled as the training texts are (source
    "retired:roundK"), file by file."""
    out: list[Example] = []
    for path in sorted((root / RETIRED / f"round{k}" / "crisis").glob("*.jsonl")):
        out += _jsonl(path, f"retired:round{k}")
    return out


def corpus(root: Path, rounds: Sequence[int] = TRAINED_ROUNDS) -> list[Example]:
    """Every labelled text used for training, in a fixed order, the retired rounds `rounds`
    last (the guards pass RETIRED_ROUNDS; a fold holding a round out passes the others)."""
    return (
        _jsonl(root / SET_A, "A")
        + _jsonl(root / SET_D, "D")
        + test_phrases(root / TEST_LISTS, root / TEST_STRUCTURE)
        + authors(root)
        + employer_emails(root)
        + [e for k in rounds for e in retired(root, k)]
    )


class _Sparse:
    """Rows of feature counts, each divided by the square root of its length (as scored)."""

    def __init__(self, features: Sequence[list[str]], index: dict[str, int]) -> None:
        rows: list[int] = []
        cols: list[int] = []
        vals: list[float] = []
        for row, feats in enumerate(features):
            counts = Counter(index[f] for f in feats if f in index)
            scale = 1 / np.sqrt(max(1, len(feats)))
            for col in sorted(counts):
                rows.append(row)
                cols.append(col)
                vals.append(counts[col] * scale)
        self.rows, self.cols, self.vals = np.array(rows), np.array(cols), np.array(vals)
        self.shape = (len(features), len(index))

    def times(self, w: np.ndarray) -> np.ndarray:
        """x @ w, summed in a fixed order (bincount), so results never vary between runs."""
        return np.stack([np.bincount(self.rows, self.vals * w[self.cols, c], self.shape[0])
                         for c in range(w.shape[1])], axis=1)

    def transposed_times(self, g: np.ndarray) -> np.ndarray:
        """x.T @ g."""
        return np.stack([np.bincount(self.cols, self.vals * g[self.rows, c], self.shape[1])
                         for c in range(g.shape[1])], axis=1)


def train(examples: Sequence[Example]) -> CrisisModel:
    """A multinomial logistic regression, classes balanced, fitted by plain gradient descent
    (no randomness: the same examples give the same weights)."""
    features = [text_features(e.text) for e in examples]
    seen: Counter[str] = Counter()
    for feats in features:
        seen.update(set(feats))
    vocabulary = sorted(f for f, n in seen.items() if n >= MIN_COUNT)
    index = {f: i for i, f in enumerate(vocabulary)}
    x = _Sparse(features, index)
    y = np.array([CLASSES.index(e.level) for e in examples])
    onehot = np.eye(len(CLASSES))[y]
    sample = sample_weights(examples, y)
    w = np.zeros((len(vocabulary), len(CLASSES)))
    b = np.zeros(len(CLASSES))
    velocity_w, velocity_b = np.zeros_like(w), np.zeros_like(b)
    for _ in range(STEPS):
        logits = x.times(w) + b
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        grad = (p - onehot) * sample[:, None]
        velocity_w = 0.9 * velocity_w + x.transposed_times(grad) + L2 * w
        velocity_b = 0.9 * velocity_b + grad.sum(axis=0)
        w -= RATE * velocity_w
        b -= RATE * velocity_b
    return CrisisModel(vocabulary, np.round(w, DIGITS), np.round(b, DIGITS))


def model_bytes(model: CrisisModel) -> bytes:
    """The model file: gzipped JSON with a format version, byte for byte reproducible."""
    vocabulary = sorted(model.index, key=model.index.__getitem__)
    keep = [i for i in range(len(vocabulary)) if np.any(model.weights[i] != 0)]
    data = {
        "format_version": FORMAT_VERSION,
        "classes": list(CLASSES),
        "trained_on": "helpers' texts in 14 languages, English sets A and D, crisis test phrases, "
        "the email corpus's plain-text bodies as ordinary texts "
        + (f"and the strangers' retired rounds {', '.join(map(str, TRAINED_ROUNDS))} "
           "(corpora/retired) " if TRAINED_ROUNDS else "")
        + "(never the held-out or blind sets)",
        "bias": [round(float(v), DIGITS) for v in model.bias],
        "vocabulary": [vocabulary[i] for i in keep],
        "weights": [round(float(v), DIGITS) for i in keep for v in model.weights[i]],
    }
    text = json.dumps(data, separators=(",", ":"), ensure_ascii=False)
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


def keep_as_floor(model_path: Path, floors_path: Path, new: bytes) -> int | None:
    """Before a model file is replaced by different bytes, append the model it held to the
    floors' file (round 18: the check reads the highest of the current model and every earlier
    one, so a retraining can only add help). The number of floors written, or None when the
    file is missing or unchanged."""
    if not model_path.exists() or model_path.read_bytes() == new:
        return None
    earlier = read_floors(floors_path)
    earlier.append(json.loads(gzip.decompress(model_path.read_bytes()).decode("utf-8")))
    floors_path.write_bytes(floors_bytes(earlier))
    return len(earlier)


Assessor = Callable[[str, CrisisModel], str]


def confusion(
    examples: Sequence[Example], model: CrisisModel, assess: Assessor
) -> Counter[tuple[str, str]]:
    """(written level, found level) counts of a combined check on examples."""
    return Counter((e.level, assess(e.text, model)) for e in examples)


def cross_validate(
    examples: Sequence[Example], assessors: dict[str, Assessor]
) -> dict[str, dict[str, Counter[tuple[str, str]]]]:
    """Confusions, per held-out author and assessor, on texts the model never saw: each
    helper's texts are tested on a model trained on everything else (the English sets and the
    test phrases always train)."""
    names = sorted({e.source for e in examples if e.source.startswith("author:")})
    out: dict[str, dict[str, Counter[tuple[str, str]]]] = {}
    for name in names:
        kept = [e for e in examples if e.source != name]
        held = [e for e in examples if e.source == name]
        model = train(kept)
        for label, assess in assessors.items():
            out.setdefault(f"held out: {name}", {}).setdefault(label, Counter())
            out[f"held out: {name}"][label] += confusion(held, model, assess)
    return out


def summary(counts: Counter[tuple[str, str]]) -> dict[str, float]:
    """Explicit found as explicit, explicit with any note, and notes on ordinary texts."""
    explicit = sum(n for (gold, _), n in counts.items() if gold == "explicit") or 1
    soft = sum(n for (gold, _), n in counts.items() if gold == "soft") or 1
    none = sum(n for (gold, _), n in counts.items() if gold == "none") or 1
    return {
        "explicit_as_explicit": counts[("explicit", "explicit")] / explicit,
        "explicit_any_note": (counts[("explicit", "explicit")] + counts[("explicit", "soft")])
        / explicit,
        "soft_any_note": (counts[("soft", "explicit")] + counts[("soft", "soft")]) / soft,
        "none_explicit": counts[("none", "explicit")] / none,
        "none_soft": counts[("none", "soft")] / none,
    }


# The encoder's head (crisis_encoder.py): a logistic regression on the sentence vectors, classes
# balanced and emails at EMAIL_WEIGHT as for the n-gram model, fitted on standardised vectors by
# plain gradient descent (deterministic), the standardisation then folded into the weights.
HEAD_STEPS = 200
HEAD_L2 = 1e-4
HEAD_RATE = 0.5
VECTOR_CACHE = Path(".bench-cache/crisis-encoder")


def text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def one_by_one(encoder: Any, texts: Sequence[str]) -> np.ndarray:
    """Each text encoded alone, as the check encodes it: a batch's vectors differ from the same
    texts' vectors encoded alone in their last bits (up to 2e-7; the matrix products' blocking
    depends on the batch), so a cache filled in batches held vectors that depended on which texts
    were missing when it was filled, and the head fitted from them on which machine fitted it
    (round 17). Alone, a text's vector depends on the text only."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    return np.stack([encoder.vectors([t])[0] for t in texts])


def vectors(root: Path, examples: Sequence[Example]) -> np.ndarray:
    """The encoder's vectors of the examples' texts, each encoded alone (one_by_one), cached on
    disk by text (never committed): encoding the corpus takes a few minutes of one core. The
    cache only saves time: what it holds is what encoding gives, on any machine."""
    from bounceback.recovery.crisis_encoder import ENCODER_VERSION, Encoder

    path = root / VECTOR_CACHE / f"vectors-{ENCODER_VERSION}-alone.npz"
    known: dict[str, np.ndarray] = {}
    if path.exists():
        with np.load(path) as z:
            known = dict(zip(z["keys"].tolist(), z["vectors"], strict=True))
    missing = sorted({e.text for e in examples if text_key(e.text) not in known})
    if missing:
        found = one_by_one(Encoder(), missing)
        known.update(zip((text_key(t) for t in missing), found, strict=True))
        path.parent.mkdir(parents=True, exist_ok=True)
        keys = sorted(known)
        np.savez(path, keys=np.array(keys), vectors=np.stack([known[k] for k in keys]))
    return np.stack([known[text_key(e.text)] for e in examples]).astype(np.float64)



def sample_weights(examples: Sequence[Example], y: np.ndarray) -> np.ndarray:
    """Each example's weight in training, summing to one: classes balanced, emails weighed
    by EMAIL_WEIGHT and retired notes by RETIRED_WEIGHT (shared by the n-gram model and the
    encoder's head)."""
    freq = np.bincount(y, minlength=len(CLASSES)).astype(float)
    sample = (len(y) / (len(CLASSES) * np.maximum(freq, 1)))[y]
    sample *= np.array([EMAIL_WEIGHT if e.source.startswith("emails:")
                        else RETIRED_WEIGHT if e.source.startswith("retired:") else 1.0
                        for e in examples])
    return np.asarray(sample / sample.sum())

def train_head(examples: Sequence[Example], x: np.ndarray) -> EncoderHead:
    """The encoder's head fitted on the examples' vectors x (one row each)."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0) + 1e-6
    xs = (x - mean) / scale
    y = np.array([CLASSES.index(e.level) for e in examples])
    onehot = np.eye(len(CLASSES))[y]
    sample = sample_weights(examples, y)
    w = np.zeros((x.shape[1], len(CLASSES)))
    b = np.zeros(len(CLASSES))
    velocity_w, velocity_b = np.zeros_like(w), np.zeros_like(b)
    for _ in range(HEAD_STEPS):
        logits = xs @ w + b
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        grad = (p - onehot) * sample[:, None]
        velocity_w = 0.9 * velocity_w + xs.T @ grad + HEAD_L2 * w
        velocity_b = 0.9 * velocity_b + grad.sum(axis=0)
        w -= HEAD_RATE * velocity_w
        b -= HEAD_RATE * velocity_b
    folded = w / scale[:, None]
    return EncoderHead(np.round(folded, 5), np.round(b - (mean / scale) @ w, 5))
