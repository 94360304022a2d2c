"""The crisis check's statistical layer: features, the shipped model file, and its scores.

A small multinomial logistic regression over word 1-2-grams and character 3-5-grams (within
words) of the folded text in any language (a Chinese character counts as a word), trained
offline by `scripts/train_crisis_model.py` into `data/crisis_model.json.gz`. It backs up the
rules (docs/crisis-safety.md): it never decides alone that a text is silent, it only adds a
note or the full message the rules missed.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from bounceback.recovery.crisis_english_live import clean, idioms_in, is_long
from bounceback.recovery.crisis_fold import fold
from bounceback.recovery.crisis_lang import candidates
from bounceback.recovery.crisis_lexicon import lexicon
from bounceback.recovery.crisis_multi import sentences, without_idioms
from bounceback.recovery.crisis_text import normalise

FORMAT_VERSION = 2
MODEL_PATH = Path(__file__).resolve().parent / "data" / "crisis_model.json.gz"
# The models shipped before the current one (round 18): each reading is the highest of all of
# them, so a retrained model can only add help (CrisisModel's floors).
FLOORS_PATH = MODEL_PATH.with_name("crisis_model_floors.json.gz")
CLASSES = ("explicit", "soft", "none")
WINDOW_CHARS = 400  # a longer text is scored in windows of consecutive sentences this long
CHAR_SIZES = (3, 4, 5)
WORD_IDS_KEPT = 65536  # words whose feature ids a model keeps (emptied when full)

_HAN = "\u3400-\u4dbf\u4e00-\u9fff"
# A word: one Chinese character, or a run of letters (Devanagari vowel signs included).
WORD_RE = re.compile(rf"[{_HAN}]|(?:[^\W\d_{_HAN}]|[\u0900-\u0963\u0971-\u097f])+")
_WORD = WORD_RE


@lru_cache(maxsize=65536)
def _word_features(word: str) -> tuple[str, ...]:
    if len(word) == 1:
        return ("w:" + word,)
    padded = f" {word} "
    grams = [
        "c:" + padded[i : i + n] for n in CHAR_SIZES for i in range(len(padded) - n + 1)
    ]
    return ("w:" + word, *grams)


def sentence_features(sentence: str) -> list[str]:
    """Features of one normalised sentence, repeats kept (a text's features add up)."""
    words = _WORD.findall(sentence)
    out: list[str] = []
    for word in words:
        out += _word_features(word)
    out += ["b:" + a + " " + b for a, b in zip(words, words[1:], strict=False)]
    return out


def _without_idioms(sentence: str, languages: tuple[str, ...], long: bool = False,
                    within: frozenset[int] | None = None) -> str:
    if "en" in languages:  # in a long text, only the idioms the sentence may hold (round 29)
        sentence = clean(sentence, long, " harmlessidiom ", within)
    for lang in ("global", *languages):
        lex = lexicon(lang)
        if lex is not None:
            sentence = without_idioms(sentence, lex)
    return sentence


def text_sentences(text: str) -> list[str]:
    """The folded sentences a text is scored on, with idioms that only sound alarming read as
    the rules remove them ("career suicide", "me muero de risa"; in English each replaced by one
    marker word the model learns as harmless): at least one sentence, possibly empty."""
    languages = candidates(text) if text.strip() else ()
    folded = normalise(fold(text))
    long = is_long(folded)
    parts = sentences(folded)
    within = idioms_in(parts) if long and "en" in languages else None
    return [_without_idioms(s, languages, long, within) for s in parts] or [""]


def text_features(text: str) -> list[str]:
    """All features of a raw text (the sum of its sentences' features)."""
    return [f for s in text_sentences(text) for f in sentence_features(s)]


@dataclass(frozen=True)
class Scores:
    """The highest probabilities over a text's windows: explicit, and explicit or soft; and the
    highest explicit probability of any one sentence read alone (an explicit sentence buried in
    a long complaint is diluted in its window)."""

    explicit: float
    concern: float
    sentence: float = 0.0


class CrisisModel:
    """Weights per feature and class, scored on windows of sentences.

    With floors (round 18, issue 15): the models shipped before this one, their weights put over
    one feature index beside this one's (a feature a model lacks weighs 0 in it, as an unknown
    feature does), summed in one pass; each probability read (explicit, explicit or heavy, one
    sentence's explicit) is the highest any of them gives. Every rule these readings enter only
    raises the level at a threshold (crisis.decide, crisis_decide.py, crisis_combined.py), so a
    retrained model gives no text less than an earlier one gave it: retraining can only add
    help. A floor's own readings are bit for bit what that model alone reads (adding zeros
    changes no sum)."""

    weights: np.ndarray  # this model's own, over the whole index (0 where only a floor has one)

    def __init__(self, vocabulary: Iterable[str], weights: np.ndarray, bias: np.ndarray,
                 floors: Sequence[CrisisModel] = ()) -> None:
        self.index = {f: i for i, f in enumerate(vocabulary)}
        self._word_ids: dict[str, tuple[list[int], int]] = {}
        weights = np.asarray(weights, dtype=np.float64)
        self.bias = np.asarray(bias, dtype=np.float64)
        if weights.shape != (len(self.index), len(CLASSES)):
            raise ValueError("crisis model: weights do not match the vocabulary")
        self.floors = tuple(floors)
        own = len(self.index)
        for floor in self.floors:
            for feature in floor.index:
                self.index.setdefault(feature, len(self.index))
        width = len(CLASSES)
        if not self.floors:  # the weights as given: a mapped file's stay shared, read-only
            self._stack = weights
        else:
            self._stack = np.zeros((len(self.index), width * (1 + len(self.floors))))
            self._stack[:own, :width] = weights
        for k, floor in enumerate(self.floors, 1):
            rows = np.fromiter((self.index[f] for f in floor.index), dtype=np.int64,
                               count=len(floor.index))
            self._stack[rows, k * width:(k + 1) * width] = floor.weights[: len(floor.index)]
        self._biases = np.concatenate([self.bias, *(f.bias for f in self.floors)])
        self.weights = self._stack[:, :width]

    @classmethod
    def from_json(cls, data: dict[str, object]) -> CrisisModel:
        if data.get("format_version") != FORMAT_VERSION or data.get("classes") != list(CLASSES):
            raise ValueError(
                f"crisis model: format {data.get('format_version')!r} is not {FORMAT_VERSION}; "
                "rebuild it with scripts/train_crisis_model.py"
            )
        vocabulary = data["vocabulary"]
        weights = data["weights"]
        bias = data["bias"]
        assert isinstance(vocabulary, list) and isinstance(weights, list)
        assert isinstance(bias, list)
        return cls(vocabulary, np.array(weights, dtype=np.float64).reshape(-1, len(CLASSES)),
                   np.array(bias, dtype=np.float64))

    def floored(self, floors: Sequence[CrisisModel]) -> CrisisModel:
        """This model (its own weights) with these floors under it (instead of its own)."""
        vocabulary = sorted(self.index, key=self.index.__getitem__)
        return CrisisModel(vocabulary, self.weights, self.bias, floors)

    def _raw(self, features: list[str]) -> tuple[np.ndarray, int]:
        get = self.index.get
        ids = [i for i in (get(f) for f in features) if i is not None]
        total = self._stack[ids].sum(axis=0) if ids else np.zeros(self._stack.shape[1])
        return total, len(features)

    def _sentence_raw(self, sentence: str) -> tuple[np.ndarray, int]:
        """_raw(sentence_features(sentence)), with each word's known features looked up once
        per process (round 16: the same ids in the same order, so the same sums)."""
        words = _WORD.findall(sentence)
        ids: list[int] = []
        count = len(words) - 1 if words else 0
        known = self._word_ids
        get = self.index.get
        for word in words:
            entry = known.get(word)
            if entry is None:
                if len(known) >= WORD_IDS_KEPT:
                    known.clear()
                features = _word_features(word)
                entry = ([i for i in map(get, features) if i is not None], len(features))
                known[word] = entry
            ids += entry[0]
            count += entry[1]
        ids += [i for i in (get("b:" + a + " " + b) for a, b in zip(words, words[1:], strict=False))
                if i is not None]
        total = self._stack[ids].sum(axis=0) if ids else np.zeros(self._stack.shape[1])
        return total, count

    def score(self, text: str) -> Scores:
        """The probabilities of the most worrying window (the whole text when it is short)."""
        parts = text_sentences(text)
        per = [self._sentence_raw(s) for s in parts]
        lengths = [len(s) for s in parts]
        if sum(lengths) <= WINDOW_CHARS:
            windows = [(0, len(parts))]
        else:
            windows = []
            for start in range(len(parts)):
                end, size = start + 1, lengths[start]
                while end < len(parts) and size + lengths[end] <= WINDOW_CHARS:
                    size += lengths[end]
                    end += 1
                windows.append((start, end))
        raws = np.array([r for r, _ in per])
        counts = np.array([c for _, c in per])
        cum_raw = np.vstack([np.zeros(raws.shape[1]), np.cumsum(raws, axis=0)])
        cum_count = np.concatenate([[0], np.cumsum(counts)])
        starts = np.array([a for a, _ in windows])
        ends = np.array([b for _, b in windows])
        counts_w = np.maximum(1, cum_count[ends] - cum_count[starts])
        probs = self._probabilities((cum_raw[ends] - cum_raw[starts]) / np.sqrt(counts_w)[:, None])
        explicit = float(probs[..., 0].max())
        concern = float((probs[..., 0] + probs[..., 1]).max())
        if len(parts) == 1:
            return Scores(explicit, concern, explicit)
        single = self._probabilities(raws / np.sqrt(np.maximum(1, counts))[:, None])
        return Scores(explicit, concern, float(single[..., 0].max()))

    def _probabilities(self, scaled: np.ndarray) -> np.ndarray:
        """Each row's class probabilities by each model (rows x models x classes)."""
        logits = (self._biases + scaled).reshape(len(scaled), -1, len(CLASSES))
        logits -= logits.max(axis=2, keepdims=True)
        probs = np.exp(logits)
        probs /= probs.sum(axis=2, keepdims=True)
        return probs


def _json(path: Path) -> object:
    try:
        return json.loads(gzip.decompress(path.read_bytes()).decode("utf-8"))
    except (OSError, ValueError) as exc:
        raise ValueError(
            f"crisis model {path} cannot be read ({exc}); rebuild it with "
            "scripts/train_crisis_model.py"
        ) from exc


def read_floors(path: Path = FLOORS_PATH) -> list[dict[str, object]]:
    """The models shipped before the current one, oldest first, as their files held them (none
    when the file is missing)."""
    if not path.exists():
        return []
    data = _json(path)
    assert isinstance(data, list)
    return data


def floors_bytes(floors: list[dict[str, object]]) -> bytes:
    """The floors' file: gzipped JSON, byte for byte reproducible."""
    text = json.dumps(floors, separators=(",", ":"), ensure_ascii=False)
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


def read_model(path: Path, floors_path: Path | None = None) -> CrisisModel:
    """A model file (gzipped JSON), floored by the models of floors_path when given; a missing
    or wrong file says how to rebuild it."""
    data = _json(path)
    assert isinstance(data, dict)
    model = CrisisModel.from_json(data)
    if floors_path is None:
        return model
    floors = [CrisisModel.from_json(d) for d in read_floors(floors_path)]
    return model.floored(floors) if floors else model


@lru_cache(maxsize=1)
def shipped_model() -> CrisisModel:
    """The model shipped with bounceback floored by the ones shipped before it, loaded once on
    first use (its own weights from their kept form in the cache folder when there is one for
    this very file, crisis_compiled.py; the floors read from their file)."""
    from bounceback.recovery.crisis_compiled import cached_model

    model = cached_model(MODEL_PATH, read_model)
    floors = [CrisisModel.from_json(d) for d in read_floors(FLOORS_PATH)]
    return model.floored(floors) if floors else model
