"""The full message's and the question's thresholds per language, chosen held out (round 16).

    .venv/bin/python scripts/crisis_calibrate.py --new-rows NEW.pkl FILE.jsonl...
        rows for authors that are no training data yet: their texts scored by the shipped
        n-gram model and encoder head (which never saw them)
    .venv/bin/python scripts/crisis_calibrate.py --rehead [--floor] ROWS.pkl OUT.pkl A,F,N,W AA,G,Q,Y
        the rows with the encoder head refitted without each group on this checkout's corpus
        (--floor: each reading the higher of the rows' and the refitted head's)
    .venv/bin/python scripts/crisis_calibrate.py ROWS.pkl --fit [A F N W] [--test NEW.pkl...]
        per language, the lowest thresholds (the n-gram model's full message where no phrase
        asked, FULL_FROM; the two models' sum for the full message, SUM_FROM; the question's,
        QUESTION_FROM) at which none of the fit authors' texts that are not explicit statements
        went up, each reading's thresholds from this checkout's code; then the chosen setting
        against this checkout's on the other authors of ROWS.pkl and on each NEW.pkl, per
        language, with every text that went up when it is not an explicit statement

A threshold may only come down (a safety change only adds help); a text whose reading went down
cannot happen and is counted anyway. Only counts and settings are printed for the fit; for the
test, the texts that went up when not explicit (the lines to read before shipping). With
`--fit` and no author, this checkout's hooks against none (main's reading), on every row.
"""

from __future__ import annotations

import pickle
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from bounceback.recovery import crisis, crisis_decide
from bounceback.recovery.crisis import rules_only

sys.path.insert(0, str(Path(__file__).resolve().parent))
from crisis_shortfalls import GOLD, ROOT, check, load_rows  # noqa: E402

RANK = {"none": 0, "soft": 1, "explicit": 2}
FULL_STEPS = (0.75, 0.7, 0.65, 0.6, 0.55, 0.5)
SUM_STEPS = (1.4, 1.35, 1.3, 1.25, 1.2, 1.15, 1.1)
QUESTION_DROPS = (0.0, 0.05, 0.1, 0.15)
Setting = dict[str, dict[str, float]]


def new_rows(out: Path, paths: list[Path]) -> None:
    """Rows for new authors' files, read by the shipped models (crisis_heldout.py --new)."""
    load_rows_module = sys.modules.get("crisis_heldout")
    if load_rows_module is None:
        import importlib.util

        spec = importlib.util.spec_from_file_location("crisis_heldout", ROOT / "scripts/crisis_heldout.py")
        assert spec is not None and spec.loader is not None
        load_rows_module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = load_rows_module
        spec.loader.exec_module(load_rows_module)
    scored = load_rows_module.new_authors(paths)
    load_rows_module.with_shipped_head(scored)
    with out.open("wb") as f:
        pickle.dump(scored, f)
    print(f"{sum(len(v) for v in scored.values())} rows of {', '.join(scored)} to {out}")


def rehead(rows_path: Path, out: Path, groups: list[set[str]], floor: bool = False) -> None:
    """The rows with the encoder head refitted without each group on this checkout's corpus
    (the n-gram scores as they are): what new authors in the corpus change in the encoder's
    reading of the same held-out texts (the head is cheap to fit; the n-gram model is not).
    With floor, each reading is the higher of the rows' and the refitted head's, as the check
    reads a retrained head over the earlier ones (crisis_encoder.FlooredHead, round 17)."""
    rows = load_rows(rows_path)
    before = {n: [r.encoder for r in part] for n, part in rows.items()}
    h = sys.modules["crisis_heldout"]
    examples = h.corpus(ROOT)
    fold_of = {f"author:{a}": {f"author:{b}" for b in g} for g in groups for a in g}
    h.with_encoder_scores(examples, rows, fold_of)
    if floor:
        rows = {n: [r._replace(encoder=tuple(max(a, b) for a, b in zip(old, r.encoder, strict=True)))
                    if old and r.encoder else r for r, old in zip(part, before[n], strict=True)]
                for n, part in rows.items()}
    with out.open("wb") as f:
        pickle.dump(rows, f)


def _apply(setting: Setting) -> None:
    crisis.FULL_FROM.clear()
    crisis.FULL_FROM.update(setting.get("full", {}))
    crisis_decide.SUM_FROM.clear()
    crisis_decide.SUM_FROM.update(setting.get("sum", {}))
    crisis.QUESTION_FROM.clear()
    crisis.QUESTION_FROM.update(setting["question"])


def levels(rows: Iterable[Any], setting: Setting) -> list[str]:
    _apply(setting)
    return [check(r, fresh=False).level.value for r in rows]


def _fresh(rows: dict[str, Any]) -> dict[str, list[Any]]:
    """The rows with this checkout's phrase lists read again (once)."""
    return {n: [r._replace(rules=rules_only(r.example.text)) for r in part]
            for n, part in rows.items()}


def _gain(rows: list[Any], base: list[str], now: list[str]) -> tuple[int, int, int]:
    """(explicit statements that rose, other texts that rose, texts that went down)."""
    up_ex = sum(1 for r, b, a in zip(rows, base, now, strict=True)
                if RANK[a] > RANK[b] and r.example.level == "explicit")
    up_other = sum(1 for r, b, a in zip(rows, base, now, strict=True)
                   if RANK[a] > RANK[b] and r.example.level != "explicit")
    down = sum(1 for b, a in zip(base, now, strict=True) if RANK[a] < RANK[b])
    return up_ex, up_other, down


