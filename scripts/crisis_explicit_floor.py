"""No explicit statement the check helped may lose help (round 17, issue 15).

    .venv/bin/python scripts/crisis_explicit_floor.py            # exit 1 if a statement went down
    .venv/bin/python scripts/crisis_explicit_floor.py --raise    # record the levels reached now
    .venv/bin/python scripts/crisis_explicit_floor.py --levels OUT.json.gz   # every corpus text's level
    .venv/bin/python scripts/crisis_explicit_floor.py --compare BEFORE.json.gz AFTER.json.gz
    .venv/bin/python scripts/crisis_explicit_floor.py --last-steps   # round 18's last step -> now

Every explicit statement of corpora/crisis (the helpers' authors, sets A and D, the old held-out
set, the strangers kept out of training), of the retired rounds 8-32 (8-15 since round 27,
16-17 since round 28, 18-19 since round 29, 20-21 since round 30, 22-23 since round 31, 24-25 since round 32, 26-27 since round 33, 28-29 since round 34, 30-31 since round 35, 32 since round 36) and of
the crisis tests' phrase lists is checked
as the app checks it (phrase lists, n-gram model, sentence encoder); each one's level is
compared with the level recorded in tests/recovery/crisis_explicit_levels.json.gz (the full
message, or the question). A retrained
model or a changed phrase list that gives any of them less than it had is refused by
tests/recovery/test_crisis_no_step_down.py; this prints which (source and line, never the text).
`--raise` records the levels reached now where they are higher, and never lowers one: a level
that went down must be brought back, not forgotten.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

from bounceback.recovery.crisis import assess
from bounceback.recovery.crisis_training import (
    LEVEL_NAMES,
    RETIRED_ROUNDS,
    Example,
    corpus,
    text_key,
)

ROOT = Path(__file__).resolve().parent.parent
LEVELS_PATH = ROOT / "tests" / "recovery" / "crisis_explicit_levels.json.gz"
HELDOUT = ROOT / "corpora" / "crisis" / "heldout.jsonl"
STRANGERS = ROOT / "corpora" / "crisis" / "strangers"  # held-out authors kept out of training
RANK = {"none": 0, "soft": 1, "explicit": 2}


def statements(root: Path = ROOT) -> list[tuple[str, Example]]:
    """Every explicit statement with where it comes from (source:line), in a fixed order."""
    out: list[tuple[str, Example]] = []
    seen: dict[str, int] = {}
    for e in corpus(root, RETIRED_ROUNDS):
        if e.level == "explicit" and not e.source.startswith("emails:"):
            seen[e.source] = seen.get(e.source, 0) + 1
            out.append((f"{e.source}#{seen[e.source]}", e))
    for path in (HELDOUT, *sorted(STRANGERS.glob("*.jsonl"))):
        lines = path.read_text(encoding="utf-8").splitlines()
        name = "heldout" if path == HELDOUT else f"stranger:{path.stem}"
        for n, line in enumerate(lines, 1):
            row = json.loads(line) if line.strip() else None
            if row and LEVEL_NAMES[row["level"]] == "explicit":
                out.append((f"{name}:{n}", Example(row["text"], "explicit", name,
                                                   row.get("lang", "en"))))
    return out


def recorded(path: Path = LEVELS_PATH) -> dict[str, str]:
    """text key -> the level recorded (explicit or soft; a statement given nothing is absent)."""
    if not path.exists():
        return {}
    data = json.loads(gzip.decompress(path.read_bytes()).decode("utf-8"))
    return {k: level for level in ("explicit", "soft") for k in data[level]}


def levels_bytes(levels: dict[str, str]) -> bytes:
    data = {lv: sorted(k for k, v in levels.items() if v == lv) for lv in ("explicit", "soft")}
    return gzip.compress(json.dumps(data, separators=(",", ":")).encode("utf-8"),
                         compresslevel=9, mtime=0)


def current(items: list[tuple[str, Example]]) -> dict[str, str]:
    """text key -> the level the check gives now."""
    return {text_key(e.text): assess(e.text).level.value for _, e in items}


def went_down(items: list[tuple[str, Example]], now: dict[str, str],
              before: dict[str, str]) -> list[str]:
    """Where each statement that went down comes from, with its levels."""
    return [f"{where}: {before[text_key(e.text)]} -> {now[text_key(e.text)]}"
            for where, e in items
            if RANK[now[text_key(e.text)]] < RANK[before.get(text_key(e.text), "none")]]


def raised(now: dict[str, str], before: dict[str, str]) -> dict[str, str]:
    """The levels to record: each the higher of now and before (never lower), none left out."""
    merged = dict(before)
    for k, v in now.items():
        if RANK[v] > RANK[merged.get(k, "none")]:
            merged[k] = v
    return {k: v for k, v in merged.items() if v != "none"}


def every_level(root: Path = ROOT) -> dict[str, list[str]]:
    """Each labelled text of corpora/crisis (not the emails), by written level: the level the
    check gives now, keyed by the text's hash (round 18: what a change moved, every level)."""
    out: dict[str, list[str]] = {"explicit": [], "soft": [], "none": []}
    seen: set[str] = set()
    texts = [(e.level, e.text) for e in corpus(root, RETIRED_ROUNDS)
             if not e.source.startswith("emails:")]
    texts += [(e.level, e.text) for _, e in statements(root) if not e.source.startswith("author")]
    for level, text in texts:
        key = text_key(text)
        if key not in seen:
            seen.add(key)
            out[level].append(f"{key}:{assess(text).level.value}")
    return out


