"""Whether two versions of the crisis check decide the same for every labelled text in the repo.

    PYTHONPATH=src nice -n 19 .venv/bin/python scripts/crisis_same_decisions.py --against-git main
    PYTHONPATH=src nice -n 19 .venv/bin/python scripts/crisis_same_decisions.py --against-src DIR/src

Round 27 (issue 15, the check's speed): a change meant to make the check faster must not change
one decision. The texts: every row of corpora/crisis/**/*.jsonl, of the retired rounds
(corpora/retired/round*/crisis/*.jsonl: training and development data since they were
retired) and the phrases of the crisis tests (crisis_training.test_phrases), read from this
checkout; never corpora/blind. Each version checks them all in a process of its own (its
`src` first on the path, the same .venv): per text the level, the signs (the phrase groups'
and the models' names), and what the person is shown for that level (the message's headline,
its resources, its question and answers). `--against-git REF` exports REF's `src` with
`git archive` into a temporary folder. Prints how many texts were compared per set and every
text (its set and line, never its words) whose reading differs; exits 1 when one does.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import json, sys
from bounceback.recovery.crisis import assess, crisis_message
texts = json.loads(open(sys.argv[1], encoding="utf-8").read())
out = []
for text in texts:
    found = assess(text)
    msg = crisis_message(found.level)
    shown = None if msg is None else [msg.headline, list(msg.lines), [repr(r) for r in msg.resources],
                                      msg.emergency, msg.question, [list(a) for a in msg.answers],
                                      list(msg.if_yes), msg.if_no]
    out.append([found.level.value, list(found.signs), list(found.languages), shown])
print(json.dumps(out))
"""


def labelled(root: Path = ROOT) -> list[tuple[str, str]]:
    """(where, text) for every labelled text: a set's path and line, or the tests' phrases."""
    from bounceback.recovery.crisis_training import TEST_LISTS, TEST_STRUCTURE, test_phrases

    paths = sorted((root / "corpora" / "crisis").rglob("*.jsonl"))
    paths += sorted((root / "corpora" / "retired").glob("round*/crisis/*.jsonl"))
    out: list[tuple[str, str]] = []
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                out.append((f"{path.relative_to(root)}:{number}", json.loads(line)["text"]))
    for i, example in enumerate(test_phrases(root / TEST_LISTS, root / TEST_STRUCTURE)):
        out.append((f"{TEST_LISTS}:phrase {i}", example.text))
    return out


def decisions(src: Path, texts_file: Path) -> list[list[object]]:
    env = dict(os.environ, PYTHONPATH=str(src.resolve()))
    done = subprocess.run([sys.executable, "-c", CHILD, str(texts_file)], env=env, check=True,
                          capture_output=True, text=True)
    return list(json.loads(done.stdout))


def _set_of(where: str) -> str:
    return where.rsplit(":", 1)[0]


def main(argv: list[str]) -> int:
    tmp: Path | None = None
    if "--against-git" in argv:
        ref = argv[argv.index("--against-git") + 1]
        tmp = Path(tempfile.mkdtemp(prefix="crisis-same-"))
        archive = subprocess.run(["git", "archive", ref, "src"], cwd=ROOT, check=True,
                                 capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(tmp)], input=archive, check=True)
        other = tmp / "src"
    elif "--against-src" in argv:
        other = Path(argv[argv.index("--against-src") + 1])
    else:
        print(__doc__)
        return 2
    rows = labelled()
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump([text for _, text in rows], f)
    texts_file = Path(f.name)
    try:
        before = decisions(other, texts_file)
        after = decisions(ROOT / "src", texts_file)
    finally:
        texts_file.unlink()
        if tmp is not None:
            shutil.rmtree(tmp)
    per: dict[str, list[int]] = {}
    differ = 0
    for (where, _), a, b in zip(rows, before, after, strict=True):
        counts = per.setdefault(_set_of(where), [0, 0])
        counts[0] += 1
        if a != b:
            counts[1] += 1
            differ += 1
            print(f"DIFFERS {where}: {a[0]} {a[1]} -> {b[0]} {b[1]}")
    for name, (n, d) in sorted(per.items()):
        print(f"{name}: {n} texts, {d} differ")
    print(f"{len(rows)} texts compared ({other} -> {ROOT / 'src'}): {differ} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
