from __future__ import annotations

from pathlib import Path

from bounceback.domain.learning import LabelledText
from bounceback.learning.classifier import train
from bounceback.learning.corpus import parse_corpus
from bounceback.learning.cues import CUE_WEIGHT, cue_examples
from bounceback.learning.evaluation import cross_validate, fold_of

CORPUS = Path(__file__).resolve().parents[2] / "corpora" / "reasons" / "reasons.tsv"


def test_folds_are_stratified_by_primary_reason():
    examples = [LabelledText(str(i), ["fit" if i % 2 else "logistics"]) for i in range(20)]
    folds = [fold_of(i, examples, 5) for i in range(20)]
    for fold in range(5):
        held = [examples[i].reasons[0] for i in range(20) if folds[i] == fold]
        assert sorted(held) == ["fit", "fit", "logistics", "logistics"]


def test_cross_validation_counts_add_up():
    corpus = parse_corpus(CORPUS.read_text(encoding="utf-8"))
    result = cross_validate(corpus, 5, train(cue_examples(), weight=CUE_WEIGHT))
    assert result.texts == len(corpus)
    assert sum(s.support for s in result.scores.values()) == sum(len(e.reasons) for e in corpus)
    assert result.primary_correct + len(result.misses) == len(corpus)
    # Far better than chance (1 in 11) on held-out texts; the exact figures are in the docs.
    assert result.primary_accuracy > 0.5
