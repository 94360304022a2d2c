"""Skill extraction speed with the shipped vocabulary (curated, O*NET and ESCO names).

Targets (issue 14): the vocabulary loaded (file read, entries made, automaton built) in under
0.3 s in a fresh process; a posting read and its skills found in under 20 ms, in process,
after loading. Also timed: loading as a command does it, from a database into which the
O*NET file was imported on top of the shipped vocabulary. The postings are every file of
corpora/postings (and its heldout/, tuning*/ and fresh*/ folders), imported as `posting import` reads
them (layout, fields, context, occupation and implied skills).
Run: python bench/bench_skills.py [--repeat 20]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ONET = ROOT.parent / "shared" / "data" / "onet"
LOAD_TARGET, EXTRACT_TARGET = 0.3, 0.020
_LOAD = """
import time
start = time.perf_counter()
from bounceback.skills.matcher import SkillMatcher
from bounceback.skills.occupations import occupation_for
from bounceback.skills.vocabulary import builtin_vocabulary
matcher = SkillMatcher(builtin_vocabulary())
occupation_for("Plumber Fitter")
print(time.perf_counter() - start, len(matcher))
"""


def fresh_load(repeat: int) -> tuple[float, int]:
    """Median time to load the vocabulary and build the matcher in a new process."""
    times, size = [], 0
    for _ in range(repeat):
        out = subprocess.run(
            [sys.executable, "-c", _LOAD], capture_output=True, text=True, check=True
        ).stdout.split()
        times.append(float(out[0]))
        size = int(out[1])
    return statistics.median(times), size


def postings() -> list[Path]:
    base = ROOT / "corpora" / "postings"
    return sorted(
        p
        for folder in (
            base,
            *(
                base / name
                for name in ("heldout", "tuning2", "tuning3", "fresh4", "fresh5", "fresh6")
            ),
        )
        if folder.is_dir()
        for p in folder.iterdir()
        if p.suffix in (".txt", ".md", ".html")
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    from bounceback.skills.matcher import SkillMatcher
    from bounceback.skills.postings import read_posting
    from bounceback.skills.vocabulary import builtin_data, builtin_vocabulary

    load, size = fresh_load(max(3, args.repeat // 4))
    matcher = SkillMatcher(builtin_vocabulary())
    files = [(p.name, p.read_bytes()) for p in postings()]
    for name, data in files:
        read_posting(data, name, matcher)  # warm
    per_posting = []
    words = []
    for _ in range(args.repeat):
        for name, data in files:
            start = time.perf_counter()
            read_posting(data, name, matcher)
            per_posting.append(time.perf_counter() - start)
    for _name, data in files:
        words.append(len(data.split()))
    median = statistics.median(per_posting)
    p95 = sorted(per_posting)[int(len(per_posting) * 0.95) - 1]

    load_db = None
    if (ONET / "Technology Skills.txt").is_file():
        from bounceback.config import Settings
        from bounceback.services import Bounceback

        with tempfile.TemporaryDirectory() as tmp:
            settings = Settings(database_url=f"sqlite:///{tmp}/bench.db", home=Path(tmp))
            clock = lambda: datetime(2026, 12, 1, 10)  # noqa: E731
            first = Bounceback(settings, clock=clock)
            first.skills.import_onet(ONET)
            first.close()
            fresh = Bounceback(settings, clock=clock)
            fresh.db.ensure_ready()
            start = time.perf_counter()
            fresh.skills.matcher()
            load_db = time.perf_counter() - start
            fresh.close()

    data = builtin_data()
    print(
        f"vocabulary {data.version}: {size} skills, {len(data.titles)} titles, "
        f"{len(data.occupations)} occupations"
    )
    print(
        f"load in a fresh process: {load * 1000:7.1f} ms  (target {LOAD_TARGET * 1000:.0f} ms, "
        f"ratio {load / LOAD_TARGET:.2f})"
    )
    if load_db is not None:
        print(f"load with an O*NET import in the database: {load_db * 1000:7.1f} ms")
    print(
        f"read a posting and find its skills ({len(files)} postings, median "
        f"{statistics.median(words):.0f} words, max {max(words)}): median {median * 1000:.2f} ms, "
        f"p95 {p95 * 1000:.2f} ms  (target {EXTRACT_TARGET * 1000:.0f} ms, "
        f"ratio {median / EXTRACT_TARGET:.2f})"
    )
    print(data.attributions["onet"])


if __name__ == "__main__":
    main()
