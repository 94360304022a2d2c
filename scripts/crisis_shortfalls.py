"""Where the crisis check falls short held out, by cause (round 16).

    nice -n 10 .venv/bin/python scripts/crisis_combined_fit.py ROWS.pkl --write-rows 0 1
        the rows: each text of the held-out folds' authors with the scores of an n-gram model
        and an encoder head trained without its fold (crisis_heldout.py's models, cached)
    .venv/bin/python scripts/crisis_shortfalls.py ROWS.pkl [--groups A,F,N,W AA,G,Q,Y] [--no-last-steps]
        with this checkout's code (its phrase lists read again, the held-out scores as they are,
        and since round 19 the decision's last steps as the app takes them: a text read again
        without its idioms or its reassurances is scored by the models its row was, those
        trained without its group, or the shipped ones for an author in no group):
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
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import MODEL_MIN_WORDS, CrisisCheck, decide, rules_only
from bounceback.recovery.crisis_decide import needs_encoder, with_encoder
from bounceback.recovery.crisis_encoder import Encoder, EncoderScores, shipped_head
from bounceback.recovery.crisis_model import WORD_RE, Scores, shipped_model
from bounceback.recovery.crisis_reassure import last_steps
from bounceback.recovery.crisis_training import train_head, vectors

ROOT = Path(__file__).resolve().parent.parent
GOLD = {"explicit": "explicit", "soft": "heavy", "none": "ordinary"}


def load_heldout() -> Any:
    """scripts/crisis_heldout.py as a module (registered once, so that its rows unpickle)."""
    if "crisis_heldout" in sys.modules:
        return sys.modules["crisis_heldout"]
    spec = importlib.util.spec_from_file_location("crisis_heldout", ROOT / "scripts/crisis_heldout.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def load_rows(path: Path) -> dict[str, Any]:
    """The pickled rows (crisis_heldout.Row, registered so that they unpickle)."""
    load_heldout()
    with path.open("rb") as f:
        rows: dict[str, Any] = pickle.load(f)
    return rows


def check(row: Any, fresh: bool = True, read: Reread | None = None) -> CrisisCheck:
    """The check's reading of a row: this checkout's rules (read again when fresh), the
    held-out n-gram scores, then the encoder where it runs; with `read` (the check of any text
    by the models the row was scored by: Readers.reread), the decision's last steps as the app
    takes them (crisis_reassure.last_steps: round 18's idiom step, round 19's reassurance)."""
    text = row.example.text
    rules = rules_only(text) if fresh else row.rules
    scores = Scores(*row.scores)
    found = decide(rules, text, scores)
    if row.encoder is not None and len(WORD_RE.findall(text)) >= MODEL_MIN_WORDS and (
            needs_encoder(rules, found, scores, text)):
        found = with_encoder(rules, found, scores, EncoderScores(*row.encoder), text)
    return found if read is None else last_steps(rules, found, text, read, concern=scores.concern)


Reread = Callable[[str], CrisisCheck]


class Readers:
    """Each author's models: those trained without its group (crisis_heldout.py's cache), or
    the shipped ones for an author in no group; a text read again (without its idioms, without
    its reassurances) is scored by the models its row was scored by."""

    def __init__(self, groups: list[set[str]]) -> None:
        self.h = load_heldout()
        self.groups = groups
        self.models: dict[frozenset[str], Any] = {}
        self.encoder: Any = None

    def _pair(self, author: str) -> Any:
        group = next((g for g in self.groups if author in g), set())
        key = frozenset(group)
        if key not in self.models:
            if not group:
                self.models[key] = (shipped_model(), shipped_head())
            else:
                examples = self.h.corpus(ROOT)
                kept = [e for e in examples if e.source not in group]
                label = "fold-" + "".join(sorted(g[7:] for g in group))
                model = self.h.trained(kept, label)
                head = train_head(kept, vectors(ROOT, kept))
                self.models[key] = (model, head)
        return self.models[key]

    def encoder_reading(self, author: str, text: str) -> EncoderScores:
        """The encoder head's reading of any text, by the head this author was scored by."""
        _, head = self._pair(author)
        if self.encoder is None:
            self.encoder = Encoder()
        return head.scores(self.encoder.vector(text))  # type: ignore[no-any-return]

    def reread(self, author: str) -> Reread:
        """The check of a text by the phrase lists and this author's models (no last steps)."""
        model, head = self._pair(author)

        def read(text: str) -> CrisisCheck:
            rules = rules_only(text)
            if len(WORD_RE.findall(text)) < MODEL_MIN_WORDS:
                return rules
            scores = model.score(text)
            found = decide(rules, text, scores)
            if needs_encoder(rules, found, scores, text):
                if self.encoder is None:
                    self.encoder = Encoder()
                found = with_encoder(rules, found, scores, head.scores(self.encoder.vector(text)),
                                     text)
            return found
        return read


def groups_option(argv: list[str]) -> tuple[list[str], list[set[str]]]:
    """argv without `--groups G1 G2 ...` (each a comma-separated list of authors), and the groups."""
    if "--groups" not in argv:
        return argv, []
    i = argv.index("--groups")
    end = next((j for j in range(i + 1, len(argv)) if argv[j].startswith("--")), len(argv))
    return argv[:i] + argv[end:], [{f"author:{a}" for a in g.split(",")} for g in argv[i + 1:end]]


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


def breakdown(rows: dict[str, Any], readers: Readers | None = None) -> None:
    short: Counter[tuple[str, str, str]] = Counter()
    carded: Counter[tuple[str, str, str]] = Counter()
    total: Counter[tuple[str, str, str]] = Counter()
    for name, part in rows.items():
        read = readers.reread(name) if readers is not None else None
        for r in part:
            found = check(r, read=read)
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
    argv, groups = groups_option(argv)
    steps = "--no-last-steps" not in argv
    argv = [a for a in argv if a != "--no-last-steps"]
    breakdown(load_rows(Path(argv[0])), Readers(groups) if steps else None)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
