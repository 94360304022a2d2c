"""Gentle notes on ordinary texts held out, by cause (round 18, issue 15).

    nice -n 10 .venv/bin/python scripts/crisis_combined_fit.py ROWS.pkl --write-groups A,F,N,W AA,G,Q,Y
        the rows: each text of these authors with the scores of an n-gram model and an encoder
        head trained without its group (crisis_heldout.py's models, cached)
    nice -n 10 .venv/bin/python scripts/crisis_calibrate.py --new-rows AD.pkl corpora/crisis/strangers/AD.jsonl
        a stranger's rows: read by the shipped models, which never saw it
    nice -n 10 .venv/bin/python scripts/crisis_gentle.py ROWS.pkl AD.pkl [--before S] [--after S] --groups A,F,N,W AA,G,Q,Y
        S, the decision's last steps compared: none, round18 (the idiom step as round 18
        shipped it; the default before), idiom (this checkout's idiom step alone), all (what
        the app decides: the idiom step, then round 19's reassurance step; the default after),
        stripped (tried in round 19: the encoder reads the text without its idioms, no idiom
        step), stripped+reassure (that, then the reassurance step);
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
from crisis_shortfalls import (  # noqa: E402
    GOLD,
    ROOT,
    Readers,
    cause,
    check,
    groups_option,
    load_rows,
)

from bounceback.recovery import crisis_gentle  # noqa: E402
from bounceback.recovery.crisis import MODEL_MIN_WORDS, decide, rules_only  # noqa: E402
from bounceback.recovery.crisis_decide import needs_encoder, with_encoder  # noqa: E402
from bounceback.recovery.crisis_encoder import EncoderScores  # noqa: E402
from bounceback.recovery.crisis_gentle import idiom_free, settle  # noqa: E402
from bounceback.recovery.crisis_model import WORD_RE, Scores  # noqa: E402
from bounceback.recovery.crisis_reassure import calm, last_steps  # noqa: E402

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


def round18(rules: Any, found: Any, text: str, read: Any) -> Any:
    """Round 18's last step as shipped: the idiom step, the n-gram model's question over
    what is left never counted (crisis_gentle.FEW_WORDS without bound)."""
    few, crisis_gentle.FEW_WORDS = crisis_gentle.FEW_WORDS, 10**9
    try:
        return settle(rules, found, text, read)
    finally:
        crisis_gentle.FEW_WORDS = few


STEPS = {
    "none": lambda rules, found, text, read, concern: found,
    "round18": lambda rules, found, text, read, concern: round18(rules, found, text, read),
    "idiom": lambda rules, found, text, read, concern: settle(rules, found, text, read),
    # what the app decides: the idiom step (unless the n-gram model is all but sure), the
    # reassurance step, the hold on the encoder's full message over an idiom (round 20: all
    # in last_steps)
    "all": lambda rules, found, text, read, concern: last_steps(rules, found, text, read,
                                                                concern=concern),
}


def stripped(row: Any, author: str, readers: Readers) -> Any:
    """Round 19's alternative to the idiom step, tried: the decision with the encoder reading
    the text without its idioms (folded, as the n-gram model reads it), no step after it."""
    text = row.example.text
    rules = rules_only(text)
    scores = Scores(*row.scores)
    found = decide(rules, text, scores)
    if row.encoder is None or len(WORD_RE.findall(text)) < MODEL_MIN_WORDS:
        return found
    if needs_encoder(rules, found, scores, text):
        plain = idiom_free(text, rules.languages)
        read = EncoderScores(*row.encoder) if plain is None else readers.encoder_reading(author, plain)
        found = with_encoder(rules, found, scores, read, text)
    return found


def levels(row: Any, author: str, readers: Readers, before: str = "round18",
           after: str = "all") -> tuple[str, str, str]:
    """(before, after, what gave the note with no last step) for one row. A step named
    "stripped" is the decision with the encoder reading the text without its idioms and no
    idiom step; "stripped+reassure" that, then round 19's reassurance step."""
    found = check(row)
    rules = rules_only(row.example.text)
    read = readers.reread(author)
    out = []
    for step in (before, after):
        if step.startswith("stripped"):
            now = stripped(row, author, readers)
            if step == "stripped+reassure":
                now = calm(now, row.example.text, _whole(read), rules_only)
        else:
            now = STEPS[step](rules, found, row.example.text, read, row.scores[1])
        out.append(now.level.value)
    return out[0], out[1], cause(found)


def _whole(read: Any) -> Any:
    return lambda t: settle(rules_only(t), read(t), t, read)


def main(argv: list[str]) -> int:
    argv, groups = groups_option(argv)
    before = argv[argv.index("--before") + 1] if "--before" in argv else "round18"
    after = argv[argv.index("--after") + 1] if "--after" in argv else "all"
    was_step, now_step = before, after
    argv = [a for i, a in enumerate(argv)
            if a not in ("--before", "--after") and argv[i - 1 if i else 0] not in ("--before", "--after")]
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
            before, after, why = levels(r, name, readers, was_step, now_step)
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
