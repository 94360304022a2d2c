"""Where the crisis check falls short held out, by cause (round 16).

    nice -n 10 .venv/bin/python scripts/crisis_combined_fit.py ROWS.pkl --write-rows 0 1
        the rows: each text of the held-out folds' authors with the scores of an n-gram model
        and an encoder head trained without its fold (crisis_heldout.py's models, cached)
    .venv/bin/python scripts/crisis_shortfalls.py ROWS.pkl
        with this checkout's code (its phrase lists read again, the held-out scores as they are):
        explicit statements given only the question or nothing, and ordinary texts given the
        gentle note or the full message, by language, by length, by the language the detector
        ranked first, and by cause: what gave the level (a phrase, which model, which
        threshold) and, for an explicit statement short of the full message, how far the two
        models' readings were from the full message's lines

Only counts are printed, never a text.
"""

from __future__ import annotations

import importlib.util
import pickle
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import MODEL_MIN_WORDS, CrisisCheck, decide, rules_only
from bounceback.recovery.crisis_decide import needs_encoder, with_encoder
from bounceback.recovery.crisis_encoder import EncoderScores
from bounceback.recovery.crisis_model import WORD_RE, Scores

ROOT = Path(__file__).resolve().parent.parent
GOLD = {"explicit": "explicit", "soft": "heavy", "none": "ordinary"}


def load_rows(path: Path) -> dict[str, Any]:
    """The pickled rows (crisis_heldout.Row, registered so that they unpickle)."""
    spec = importlib.util.spec_from_file_location("crisis_heldout", ROOT / "scripts/crisis_heldout.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)
    spec.loader.exec_module(module)
    with path.open("rb") as f:
        rows: dict[str, Any] = pickle.load(f)
    return rows


def check(row: Any, fresh: bool = True) -> CrisisCheck:
    """The check's reading of a row: this checkout's rules (read again when fresh), the
    held-out n-gram scores, then the encoder where it runs."""
    text = row.example.text
    rules = rules_only(text) if fresh else row.rules
    scores = Scores(*row.scores)
    found = decide(rules, text, scores)
    if row.encoder is None or len(WORD_RE.findall(text)) < MODEL_MIN_WORDS:
        return found
    if needs_encoder(rules, found, scores, text):
        found = with_encoder(rules, found, scores, EncoderScores(*row.encoder), text)
    return found


def cause(found: CrisisCheck) -> str:
    """What gave this level: the last model sign, or the rules' reading."""
    signs = found.signs
    for s in reversed(signs):
        if s.startswith(("model:", "encoder:")):
            return s
    if any(s.endswith((":softened", ":reassured")) for s in signs):
        return "a phrase lowered"
    return {CrisisLevel.EXPLICIT: "an explicit phrase", CrisisLevel.SOFT: "a heavy phrase"}.get(
        found.level, "nothing read")


def gap(row: Any) -> str:
    """How far the two models were from the full message, for an explicit statement short of
    it: the n-gram model's explicit (text or sentence) and the encoder's, in bands."""
    ngram = max(row.scores[0], row.scores[2])
    enc = row.encoder[0] if row.encoder else 0.0
    band = "n-gram>=0.75" if ngram >= 0.75 else ("n-gram 0.5-0.75" if ngram >= 0.5 else
                                                  ("n-gram 0.25-0.5" if ngram >= 0.25 else "n-gram<0.25"))
    eband = "enc>=0.85" if enc >= 0.85 else ("enc 0.5-0.85" if enc >= 0.5 else "enc<0.5")
    return f"{band}, {eband}"


def _length(text: str) -> str:
    n = len(text)
    return "short <150" if n < 150 else ("long >=400" if n >= 400 else "medium 150-399")


def breakdown(rows: dict[str, Any]) -> None:
    short: Counter[tuple[str, str, str]] = Counter()
    carded: Counter[tuple[str, str, str]] = Counter()
    total: Counter[tuple[str, str, str]] = Counter()
    for part in rows.values():
        for r in part:
            found = check(r)
            level = found.level.value
            gold = GOLD[r.example.level]
            detected = r.lang if r.lang == r.example.lang else f"{r.example.lang} read as {r.lang}"
            keys = [("language", r.example.lang), ("length", _length(r.example.text)),
                    ("detected", detected), ("cause", cause(found))]
            if gold == "explicit" and level != "explicit":
                keys.append(("gap to the full message", gap(r)))
            for key in keys:
                total[(gold, *key)] += 1
                if gold == "explicit" and level != "explicit":
                    short[(level, *key)] += 1
                if gold == "ordinary" and level != "none":
                    carded[(level, *key)] += 1
    for axis in ("language", "length", "detected", "cause", "gap to the full message"):
        print(f"by {axis}: explicit given the question / nothing of all | ordinary given the "
              "gentle note / the full message of all")
        for v in sorted({k[2] for k in total if k[1] == axis}):
            ex, no = total[("explicit", axis, v)], total[("ordinary", axis, v)]
            if not (short[("soft", axis, v)] + short[("none", axis, v)]
                    + carded[("soft", axis, v)] + carded[("explicit", axis, v)]):
                continue
            print(f"  {v}: {short[('soft', axis, v)]} / {short[('none', axis, v)]} of {ex} | "
                  f"{carded[('soft', axis, v)]} / {carded[('explicit', axis, v)]} of {no}")


def main(argv: list[str]) -> int:
    breakdown(load_rows(Path(argv[0])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
