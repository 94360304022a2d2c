"""Rebuild the reason model shipped in the package from the cue phrases and reasons.tsv.

Run: .venv/bin/python corpora/reasons/build_model.py
"""

from __future__ import annotations

from pathlib import Path

from bounceback.learning.corpus import parse_corpus
from bounceback.learning.modelstore import SHIPPED, build_base, save

HERE = Path(__file__).resolve().parent
TARGET = HERE.parent.parent / "src" / "bounceback" / "learning" / "data" / SHIPPED


def main() -> None:
    corpus = parse_corpus((HERE / "reasons.tsv").read_text(encoding="utf-8"), "reasons.tsv")
    model = build_base(corpus)
    save(TARGET, model)
    size = TARGET.stat().st_size
    print(f"{len(corpus)} texts, {len(model.reasons)} reasons -> {TARGET} ({size} bytes)")


if __name__ == "__main__":
    main()
