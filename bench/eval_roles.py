"""The roles read from labelled resumes: each role's title and dates, as `bounceback resume import`
reads them.

    .venv/bin/python bench/eval_roles.py [--folder DIR ...] [--verbose]

A labelled resume lists its roles: {"title": ..., "from": "2020-06" or "2020", "to": "2022",
"present" or a month}. A labelled role is found when a role read has the same title (as
eval_skills compares names) and the same start and end, to the month when the label gives one,
else to the year. Printed: roles labelled, read, found with their title, found with title and
dates (recall and precision of each). Folders under "blind" are refused; --verbose lists misses.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_skills import ROOT, find_file, load_labels, same  # noqa: E402

TODAY = date(2026, 12, 1)  # the evaluation's clock: "present" is now


def _when(value: object) -> tuple[int, int | None] | str | None:
    """(year, month or None) of a label's date; "present" for an open end."""
    text = str(value or "").strip().casefold()
    if not text:
        return None
    if text in ("present", "current", "now", "today"):
        return "present"
    parts = text.split("-")
    try:
        return int(parts[0]), int(parts[1]) if len(parts) > 1 else None
    except ValueError:
        return None


def _same_date(label: object, got: date | None, current: bool, end: bool) -> bool:
    want = _when(label)
    if want is None:
        return True  # the label gives no date: only the title is compared
    if want == "present":
        return end and current
    if got is None:
        return False
    year, month = want  # type: ignore[misc]
    return got.year == year and (month is None or got.month == month)


def evaluate(folder: Path, verbose: bool) -> tuple[int, int, int, int]:
    from bounceback.skills.resumes import resume_roles, resume_text

    _postings, resumes = load_labels(folder)
    labelled = read = titled = dated = 0
    for name, labels in sorted(resumes.items()):
        if not isinstance(labels, dict) or "roles" not in labels:
            continue
        path = find_file(folder, name)
        if path is None:
            continue
        text, _kind = resume_text(path.read_bytes(), path.name)
        roles = resume_roles(text, TODAY)
        wanted = list(labels["roles"])
        labelled += len(wanted)
        read += len(roles)
        free = list(roles)
        for role in wanted:
            match = next((r for r in free if same(str(role.get("title")), r.title)), None)
            if match is None:
                if verbose:
                    print(f"  {name}: missed {role}; read {[r.title for r in roles]}")
                continue
            free.remove(match)
            titled += 1
            if _same_date(role.get("from"), match.start, match.current, False) and _same_date(
                role.get("to"), match.end, match.current, True
            ):
                dated += 1
            elif verbose:
                print(f"  {name}: dates of {role} read {match.start} - {match.end or 'present'}")
        if verbose and free:
            print(f"  {name}: extra {[r.title for r in free]}")
    return labelled, read, titled, dated


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--folder", type=Path, action="append")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    base = ROOT / "corpora" / "postings"
    folders = args.folder or sorted(
        p for p in base.iterdir() if p.is_dir() and p.name not in ("blind", "fields9")
    )
    total = [0, 0, 0, 0]
    for folder in folders:
        if "blind" in folder.parts:
            sys.exit("eval_roles: the blind set is scored by the lead, aggregates only")
        counts = evaluate(folder, args.verbose)
        if counts[0]:
            print(f"{folder.name:<10} " + _line(*counts))
        total = [a + b for a, b in zip(total, counts, strict=True)]
    print(f"{'all':<10} " + _line(*total))


def _line(labelled: int, read: int, titled: int, dated: int) -> str:
    def ratio(a: int, b: int) -> str:
        return f"{a / b:.2f}" if b else "-"

    return (
        f"roles labelled {labelled}, read {read}; title right {titled} (recall "
        f"{ratio(titled, labelled)}, precision {ratio(titled, read)}); title and dates right "
        f"{dated} (recall {ratio(dated, labelled)}, precision {ratio(dated, read)})"
    )


if __name__ == "__main__":
    main()
