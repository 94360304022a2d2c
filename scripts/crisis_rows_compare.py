"""Two versions of the crisis check compared on the same held-out rows (round 14).

    nice -n 10 .venv/bin/python scripts/crisis_combined_fit.py ROWS.pkl --write-rows 0 1
        the rows: each text of the held-out folds' authors with the scores of an n-gram model
        and an encoder head trained without its fold (crisis_heldout.py's models, cached)
    PYTHONPATH=<a checkout of main>/src .venv/bin/python scripts/crisis_rows_compare.py \\
        --decide ROWS.pkl BEFORE.pkl
    .venv/bin/python scripts/crisis_rows_compare.py --decide ROWS.pkl AFTER.pkl
        what each version's check shows for every row: its own phrase lists read again, the
        held-out scores as they are (the models do not depend on the phrase lists)
    .venv/bin/python scripts/crisis_rows_compare.py ROWS.pkl BEFORE.pkl AFTER.pkl
        per language and per fold, before -> after; explicit statements given less than the
        full message before, by the kind their author named; ordinary texts given a card, by
        kind; and every text whose reading went down, or up when it is not explicit
    .venv/bin/python scripts/crisis_rows_compare.py --breakdown ROWS.pkl FOUND.pkl
        one version's shortfalls (round 15) by language, by kind and by length (short notes
        under 150 characters, long entries of 400 or more): explicit statements given only the
        question or nothing, ordinary texts given the gentle note or the full message

Only a text's level is compared, never which phrase matched, so the two versions may differ in
anything. "--decide" loads crisis_heldout.py from the checkout whose `bounceback` is imported.
"""

from __future__ import annotations

import importlib.util
import pickle
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

RANK = {"none": 0, "soft": 1, "explicit": 2}
GOLD = {"explicit": "explicit", "soft": "heavy", "none": "ordinary"}
READ = {"A", "F", "N", "W", "B", "E", "K", "M", "U", "V"}  # authors the round-14 lists read


def decide(rows_path: Path, out: Path) -> None:
    import bounceback
    from bounceback.recovery.crisis import rules_only

    root = Path(bounceback.__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location("crisis_heldout",
                                                  root / "scripts" / "crisis_heldout.py")
    assert spec is not None and spec.loader is not None
    heldout = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, heldout)
    spec.loader.exec_module(heldout)
    with rows_path.open("rb") as f:
        rows = pickle.load(f)
    found = {(name, i): heldout.encoder_rule(r._replace(rules=rules_only(r.example.text)))
             for name, part in rows.items() for i, r in enumerate(part)}
    with out.open("wb") as f:
        pickle.dump(found, f)
    print(f"{len(found)} rows decided by {root}")


def _cells(c: Counter[tuple[str, str, str]]) -> str:
    def n(gold: str, when: str, levels: tuple[str, ...]) -> int:
        return sum(c[(gold, when, lv)] for lv in levels)

    ex, hv, no = (n(g, "b", tuple(RANK)) for g in ("explicit", "heavy", "ordinary"))
    full, card = ("explicit",), ("explicit", "soft")
    return (f"{n('explicit', 'b', full)} → {n('explicit', 'a', full)} of {ex} | "
            f"{n('explicit', 'b', card)} → {n('explicit', 'a', card)} | "
            f"{n('heavy', 'b', card)} → {n('heavy', 'a', card)} of {hv} | "
            f"{n('ordinary', 'b', ('soft',))} → {n('ordinary', 'a', ('soft',))} of {no} | "
            f"{n('ordinary', 'b', full)} → {n('ordinary', 'a', full)} |")


def _table(pairs: list[tuple[str, str, str, str]], first: str) -> list[str]:
    per: dict[str, Counter[tuple[str, str, str]]] = defaultdict(Counter)
    for group, gold, before, after in pairs:
        for g in (group, "all"):
            per[g][(gold, "b", before)] += 1
            per[g][(gold, "a", after)] += 1
    out = [f"| {first} | explicit: full message | explicit: resources | heavy: asked | "
           "ordinary: gentle note | ordinary: full message |", "| --- " * 6 + "|"]
    return out + [f"| {g} | {_cells(per[g])}" for g in sorted(per, key=lambda g: (g == "all", g))]


