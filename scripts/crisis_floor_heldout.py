"""Held out by author, before and after a retraining with floors (round 18, issue 15).

    nice -n 10 .venv/bin/python scripts/crisis_floor_heldout.py REV AUTHOR...

For each author: "before" is the check with the models shipped at git revision REV (its n-gram
model and its floors, its encoder head and its floors; this checkout's phrase lists and code);
"after" is the check with an n-gram model and a head trained on this checkout's corpus WITHOUT
that author, each floored by REV's models as the check floors a retrained model
(crisis_model.CrisisModel's floors, crisis_encoder.FlooredHead). Prints the author's figures per
language, before -> after, and how many texts moved, by written level (an explicit statement
down, an ordinary text up). Fold models are cached under .bench-cache/crisis-heldout/ (by their
training data and code). Counts only, never a text.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from crisis_heldout import trained  # noqa: E402

from bounceback.recovery import crisis_encoder  # noqa: E402
from bounceback.recovery.crisis import assess  # noqa: E402
from bounceback.recovery.crisis_encoder import EncoderHead, FlooredHead  # noqa: E402
from bounceback.recovery.crisis_model import CrisisModel  # noqa: E402
from bounceback.recovery.crisis_training import (  # noqa: E402
    Example,
    corpus,
    train_head,
    vectors,
)

ROOT = Path(__file__).resolve().parent.parent
DATA = "src/bounceback/recovery/data/"
RANK = {"none": 0, "soft": 1, "explicit": 2}


def _blob(rev: str, name: str) -> object | None:
    """A data file of the revision, decompressed and parsed (None when it has none)."""
    done = subprocess.run(["git", "show", f"{rev}:{DATA}{name}"], cwd=ROOT, capture_output=True,
                          check=False)
    if done.returncode != 0:
        return None
    parsed: object = json.loads(gzip.decompress(done.stdout).decode("utf-8"))
    return parsed


def models_at(rev: str) -> tuple[list[CrisisModel], list[EncoderHead]]:
    """The revision's n-gram models and heads, the current one first, then its floors."""
    model = _blob(rev, "crisis_model.json.gz")
    head = _blob(rev, "crisis_encoder_head.json.gz")
    assert isinstance(model, dict) and isinstance(head, dict)
    model_floors = _blob(rev, "crisis_model_floors.json.gz") or []
    head_floors = _blob(rev, "crisis_encoder_floors.json.gz") or []
    assert isinstance(model_floors, list) and isinstance(head_floors, list)
    return ([CrisisModel.from_json(d) for d in (model, *model_floors)],
            [EncoderHead.from_json(d) for d in (head, *head_floors)])


def levels(texts: Sequence[str], model: CrisisModel, head: FlooredHead) -> list[str]:
    """Each text's level by the whole check with this n-gram model and this head."""
    parts = crisis_encoder.loaded()
    assert parts is not None, "the encoder must be installed"
    encoder = parts[0]
    encoder.kept.clear()
    original = crisis_encoder.loaded
    crisis_encoder.loaded = lambda: (encoder, head)  # type: ignore[assignment]
    try:
        return [assess(t, model).level.value for t in texts]
    finally:
        crisis_encoder.loaded = original  # type: ignore[assignment]
        encoder.kept.clear()


def _cells(rows: list[tuple[Example, str]]) -> tuple[int, ...]:
    def n(gold: str, found: tuple[str, ...]) -> int:
        return sum(1 for e, lv in rows if e.level == gold and lv in found)

    return (n("explicit", ("explicit",)), n("explicit", ("explicit", "soft")),
            n("soft", ("explicit", "soft")), n("none", ("soft",)), n("none", ("explicit",)),
            sum(1 for e, _ in rows if e.level == "explicit"),
            sum(1 for e, _ in rows if e.level == "soft"),
            sum(1 for e, _ in rows if e.level == "none"))


def table(held: Sequence[Example], before: list[str], *after: list[str]) -> list[str]:
    """Per language and in all: before -> after (several afters: "before -> a1 / a2")."""
    out = ["| language | explicit: full message | explicit: resources | heavy: asked | "
           "ordinary: gentle note | ordinary: full message |",
           "| --- | --- | --- | --- | --- | --- |"]
    per: dict[str, list[int]] = defaultdict(list)
    for i, e in enumerate(held):
        per[e.lang].append(i)
    for lang in (*sorted(per), "all"):
        idx = per[lang] if lang != "all" else list(range(len(held)))
        b = _cells([(held[i], before[i]) for i in idx])
        a = [_cells([(held[i], read[i]) for i in idx]) for read in after]

        def cell(j: int, b: tuple[int, ...] = b, a: list[tuple[int, ...]] = a) -> str:
            return f"{b[j]} -> " + " / ".join(str(c[j]) for c in a)

        out.append(f"| {lang} | {cell(0)} of {b[5]} | {cell(1)} | {cell(2)} of {b[6]} | "
                   f"{cell(3)} of {b[7]} | {cell(4)} |")
    return out


def moves(held: Sequence[Example], before: list[str], after: list[str]) -> str:
    c: Counter[tuple[str, str]] = Counter()
    for e, b, a in zip(held, before, after, strict=True):
        if RANK[a] != RANK[b]:
            c[(e.level, "up" if RANK[a] > RANK[b] else "down")] += 1
    name = {"explicit": "explicit", "soft": "heavy", "none": "ordinary"}
    return ", ".join(f"{name[g]} {c[(g, 'down')]} down / {c[(g, 'up')]} up"
                     for g in ("explicit", "soft", "none"))


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__)
        return 2
    rev, names = argv[0], argv[1:]
    models, heads = models_at(rev)
    base_model = models[0].floored(models[1:]) if len(models) > 1 else models[0]
    base_head = FlooredHead(heads[0], heads[1:])
    examples = corpus(ROOT)
    for name in names:
        source = f"author:{name}"
        held = [e for e in examples if e.source == source]
        kept = [e for e in examples if e.source != source]
        if not held:
            print(f"no author {name} in corpora/crisis/authors")
            return 2
        model = trained(kept, f"floor18-without-{name}").floored(models)
        head = FlooredHead(train_head(kept, vectors(ROOT, kept)), heads)
        texts = [e.text for e in held]
        before = levels(texts, base_model, base_head)
        after = levels(texts, model, head)
        print(f"## {name} held out: {rev}'s models -> trained without {name}, floored by {rev}'s")
        print("\n".join(table(held, before, after)))
        print(f"per text: {moves(held, before, after)}")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
