"""Shared by the benchmarks: timing whole commands, and demo databases kept between runs."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".bench-cache"
BIN = Path(sys.executable).parent
BOUNCEBACK = str(BIN / "bounceback")


def time_command(argv: list[str], runs: int = 7, env: dict[str, str] | None = None) -> dict[str, float]:
    """Wall time of a whole process: min, median, max over `runs` (after one warm-up)."""
    full_env = {**os.environ, **(env or {})}
    subprocess.run(argv, env=full_env, check=True, capture_output=True)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, env=full_env, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return {"min": min(times), "median": statistics.median(times), "max": max(times)}


def demo_url(size: str) -> str:
    """A demo database of this size, built once and kept in .bench-cache/."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"demo-{size}.db"
    url = f"sqlite:///{path}"
    if not path.exists():
        subprocess.run([BOUNCEBACK, "demo", "--size", size, "--db", url], check=True, capture_output=True)
    return url


def show(name: str, figures: dict[str, float]) -> None:
    print(f"{name:<44} min {figures['min']*1000:8.1f} ms  median {figures['median']*1000:8.1f} ms  max {figures['max']*1000:8.1f} ms")
