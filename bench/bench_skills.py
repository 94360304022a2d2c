"""Skill extraction with the O*NET vocabulary loaded (about 9,000 technology names).

Targets (issue 6): loading under 1 s; extraction from a 1,000-word posting under 20 ms after
loading. Loading is timed two ways: from the O*NET file (parse, merge with the built-in
vocabulary, build the Aho-Corasick automaton) and as a command does it, from a SQLite database
into which the file was imported. The posting is made of corpora/postings texts, 1,000 words.
Run: python bench/bench_skills.py [--repeat 200]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ONET = ROOT.parent / "shared" / "data" / "onet"
LOAD_TARGET, EXTRACT_TARGET = 1.0, 0.020


def posting_text(words: int = 1000) -> str:
    parts: list[str] = []
    count = 0
    for path in sorted((ROOT / "corpora" / "postings").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        parts.append(text)
        count += len(text.split())
        if count >= words:
            break
    return " ".join(" ".join(parts).split(" ")[: words * 2]).strip()


def first_words(text: str, words: int) -> str:
    kept, count = [], 0
    for line in text.split("\n"):
        n = len(line.split())
        if count + n > words:
            line = " ".join(line.split()[: words - count])
            n = words - count
        kept.append(line)
        count += n
        if count >= words:
            break
    return "\n".join(kept)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    if not (ONET / "Technology Skills.txt").is_file():
        sys.exit(f"bench_skills: the O*NET files are not at {ONET}")
    from bounceback.skills import onet
    from bounceback.skills.matcher import SkillMatcher, extract
    from bounceback.skills.vocabulary import builtin_vocabulary

    start = time.perf_counter()
    vocabulary = builtin_vocabulary()
    loaded = onet.load_onet(ONET)
    onet.add_to_vocabulary(vocabulary, loaded.skills)
    matcher = SkillMatcher(vocabulary)
    load_file = time.perf_counter() - start

    from bounceback.config import Settings
    from bounceback.services import Bounceback

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(database_url=f"sqlite:///{tmp}/bench.db", home=Path(tmp))
        clock = lambda: datetime(2026, 11, 25, 10)  # noqa: E731
        first = Bounceback(settings, clock=clock)
        first.skills.import_onet(ONET)
        first.close()
        fresh = Bounceback(settings, clock=clock)
        fresh.db.ensure_ready()
        start = time.perf_counter()
        fresh.skills.matcher()
        load_db = time.perf_counter() - start
        fresh.close()

    text = first_words(posting_text(), 1000)
    words = len(text.split())
    extract(text, matcher)  # warm
    times = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        found = extract(text, matcher)
        times.append(time.perf_counter() - start)
    median = statistics.median(times)
    p95 = sorted(times)[int(len(times) * 0.95) - 1]
    print(f"vocabulary: {len(vocabulary)} entries ({len(loaded.skills)} O*NET names)")
    print(
        f"load from file:     {load_file * 1000:7.1f} ms  (target {LOAD_TARGET * 1000:.0f} ms, "
        f"ratio {load_file / LOAD_TARGET:.2f})"
    )
    print(
        f"load from database: {load_db * 1000:7.1f} ms  (target {LOAD_TARGET * 1000:.0f} ms, "
        f"ratio {load_db / LOAD_TARGET:.2f})"
    )
    print(
        f"extract, {words} words, {len(found)} skills: median {median * 1000:.2f} ms, "
        f"p95 {p95 * 1000:.2f} ms  (target {EXTRACT_TARGET * 1000:.0f} ms, "
        f"ratio {median / EXTRACT_TARGET:.2f})"
    )
    print(onet.onet_attribution(loaded.version))


if __name__ == "__main__":
    main()
