"""Prove a speed change left `bounceback emails classify` byte-identical: every line it prints
(kind, confidence, company, role, lang, platform) on every email of the repository's corpora
(corpora/emails, with its authors' files, and corpora/retired's emails) and on 10,000 messages
the bench generates (bench/bench_classify.py), compared with another revision's code on the
same input, with the model files of this checkout in both (a retrained model is compared with
itself, so the check never depends on today's weights).

Run: python scripts/classify_same_output.py --against-git main [--messages 10000]
     [--fields kind,confidence,lang,platform]
--fields compares only those keys of each line: a change to the company or the role proves the
kind, its confidence, the language and the platform unchanged (round 27).
Exit status 0 and "identical" when every line is the same; otherwise the first differences.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = (ROOT / "corpora" / "emails" / "emails.jsonl",
           *sorted((ROOT / "corpora" / "emails" / "authors").glob("*.jsonl")),
           *sorted((ROOT / "corpora" / "retired").glob("round*/emails/*.jsonl")))


def messages(count: int) -> list[dict[str, str]]:
    """The corpora's emails, then `count` generated ones, each with an id of its own."""
    rows: list[dict[str, str]] = []
    for path in CORPORA:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if line.strip():
                row = json.loads(line)
                rows.append({"id": f"{path.relative_to(ROOT)}:{n}",
                             "from": str(row.get("from") or ""),
                             "subject": str(row.get("subject") or ""),
                             "body": str(row.get("body") or "")})
    spec = importlib.util.spec_from_file_location("bench_classify",
                                                  ROOT / "bench" / "bench_classify.py")
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    rows += [{**row, "id": f"generated:{row['id']}"} for row in bench.generate(count)]
    return rows


def classify(path: Path, src: Path) -> list[str]:
    """The command's output lines with the bounceback package imported from `src`."""
    exe = shutil.which("bounceback", path=str(Path(sys.executable).parent))
    cmd = [exe] if exe else [sys.executable, "-m", "bounceback.cli.main"]
    env = {**os.environ, "PYTHONPATH": str(src)}
    done = subprocess.run([*cmd, "emails", "classify", "--workers", "1", str(path)],
                          capture_output=True, check=True, env=env)
    return done.stdout.decode("utf-8").splitlines()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against-git", metavar="REF", required=True,
                        help="the revision whose code gives the expected lines (e.g. main)")
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--fields", help="only these keys of each line, comma-separated")
    args = parser.parse_args()
    rows = messages(args.messages)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "messages.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        old = Path(tmp) / "old"
        old.mkdir()
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.against_git, "src"],
                                 capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(old)], input=archive, check=True)
        # This checkout's model files in the old code too: the code is compared, not models.
        for model in (ROOT / "src" / "bounceback" / "mail" / "model").iterdir():
            if model.is_file():
                shutil.copy2(model, old / "src" / "bounceback" / "mail" / "model" / model.name)
        before = classify(path, old / "src")
        after = classify(path, ROOT / "src")
    if args.fields:
        keys = args.fields.split(",")
        before, after = ([json.dumps({k: json.loads(line).get(k) for k in keys}) for line in lines]
                         for lines in (before, after))
    assert len(before) == len(rows), f"{len(before)} lines for {len(rows)} messages"
    digest = hashlib.sha256("\n".join(after).encode()).hexdigest()[:16]
    differ = [(b, a) for b, a in zip(before, after, strict=False) if b != a]
    generated = sum(r["id"].startswith("generated:") for r in rows)
    print(f"{len(rows)} messages ({len(rows) - generated} from the corpora, {generated} "
          f"generated); {len(after)} lines after, sha256 {digest}")
    if differ or len(after) != len(before):
        print(f"DIFFERENT: {len(differ)} lines differ")
        for b, a in differ[:10]:
            print(f"  before {b}\n  after  {a}")
        return 1
    print(f"identical to {args.against_git}'s code on every line"
          + (f" ({args.fields})" if args.fields else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
