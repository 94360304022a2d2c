"""Benchmark: importing an mbox against Python's mailbox.mbox merely iterating it, at two
sizes, to show the import is linear in the messages and its memory flat.

Usage: .venv/bin/python bench/bench_mail_import.py [--counts 2500,10000] [--cache DIR] [--keep]
       .venv/bin/python bench/bench_mail_import.py --counts 100000 --keep   (the full size)

Each mailbox is generated (deterministic, ~25 kB a message) into the cache folder and removed
after its run unless --keep (100,000 messages are 2.5 GB: `make bench` measures 2,500 and
10,000, 250 MB at most on disk). Each measurement runs in its own subprocess, so peak memory
(ru_maxrss) is that run's alone. Printed per size: seconds, messages a second, peak memory;
then the ratios the targets are about, at the largest size (import / mailbox.mbox <= 1.0,
re-import / import < 0.2, peak memory < 300 MB), and the scaling from the smallest to the
largest: time per message (1.0 = linear) and peak memory (flat = the mailbox is streamed, never
held whole).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(HERE))


def cache_dir(given: str | None) -> Path:
    base = Path(given or os.environ.get("BOUNCEBACK_BENCH_CACHE", str(ROOT / ".bench-cache")))
    path = base.expanduser()
    path.mkdir(parents=True, exist_ok=True)
    return path


def ensure_mbox(cache: Path, count: int) -> Path:
    from mailgen import write_mbox

    path = cache / f"mail-{count}-v1.mbox"
    if not path.exists():
        started = time.perf_counter()
        print(f"generating {count:,} messages into {path} ...", flush=True)
        kinds = write_mbox(path, count)
        print(f"  done in {time.perf_counter() - started:.1f} s: {kinds}", flush=True)
    return path


def child(argv: list[str]) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, *argv], check=True, capture_output=True, text=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def run_mailbox(path: Path) -> dict:
    import mailbox

    started, cpu = time.perf_counter(), cpu_seconds()
    count = 0
    for _ in mailbox.mbox(str(path)):
        count += 1
    return {"seconds": time.perf_counter() - started, "cpu": cpu_seconds() - cpu,
            "messages": count, "peak_mb": peak_mb()}


def run_import(path: Path, home: Path) -> dict:
    os.environ["BOUNCEBACK_HOME"] = str(home)
    os.environ.setdefault("BOUNCEBACK_DATABASE_URL", f"sqlite:///{home / 'bench.db'}")
    started, cpu = time.perf_counter(), cpu_seconds()
    report = import_with_service(path)
    seconds = time.perf_counter() - started
    return {
        "seconds": seconds,
        "cpu": cpu_seconds() - cpu,
        "messages": report.messages,
        "job_emails": report.job_emails,
        "ruled_out": report.ruled_out,
        "by_kind": dict(report.by_kind),
        "already_imported": report.already_imported,
        "up_to_date": report.up_to_date,
        "skipped": len(report.skipped),
        "store": STORE,
        "peak_mb": peak_mb(),
    }


STORE = "service"


def import_with_service(path: Path):  # type: ignore[no-untyped-def]
    """The full import through the service layer when it exists, else the ingest steps alone."""
    global STORE
    try:
        from bounceback.services import Bounceback  # type: ignore[attr-defined]

        app = Bounceback()
        return app.mail.import_path(path)
    except (ImportError, AttributeError):
        STORE = "memory (service layer not available yet)"
    from bounceback.mail.classify import default_classifier
    from bounceback.mail.ingest import ListSink, import_source
    from bounceback.mail.locate import open_sources

    sources, _ = open_sources(path)
    return import_source(sources[0], ListSink(), default_classifier())


def warm(path: Path) -> None:
    with path.open("rb") as handle:
        while handle.read(16 << 20):
            pass


def measure(path: Path) -> list[tuple[str, dict]]:
    """mailbox.mbox, the import, a re-import and the same mail under another name."""
    warm(path)
    base = child(["--child", "mailbox", "--path", str(path)])
    with tempfile.TemporaryDirectory(prefix="bb-bench-") as home:
        first = child(["--child", "import", "--path", str(path), "--home", home])
        again = child(["--child", "import", "--path", str(path), "--home", home])
        rows = [("mailbox.mbox iteration", base), ("full import", first), ("re-import", again)]
        # The same mail under another name (a new Takeout export): no checkpoint applies, so
        # every message is split and its headers read, and known ones skipped by Message-ID.
        twin = Path(home) / "same-mail-new-export.mbox"
        try:
            os.link(path, twin)
        except OSError:
            twin = None  # type: ignore[assignment]
        if twin is not None:
            rows.append(("same mail, new file", child(
                ["--child", "import", "--path", str(twin), "--home", home])))
    return rows


def report(count: int, size_mb: float, rows: list[tuple[str, dict]]) -> None:
    print(f"-- {count:,} messages ({size_mb:,.0f} MB)")
    for name, row in rows:
        rate = row["messages"] / row["seconds"] if row["seconds"] else 0
        print(f"{name:24} {row['seconds']:8.2f} s (cpu {row['cpu']:7.2f} s) {rate:10,.0f} msg/s"
              f"  peak {row['peak_mb']:6.0f} MB")
    first = rows[1][1]
    print(f"store: {first['store']}; job-search emails: {first['job_emails']:,} "
          f"by kind {first['by_kind']}; ruled out from headers: {first['ruled_out']:,}; "
          f"skipped: {first['skipped']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--counts", default="2500,10000",
                        help="mailbox sizes in messages, comma-separated (smallest first)")
    parser.add_argument("--count", type=int, help="one size only (same as --counts N)")
    parser.add_argument("--cache")
    parser.add_argument("--keep", action="store_true", help="keep the generated mailboxes")
    parser.add_argument("--child", choices=["mailbox", "import"])
    parser.add_argument("--path")
    parser.add_argument("--home")
    args = parser.parse_args()
    if args.child == "mailbox":
        print(json.dumps(run_mailbox(Path(args.path))))
        return
    if args.child == "import":
        print(json.dumps(run_import(Path(args.path), Path(args.home))))
        return
    counts = [args.count] if args.count else sorted(int(c) for c in args.counts.split(","))
    runs: list[tuple[int, list[tuple[str, dict]]]] = []
    for count in counts:
        path = ensure_mbox(cache_dir(args.cache), count)
        size_mb = path.stat().st_size / 1e6
        try:
            rows = measure(path)
        finally:
            if not args.keep:
                path.unlink(missing_ok=True)
        report(count, size_mb, rows)
        runs.append((count, rows))
    count, rows = runs[-1]
    base, first, again = (row for _, row in rows[:3])
    print(f"at {count:,} messages:")
    print(f"ratio import / mailbox.mbox iteration: {first['seconds'] / base['seconds']:.3f}"
          "  (target <= 1.0)")
    print(f"  (cpu time ratio: {first['cpu'] / base['cpu']:.3f})")
    print(f"ratio re-import / import:              {again['seconds'] / first['seconds']:.3f}"
          "  (target < 0.2)")
    if len(rows) > 3:
        twin_row = rows[3][1]
        print(f"  (same mail in a new file, skipped by Message-ID: "
              f"{twin_row['seconds'] / first['seconds']:.3f} of the import; "
              f"{twin_row['already_imported']:,} known, {twin_row['job_emails']:,} new)")
    print(f"peak memory of the import:             {first['peak_mb']:.0f} MB  (target < 300)")
    if len(runs) > 1:
        small_n, small = runs[0][0], runs[0][1][1][1]
        per = [(row["cpu"] / n) for n, row in ((small_n, small), (count, first))]
        print(f"scaling {small_n:,} -> {count:,} messages (x{count / small_n:.0f}): import CPU "
              f"per message x{per[1] / per[0]:.2f} (1.0 = linear); peak memory "
              f"{small['peak_mb']:.0f} -> {first['peak_mb']:.0f} MB (flat = streamed)")


if __name__ == "__main__":
    main()
