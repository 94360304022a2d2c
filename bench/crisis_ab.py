"""Two versions of the crisis check, interleaved under the same machine load: processor time
per entry (mean, 95th percentile) and first use in a process.

    git archive MAIN src | tar -x -C /tmp/before    # the version to compare with
    nice -n 10 .venv/bin/python bench/crisis_ab.py --before /tmp/before/src --after src
    nice -n 19 .venv/bin/python bench/crisis_ab.py --before /tmp/before/src --after src \
        --starts 0 --sets corpora/crisis/dev/G27a.jsonl corpora/crisis/dev/G27b.jsonl

Each version runs in a process of its own (the source folder first on its path, the same
.venv). First use: a fresh process imports the check and checks one text, loading what the
first check loads (the detector, the n-gram model, the phrase lists it reads, the encoder when
the text needs it, then every phrase list and the encoder, as bench/eval_crisis.py's warm-up
does); --starts fresh processes per version, alternating. Per entry: every --every'th text of
corpora/crisis and --long entries of 1-3 KB (bench/crisis_stages.py), cut into chunks that the
two processes check in turn (A, B, A, B...), each text's processor time (time.process_time)
around `assess`. `--sets FILE...` (round 27) times those labelled files instead, one set each
(the long journal entries of issue 15's speed condition), in the same turns. Decisions are compared too: the two versions must give each text the same
level and signs.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHUNK = 50

CHILD = r"""
import json, sys, time
start_cpu, start_wall = time.process_time(), time.perf_counter()
from bounceback.recovery.crisis import assess
assess("i can't sleep and tomorrow is another interview, i want it all to stop")
first_cpu, first_wall = time.process_time() - start_cpu, time.perf_counter() - start_wall
from bounceback.recovery.crisis_encoder import encoder_scores
from bounceback.recovery.crisis_lexicon import available, lexicon
for lang in (*available(), "global"):
    lexicon(lang)
encoder_scores("warm up")
all_cpu, all_wall = time.process_time() - start_cpu, time.perf_counter() - start_wall
print(json.dumps({"first_cpu": first_cpu, "first_wall": first_wall, "all_cpu": all_cpu,
                  "all_wall": all_wall}), flush=True)
for line in sys.stdin:
    out = []
    for text in json.loads(line):
        t = time.process_time()
        found = assess(text)
        out.append([time.process_time() - t, found.level.value, list(found.signs)])
    print(json.dumps(out), flush=True)
"""


def _option(argv: list[str], name: str, default: str) -> str:
    return argv[argv.index(name) + 1] if name in argv else default


def _texts(path: Path) -> list[str]:
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def start(src: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(Path(src).resolve()))
    return subprocess.Popen([sys.executable, "-c", CHILD], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, env=env)


def first_line(proc: subprocess.Popen[str]) -> dict[str, float]:
    assert proc.stdout is not None
    return dict(json.loads(proc.stdout.readline()))


def check(proc: subprocess.Popen[str], texts: list[str]) -> list[list[object]]:
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(json.dumps(texts) + "\n")
    proc.stdin.flush()
    return list(json.loads(proc.stdout.readline()))


def stats(values: list[float]) -> str:
    ordered = sorted(values)
    n = len(ordered)
    return (f"mean {1000 * sum(ordered) / n:.2f} ms, p95 {1000 * ordered[int(0.95 * (n - 1))]:.2f}"
            f" ms, p50 {1000 * ordered[n // 2]:.2f} ms")


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT / "bench"))
    from crisis_stages import corpus_texts, long_entries

    before, after = _option(argv, "--before", ""), _option(argv, "--after", "src")
    every, count = int(_option(argv, "--every", "3")), int(_option(argv, "--long", "100"))
    starts = int(_option(argv, "--starts", "3"))
    if not before:
        print(__doc__)
        return 2
    names = {"before": before, "after": after}
    firsts: dict[str, list[dict[str, float]]] = {n: [] for n in names}
    for _ in range(starts):
        for name, src in names.items():
            proc = start(src)
            firsts[name].append(first_line(proc))
            proc.kill()
            proc.wait()
    if "--sets" in argv:
        sets = {path: _texts(Path(path)) for path in argv[argv.index("--sets") + 1:]}
    else:
        files = corpus_texts()
        sets = {f"corpora/crisis, every {every}th text": [t for f in files for t in f][::every],
                "long entries (1-3 KB)": long_entries(files, count)}
    procs = {name: start(src) for name, src in names.items()}
    for proc in procs.values():
        first_line(proc)
    print(f"load average at the start: {os.getloadavg()[0]:.1f}; {time.strftime('%H:%M:%S')}")
    for label, texts in sets.items():
        times: dict[str, list[float]] = {n: [] for n in names}
        differ = 0
        for i in range(0, len(texts), CHUNK):
            chunk = texts[i : i + CHUNK]
            results = {name: check(proc, chunk) for name, proc in procs.items()}
            for name, rows in results.items():
                times[name] += [float(str(r[0])) for r in rows]
            differ += sum(a[1:] != b[1:] for a, b in zip(*results.values(), strict=True))
        print(f"## {label}: {len(texts)} texts, "
              f"{sum(map(len, texts)) / len(texts):.0f} characters on average; "
              f"decisions that differ: {differ}")
        for name in names:
            print(f"{name:7s} processor time per entry: {stats(times[name])}")
    print(f"load average at the end: {os.getloadavg()[0]:.1f}; {time.strftime('%H:%M:%S')}")
    if not starts:
        for proc in procs.values():
            proc.kill()
        return 0
    print(f"## first use in a process ({starts} fresh processes each, alternating)")
    for name in names:
        rows = firsts[name]
        print(f"{name:7s} first check: processor "
              + ", ".join(f"{r['first_cpu']:.2f}" for r in rows) + " s; wall "
              + ", ".join(f"{r['first_wall']:.2f}" for r in rows) + " s; everything loaded "
              "(all lists, the encoder): processor "
              + ", ".join(f"{r['all_cpu']:.2f}" for r in rows) + " s")
    for proc in procs.values():
        proc.kill()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