def compare(rows_path: Path, before_path: Path, after_path: Path) -> None:
    with rows_path.open("rb") as f:
        rows: dict[str, Any] = pickle.load(f)
    with before_path.open("rb") as f:
        before: dict[tuple[str, int], str] = pickle.load(f)
    with after_path.open("rb") as f:
        after: dict[tuple[str, int], str] = pickle.load(f)
    lines = []
    for (name, i), was in before.items():
        r = rows[name][i]
        author = name.split(":", 1)[1]
        lines.append((author, r.example.lang, GOLD[r.example.level], r.kind, was, after[(name, i)],
                      r.example.text))
    print("\n".join(_table([(x[1], x[2], x[4], x[5]) for x in lines], "language")), "\n")
    folds = [("read by the lists" if x[0] in READ else "not read", x[2], x[4], x[5]) for x in lines]
    print("\n".join(_table(folds, "authors")), "\n")
    short: Counter[tuple[str, str]] = Counter(
        (x[3], x[4]) for x in lines if x[2] == "explicit" and x[4] != "explicit")
    kinds = Counter(x[3] for x in lines if x[2] == "explicit")
    print("explicit statements given less than the full message before (question / nothing):")
    for kind, total in sorted(kinds.items(), key=lambda k: -(short[(k[0], "soft")]
                                                             + short[(k[0], "none")])):
        print(f"  {kind}: {short[(kind, 'soft')]} / {short[(kind, 'none')]} of {total}")
    carded: Counter[tuple[str, str]] = Counter(
        (x[3], x[4]) for x in lines if x[2] == "ordinary" and x[4] != "none")
    print("ordinary texts given the full message / the gentle note before:")
    for kind, total in sorted(Counter(x[3] for x in lines if x[2] == "ordinary").items()):
        print(f"  {kind}: {carded[(kind, 'explicit')]} / {carded[(kind, 'soft')]} of {total}")
    up = Counter(x[2] for x in lines if RANK[x[5]] > RANK[x[4]])
    down = [x for x in lines if RANK[x[5]] < RANK[x[4]]]
    print(f"per text: up {dict(up)}, down {len(down)}")
    for x in down + [x for x in lines if x[2] != "explicit" and RANK[x[5]] > RANK[x[4]]]:
        print(f"  {x[0]} {x[1]} {x[2]} {x[4]} -> {x[5]}: {x[6][:140]!r}")


def _length(text: str) -> str:
    """short (a phone note), medium, long (a reflective entry): by characters."""
    n = len(text)
    return "short <150" if n < 150 else ("long >=400" if n >= 400 else "medium")


def _source(row: Any) -> str:
    """What the rules read in a row (as written): a lowered explicit phrase, a heavy phrase, an
    explicit phrase, or nothing (whatever the check shows then comes from the models)."""
    signs = row.rules.signs
    if any(s.endswith((":softened", ":reassured")) or s in ("laugh", "story", "past", "rather",
                                                             "if_again") for s in signs):
        return "a phrase lowered (negation, someone else, laugh, story, past)"
    level = row.rules.level.value
    return {"explicit": "an explicit phrase", "soft": "a heavy phrase"}.get(level, "no phrase: the models alone")


def breakdown(rows_path: Path, found_path: Path) -> None:
    """Round 15: where one version's check falls short, by language, kind and length: explicit
    statements given only the question or nothing, and ordinary texts given a card."""
    with rows_path.open("rb") as f:
        rows: dict[str, Any] = pickle.load(f)
    with found_path.open("rb") as f:
        found: dict[tuple[str, int], str] = pickle.load(f)
    short: Counter[tuple[str, str, str]] = Counter()
    carded: Counter[tuple[str, str, str]] = Counter()
    total: Counter[tuple[str, str, str]] = Counter()
    for (name, i), level in found.items():
        r = rows[name][i]
        gold = GOLD[r.example.level]
        keys = (("language", r.example.lang), ("kind", r.kind), ("length", _length(r.example.text)),
                ("source", _source(r)))
        for key in keys:
            total[(gold, *key)] += 1
            if gold == "explicit" and level != "explicit":
                short[(level, *key)] += 1
            if gold == "ordinary" and level != "none":
                carded[(level, *key)] += 1
    for axis in ("language", "kind", "length", "source"):
        print(f"by {axis}: explicit given the question / nothing of all | ordinary given the "
              "gentle note / the full message of all")
        values = sorted({k[2] for k in total if k[1] == axis})
        for v in values:
            ex, no = total[("explicit", axis, v)], total[("ordinary", axis, v)]
            if not ex and not no:
                continue
            print(f"  {v}: {short[('soft', axis, v)]} / {short[('none', axis, v)]} of {ex} | "
                  f"{carded[('soft', axis, v)]} / {carded[('explicit', axis, v)]} of {no}")


def main(argv: list[str]) -> int:
    if argv[:1] == ["--decide"]:
        decide(Path(argv[1]), Path(argv[2]))
    elif argv[:1] == ["--breakdown"]:
        breakdown(Path(argv[1]), Path(argv[2]))
    else:
        compare(Path(argv[0]), Path(argv[1]), Path(argv[2]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
