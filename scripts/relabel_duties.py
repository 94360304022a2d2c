"""Relabel the older checklist folders to round 21's product decision: a skill named inside a
duty sentence counts as asked for.

    .venv/bin/python scripts/relabel_duties.py --list corpora/postings/P11 > /tmp/review.tsv
    .venv/bin/python scripts/relabel_duties.py --apply        # the record into the labels files
    .venv/bin/python scripts/relabel_duties.py --check        # is every record applied?

The checklist folders (P, P11, fresh11: docs/skills.md, "the checklists") were labelled before
the decision and leave out the skills a posting names only among its duties. `--list` prints,
for each posting of a folder, every skill the importer lists as asked for that no label names,
with the sentence it came from, for a person to review. The
review's verdicts are kept in `corpora/postings/duty_relabel.json` (folder -> file -> the skills
a duty sentence names, each with that sentence): the record of every change. `--apply` adds each
to its posting's labels (required, or preferred when the importer read the duty as nice to
have), once; nothing else in a labels file changes.

Only what the importer finds can be reviewed this way: a duty's skill it misses is not added
(the relabelled folders' recall is measured against these labels, so it is read a little high).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from skill_labels import as_labels, find_file, load_labels  # noqa: E402
from skill_scoring import Names, compare  # noqa: E402

RECORD = ROOT / "corpora" / "postings" / "duty_relabel.json"


def review_rows(folder: Path) -> list[tuple[str, str, str, str]]:
    """(file, skill, importance, sentence) for each skill asked for but not labelled."""
    from bounceback.config import Settings
    from bounceback.services import Bounceback

    postings, _resumes = load_labels(folder)
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(database_url=f"sqlite:///{tmp}/relabel.db", home=Path(tmp))
        bb = Bounceback(settings, clock=lambda: datetime(2026, 12, 1, 10))
        names = Names(bb.skills.vocabulary())
        for name, raw in sorted(postings.items()):
            path = find_file(folder, name)
            if path is None:
                continue
            posting = bb.skills.import_posting(path.read_bytes(), path.name).posting
            shown = list(posting.skills)
            _right, _missed, extra = compare(
                as_labels(raw)["skills"], [m.skill for m in shown], names
            )
            for m in shown:
                if m.skill in extra:
                    sentence = " ".join(m.evidence.split())
                    out.append((name, m.skill, m.importance.value, sentence))
    return out


def _labels_file(folder: Path) -> Path:
    return folder / "labels.json"


def apply(record: dict[str, Any], write: bool) -> int:
    """Add every recorded skill to its posting's labels; the number not yet there."""
    pending = 0
    for folder_name, files in record.items():
        path = _labels_file(ROOT / folder_name)
        text = path.read_text("utf-8")
        data = json.loads(text)
        for name, skills in files.items():
            entry = data["postings"][name]
            have = {
                json.dumps(x)
                for key in ("required", "preferred", "skills")
                for x in entry.get(key, [])
            }
            for item in skills:
                key = "preferred" if item.get("preferred") else "required"
                label = [item["skill"]]
                if json.dumps(label) in have:
                    continue
                pending += 1
                entry.setdefault(key, []).append(label)
                if "skills" in entry:  # a folder that also writes the union out
                    entry["skills"].append(label)
        if write:
            indent = len(text.split("\n")[1]) - len(text.split("\n")[1].lstrip())
            end = "\n" if text.endswith("\n") else ""
            path.write_text(json.dumps(data, indent=indent, ensure_ascii=False) + end, "utf-8")
    return pending


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--list", type=Path, action="append", help="a folder to review")
    parser.add_argument("--apply", action="store_true", help="add the record to the labels")
    parser.add_argument("--check", action="store_true", help="fail if the record is not applied")
    args = parser.parse_args()
    for folder in args.list or []:
        if "blind" in folder.parts:
            sys.exit("relabel_duties: never the blind sets")
        for row in review_rows(folder):
            print("\t".join((str(folder), *row)))
    record = json.loads(RECORD.read_text("utf-8")) if RECORD.is_file() else {}
    if args.apply:
        print(f"added {apply(record, write=True)} labels")
    if args.check:
        pending = apply(record, write=False)
        if pending:
            sys.exit(f"relabel_duties: {pending} recorded labels not applied (run --apply)")


if __name__ == "__main__":
    main()
