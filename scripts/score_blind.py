"""Score a source tree on every frozen blind set, one line a set (aggregates only).

    .venv/bin/python scripts/score_blind.py [--src TREE] [--rounds 19 20] [--only crisis,email,skills]

For the lead who freezes and scores the blind sets (corpora/blind/README.md): it runs the repo's
own evaluation scripts, `bench/eval_crisis.py`, `scripts/eval_email_blind.py` and
`bench/eval_skills.py --blind FOLDER`, with TREE's code (`git archive REV | tar -x -C TREE` to
score a commit; default: this checkout) on the blind sets of THIS checkout, and prints the
headline figures of each. Like those scripts it prints no text, file name or error case of a
set. Whoever works on a classifier never runs it: its figures are claims, not a tuning signal.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BLIND = ROOT / "corpora" / "blind"


def rounds(wanted: list[str] | None) -> list[tuple[str, Path]]:
    found = [("root", BLIND)] + sorted(
        ((p.name.removeprefix("round"), p) for p in BLIND.glob("round*") if p.is_dir()),
        key=lambda item: int(item[0]) if item[0].isdigit() else 0,
    )
    return [item for item in found if not wanted or item[0] in wanted]


def run(tree: Path, args: list[str]) -> str:
    env = dict(os.environ, PYTHONPATH=str(tree / "src"))
    done = subprocess.run(
        [sys.executable, *args], cwd=tree, env=env, capture_output=True, text=True, check=False
    )
    return done.stdout + done.stderr


def crisis(tree: Path, folder: Path) -> str | None:
    files = sorted(str(p) for p in (folder / "crisis").glob("*.jsonl"))
    if not files:
        return None
    out = run(tree, ["bench/eval_crisis.py", *files])
    row = next((line for line in out.splitlines() if line.startswith("| all")), None)
    return row or "no figures: " + " / ".join(out.strip().splitlines()[-1:])


def grab(pattern: str, text: str) -> str:
    match = re.search(pattern, text, re.MULTILINE)
    return match.group(1) if match else "-"


def email(tree: Path, folder: Path) -> str | None:
    if not list((folder / "emails").glob("*.jsonl")):
        return None
    out = run(tree, ["scripts/eval_email_blind.py", "--blind", str(folder / "emails")])
    return " ".join(
        (
            "acc " + grab(r"accuracy ([0-9.]+)", out),
            "macro " + grab(r"macro-F1 \(kinds with >= 5 emails\): ([0-9.]+)", out),
            "rejF1 " + grab(r"^rejection\s+[0-9.]+\s+[0-9.]+\s+([0-9.]+)", out),
            "not-en " + " ".join(grab(r"^\s+not en\s+\d+\s+([0-9.]+\s+[0-9.]+)", out).split()),
            "company " + grab(r"company\s+named right ([0-9.]+)", out),
            "with-none " + grab(r"company\s+named right .*exact incl. null ([0-9.]+)", out),
            "role " + grab(r"role\s+named right ([0-9.]+)", out),
            "ece " + grab(r"calibration error ([0-9.]+)", out),
        )
    )


def skills(tree: Path, folder: Path) -> str | None:
    postings = folder / "postings"
    if not (postings / "labels.json").is_file():
        return None
    out = run(tree, ["bench/eval_skills.py", "--blind", str(postings)])
    part = out[out.find("(blind: aggregates only)") :]
    fields = " ".join(
        f"{name} " + grab(rf"^{name}\s+\d+/\d+ = ([0-9.]+)", part)
        for name in ("title", "company", "location")
    )
    asked = r"^skills asked for \(labelled required \+ preferred\): (P [0-9.]+\s+R [0-9.]+\s+F1 [0-9.]+)"
    resumes = grab(r"^resumes: \d+; skills recall ([0-9.]+)", part)
    return f"{grab(asked, part)} | {fields} | resumes {resumes}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", type=Path, default=ROOT, help="the tree whose code is scored")
    parser.add_argument("--rounds", nargs="*", help="round numbers (root for the first sets)")
    parser.add_argument("--only", default="crisis,email,skills")
    args = parser.parse_args()
    tree = args.src.resolve()
    scorers = {"crisis": ("Z", crisis), "email": ("E", email), "skills": ("Q", skills)}
    for name in args.only.split(","):
        letter, scorer = scorers[name]
        for label, folder in rounds(args.rounds):
            line = scorer(tree, folder)
            if line is not None:
                print(f"{letter}{label} {line}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
