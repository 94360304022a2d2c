"""Cross-validated precision and recall of the reason classifier, per reason."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from bounceback.domain.learning import LabelledText
from bounceback.learning.classifier import ReasonModel, train


@dataclass
class ReasonScore:
    reason: str
    support: int = 0
    predicted: int = 0
    correct: int = 0

    @property
    def precision(self) -> float | None:
        return self.correct / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.correct / self.support if self.support else None


@dataclass
class Evaluation:
    folds: int
    texts: int
    primary_correct: int = 0
    scores: dict[str, ReasonScore] = field(default_factory=dict)
    misses: list[tuple[str, list[str], list[str]]] = field(default_factory=list)

    @property
    def primary_accuracy(self) -> float:
        return self.primary_correct / self.texts if self.texts else 0.0

    def micro(self) -> tuple[float, float]:
        predicted = sum(s.predicted for s in self.scores.values())
        correct = sum(s.correct for s in self.scores.values())
        support = sum(s.support for s in self.scores.values())
        return (correct / predicted if predicted else 0.0, correct / support if support else 0.0)


def fold_of(index: int, examples: Sequence[LabelledText], folds: int) -> int:
    """Deterministic folds, stratified by primary reason (round robin within each reason)."""
    primary = examples[index].reasons[0]
    rank = sum(1 for e in examples[:index] if e.reasons[0] == primary)
    return rank % folds


def cross_validate(
    examples: Sequence[LabelledText], folds: int = 5, prior: ReasonModel | None = None
) -> Evaluation:
    """Train on all folds but one (over `prior`, the cue phrases), predict the held-out one."""
    assignment = [fold_of(i, examples, folds) for i in range(len(examples))]
    result = Evaluation(folds=folds, texts=len(examples))
    scores: dict[str, ReasonScore] = defaultdict(lambda: ReasonScore(""))
    for fold in range(folds):
        train_set = [e for e, f in zip(examples, assignment, strict=True) if f != fold]
        model = train(train_set, base=prior)
        for example, f in zip(examples, assignment, strict=True):
            if f != fold:
                continue
            suggestions = model.suggest(example.text)
            predicted = [s.reason for s in suggestions]
            gold = set(example.reasons)
            if predicted and predicted[0] == example.reasons[0]:
                result.primary_correct += 1
            else:
                result.misses.append((example.text, example.reasons, predicted))
            for reason in gold:
                scores[reason].support += 1
            for reason in predicted:
                scores[reason].predicted += 1
                if reason in gold:
                    scores[reason].correct += 1
    for reason, score in scores.items():
        score.reason = reason
    result.scores = dict(sorted(scores.items()))
    return result
