"""Benchmark: every chart from the large demo (5,000 applications) builds its figure in < 300 ms.

Usage: .venv/bin/python bench/bench_charts.py [--runs 7] [--no-export]

The large demo is built once into .bench-cache/ (bench/common.py). For each chart it prints:
- gather: reading what the chart needs from the database (applications, rejections, events
  and the outlook history for `outlook`), once; not part of the target;
- first: the first build of this chart's figure in this process, which loads that trace type's
  classes (plotly itself and its layout classes are loaded before, and printed on their own
  line: a process cost, not a figure's);
- median / worst: the figure build over --runs more builds, the figure only (chart data and
  plotly figure from the gathered inputs), export excluded;
- ratio: worst / 300 ms (under 1.0 meets the target);
  each build starts after gc.collect(), so a collection of the 50,000 events loaded before is
  not charged to the figure that happens to trigger it;
- svg: the SVG export in one shared Chromium session (excluded from the target; the browser's
  start-up is printed once on its own line).
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

TARGET_MS = 300.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--no-export", action="store_true", help="skip the SVG export timing")
    args = parser.parse_args()

    from common import demo_url

    from bounceback.charts import CHART_NAMES
    from bounceback.charts.catalog import build_figure
    from bounceback.config import Settings
    from bounceback.services import Bounceback

    start = time.perf_counter()
    import plotly.graph_objects as go

    from bounceback.charts.theme import base_layout

    go.Figure(layout=base_layout("warm-up", "loads plotly's layout classes"))
    print(
        f"plotly import and layout classes: {(time.perf_counter() - start) * 1000:.0f} ms "
        "(once per process, before any chart)"
    )
    url = demo_url("large")
    bb = Bounceback(Settings(database_url=url))
    print(f"bench_charts: large demo ({len(bb.applications.list()):,} applications), {url}")
    print(f"{'chart':<8} {'gather':>9} {'first':>9} {'median':>9} {'worst':>9} {'ratio':>6}")
    figures = {}
    worst_ratio = 0.0
    for name in CHART_NAMES:
        start = time.perf_counter()
        inputs = bb.charts.inputs([name])
        gather = time.perf_counter() - start
        gc.collect()
        start = time.perf_counter()
        figures[name] = build_figure(name, inputs)
        first = time.perf_counter() - start
        times = []
        for _ in range(args.runs):
            gc.collect()
            start = time.perf_counter()
            build_figure(name, inputs)
            times.append(time.perf_counter() - start)
        worst = max([first, *times])
        ratio = worst * 1000 / TARGET_MS
        worst_ratio = max(worst_ratio, ratio)
        print(
            f"{name:<8} {gather * 1000:>7.0f}ms {first * 1000:>7.0f}ms "
            f"{statistics.median(times) * 1000:>7.1f}ms {worst * 1000:>7.1f}ms {ratio:>6.2f}"
        )
    verdict = "meets" if worst_ratio < 1 else "MISSES"
    print(f"target: every figure < {TARGET_MS:.0f} ms; worst ratio {worst_ratio:.2f} ({verdict})")
    if args.no_export:
        return
    from bounceback.charts.export import find_browser, render_images

    if find_browser() is None:
        print("svg export: skipped (no Chrome or Chromium found)")
        return
    start = time.perf_counter()
    render_images([(figures["weekly"], "svg")])
    print(f"svg export: browser start-up and one small chart {time.perf_counter() - start:.2f}s")
    for name, fig in figures.items():
        start = time.perf_counter()
        render_images([(fig, "svg")])
        print(f"svg export {name:<8} {time.perf_counter() - start:.2f}s (start-up included)")
    bb.close()


if __name__ == "__main__":
    main()
