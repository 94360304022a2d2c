"""Every guard of the crisis check's levels in one command (round 19, issue 15).

    .venv/bin/python scripts/crisis_guards.py               # exit 1 if a guard refuses the change
    .venv/bin/python scripts/crisis_guards.py --show        # the same, with the moved texts
    .venv/bin/python scripts/crisis_guards.py --record      # once every guard passes: record now
    .venv/bin/python scripts/crisis_guards.py --jobs 4      # the texts read in 4 processes
    .venv/bin/python scripts/crisis_guards.py --save OUT.json.gz   # the levels kept, as --levels
    .venv/bin/python scripts/crisis_guards.py --levels OUT.json.gz   # every text's level (as
                                                            # crisis_explicit_floor.py --levels)

Every labelled text of corpora/crisis (the helpers' authors, sets A and D, the old held-out set,
the strangers kept out of training; not the employers' emails), of the retired rounds 8-32
(corpora/retired, since round 27: their levels recorded with the models of main d2b7019) and of
the crisis tests' phrase lists is checked once, as the app checks it, and compared with the
levels recorded before the change (a retrained model, a changed phrase list or decision):

- explicit statements: none below the level recorded in tests/recovery/crisis_explicit_levels.json.gz
  (round 17's guard, scripts/crisis_explicit_floor.py);
- heavy texts: none that was asked (the question or the full message: either shows every line)
  left with nothing, against the levels recorded in tests/recovery/crisis_levels.json.gz; a heavy
  text moved from the full message to the question (its own level: the issue asks heavy texts
  the question) is listed, not refused;
- ordinary texts: none raised to the full message (over the level recorded there), and the ones
  raised from nothing to the question listed and capped: at most ORDINARY_QUESTION_CAP of the
  ordinary texts (see below why).

`--record` writes the levels reached now once every guard passes (explicit and heavy raised,
never lowered; ordinary texts as they are now, so each change has its own cap); it refuses when
a guard refuses. What moved is printed by source and line; `--show` adds the text.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bounceback.recovery.crisis import assess
from bounceback.recovery.crisis_training import LEVEL_NAMES, RETIRED_ROUNDS, corpus, text_key

ROOT = Path(__file__).resolve().parent.parent
LEVELS_PATH = ROOT / "tests" / "recovery" / "crisis_levels.json.gz"
HELDOUT = ROOT / "corpora" / "crisis" / "heldout.jsonl"
STRANGERS = ROOT / "corpora" / "crisis" / "strangers"
RANK = {"none": 0, "soft": 1, "explicit": 2}
# Round 19: the ordinary texts one change may raise from nothing to the question: 0.5 % of the
# ordinary texts (about 30 of 6,170). Why this much: the issue allows the gentle note on at most
# 10 % of ordinary texts and the blind sets stood at 8-9 % (Z17) and 16 % (Z16), so there is
# little room to spend; a retraining floored by the model it replaces can only add questions,
# and the one measured (the lead's, round 18) raised 11 (0.2 %). These are in-sample texts (the
# model was told they are ordinary), so a rise here under-counts a rise held out: the cap is a
# tripwire against a change that asks about ordinary texts wholesale, not a budget to fill, and
# every rise is listed to be read.
ORDINARY_QUESTION_CAP = 0.005


def _explicit_floor() -> Any:
    spec = importlib.util.spec_from_file_location(
        "crisis_explicit_floor", ROOT / "scripts" / "crisis_explicit_floor.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)
    spec.loader.exec_module(module)
    return module


@dataclass(frozen=True)
class Text:
    where: str  # source#n or file:line
    level: str  # written: explicit, soft (heavy) or none (ordinary)
    text: str

    @property
    def key(self) -> str:
        return text_key(self.text)


def texts(root: Path = ROOT) -> list[Text]:
    """Every labelled text (not the emails), each once (the first label wins), in a fixed order."""
    out: list[Text] = []
    seen: dict[str, int] = {}
    keys: set[str] = set()

    def add(where: str, level: str, text: str) -> None:
        key = text_key(text)
        if key not in keys:
            keys.add(key)
            out.append(Text(where, level, text))

    for e in corpus(root, RETIRED_ROUNDS):
        if not e.source.startswith("emails:"):
            seen[e.source] = seen.get(e.source, 0) + 1
            add(f"{e.source}#{seen[e.source]}", e.level, e.text)
    for path in (root / HELDOUT.relative_to(ROOT), *sorted((root / STRANGERS.relative_to(ROOT))
                                                           .glob("*.jsonl"))):
        name = "heldout" if path.name == HELDOUT.name else f"stranger:{path.stem}"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                row = json.loads(line)
                add(f"{name}:{n}", LEVEL_NAMES[row["level"]], row["text"])
    return out


def _levels(texts_: list[str]) -> list[str]:
    return [assess(t).level.value for t in texts_]


def levels_now(items: list[Text], jobs: int = 1) -> dict[str, str]:
    """text key -> the level the check gives now (in `jobs` processes: every text is read alone,
    so the levels do not depend on how the texts are dealt)."""
    texts_ = [t.text for t in items]
    if jobs <= 1:
        found = _levels(texts_)
    else:
        from multiprocessing import get_context

        _levels(["load the lists and the models once, before the processes are forked"])
        with get_context("fork").Pool(jobs) as pool:
            parts = pool.map(_levels, [texts_[k::jobs] for k in range(jobs)])
        found = [""] * len(texts_)
        for k, part in enumerate(parts):
            found[k::jobs] = part
    return {t.key: level for t, level in zip(items, found, strict=True)}


def recorded(path: Path = LEVELS_PATH) -> dict[str, str]:
    """text key -> the level recorded for heavy and ordinary texts (every one, none included)."""
    if not path.exists():
        return {}
    data = json.loads(gzip.decompress(path.read_bytes()).decode("utf-8"))
    return dict(item.split(":") for level in ("soft", "none") for item in data[level])


def levels_bytes(items: list[Text], levels: dict[str, str]) -> bytes:
    data = {lv: sorted(f"{t.key}:{levels[t.key]}" for t in items if t.level == lv
                       and t.key in levels) for lv in ("soft", "none")}
    return gzip.compress(json.dumps(data, separators=(",", ":")).encode("utf-8"),
                         compresslevel=9, mtime=0)


@dataclass
class Verdict:
    explicit_down: list[str] = field(default_factory=list)
    heavy_down: list[str] = field(default_factory=list)  # asked before, nothing now
    heavy_to_question: list[str] = field(default_factory=list)  # full message -> question
    ordinary_full: list[str] = field(default_factory=list)  # raised to the full message
    ordinary_question: list[str] = field(default_factory=list)  # raised to the question
    moves: dict[str, tuple[int, int, int]] = field(default_factory=dict)  # texts, down, up
    cap: int = 0

    @property
    def refused(self) -> list[str]:
        why = []
        if self.explicit_down:
            why.append(f"{len(self.explicit_down)} explicit statements went down")
        if self.heavy_down:
            why.append(f"{len(self.heavy_down)} heavy texts lost the question")
        if self.ordinary_full:
            why.append(f"{len(self.ordinary_full)} ordinary texts rose to the full message")
        if len(self.ordinary_question) > self.cap:
            why.append(f"{len(self.ordinary_question)} ordinary texts rose to the question "
                       f"(at most {self.cap})")
        return why


def judge(items: list[Text], now: dict[str, str], heavy_ordinary: dict[str, str],
          explicit: dict[str, str], cap_share: float = ORDINARY_QUESTION_CAP) -> Verdict:
    """Every guard over the levels now against the levels recorded (heavy_ordinary for heavy and
    ordinary texts, explicit for explicit statements: a statement given nothing is not in it)."""
    verdict = Verdict()
    for level, name in (("explicit", "explicit"), ("soft", "heavy"), ("none", "ordinary")):
        texts_, down, up = 0, 0, 0
        for t in items:
            if t.level != level:
                continue
            was = explicit.get(t.key, "none") if level == "explicit" else heavy_ordinary.get(t.key)
            if was is None:  # a text with no record yet (a new author): nothing to compare
                continue
            is_ = now[t.key]
            texts_ += 1
            line = f"{t.where}: {was} -> {is_}"
            if RANK[is_] < RANK[was]:
                down += 1
                if level == "explicit":
                    verdict.explicit_down.append(line)
                elif level == "soft":
                    (verdict.heavy_down if is_ == "none" else verdict.heavy_to_question
                     ).append(line)
            elif RANK[is_] > RANK[was]:
                up += 1
                if level == "none":
                    (verdict.ordinary_full if is_ == "explicit"
                     else verdict.ordinary_question).append(line)
        verdict.moves[name] = (texts_, down, up)
    ordinary = sum(1 for t in items if t.level == "none")
    verdict.cap = int(ordinary * cap_share)
    return verdict


def report(verdict: Verdict, items: list[Text] | None = None) -> list[str]:
    by_where = {t.where: t.text for t in items or []}
    lines = [f"{name}: {n} texts, {down} went down, {up} went up"
             for name, (n, down, up) in verdict.moves.items()]
    for title, found in (("explicit down", verdict.explicit_down),
                         ("heavy down to nothing", verdict.heavy_down),
                         ("heavy from the full message to the question (listed)",
                          verdict.heavy_to_question),
                         ("ordinary to the full message", verdict.ordinary_full),
                         (f"ordinary to the question (cap {verdict.cap})",
                          verdict.ordinary_question)):
        if found:
            lines.append(f"{title}: {len(found)}")
            for line in found:
                where = line.split(": ")[0]
                shown = f"  {by_where[where]!r}" if where in by_where else ""
                lines.append(f"  {line}{shown}")
    lines += [f"REFUSED: {why}" for why in verdict.refused] or ["every guard passes"]
    return lines


def main(argv: list[str]) -> int:
    items = texts()
    jobs = int(argv[argv.index("--jobs") + 1]) if "--jobs" in argv else 1
    now = levels_now(items, jobs)
    for flag in ("--levels", "--save"):  # --save: the levels written, and the guards run
        if flag in argv:
            out: dict[str, list[str]] = {"explicit": [], "soft": [], "none": []}
            for t in items:
                out[t.level].append(f"{t.key}:{now[t.key]}")
            Path(argv[argv.index(flag) + 1]).write_bytes(
                gzip.compress(json.dumps(out).encode("utf-8")))
    if "--levels" in argv:
        return 0
    floor = _explicit_floor()
    explicit = floor.recorded()
    verdict = judge(items, now, recorded(), explicit)
    print("\n".join(report(verdict, items if "--show" in argv else None)))
    if verdict.refused:
        return 1
    if "--record" in argv:
        floor.LEVELS_PATH.write_bytes(floor.levels_bytes(floor.raised(
            {t.key: now[t.key] for t in items if t.level == "explicit"}, explicit)))
        before = recorded()
        kept = {t.key: now[t.key] if t.level == "none" or RANK[now[t.key]] >= RANK[
            before.get(t.key, "none")] else before[t.key] for t in items}  # heavy raised only
        LEVELS_PATH.write_bytes(levels_bytes(items, kept))
        print(f"recorded every level to {LEVELS_PATH.relative_to(ROOT)} and "
              f"{floor.LEVELS_PATH.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
