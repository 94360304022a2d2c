"""The sentence encoder's processor time per text, by stage, the package's path against round
17's (crisis_encoder_fast.py), interleaved text by text.

    nice -n 10 .venv/bin/python bench/crisis_encoder_stages.py           # every 3rd text
    nice -n 10 .venv/bin/python bench/crisis_encoder_stages.py --every 1

The texts are those of corpora/crisis the check sends to the encoder (found by running the
check with the encoder's reading recorded). Per text, in turn: the package's path
(`Encoder.vectors([text])`: its tokenizer on the whole text, then its forward pass), round
17's path with its per-process caches emptied first (a text in a fresh process), and round
17's path warm (its caches as the texts before this one left them, as in a long-running
process). Stages timed by
time.process_time: word pieces, the embedding rows, and the rest of the forward pass (the
products, layer norms, pooling, output layers). Vectors must be identical (counted).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from crisis_stages import corpus_texts  # noqa: E402

from bounceback.recovery import crisis, crisis_encoder  # noqa: E402
from bounceback.recovery.crisis_encoder import clip  # noqa: E402


def _option(argv: list[str], name: str, default: str) -> str:
    return argv[argv.index(name) + 1] if name in argv else default


def encoded_texts(every: int) -> list[str]:
    texts = [t for f in corpus_texts() for t in f][::every]
    seen: list[str] = []
    real = crisis.encoder_scores

    def record(text: str) -> crisis_encoder.EncoderScores | None:
        seen.append(text)
        return real(text)

    crisis.encoder_scores = record  # type: ignore[assignment]
    try:
        for text in texts:
            crisis.assess(text)
    finally:
        crisis.encoder_scores = real  # type: ignore[assignment]
    return seen


def line(label: str, values: list[float]) -> str:
    ordered = sorted(values)
    n = len(ordered)
    return (f"{label:38s} mean {1000 * sum(ordered) / n:6.2f} ms   p95 "
            f"{1000 * ordered[int(0.95 * (n - 1))]:6.2f} ms")


def main(argv: list[str]) -> int:
    every = int(_option(argv, "--every", "3"))
    loaded = crisis_encoder.loaded()
    if loaded is None or loaded[0]._forward is None:
        print("the encoder or its round-17 path is unavailable")
        return 1
    encoder = loaded[0]
    forward = encoder._forward
    assert forward is not None
    sp = encoder._use._model.sp
    texts = encoded_texts(every)
    clock = time.process_time
    rows: dict[str, list[float]] = {k: [] for k in (
        "package: word pieces", "package: whole encoding", "round 17 cold: word pieces",
        "round 17 cold: embedding rows", "round 17 cold: whole encoding",
        "round 17 warm: whole encoding")}
    differ = 0
    for text in texts:
        piece = clip(text)
        t = clock()
        sp.encode(piece, out_type=int, add_bos=True, add_eos=True)
        rows["package: word pieces"].append(clock() - t)
        t = clock()
        old = encoder.vectors([text])[0]
        rows["package: whole encoding"].append(clock() - t)
        running = forward._rows
        forward._rows = {}
        t = clock()
        ids = forward.pieces(piece)
        rows["round 17 cold: word pieces"].append(clock() - t)
        t = clock()
        forward._embedding(ids)
        rows["round 17 cold: embedding rows"].append(clock() - t)
        forward._rows = {}
        t = clock()
        new = encoder.vector(text)
        rows["round 17 cold: whole encoding"].append(clock() - t)
        forward._rows = running
        t = clock()
        encoder.vector(text)
        rows["round 17 warm: whole encoding"].append(clock() - t)
        differ += not np.array_equal(old, new)
    print(f"{len(texts)} texts the check encodes (every {every}th text of corpora/crisis); "
          f"vectors that differ: {differ}")
    for label, values in rows.items():
        print(line(label, values))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
