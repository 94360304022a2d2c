"""Gentle notes on ordinary texts held out, by cause (round 18, issue 15).

    nice -n 10 .venv/bin/python scripts/crisis_combined_fit.py ROWS.pkl --write-groups A,F,N,W AA,G,Q,Y
        the rows: each text of these authors with the scores of an n-gram model and an encoder
        head trained without its group (crisis_heldout.py's models, cached)
    nice -n 10 .venv/bin/python scripts/crisis_calibrate.py --new-rows AD.pkl corpora/crisis/strangers/AD.jsonl
        a stranger's rows: read by the shipped models, which never saw it
    nice -n 10 .venv/bin/python scripts/crisis_gentle.py ROWS.pkl AD.pkl --groups A,F,N,W AA,G,Q,Y
        with this checkout's code (its phrase lists read again, the held-out scores as they are;
        a text read again without its idioms is scored by the models its row was: the n-gram
        model and encoder head trained without its group, cached, or the shipped ones for an
        author in no group),
        without and with the round-18 step that lowers an ordinary reading (crisis_gentle.py):
        ordinary texts given the gentle note (or more) by the cause their author named (a death
        idiom, grief or someone else, negation, a film or the news, dark humour, tiredness and
        frustration, a heavy word in an everyday context) and language, by what gave the note
        (a phrase, which model); per language before -> after; and every explicit or heavy text
        whose reading moved (there must be none down), by source only

Only counts are printed, never a text.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from crisis_shortfalls import GOLD, ROOT, cause, check, load_rows  # noqa: E402

from bounceback.recovery.crisis import MODEL_MIN_WORDS, CrisisCheck, decide, rules_only  # noqa: E402
from bounceback.recovery.crisis_decide import needs_encoder, with_encoder  # noqa: E402
from bounceback.recovery.crisis_encoder import Encoder, shipped_head  # noqa: E402
from bounceback.recovery.crisis_gentle import settle  # noqa: E402
from bounceback.recovery.crisis_model import WORD_RE, shipped_model  # noqa: E402
from bounceback.recovery.crisis_training import train_head, vectors  # noqa: E402

RANK = {"none": 0, "soft": 1, "explicit": 2}

# The kinds the helpers named for their ordinary texts, by cause.
CAUSES = {
    "death idiom": ("idiom", "idiom egyptian", "idiom hinglish", "idiom levantine"),
    "grief, someone else": ("third_party", "third party", "grief", "relative's death", "pet death"),
    "negation": ("negated", "negation"),
    "film, news, book": ("film/news", "film", "news", "book", "song lyrics", "tv"),
    "dark humour, hyperbole": ("sarcasm", "dark humour", "gallows humour", "humor", "hyperbole"),
    "tiredness, frustration": ("exhausted", "frustration", "sad", "sadness", "anger", "health"),
}
_BY_KIND = {k: c for c, kinds in CAUSES.items() for k in kinds}


def cause_of(kind: str) -> str:
    """The cause an ordinary text's kind names; any other kind (plain, everyday, deadline,
    money...) is a heavy-sounding word in an ordinary context."""
    return _BY_KIND.get(kind.strip().lower(), "heavy word, everyday")


class Readers:
    """Each author's models: those trained without its group (crisis_heldout.py's cache), or
    the shipped ones; a text read again is scored by the models its row was scored by."""

    def __init__(self, groups: list[set[str]]) -> None:
        import importlib.util

        spec = importlib.util.spec_from_file_location("crisis_heldout", ROOT / "scripts/crisis_heldout.py")
        assert spec is not None and spec.loader is not None
        self.h = sys.modules.get(spec.name) or importlib.util.module_from_spec(spec)
        if spec.name not in sys.modules:
            sys.modules[spec.name] = self.h
            spec.loader.exec_module(self.h)
        self.groups = groups
        self.models: dict[frozenset[str], Any] = {}
        self.encoder: Encoder | None = None

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

    def reread(self, author: str) -> Any:
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
                found = with_encoder(rules, found, scores, head.scores(self.encoder.vector(text)), text)
            return found
        return read


def kinds() -> dict[tuple[str, str], str]:
    """(source, text) -> the kind its author named ("type" or "kind": the authors differ)."""
    import json

    out: dict[tuple[str, str], str] = {}
    for folder in ("authors", "strangers"):
        for path in sorted((ROOT / "corpora/crisis" / folder).glob("*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    row = json.loads(line)
                    out[(f"author:{path.stem}", row["text"])] = row.get("type") or row.get("kind") or "-"
    return out


def levels(row: Any, author: str, readers: Readers) -> tuple[str, str, str]:
    """(before, after, what gave the note before) for one row."""
    found = check(row)
    rules = rules_only(row.example.text)
    after = settle(rules, found, row.example.text, readers.reread(author))
    return found.level.value, after.level.value, cause(found)


def main(argv: list[str]) -> int:
    groups: list[set[str]] = []
    if "--groups" in argv:
        i = argv.index("--groups")
        groups = [{f"author:{a}" for a in g.split(",")} for g in argv[i + 1:]]
        argv = argv[:i]
    readers = Readers(groups)
    rows: dict[str, Any] = {}
    for path in argv:
        rows.update(load_rows(Path(path)))
    carded: Counter[tuple[str, str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    given: Counter[tuple[str, str]] = Counter()
    per_lang: Counter[tuple[str, str, str]] = Counter()
    moved: Counter[tuple[str, str, str, str]] = Counter()
    named = kinds()
    for name, part in sorted(rows.items()):
        for r in part:
            before, after, why = levels(r, name, readers)
            gold, lang = GOLD[r.example.level], r.example.lang
            per_lang[(gold, lang, "all")] += 1
            for when, lv in (("before", before), ("after", after)):
                per_lang[(gold, lang, f"{when} {lv}")] += 1
            if before != after:
                moved[(gold, name[7:], before, after)] += 1
            if gold != "ordinary":
                continue
            c = cause_of(named.get((name, r.example.text), r.kind))
            total[(c, lang)] += 1
            total[(c, "all")] += 1
            if before != "none":
                carded[(c, lang, "before")] += 1
                carded[(c, "all", "before")] += 1
                given[(why, "before")] += 1
            if after != "none":
                carded[(c, lang, "after")] += 1
                carded[(c, "all", "after")] += 1
                given[(why, "after")] += 1
    langs = sorted({k[1] for k in per_lang})
    print("ordinary texts given the gentle note or more, by cause: before -> after of all")
    print("| cause | " + " | ".join(langs) + " | all |")
    print("| --- |" + " --- |" * (len(langs) + 1))
    for c in (*CAUSES, "heavy word, everyday"):
        cells = [f"{carded[(c, lg, 'before')]}→{carded[(c, lg, 'after')]}/{total[(c, lg)]}"
                 if total[(c, lg)] else "-" for lg in (*langs, "all")]
        print(f"| {c} | " + " | ".join(cells) + " |")
    print("\nwhat gave the note (before -> after, ordinary texts):")
    for why in sorted({k[0] for k in given}):
        print(f"  {why}: {given[(why, 'before')]} -> {given[(why, 'after')]}")
    print("\nper language: explicit full / resources; heavy asked; ordinary gentle+ / full "
          "(before -> after)")
    for lg in (*langs,):
        def n(gold: str, when: str, lv: tuple[str, ...], lg: str = lg) -> int:
            return sum(per_lang[(gold, lg, f"{when} {v}")] for v in lv)
        print(f"  {lg}: explicit {n('explicit', 'before', ('explicit',))}->"
              f"{n('explicit', 'after', ('explicit',))} / "
              f"{n('explicit', 'before', ('explicit', 'soft'))}->"
              f"{n('explicit', 'after', ('explicit', 'soft'))} of {per_lang[('explicit', lg, 'all')]}; "
              f"heavy {n('heavy', 'before', ('explicit', 'soft'))}->"
              f"{n('heavy', 'after', ('explicit', 'soft'))} of {per_lang[('heavy', lg, 'all')]}; "
              f"ordinary {n('ordinary', 'before', ('explicit', 'soft'))}->"
              f"{n('ordinary', 'after', ('explicit', 'soft'))} / "
              f"{n('ordinary', 'before', ('explicit',))}->{n('ordinary', 'after', ('explicit',))} "
              f"of {per_lang[('ordinary', lg, 'all')]}")
    def all_(gold: str, when: str, lv: tuple[str, ...]) -> int:
        return sum(per_lang[(gold, lg, f"{when} {v}")] for lg in langs for v in lv)
    wanted: list[tuple[str, tuple[str, ...]]] = [
        ("explicit", ("explicit",)), ("explicit", ("explicit", "soft")),
        ("heavy", ("explicit", "soft")), ("ordinary", ("explicit", "soft"))]
    for gold, levels_ in wanted:
        print(f"  all {gold} {'/'.join(levels_)}: {all_(gold, 'before', levels_)} -> "
              f"{all_(gold, 'after', levels_)} of {sum(per_lang[(gold, lg, 'all')] for lg in langs)}")
    print("\nmoved, per text (gold, author, before -> after):")
    for (gold, author, b, a), count in sorted(moved.items()):
        down = " DOWN" if RANK[a] < RANK[b] and gold != "ordinary" else ""
        print(f"  {gold} {author}: {b} -> {a}: {count}{down}")
    downs = sum(c for (g, _, b, a), c in moved.items() if g != "ordinary" and RANK[a] < RANK[b])
    print(f"explicit or heavy texts down: {downs}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
