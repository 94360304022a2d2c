"""Score `bounceback emails classify` on the frozen blind set (corpora/blind/emails/*.jsonl).

The blind emails were written by helpers who never saw the corpus, the lexicon or the rules.
This script feeds them to the real command (only id, from, subject and body; the labels stay
here) and prints aggregate figures only: per-kind precision/recall/F1, per language, company,
role and platform accuracy, calibration error. It never prints an email, an id or an error
case: look at nothing under corpora/blind/, and never tune on these figures.
Run: python scripts/eval_email_blind.py [--blind DIR] [--model PATH]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from email_metrics import Tally

ROOT = Path(__file__).resolve().parents[1]
BLIND = ROOT / "corpora" / "blind" / "emails"


def command() -> list[str]:
    exe = shutil.which("bounceback", path=str(Path(sys.executable).parent))
    return [exe] if exe else [sys.executable, "-m", "bounceback.cli.entry"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--blind", type=Path, default=BLIND)
    parser.add_argument("--model", type=Path, help="a model file instead of the packaged one")
    args = parser.parse_args()
    files = sorted(args.blind.glob("*.jsonl")) if args.blind.is_dir() else []
    if not files:
        print(f"no blind set at {args.blind}", file=sys.stderr)
        return 2
    truth: dict[str, dict[str, object]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "in.jsonl"
        with feed.open("w", encoding="utf-8") as out:
            for file in files:
                for n, line in enumerate(file.read_text(encoding="utf-8").splitlines()):
                    if not line.strip():
                        continue
                    row = json.loads(line)
                    key = f"{file.stem}:{n}"
                    truth[key] = row
                    out.write(json.dumps({"id": key, "from": row.get("from"),
                                          "subject": row.get("subject"),
                                          "body": row.get("body")}) + "\n")
        cmd = [*command(), "emails", "classify", str(feed)]
        if args.model:
            cmd += ["--model", str(args.model)]
        done = subprocess.run(cmd, capture_output=True, check=False)
    if done.returncode != 0:
        print(f"bounceback emails classify failed with exit code {done.returncode}",
              file=sys.stderr)
        return 1
    tally = Tally()
    seen = 0
    for line in done.stdout.decode("utf-8").splitlines():
        got = json.loads(line)
        row = truth.get(got["id"])
        if row is None:
            continue
        seen += 1
        tally.add(row, got["kind"], float(got["confidence"]), got)
    if seen != len(truth):
        print(f"warning: {len(truth) - seen} blind emails got no answer", file=sys.stderr)
    tally.report(f"blind set ({len(files)} files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
