"""How often a candidate of each reader is a labelled skill, per set of folders: is the asked-for
model's negative weight on credentials (`how_credential`, round 31) the training labels' doing?

    .venv/bin/python scripts/skill_credential_labels.py            # training folders, rounds 8-21
    .venv/bin/python scripts/skill_credential_labels.py --rounds 22-25

Every labelled posting is read with the filter off (as scripts/train_skill_filter.py reads it)
and each candidate paired with the labels by bench/eval_skills.py's scorer; the share right is
printed per reader (`SkillMatch.how`: cue, duty, tool, list, bare, credential; "vocabulary" for
the vocabulary's own). Never reads corpora/blind.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))

import eval_skills  # noqa: E402
from train_skill_filter import training_folders  # noqa: E402


def tally(folders: list[Path]) -> tuple[Counter[str], Counter[str]]:
    from bounceback.config import Settings
    from bounceback.services import Bounceback
    from bounceback.skills.postings import read_posting, skill_candidates

    seen: Counter[str] = Counter()
    right: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(database_url=f"sqlite:///{tmp}/c.db", home=Path(tmp))
        bb = Bounceback(settings, clock=lambda: datetime(2026, 12, 1, 10))
        names = eval_skills.Names(bb.skills.vocabulary())
        matcher = bb.skills.matcher()
        for folder in folders:
            if "blind" in folder.parts:
                sys.exit("skill_credential_labels: never the blind set")
            postings, _resumes = eval_skills.load_labels(folder)
            for name, raw in sorted(postings.items()):
                labels = eval_skills.as_labels(raw)
                path = eval_skills.find_file(folder, name)
                if path is None:
                    continue
                posting = read_posting(path.read_bytes(), path.name, None)
                matches, _text, _index = skill_candidates(posting, matcher)
                _r, _m, extra = eval_skills.compare(
                    labels["skills"], [m.skill for m in matches], names
                )
                wrong = set(extra)
                for m in matches:
                    how = m.how or "vocabulary"
                    seen[how] += 1
                    right[how] += m.skill not in wrong
        bb.close()
    return seen, right


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", default="8-21", help="retired rounds, FIRST-LAST")
    args = parser.parse_args()
    first, _, last = args.rounds.partition("-")
    retired = [
        ROOT / "corpora" / "retired" / f"round{n}" / "postings"
        for n in range(int(first), int(last or first) + 1)
    ]
    for label, folders in (("training folders", training_folders()), (args.rounds, retired)):
        seen, right = tally([f for f in folders if f.is_dir()])
        total_seen, total_right = sum(seen.values()), sum(right.values())
        print(f"{label}: {total_right}/{total_seen} = {total_right / max(total_seen, 1):.3f} right")
        for how, n in seen.most_common():
            print(f"  {how:<11} {right[how]:>5}/{n:<5} = {right[how] / n:.3f}")


if __name__ == "__main__":
    main()