def fit(rows: list[Any], shipped: Setting) -> Setting:
    """Per language, the lowest thresholds at which no fit text but an explicit statement rose;
    of those, the one that raised the most explicit statements (the highest thresholds on a tie)."""
    chosen: Setting = {"full": {}, "sum": {}, "question": dict(shipped["question"])}
    by_lang: dict[str, list[Any]] = defaultdict(list)
    for r in rows:
        by_lang[r.lang].append(r)
    for lang, part in sorted(by_lang.items()):
        if len(part) < 40:
            continue
        base = levels(part, shipped)
        best: tuple[int, float, float, float] = (0, 0.0, 0.0, 0.0)
        q0 = shipped["question"].get(lang, crisis.MODEL_SOFT_EXPLICIT)
        for full in FULL_STEPS:
            for total in SUM_STEPS:
                for drop in QUESTION_DROPS:
                    trial = {"full": {lang: full}, "sum": {lang: total},
                             "question": {**shipped["question"], lang: round(q0 - drop, 2)}}
                    up_ex, up_other, _ = _gain(part, base, levels(part, trial))
                    # explicit statements raised, then the highest thresholds
                    key = (up_ex, full, total, -drop)
                    if up_other == 0 and key > best:
                        best = key
        if best[0] > 0:
            _, full, total, neg = best
            chosen["full"][lang], chosen["sum"][lang] = full, total
            chosen["question"][lang] = round(q0 + neg, 2)
            print(f"  {lang}: full {full}, sum {total}, question {q0} -> {q0 + neg:.2f}: "
                  f"+{best[0]} of {sum(1 for r in part if r.example.level == 'explicit')} "
                  f"explicit ({len(part)} texts)")
    return chosen


def table(rows: list[Any], base: list[str], now: list[str], title: str) -> None:
    per: dict[str, Counter[tuple[str, str, str]]] = defaultdict(Counter)
    for r, b, a in zip(rows, base, now, strict=True):
        for g in (r.example.lang, "all"):
            per[g][(GOLD[r.example.level], "b", b)] += 1
            per[g][(GOLD[r.example.level], "a", a)] += 1
    print(f"\n{title}\n| language | explicit: full message | explicit: resources | heavy: asked "
          "| ordinary: gentle note | ordinary: full message |\n" + "| --- " * 6 + "|")
    for g in sorted(per, key=lambda g: (g == "all", g)):
        c = per[g]

        def n(gold: str, when: str, lv: tuple[str, ...], c: Counter[tuple[str, str, str]] = c) -> int:
            return sum(c[(gold, when, x)] for x in lv)
        ex = n("explicit", "b", tuple(RANK))
        hv = n("heavy", "b", tuple(RANK))
        no = n("ordinary", "b", tuple(RANK))
        full, card = ("explicit",), ("explicit", "soft")
        print(f"| {g} | {n('explicit', 'b', full)} → {n('explicit', 'a', full)} of {ex} | "
              f"{n('explicit', 'b', card)} → {n('explicit', 'a', card)} | "
              f"{n('heavy', 'b', card)} → {n('heavy', 'a', card)} of {hv} | "
              f"{n('ordinary', 'b', ('soft',))} → {n('ordinary', 'a', ('soft',))} of {no} | "
              f"{n('ordinary', 'b', full)} → {n('ordinary', 'a', full)} |")
    up_ex, up_other, down = _gain(rows, base, now)
    print(f"per text: explicit up {up_ex}, heavy or ordinary up {up_other}, down {down}")
    for r, b, a in zip(rows, base, now, strict=True):
        if RANK[a] > RANK[b] and r.example.level != "explicit":
            print(f"  {r.example.source} {r.example.lang} {r.example.level} {b} -> {a}")


def main(argv: list[str]) -> int:
    if argv[:1] == ["--rehead"]:
        floor = argv[1:2] == ["--floor"]
        rest = argv[2:] if floor else argv[1:]
        rehead(Path(rest[0]), Path(rest[1]), [set(g.split(",")) for g in rest[2:]], floor)
        return 0
    if argv[:1] == ["--new-rows"]:
        new_rows(Path(argv[1]), [Path(p) for p in argv[2:]])
        return 0
    rows = _fresh(load_rows(Path(argv[0])))
    fit_names = set(argv[argv.index("--fit") + 1:(argv.index("--test") if "--test" in argv else None)])
    tests = [Path(p) for p in argv[argv.index("--test") + 1:]] if "--test" in argv else []
    shipped: Setting = {"full": dict(crisis.FULL_FROM), "sum": dict(crisis_decide.SUM_FROM),
                        "question": dict(crisis.QUESTION_FROM)}
    fitted = [r for n, part in rows.items() if n.split(":", 1)[1] in fit_names for r in part]
    held = [r for n, part in rows.items() if n.split(":", 1)[1] not in fit_names for r in part]
    if fit_names:
        print(f"fit on {sorted(fit_names)} ({len(fitted)} texts):")
        chosen = fit(fitted, shipped)
    else:  # --fit with no author: this checkout's setting against main's (no hook set)
        chosen = shipped
        shipped = {"full": {}, "sum": {}, "question": dict(crisis.QUESTION_FROM)}
    print(f"chosen: {chosen}")
    for name, part in (("fit authors", fitted), ("other authors of the rows", held)):
        if part:
            table(part, levels(part, shipped), levels(part, chosen), name)
    for path in tests:
        test = [r for part in _fresh(load_rows(path)).values() for r in part]
        table(test, levels(test, shipped), levels(test, chosen), f"new authors {path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
