"""Issue 16's targets in one run, as one table: the CLI as whole processes against the floor,
every page's first view right after a write, the mixed workload on SQLite and PostgreSQL, the
growth from 5,000 to 50,000 applications, and the server's memory.

    .venv/bin/python bench/targets.py            # 5,000 applications (make bench)
    .venv/bin/python bench/targets.py --huge     # and 50,000, with growth and memory (make bench-huge)

It runs bench/bench_cli.py and bench/bench_web.py (their own output shows as they go), then
prints the figures as Markdown tables (docs/performance.md holds the last full run) and the
list of targets missed. Exit status 1 when any target is missed.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_cli import OTHERS
from bench_web import FIRST_VIEW_MS, P50_MS, P95_MS, RSS_MB, by_kind

HERE = Path(__file__).resolve().parent
CLI_TARGETS = {"list --json": 2.0, "today --json": 4.0, "outlook --json": 4.0}
SIZE_NAMES = {"large": "5k", "huge": "50k"}
ENGINE_NAMES = {"sqlite": "SQLite", "postgresql": "PG"}


def run(script: str, *argv: str) -> None:
    """A benchmark in its own process; a missed target there is reported here, not fatal."""
    print(f"\n=== bench/{script} {' '.join(argv)}", flush=True)
    subprocess.run([sys.executable, str(HERE / script), *argv], check=False)


def ms(value: float | None) -> str:
    return "–" if value is None else f"{value:,.0f}" if value >= 100 else f"{value:.1f}"


def cli_table(cli: dict, missed: list[str]) -> list[str]:  # type: ignore[type-arg]
    med = cli["median_ms"]
    huge = "huge" in cli["sizes"]
    head = "| command | 5,000: ms | ratio | target |" + (" 50,000: ms | ratio | growth |" if huge else "")
    lines = [f"CLI, whole processes: medians of {cli['rounds']} interleaved rounds (wall clock).",
             "", head, "|" + "---|" * (head.count("|") - 1)]
    floor_l = med["floor [large]"]
    row = f"| sqlite3 + json floor (bench/floor_list.py) | {ms(floor_l)} | 1.00 | |"
    if huge:
        floor_h = med["floor [huge]"]
        row += f" {ms(floor_h)} | 1.00 | ×{floor_h / floor_l:.2f} |"
    lines.append(row)
    for name, target in CLI_TARGETS.items():
        large = med[f"{name} [large]"]
        ratio = large / floor_l
        flag = "" if ratio <= target else " **missed**"
        if ratio > target:
            missed.append(f"`{name}` at 5,000: {ratio:.2f}× the floor (target ≤ {target:.0f}×)")
        row = f"| `bounceback {name}` | {ms(large)} | {ratio:.2f}{flag} | ≤ {target:.0f}× |"
        if huge:
            big = med[f"{name} [huge]"]
            row += f" {ms(big)} | {big / med['floor [huge]']:.2f} | ×{big / large:.2f} |"
        lines.append(row)
    for name in OTHERS if huge else []:
        large, big = med.get(f"{name} [large]"), med.get(f"{name} [huge]")
        if large and big:
            lines.append(f"| `bounceback {name}` | {ms(large)} | | | {ms(big)} | | "
                         f"×{big / large:.2f} |")
    typer_ms, help_ms = med["python -c 'import typer'"], med["bounceback --help"]
    ratio = help_ms / typer_ms
    if ratio > 2:
        missed.append(f"`bounceback --help`: {ratio:.2f}× `import typer` (target ≤ 2×)")
    lines.append(f"| `bounceback --help` vs `python -c \"import typer\"` ({ms(typer_ms)} ms) | "
                 f"{ms(help_ms)} | {ratio:.2f}{'' if ratio <= 2 else ' **missed**'} | ≤ 2× |"
                 + (" | | |" if huge else ""))
    return lines


def web_tables(web: dict, missed: list[str]) -> list[str]:  # type: ignore[type-arg]
    runs = list(web)
    if not runs:
        return []
    label = {r: f"{ENGINE_NAMES[r.split()[0]]} {SIZE_NAMES[r.split()[1]]}" for r in runs}
    first = {r: by_kind(web[r]["first_ms"]) for r in runs}
    p50 = {r: by_kind({p: v[0] for p, v in web[r]["mixed_ms"].items()}) for r in runs}
    p95 = {r: by_kind({p: v[1] for p, v in web[r]["mixed_ms"].items()}) for r in runs}
    pages = list(dict.fromkeys(name for r in runs for name in first[r]))
    growth = [e for e in ENGINE_NAMES if f"{e} large" in web and f"{e} huge" in web]
    any_run = web[runs[0]]
    lines = ["", f"First view right after a write, server time in ms (the worst of: after a web "
             f"form, after a CLI write in another process); target ≤ {FIRST_VIEW_MS:.0f} ms.",
             "Pages with an id are the worst of the applications or rejections shown.", ""]
    head = "| page | " + " | ".join(label[r] for r in runs) + " |" + "".join(
        f" growth {ENGINE_NAMES[e]} |" for e in growth)
    lines += [head, "|" + "---|" * (head.count("|") - 1)]
    for page in pages:
        cells = []
        for r in runs:
            value = first[r].get(page)
            over = value is not None and value > FIRST_VIEW_MS
            if over:
                missed.append(f"first view of `{page}` ({label[r]}): {value:.0f} ms "
                              f"(target ≤ {FIRST_VIEW_MS:.0f})")
            cells.append(ms(value) + (" **missed**" if over else ""))
        for e in growth:
            a, b = first[f"{e} large"].get(page), first[f"{e} huge"].get(page)
            cells.append(f"×{b / max(a, 0.1):.2f}" if a and b else "–")
        lines.append(f"| `{page}` | " + " | ".join(cells) + " |")
    lines += ["", f"Mixed workload: {any_run['clients']} clients reading every page in turn for "
              f"{any_run['seconds']:.0f} s while one web writer saves a form once a second and one "
              f"CLI writer runs a command once a second; server time p50 / p95 in ms. Targets: "
              f"≤ {P50_MS:.0f} / {P95_MS:.0f} at 5,000; within 2× of that "
              f"(≤ {2 * P50_MS:.0f} / {2 * P95_MS:.0f}) at 50,000.", ""]
    head = "| page | " + " | ".join(label[r] for r in runs) + " |" + "".join(
        f" p50 growth {ENGINE_NAMES[e]} |" for e in growth)
    lines += [head, "|" + "---|" * (head.count("|") - 1)]
    for page in pages:
        cells = []
        for r in runs:
            scale = 1.0 if r.endswith("large") else 2.0
            a, b = p50[r].get(page), p95[r].get(page)
            if a is None or b is None:
                cells.append("–")
                continue
            over = a > P50_MS * scale or b > P95_MS * scale
            if over:
                missed.append(f"mixed `{page}` ({label[r]}): p50 {a:.0f} / p95 {b:.0f} ms "
                              f"(target ≤ {P50_MS * scale:.0f} / {P95_MS * scale:.0f})")
            cells.append(f"{ms(a)} / {ms(b)}" + (" **missed**" if over else ""))
        for e in growth:
            a, b = p50[f"{e} large"].get(page), p50[f"{e} huge"].get(page)
            cells.append(f"×{b / max(a, 0.1):.2f}" if a and b else "–")
        lines.append(f"| `{page}` | " + " | ".join(cells) + " |")
    writes = ", ".join(f"{label[r]} {web[r]['web_writes']} web + {web[r]['cli_writes']} CLI"
                       for r in runs)
    lines += ["", f"Writes during the mixed runs: {writes}."]
    workers = any_run.get("workers", 1)
    lines += ["", f"Served by `bounceback serve --workers {workers}`. Server memory (resident MB "
              f"of the largest process, its peak in brackets; all the server's processes "
              f"together after the slash); target < {RSS_MB:.0f} MB at 50,000.", "",
              "| run | after the pages | after the charts too |", "|---|---|---|"]
    for r in runs:
        pages_now, pages_peak = web[r]["rss_pages_mb"]
        charts_now, charts_peak = web[r]["rss_charts_mb"]
        if r.endswith("huge") and charts_peak >= RSS_MB:
            missed.append(f"server memory at 50,000 ({label[r]}): peak {charts_peak:.0f} MB "
                          f"(target < {RSS_MB:.0f})")
        total_pages = web[r].get("rss_total_pages_mb", pages_now)
        total_charts = web[r].get("rss_total_charts_mb", charts_now)
        lines.append(f"| {label[r]} | {pages_now:.0f} ({pages_peak:.0f}) / {total_pages:.0f} | "
                     f"{charts_now:.0f} ({charts_peak:.0f}) / {total_charts:.0f} |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--huge", action="store_true", help="also 50,000 applications")
    parser.add_argument("--engines", default="sqlite,postgresql")
    parser.add_argument("--seconds", default="30", help="of the mixed workload, per run")
    parser.add_argument("--rounds", default="9", help="of the CLI's interleaved rounds")
    parser.add_argument("--markdown", help="also write the tables to this file")
    args = parser.parse_args()
    sizes = "large,huge" if args.huge else "large"
    with tempfile.TemporaryDirectory(prefix="bench-targets-") as folder:
        cli_json, web_json = Path(folder) / "cli.json", Path(folder) / "web.json"
        run("bench_cli.py", "--rounds", args.rounds, "--json", str(cli_json),
            *([] if args.huge else ["--no-huge"]))
        run("bench_web.py", "--engines", args.engines, "--sizes", sizes, "--seconds",
            args.seconds, "--json", str(web_json))
        cli = json.loads(cli_json.read_text()) if cli_json.exists() else None
        web = json.loads(web_json.read_text()) if web_json.exists() else {}
    missed: list[str] = []
    lines = ["## Issue 16's targets, measured in one run", ""]
    if cli is None:
        missed.append("the CLI benchmark did not finish")
    else:
        lines += cli_table(cli, missed)
    if not web:
        missed.append("the web benchmark did not finish")
    lines += web_tables(web, missed)
    lines += ["", "Missed:" if missed else "Every target met.", ""]
    lines += [f"- {line}" for line in missed]
    text = "\n".join(lines) + "\n"
    print("\n" + text)
    if args.markdown:
        Path(args.markdown).write_text(text)
    sys.exit(1 if missed else 0)


if __name__ == "__main__":
    main()
