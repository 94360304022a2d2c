"""Every crisis text's level as the check gives it now, written to a file to compare two trees
(round 32, crisis47: the sentence splitter made one; issue 15).

    PYTHONPATH=src nice -n 19 .venv/bin/python scripts/crisis_levels_dump.py OUT.json --jobs 2
    .venv/bin/python scripts/crisis_levels_dump.py --diff BEFORE.json AFTER.json [--show]

The texts: every one the guards read (scripts/crisis_guards.py: corpora/crisis, the retired
rounds 8-32, the tests' phrase lists) and corpora/crisis/dev/*.jsonl. The diff prints, per
written label and language, how many texts went up and down, and each moved text.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RANK = {"none": 0, "soft": 1, "explicit": 2}
LABELS = {"ordinary": "none", "heavy": "soft", "ambiguous": "soft", "explicit": "explicit"}


def _guards() -> Any:
    spec = importlib.util.spec_from_file_location("crisis_guards", ROOT / "scripts" / "crisis_guards.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def dump(out: Path, jobs: int) -> None:
    guards = _guards()
    items = guards.texts(ROOT)
    keys = {t.key for t in items}
    for path in sorted((ROOT / "corpora" / "crisis" / "dev").glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                row = json.loads(line)
                t = guards.Text(f"dev:{path.stem}:{n}", LABELS.get(row.get("level"), "soft"),
                                row["text"])
                if t.key not in keys:
                    keys.add(t.key)
                    items.append(t)
    now = guards.levels_now(items, jobs)
    from bounceback.recovery.crisis_lang import candidates

    rows = [{"where": t.where, "label": t.level, "lang": _lang(candidates, t.text),
             "level": now[t.key], "text": t.text} for t in items]
    out.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    print(f"{len(rows)} texts written to {out}")


def _lang(detect: Any, text: str) -> str:
    found = detect(text)
    return found[0] if found else "?"


def diff(before: Path, after: Path, show: bool) -> None:
    a = {r["where"]: r for r in json.loads(before.read_text(encoding="utf-8"))}
    b = {r["where"]: r for r in json.loads(after.read_text(encoding="utf-8"))}
    moves: Counter[tuple[str, str, str]] = Counter()
    for where, r in a.items():
        new = b[where]["level"]
        if new != r["level"]:
            way = "up" if RANK[new] > RANK[r["level"]] else "down"
            moves[(r["label"], r["lang"], way)] += 1
            if show:
                print(f"{where} [{r['label']} {r['lang']}] {r['level']} -> {new}: {r['text']!r}")
    print(f"{len(a)} texts, {sum(moves.values())} decisions differ")
    for (label, lang, way), n in sorted(moves.items()):
        print(f"  {label:9} {lang:3} {way:4} {n}")


if __name__ == "__main__":
    args = sys.argv[1:]
    if args[0] == "--diff":
        diff(Path(args[1]), Path(args[2]), "--show" in args)
    else:
        dump(Path(args[0]), int(args[args.index("--jobs") + 1]) if "--jobs" in args else 1)
