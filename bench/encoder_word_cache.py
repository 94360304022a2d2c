"""The encoder's word pieces: what keeping words between texts saved (round 19).

Round 18's review found the fast encoder kept up to 16,384 normalised words of checked texts
(journal words among them) in process memory. Round 19 keeps a word's pieces only while its
text is encoded (crisis_encoder_fast.Pieces). This times the whole forward pass of each text
both ways, interleaved in one process (round 18's way copied here as the yardstick), and
prints the ratio; the vectors are compared too (they must be identical).

    nice -n 10 .venv/bin/python bench/encoder_word_cache.py [--rounds 5] [--texts 600]

Texts: corpora/crisis/authors (training notes, none blind), shuffled with a fixed seed.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time
from pathlib import Path
from typing import Any

import numpy as np

from bounceback.recovery import crisis_encoder
from bounceback.recovery.crisis_encoder import clip
from bounceback.recovery.crisis_encoder_fast import Pieces, _words

ROOT = Path(__file__).resolve().parent.parent


class KeptPieces(Pieces):
    """Round 18's pieces: every word's kept for the process (16,384 at most)."""

    def __init__(self, tokenizer: Any) -> None:
        super().__init__(tokenizer)
        self.words: dict[str, list[int]] = {}

    def __call__(self, text: str) -> list[int]:
        tok = self._tok
        normalized = tok._normalizer.normalize(text)
        if not normalized:
            return [tok._bos_id, tok._unk_id, tok._eos_id]
        ids = [tok._bos_id]
        for word in _words(normalized):
            found = self.words.get(word)
            if found is None:
                found = tok._viterbi(word)
                if len(self.words) >= 16_384:
                    self.words.clear()
                self.words[word] = found
            ids.extend(found)
        ids.append(tok._eos_id)
        return ids


def texts(limit: int) -> list[str]:
    found = []
    for path in sorted((ROOT / "corpora" / "crisis" / "authors").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                found.append(json.loads(line)["text"])
    random.Random(19).shuffle(found)
    return found[:limit]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--texts", type=int, default=600)
    args = parser.parse_args()
    parts = crisis_encoder.loaded()
    assert parts is not None, "the encoder is not available"
    forward = parts[0]._forward
    assert forward is not None, "the fast path is not available"
    sample = [clip(t) for t in texts(args.texts)]
    mine, kept = forward.pieces, KeptPieces(forward.pieces._tok)
    encoder = parts[0]  # its vector(): the fast pass under the check's one BLAS thread

    def run(pieces: Pieces) -> tuple[float, list[np.ndarray]]:
        forward.pieces = pieces
        start = time.process_time()
        out = [encoder.vector(text) for text in sample]
        return (time.process_time() - start) / len(sample) * 1000, out

    ratios, per_text = [], []
    for _ in range(args.rounds):
        old, before = run(kept)
        new, after = run(mine)
        assert all(np.array_equal(a, b) for a, b in zip(before, after, strict=True))
        ratios.append(new / old)
        per_text.append((old, new))
        print(f"round {len(ratios)}: {old:.2f} / {new:.2f} ms", flush=True)
    forward.pieces = mine
    print(f"{len(sample)} texts, {args.rounds} rounds; ms CPU per text, words kept for the "
          "process / for one text:", ", ".join(f"{a:.2f}/{b:.2f}" for a, b in per_text))
    print(f"ratio (for one text / for the process): median {statistics.median(ratios):.3f} "
          f"(min {min(ratios):.3f}, max {max(ratios):.3f}); vectors identical")


if __name__ == "__main__":
    main()
