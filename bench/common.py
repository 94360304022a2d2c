"""Shared by the benchmarks: timing whole commands, and demo databases kept between runs."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: Where built demos and clusters are kept: the checkout's .bench-cache, or the folder named by
#: BOUNCEBACK_BENCH_CACHE, so that a `git archive` export of older code can be measured against
#: the same built data (bench/centre_load.py's cluster takes minutes and gigabytes to fill).
CACHE = Path(os.environ.get("BOUNCEBACK_BENCH_CACHE") or ROOT / ".bench-cache").expanduser()
BIN = Path(sys.executable).parent
BOUNCEBACK = str(BIN / "bounceback")
#: Every benchmark sees the same "now": the demo and the pages are built for it.
NOW = "2026-11-25T10:00:00"
ENV = {**os.environ, "BOUNCEBACK_NOW": NOW}
SIZES = {"large": 5_000, "huge": 50_000}


def time_command(argv: list[str], runs: int = 7, env: dict[str, str] | None = None) -> dict[str, float]:
    """Wall time of a whole process: min, median, max over `runs` (after one warm-up)."""
    full_env = {**ENV, **(env or {})}
    subprocess.run(argv, env=full_env, check=True, capture_output=True)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, env=full_env, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return {"min": min(times), "median": statistics.median(times), "max": max(times)}


def time_interleaved(commands: dict[str, list[str]], rounds: int) -> dict[str, list[float]]:
    """Each command once per round, in turn, `rounds` times (after one warm-up each): what the
    machine is doing meanwhile weighs on all of them alike, so their ratios hold."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for argv in commands.values():
        subprocess.run(argv, env=ENV, check=True, capture_output=True)
    for _ in range(rounds):
        for name, argv in commands.items():
            start = time.perf_counter()
            subprocess.run(argv, env=ENV, check=True, capture_output=True)
            times[name].append(time.perf_counter() - start)
    return times


def demo_key() -> str:
    """What a cached demo depends on: the demo's code, the schema (migrations) and the read
    model's version. A change to any of them builds the demo again rather than timing a
    database that the first command upgrades or rebuilds."""
    import hashlib

    digest = hashlib.sha256()
    src = ROOT / "src" / "bounceback"
    files = [*sorted((src / "demo").glob("*.py")),
             *sorted((src / "storage" / "migrations" / "versions").glob("*.py")),
             src / "storage" / "readmodel" / "__init__.py"]  # its VERSION
    for file in files:
        digest.update(file.name.encode() + file.read_bytes())
    return digest.hexdigest()[:10]


def demo_path(size: str) -> Path:
    """A demo database of this size, built once (for NOW) and kept in .bench-cache/."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"demo-{size}-{demo_key()}.db"
    if not path.exists():
        for old in CACHE.glob(f"demo-{size}*.db"):
            old.unlink()  # built by older code: one copy per size is enough (50,000 is 400 MB)
        print(f"building the {size} demo (once; kept in .bench-cache/) ...", flush=True)
        started = time.perf_counter()
        part = path.with_name(path.name + ".part")
        for leftover in CACHE.glob(part.name + "*"):
            leftover.unlink()
        subprocess.run([BOUNCEBACK, "demo", "--size", size, "--db", f"sqlite:///{part}"],
                       check=True, capture_output=True, env=ENV)
        subprocess.run([sys.executable, "-c", "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]);"
                        " c.execute('PRAGMA wal_checkpoint(TRUNCATE)'); c.close()", str(part)],
                       check=True)
        part.rename(path)
        print(f"  built in {time.perf_counter() - started:.0f} s", flush=True)
    return path


def demo_url(size: str) -> str:
    return f"sqlite:///{demo_path(size)}"


def compile_sources() -> None:
    """Byte-compile the package first: with PYTHONDONTWRITEBYTECODE set (as on some machines),
    every process would otherwise compile bounceback from source, and typer's would not."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "src")],
                   check=True, capture_output=True)


def write_json(path: str | None, figures: object) -> None:
    """The figures for bench/targets.py, which puts every benchmark's targets in one table."""
    if path:
        import json

        Path(path).write_text(json.dumps(figures, indent=1) + "\n")


def show(name: str, figures: dict[str, float]) -> None:
    print(f"{name:<44} min {figures['min']*1000:8.1f} ms  median {figures['median']*1000:8.1f} ms  max {figures['max']*1000:8.1f} ms")


def median_ms(values: list[float]) -> float:
    return statistics.median(values) * 1000
