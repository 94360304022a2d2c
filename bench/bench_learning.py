"""Learning: the reason classifier in-process, and `reasons`, `patterns`, `brief` as commands.

Run: .venv/bin/python bench/bench_learning.py
"""

from __future__ import annotations

import time
from pathlib import Path

from common import BOUNCEBACK, demo_url, show, time_command

from bounceback.domain.learning import LabelledText
from bounceback.learning.classifier import USER_WEIGHT, train
from bounceback.learning.corpus import parse_corpus
from bounceback.learning.modelstore import shipped_model

CORPUS = Path(__file__).resolve().parent.parent / "corpora" / "reasons" / "reasons.tsv"
ENV = {"BOUNCEBACK_NOW": "2026-11-25T10:00:00"}


def per_call(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    for _ in range(repeat):
        fn()
    return (time.perf_counter() - start) / repeat


def main() -> None:
    texts = [e.text for e in parse_corpus(CORPUS.read_text(encoding="utf-8"))]
    load = per_call(shipped_model, 20)
    model = shipped_model()
    suggest = per_call(lambda: [model.suggest(t) for t in texts], 3) / len(texts)
    labels = [LabelledText(t, ["skill_gap"]) for t in texts[:200]]
    retrain = per_call(lambda: train(labels, base=model, weight=USER_WEIGHT), 5)
    print(f"{'load the shipped reason model':<44} {load * 1000:8.2f} ms")
    print(f"{'suggest reasons for one text':<44} {suggest * 1000:8.2f} ms")
    print(f"{'retrain with 200 user labels':<44} {retrain * 1000:8.2f} ms")

    small = demo_url("small")
    # `list` opens the same database: the learning commands are compared with it.
    baseline = time_command([BOUNCEBACK, "--db", small, "list"], runs=5, env=ENV)
    show("list (small demo, the baseline)", baseline)
    for argv in (["reasons", "19"], ["patterns"], ["brief", "21"]):
        figures = time_command([BOUNCEBACK, "--db", small, *argv], runs=5, env=ENV)
        show(f"{' '.join(argv)} (small demo)", figures)
        print(f"{'':<44} ratio to list: {figures['median'] / baseline['median']:.2f}x")
    large = demo_url("large")
    for argv in (["patterns"], ["brief", "21"]):
        figures = time_command([BOUNCEBACK, "--db", large, *argv], runs=3, env=ENV)
        show(f"{' '.join(argv)} (large demo, 5,000 applications)", figures)


if __name__ == "__main__":
    main()
