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
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from bounceback.recovery.crisis_fold import fold
from bounceback.recovery.crisis_lang import candidates
from bounceback.recovery.crisis_lexicon import lexicon
from bounceback.recovery.crisis_multi import sentences, without_idioms
from bounceback.recovery.crisis_phrases import FALSE_RE
from bounceback.recovery.crisis_text import normalise

FORMAT_VERSION = 2
MODEL_PATH = Path(__file__).resolve().parent / "data" / "crisis_model.json.gz"
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


def _without_idioms(sentence: str, languages: tuple[str, ...]) -> str:
    if "en" in languages:
        for pattern in FALSE_RE:
            sentence = pattern.sub(" harmlessidiom ", sentence)
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
    return [_without_idioms(s, languages) for s in sentences(folded)] or [""]


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
    """Weights per feature and class, scored on windows of sentences."""

    def __init__(self, vocabulary: Iterable[str], weights: np.ndarray, bias: np.ndarray) -> None:
        self.index = {f: i for i, f in enumerate(vocabulary)}
        self._word_ids: dict[str, tuple[list[int], int]] = {}
        self.weights = np.asarray(weights, dtype=np.float64)
        self.bias = np.asarray(bias, dtype=np.float64)
        if self.weights.shape != (len(self.index), len(CLASSES)):
            raise ValueError("crisis model: weights do not match the vocabulary")

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

    def _raw(self, features: list[str]) -> tuple[np.ndarray, int]:
        get = self.index.get
        ids = [i for i in (get(f) for f in features) if i is not None]
        total = self.weights[ids].sum(axis=0) if ids else np.zeros(len(CLASSES))
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
        total = self.weights[ids].sum(axis=0) if ids else np.zeros(len(CLASSES))
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
        cum_raw = np.vstack([np.zeros(len(CLASSES)), np.cumsum(raws, axis=0)])
        cum_count = np.concatenate([[0], np.cumsum(counts)])
        starts = np.array([a for a, _ in windows])
        ends = np.array([b for _, b in windows])
        counts_w = np.maximum(1, cum_count[ends] - cum_count[starts])
        logits = self.bias + (cum_raw[ends] - cum_raw[starts]) / np.sqrt(counts_w)[:, None]
        logits -= logits.max(axis=1, keepdims=True)
        probs = np.exp(logits)
        probs /= probs.sum(axis=1, keepdims=True)
        explicit = float(probs[:, 0].max())
        concern = float((probs[:, 0] + probs[:, 1]).max())
        if len(parts) == 1:
            return Scores(explicit, concern, explicit)
        alone = self.bias + raws / np.sqrt(np.maximum(1, counts))[:, None]
        alone -= alone.max(axis=1, keepdims=True)
        single = np.exp(alone)
        single /= single.sum(axis=1, keepdims=True)
        return Scores(explicit, concern, float(single[:, 0].max()))


def read_model(path: Path) -> CrisisModel:
    """A model file (gzipped JSON); a missing or wrong file says how to rebuild it."""
    try:
        data = json.loads(gzip.decompress(path.read_bytes()).decode("utf-8"))
    except (OSError, ValueError) as exc:
        raise ValueError(
            f"crisis model {path} cannot be read ({exc}); rebuild it with "
            "scripts/train_crisis_model.py"
        ) from exc
    return CrisisModel.from_json(data)


@lru_cache(maxsize=1)
def shipped_model() -> CrisisModel:
    """The model shipped with bounceback, loaded once on first use (round 18: from its kept
    form in the cache folder when there is one for this very file, crisis_compiled.py)."""
    from bounceback.recovery.crisis_compiled import cached_model

    return cached_model(MODEL_PATH, read_model)