def compare(before: dict[str, list[str]], after: dict[str, list[str]]) -> list[str]:
    """Per written level, how many texts went up and down between two --levels files."""
    lines = []
    for level, name in (("explicit", "explicit"), ("soft", "heavy"), ("none", "ordinary")):
        was = dict(k.split(":") for k in before[level])
        now = dict(k.split(":") for k in after[level])
        common = was.keys() & now.keys()
        up = sum(1 for k in common if RANK[now[k]] > RANK[was[k]])
        down = sum(1 for k in common if RANK[now[k]] < RANK[was[k]])
        lines.append(f"{name}: {len(common)} texts, {down} went down, {up} went up")
    return lines


def last_steps_moves(root: Path = ROOT) -> list[str]:
    """Round 19: every labelled corpus text a last step may touch (a harmless idiom removed or a
    reassurance of the writer's own found), read with round 18's idiom step and with this
    checkout's last steps (crisis_reassure.last_steps), the shipped models, in one process; per
    written level, how many went down and up (where each comes from, never the text)."""
    from bounceback.recovery import crisis, crisis_gentle
    from bounceback.recovery.crisis_lang import candidates
    from bounceback.recovery.crisis_model import shipped_model
    from bounceback.recovery.crisis_reassure import last_steps, without_reassurance

    model = shipped_model()

    def read(text: str) -> crisis.CrisisCheck:
        return crisis._models(crisis.rules_only(text), text, model, True)

    def round18(rules: crisis.CrisisCheck, found: crisis.CrisisCheck, text: str) -> str:
        few, crisis_gentle.FEW_WORDS = crisis_gentle.FEW_WORDS, 10**9  # round 18: no bound
        try:
            return crisis_gentle.settle(rules, found, text, read).level.value
        finally:
            crisis_gentle.FEW_WORDS = few

    texts: dict[str, tuple[str, str]] = {}
    for e in corpus(root, RETIRED_ROUNDS):
        if not e.source.startswith("emails:"):
            texts.setdefault(e.text, (e.level, e.source))
    for where, e in statements(root):
        texts.setdefault(e.text, (e.level, where))
    total: dict[str, int] = {}
    moved: dict[tuple[str, str], int] = {}
    lines = []
    for text, (level, where) in texts.items():
        total[level] = total.get(level, 0) + 1
        languages = candidates(text)
        if crisis_gentle.idiom_free(text, languages) is None and (
                without_reassurance(text, languages) is None):
            continue
        rules = crisis.rules_only(text)
        found = crisis._models(rules, text, model, True)
        was, now = round18(rules, found, text), last_steps(
            rules, found, text, read, concern=model.score(text).concern).level.value
        if was != now:
            way = "down" if RANK[now] < RANK[was] else "up"
            moved[(level, way)] = moved.get((level, way), 0) + 1
            if level != "none":
                lines.append(f"{where}: {level} text {was} -> {now}")
    for level, name in (("explicit", "explicit"), ("soft", "heavy"), ("none", "ordinary")):
        lines.append(f"{name}: {total.get(level, 0)} texts, {moved.get((level, 'down'), 0)} went "
                     f"down, {moved.get((level, 'up'), 0)} went up (round 18's last step -> now)")
    return lines


def _read_json(path: Path) -> dict[str, list[str]]:
    data: dict[str, list[str]] = json.loads(gzip.decompress(path.read_bytes()).decode("utf-8"))
    return data


def main(argv: list[str]) -> int:
    if argv[:1] == ["--levels"]:
        Path(argv[1]).write_bytes(gzip.compress(json.dumps(every_level()).encode("utf-8")))
        return 0
    if argv[:1] == ["--last-steps"]:
        print("\n".join(last_steps_moves()))
        return 0
    if argv[:1] == ["--compare"]:
        print("\n".join(compare(_read_json(Path(argv[1])), _read_json(Path(argv[2])))))
        return 0
    items = statements()
    now = current(items)
    before = recorded()
    down = went_down(items, now, before)
    for line in down:
        print(line)
    if "--raise" in argv:
        merged = raised(now, before)
        LEVELS_PATH.write_bytes(levels_bytes(merged))
        print(f"recorded {len(merged)} of {len(items)} explicit statements to "
              f"{LEVELS_PATH.relative_to(ROOT)}")
    up = sum(1 for k, v in now.items() if RANK[v] > RANK[before.get(k, "none")])
    print(f"{len(items)} explicit statements: {len(down)} went down, {up} went up "
          f"(full message now {sum(1 for v in now.values() if v == 'explicit')})")
    return 1 if down else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
