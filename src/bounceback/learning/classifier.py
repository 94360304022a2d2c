"""The reason classifier: naive Bayes over word n-grams, trained from labelled texts.

Counts are the model: adding a user's corrections is adding counts, so the shipped model
and the user's labels combine without the original corpus. No download, no heavy library.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from bounceback.domain.learning import LabelledText, ReasonSuggestion

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_STOP_WORDS = (
    "a an the and or of to in on for with at by from as is are was were be been it its this "
    "that these those i you we they he she our your my me us their them his her has have had "
    "do does did will would can could should may might shall there here so if but about into "
    "than then also just very all any each much more most some such only own same other too s t"
)
_STOP = frozenset(_STOP_WORDS.split(" "))
# Phrases that decide by themselves often span a stop word ("not a match"), so bigrams keep them.
ALPHA = 0.1
TEMPERATURE = 4.0
SECOND_REASON_SHARE = 0.4
MAX_REASONS = 3
USER_WEIGHT = 3.0


def tokens(text: str) -> list[str]:
    """Lower-case words with contractions folded ("didn't" → "didnt")."""
    return [w.replace("'", "") for w in _WORD.findall(text.lower().replace("\u2019", "'"))]


def features(text: str) -> Counter[str]:
    """Unigrams without stop words, and every adjacent bigram."""
    words = tokens(text)
    found: Counter[str] = Counter(w for w in words if w not in _STOP and len(w) > 1)
    found.update(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))
    return found


def fingerprint(examples: Iterable[LabelledText]) -> str:
    """A hash of the labelled texts, to know whether a model is stale."""
    digest = hashlib.sha256()
    for example in sorted(examples, key=lambda e: (e.text, e.reasons)):
        digest.update(example.text.encode())
        digest.update(b"\x1f" + ";".join(example.reasons).encode() + b"\x1e")
    return digest.hexdigest()[:16]


@dataclass
class ReasonModel:
    """Per-reason counts of documents and of n-grams; everything prediction needs."""

    doc_counts: dict[str, float] = field(default_factory=dict)
    token_totals: dict[str, float] = field(default_factory=dict)
    counts: dict[str, dict[str, float]] = field(default_factory=dict)
    fingerprint: str = ""
    #: The vocabulary's size and what it was counted for (how many n-grams each reason has):
    #: a page's suggestions ask for it three times, and counting it walks every n-gram.
    _vocabulary: tuple[tuple[int, ...], int] | None = field(
        default=None, init=False, repr=False, compare=False)

    @property
    def reasons(self) -> list[str]:
        return sorted(self.doc_counts)

    @property
    def size(self) -> int:
        """How many labelled texts (weighted) the model has seen."""
        return round(sum(self.doc_counts.values()))

    def add(self, example: LabelledText, weight: float = 1.0) -> None:
        """Count one labelled text towards each of its reasons (the primary counts double)."""
        found = features(example.text)
        for rank, reason in enumerate(example.reasons):
            share = weight * (1.0 if rank == 0 else 0.5)
            self.doc_counts[reason] = self.doc_counts.get(reason, 0.0) + share
            bucket = self.counts.setdefault(reason, {})
            for feat, n in found.items():
                bucket[feat] = bucket.get(feat, 0.0) + n * share
                self.token_totals[reason] = self.token_totals.get(reason, 0.0) + n * share

    def copy(self) -> ReasonModel:
        return ReasonModel(
            dict(self.doc_counts),
            dict(self.token_totals),
            {r: dict(c) for r, c in self.counts.items()},
            self.fingerprint,
        )

    def _vocabulary_size(self) -> int:
        # n-grams are only ever added (`add`), so the same sizes mean the same vocabulary
        sizes = tuple(len(bucket) for bucket in self.counts.values())
        if self._vocabulary is None or self._vocabulary[0] != sizes:
            self._vocabulary = (sizes, len({f for b in self.counts.values() for f in b}) or 1)
        return self._vocabulary[1]

    def log_likelihoods(self, text: str) -> dict[str, float]:
        """Log prior plus log likelihood of the text's known n-grams, per reason."""
        found = features(text)
        vocab = self._vocabulary_size()
        known = [f for f in found if any(f in b for b in self.counts.values())]
        total_docs = sum(self.doc_counts.values()) or 1.0
        scores: dict[str, float] = {}
        for reason in self.reasons:
            bucket = self.counts.get(reason, {})
            denom = self.token_totals.get(reason, 0.0) + ALPHA * vocab
            score = math.log(self.doc_counts[reason] / total_docs)
            for feat in known:
                score += found[feat] * math.log((bucket.get(feat, 0.0) + ALPHA) / denom)
            scores[reason] = score
        return scores

    def probabilities(self, text: str) -> dict[str, float]:
        """A softened posterior over reasons (naive Bayes alone is overconfident)."""
        scores = self.log_likelihoods(text)
        if not scores:
            return {}
        top = max(scores.values())
        weights = {r: math.exp((s - top) / TEMPERATURE) for r, s in scores.items()}
        total = sum(weights.values())
        return {r: w / total for r, w in weights.items()}

    def phrases(self, text: str, reason: str, limit: int = 3) -> list[str]:
        """The n-grams of the text that point most towards `reason`, strongest first."""
        found = features(text)
        vocab = self._vocabulary_size()
        others = [r for r in self.reasons if r != reason]
        if reason not in self.counts or not others:
            return []

        def logp(r: str, feat: str) -> float:
            denom = self.token_totals.get(r, 0.0) + ALPHA * vocab
            return math.log((self.counts.get(r, {}).get(feat, 0.0) + ALPHA) / denom)

        scored = []
        for feat in found:
            if self.counts[reason].get(feat, 0.0) < 1.0 or all(w in _STOP for w in feat.split()):
                continue
            lift = logp(reason, feat) - max(logp(r, feat) for r in others)
            if lift > 0.5:
                scored.append((lift + (0.5 if " " in feat else 0.0), feat))
        scored.sort(reverse=True)
        picked: list[str] = []
        for _, feat in scored:
            if any(feat in p or p in feat for p in picked):
                continue
            picked.append(feat)
            if len(picked) == limit:
                break
        return picked

    def suggest(self, text: str) -> list[ReasonSuggestion]:
        """The likely reasons for a text, most likely first; the first is the primary."""
        probs = self.probabilities(text)
        if not probs or not text.strip():
            return []
        ranked = sorted(probs.items(), key=lambda kv: kv[1], reverse=True)
        top_reason, top_p = ranked[0]
        picked = [(top_reason, top_p)]
        for reason, p in ranked[1:MAX_REASONS]:
            if p >= SECOND_REASON_SHARE * top_p and p >= 0.15:
                picked.append((reason, p))
        return [
            ReasonSuggestion(reason, round(p, 3), self.phrases(text, reason), primary=i == 0)
            for i, (reason, p) in enumerate(picked)
        ]


def train(
    examples: Sequence[LabelledText],
    base: ReasonModel | None = None,
    weight: float = 1.0,
) -> ReasonModel:
    """A model from labelled texts, on top of `base` when given (user corrections weigh more)."""
    model = base.copy() if base is not None else ReasonModel()
    for example in examples:
        if example.reasons:
            model.add(example, weight)
    own = fingerprint(examples)
    model.fingerprint = f"{base.fingerprint}+{own}" if base is not None else own
    return model
