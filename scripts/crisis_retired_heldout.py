"""Does training on the strangers' retired rounds help? Leave one round out (round 26, issue 15).

    nice -n 10 .venv/bin/python scripts/crisis_retired_heldout.py REV            # rounds 8 to 27
    nice -n 10 .venv/bin/python scripts/crisis_retired_heldout.py REV --rounds 8,10+11  # 10, 11 together
    nice -n 10 .venv/bin/python scripts/crisis_retired_heldout.py REV --all FILE.jsonl...
    nice -n 10 .venv/bin/python scripts/crisis_retired_heldout.py REV --head-only   # minutes
    nice -n 10 .venv/bin/python scripts/crisis_retired_heldout.py REV --shipped FILE.jsonl...

The retired blind sets (corpora/retired/roundN/crisis/, written by strangers who never saw the
code; development data since they were retired) have never trained the models. For each retired
round k, an n-gram model and an encoder head are trained on the shipped training texts
(crisis_training.corpus) PLUS the other retired rounds, never k, and round k is read by the
whole check (assess) three ways: with REV's models ("main"), with the retrained models floored
by REV's ones as a retraining ships them ("floors on": the highest reading of the new and every
earlier model), and with the retrained models alone ("floors off"). `--all` trains on every
retired round and reads the given labelled files the same three ways (the guard sets, the dev
sets: files no model trained on). `--head-only` retrains the encoder's head alone (seconds
from the cached vectors; the n-gram model's fit takes about five minutes of a free core per
fold) and reads every way with REV's n-gram model and its floors. `--shipped` trains nothing
(round 27): the labelled files read with REV's models -> with this checkout's shipped ones (a
retraining's before and after; the rest of the check is this checkout's). Per language and in all,
the counts main -> floors on / floors off, and how many texts moved. Fold models are cached under .bench-cache/crisis-heldout/. Counts only,
never a text.

Since round 27 crisis_training.corpus reads the retired rounds named in TRAINED_ROUNDS (rounds
8-15 since round 28, the n-gram model only, each note at RETIRED_WEIGHT, as a fold's retired
rounds are weighed); here a fold's base is `corpus(ROOT, rounds=())`, so round k stays held out.
Since that retraining shipped, REV must be a revision before it (45ac273, 19061a7) for "main" to
be read out of sample on rounds 8-15; rounds 16 and 17 were never trained on.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from crisis_floor_heldout import levels, models_at, moves, table  # noqa: E402
from crisis_heldout import trained  # noqa: E402

from bounceback.recovery import crisis_encoder  # noqa: E402
from bounceback.recovery.crisis_encoder import FlooredHead, shipped_head  # noqa: E402
from bounceback.recovery.crisis_model import CrisisModel, shipped_model  # noqa: E402
from bounceback.recovery.crisis_training import RETIRED_ROUNDS as ROUNDS  # noqa: E402
from bounceback.recovery.crisis_training import (  # noqa: E402
    Example,
    _jsonl,
    corpus,
    retired,
    train_head,
    vectors,
)

ROOT = Path(__file__).resolve().parent.parent
WAYS = ("main", "floors on", "floors off")


def remember_vectors() -> None:
    """The loaded encoder's vector of a text computed once for the run (the three ways read
    the same texts; a vector depends on the text only, so the readings are unchanged)."""
    parts = crisis_encoder.loaded()
    assert parts is not None, "the encoder must be installed"
    encoder = parts[0]
    vector = functools.cache(encoder.vector)
    encoder.vector = vector  # type: ignore[method-assign]


def readers_at(rev: str) -> tuple[CrisisModel, FlooredHead]:
    """REV's n-gram model and head, each floored by the ones shipped before it, as the app
    reads them."""
    models, heads = models_at(rev)
    model = models[0].floored(models[1:]) if len(models) > 1 else models[0]
    return model, FlooredHead(heads[0], heads[1:])


def three_ways(held: Sequence[Example], kept: Sequence[Example], label: str,
               rev: str, head_only: bool = False) -> dict[str, list[str]]:
    """held's levels with REV's models, and with models trained on kept, floored and alone
    (`head_only`: the encoder's head retrained, the n-gram model REV's, floored, in all three)."""
    models, heads = models_at(rev)
    base_model, base_head = readers_at(rev)
    model = base_model if head_only else trained(kept, label)
    head = train_head(kept, vectors(ROOT, kept))
    texts = [e.text for e in held]
    return {"main": levels(texts, base_model, base_head),
            "floors on": levels(texts, base_model if head_only else model.floored(models),
                                FlooredHead(head, heads)),
            "floors off": levels(texts, model, FlooredHead(head, []))}


def report(title: str, held: Sequence[Example], read: dict[str, list[str]]) -> None:
    print(f"## {title}: main -> floors on / floors off")
    print("\n".join(table(held, *(read[w] for w in WAYS))))
    for way in WAYS[1:]:
        print(f"per text, main -> {way}: {moves(held, read['main'], read[way])}")
    print()
    sys.stdout.flush()


def main(argv: list[str]) -> int:
    if not argv or argv[0].startswith("-"):
        print(__doc__)
        return 2
    rev = argv[0]
    head_only = "--head-only" in argv
    remember_vectors()
    if "--shipped" in argv:  # round 27: REV's models -> this checkout's, nothing trained
        for path in (Path(a) for a in argv[argv.index("--shipped") + 1:] if not a.startswith("--")):
            held = _jsonl(path, f"file:{path.name}")
            texts = [e.text for e in held]
            before = levels(texts, *readers_at(rev))
            after = levels(texts, shipped_model(), shipped_head())
            print(f"## {path.name}: {rev}'s models -> this checkout's shipped models")
            print("\n".join(table(held, before, after)))
            print(f"per text: {moves(held, before, after)}\n")
            sys.stdout.flush()
        return 0
    base = corpus(ROOT, rounds=())  # never a retired round (TRAINED_ROUNDS): the folds add them
    every = {k: retired(ROOT, k) for k in ROUNDS}
    if "--all" in argv:
        files = [Path(a) for a in argv[argv.index("--all") + 1:] if not a.startswith("--")]
        kept = base + [e for k in ROUNDS for e in every[k]]
        for path in files:
            held = _jsonl(path, f"file:{path.name}")
            report(f"{path.name}, trained on every retired round", held,
                   three_ways(held, kept, "retired-all", rev, head_only))
        return 0
    groups = [(k,) for k in ROUNDS]
    if "--rounds" in argv:  # "8,9+12": round 8 held out alone, rounds 9 and 12 together
        groups = [tuple(int(k) for k in item.split("+"))
                  for item in argv[argv.index("--rounds") + 1].split(",")]
    held_all: list[Example] = []
    read_all: dict[str, list[str]] = {w: [] for w in WAYS}
    for group in groups:
        kept = base + [e for j in ROUNDS if j not in group for e in every[j]]
        held = [e for k in group for e in every[k]]
        read = three_ways(held, kept, "retired-without-" + "-".join(map(str, group)), rev,
                          head_only)
        at = 0
        for k in group:
            part = {w: read[w][at:at + len(every[k])] for w in WAYS}
            others = ", ".join(str(j) for j in ROUNDS if j not in group)
            report(f"round {k} held out (trained on retired rounds {others})", every[k], part)
            at += len(every[k])
        held_all += held
        for w in WAYS:
            read_all[w] += read[w]
    if len(groups) > 1:
        report("every round of " + ", ".join("+".join(map(str, g)) for g in groups)
               + ", held out", held_all, read_all)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
