"""The crisis check held out by author: each helper's texts scored by a model that never saw them.

    .venv/bin/python scripts/crisis_heldout.py                 # leave one author out, every author
    .venv/bin/python scripts/crisis_heldout.py --authors N Q   # leave out only these authors
    .venv/bin/python scripts/crisis_heldout.py --new FILE...   # new authors' files, held out whole
    options: --kinds      explicit statements given nothing, by kind of statement and language;
                          ordinary texts given the full message, by what gave it
             --compare    also the decision before round 7 (a phrase list alone gave the full
                          message), on the same scores
             --exclude U V   leave these authors out of the corpus altogether (the corpus of an
                          earlier round, whose models may be in the cache)
             --model FILE with --new: score with this model file instead of the shipped one
             --steps N --min-count K   a cheaper model (fewer descent steps, a feature kept only
                          when K texts have it): for trying things; the shipped fit is the default
             --encoder    also the decision with the sentence encoder (crisis_encoder.py): its
                          head trained without the held-out author, its vectors cached under
                          .bench-cache/crisis-encoder/ (encoding the corpus: a minute of one core)
             --json       the counts as JSON
             --causes     each explicit statement given less than the full message, by
                          language and cause (round 12)
             --folds N    every author held out once in N folds (authors sorted, dealt round
                          robin): N models instead of one per author (round 12)

Since round 19 each decision ends with the last steps the app takes (crisis_reassure.last_steps:
a question only a harmless death idiom earned is nothing, and so is one over a clear reassurance
of the writer's own); a text they read again is scored by the models its author was.

Leave one author out: for each author under corpora/crisis/authors/, a model is trained on
everything else (the other authors, the English sets, the test phrases, the emails) and the
check scores that author's texts with it. `--new` scores files that are not training data yet
(a new author's texts) with the shipped model, trained on everything in the repository
(`scripts/train_crisis_model.py --check` says whether it is up to date). Prints, per author
and per language, what a person would see: explicit statements given the full message and any
resources (the question links the lines too), heavy texts asked, ordinary texts given the full
message and the gentle note (the question).

The phrase lists were widened with every author's texts in the repository, so leave-one-out
flatters the rules' part; only `--new` on a file the lists never saw is a stranger's figure.
Models are cached under .bench-cache/crisis-heldout/ by the hash of the training data, the
feature code and the fit's budget, so trying another decision rule or phrase list does not
retrain: the first run trains one model per author (about two and a half minutes each on one
core), later runs only read and score.
"""

from __future__ import annotations

import functools
import hashlib
import inspect
import json
import pickle
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NamedTuple

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery import crisis_model, crisis_training
from bounceback.recovery.crisis import MODEL_MIN_WORDS, CrisisCheck, decide, rules_only
from bounceback.recovery.crisis_decide import needs_encoder, with_encoder
from bounceback.recovery.crisis_encoder import Encoder, EncoderHead, EncoderScores, shipped_head
from bounceback.recovery.crisis_lang import candidates
from bounceback.recovery.crisis_model import CrisisModel, Scores, read_model, shipped_model
from bounceback.recovery.crisis_reassure import last_steps
from bounceback.recovery.crisis_training import (
    Example,
    _jsonl,
    corpus,
    train,
    train_head,
    vectors,
)

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".bench-cache" / "crisis-heldout"
LEVELS = ("explicit", "soft", "none")


class Row(NamedTuple):
    """One held-out text: the example, its kind as its author wrote it, the language the
    detector ranks first, the model's scores and the rules' reading."""

    example: Example
    kind: str
    lang: str
    scores: tuple[float, ...]
    rules: CrisisCheck
    encoder: tuple[float, float] | None = None  # the encoder head's explicit, concern


Scored = list[Row]


def _key(examples: Sequence[Example], extra: str) -> str:
    """The training data, the features and the fit: what a trained model depends on."""
    digest = hashlib.sha256()
    for e in examples:
        digest.update(f"{e.source}\t{e.level}\t{e.lang}\t{e.text}\n".encode())
    for part in (crisis_model.sentence_features, crisis_model.text_sentences, train):
        digest.update(inspect.getsource(part).encode())
    if any(e.source.startswith("retired:") for e in examples):  # round 28: their weight
        digest.update(f"retired weight {crisis_training.RETIRED_WEIGHT}".encode())
    digest.update(extra.encode())
    return digest.hexdigest()[:16]


def budget_label() -> str:
    """The fit's budget in a cache label ("" for the shipped fit, so old caches stay valid)."""
    steps, count = crisis_training.STEPS, crisis_training.MIN_COUNT
    if (steps, count) == (800, 2):
        return ""
    return f"-s{steps}-m{count}"


def trained(kept: Sequence[Example], label: str) -> CrisisModel:
    """A model trained on kept, from the cache when the same data and code trained it before."""
    CACHE.mkdir(parents=True, exist_ok=True)
    label += budget_label()
    path = CACHE / f"{label}-{_key(kept, label)}.pkl"
    if path.exists():
        with path.open("rb") as f:
            cached: CrisisModel = pickle.load(f)
        return cached
    model = train(kept)
    with path.open("wb") as f:
        pickle.dump(model, f)
    return model


# Round 19: the models each author was scored by (its source -> the n-gram model, the encoder
# head), so that a text read again by the decision's last steps (without its idioms, without its
# reassurances: crisis_reassure.last_steps) is scored as the row was.
MODEL_OF: dict[str, CrisisModel] = {}
HEAD_OF: dict[str, EncoderHead] = {}
_ENCODER: list[Encoder] = []


def _scores(kept: Sequence[Example], held: Sequence[Example], label: str) -> list[tuple[float, ...]]:
    model = trained(kept, label)
    for e in held:
        MODEL_OF[e.source] = model
    return [(s.explicit, s.concern, s.sentence) for s in (model.score(e.text) for e in held)]


@functools.cache
def reread(source: str, encoder: bool) -> Callable[[str], CrisisCheck] | None:
    """The check of any text by the phrase lists and the models an author was scored by (the
    encoder's head too when `encoder`), without the last steps; None before it was scored."""
    model = MODEL_OF.get(source)
    if model is None:
        return None
    head = HEAD_OF.get(source) if encoder else None

    def read(text: str) -> CrisisCheck:
        rules = rules_only(text)
        if len(crisis_model.WORD_RE.findall(text)) < MODEL_MIN_WORDS:
            return rules
        scores = model.score(text)
        found = decide(rules, text, scores)
        if head is not None and needs_encoder(rules, found, scores, text):
            if not _ENCODER:
                _ENCODER.append(Encoder())
            found = with_encoder(rules, found, scores, head.scores(_ENCODER[0].vector(text)), text)
        return found
    return read


def _last(row: Row, found: CrisisCheck, encoder: bool) -> str:
    """The decision's last steps on found, as the app takes them (round 19)."""
    read = reread(row.example.source, encoder)
    if read is None:
        return found.level.value
    return last_steps(row.rules, found, row.example.text, read, concern=row.scores[1]).level.value


def kinds_of(paths: Sequence[Path]) -> dict[tuple[str, str], str]:
    """(source, text) -> the kind of statement its author named ("plan", "farewell", ...)."""
    out: dict[tuple[str, str], str] = {}
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                out[(f"author:{path.stem}", row["text"])] = row.get("type") or "-"
    return out


def _rows(held: Sequence[Example], scores: Sequence[tuple[float, ...]],
          kinds: dict[tuple[str, str], str]) -> Scored:
    return [Row(e, kinds.get((e.source, e.text), "-"), (candidates(e.text) or ("en",))[0], s,
                rules_only(e.text)) for e, s in zip(held, scores, strict=True)]


def leave_one_out(examples: Sequence[Example], only: Sequence[str] = ()) -> dict[str, Scored]:
    names = sorted({e.source for e in examples if e.source.startswith("author:")})
    if only:
        unknown = sorted(set(only) - {n[7:] for n in names})
        if unknown:
            raise SystemExit(f"no author {', '.join(unknown)} under corpora/crisis/authors/")
        names = [n for n in names if n[7:] in only]
    kinds = kinds_of(sorted((ROOT / crisis_training.AUTHORS).glob("*.jsonl")))
    out: dict[str, Scored] = {}
    for name in names:
        kept = [e for e in examples if e.source != name]
        held = [e for e in examples if e.source == name]
        out[name] = _rows(held, _scores(kept, held, name[7:]), kinds)
        print(f"  scored {name} held out ({len(held)} texts)", file=sys.stderr)
    return out


def fold_groups(examples: Sequence[Example], n: int) -> list[set[str]]:
    names = sorted({e.source for e in examples if e.source.startswith("author:")})
    return [set(names[i::n]) for i in range(n)]


def folds(examples: Sequence[Example], n: int) -> dict[str, Scored]:
    """Every author held out once, in n folds (authors sorted, dealt round-robin): n models
    instead of one per author, for a quicker held-out reading of every author."""
    kinds = kinds_of(sorted((ROOT / crisis_training.AUTHORS).glob("*.jsonl")))
    out: dict[str, Scored] = {}
    for group in fold_groups(examples, n):
        kept = [e for e in examples if e.source not in group]
        label = "fold-" + "".join(sorted(g[7:] for g in group))
        for name in sorted(group):
            held = [e for e in examples if e.source == name]
            out[name] = _rows(held, _scores(kept, held, label), kinds)
            print(f"  scored {name} held out in {label} ({len(held)} texts)", file=sys.stderr)
    return out


def new_authors(paths: Sequence[Path], model_file: Path | None = None) -> dict[str, Scored]:
    out: dict[str, Scored] = {}
    kinds = kinds_of(paths)
    model = read_model(model_file) if model_file else shipped_model()
    for path in paths:
        held = _jsonl(path, f"author:{path.stem}")
        MODEL_OF[f"author:{path.stem}"] = model
        scores = [(s.explicit, s.concern, s.sentence) for s in (model.score(e.text) for e in held)]
        out[f"author:{path.stem}"] = _rows(held, scores, kinds)
    return out


def with_encoder_scores(examples: Sequence[Example], scored: dict[str, Scored],
                        fold_of: dict[str, set[str]] | None = None) -> None:
    """Adds the encoder head's scores to each held-out row: a head trained without its author."""
    every = vectors(ROOT, examples)
    fold_of = fold_of or {}
    heads: dict[frozenset[str], EncoderHead] = {}
    for name, rows in scored.items():
        group = frozenset(fold_of.get(name, {name}))
        if group not in heads:
            kept = [i for i, e in enumerate(examples) if e.source not in group]
            heads[group] = train_head([examples[i] for i in kept], every[kept])
        head = heads[group]
        HEAD_OF[name] = head
        held = vectors(ROOT, [r.example for r in rows])
        probs = head.probabilities(held)
        scored[name] = [r._replace(encoder=(float(p[0]), float(p[0] + p[1])))
                        for r, p in zip(rows, probs, strict=True)]
        print(f"  encoder head without {name}", file=sys.stderr)


def with_shipped_head(scored: dict[str, Scored]) -> None:
    """Adds the shipped head's scores (for --new: authors that are not training data)."""
    head = shipped_head()  # the current head floored by the earlier ones, as the check reads
    for name, rows in scored.items():
        HEAD_OF[name] = head
        reads = [head.scores(v) for v in vectors(ROOT, [r.example for r in rows])]
        scored[name] = [r._replace(encoder=(e.explicit, e.concern))
                        for r, e in zip(rows, reads, strict=True)]


Decide = Callable[[Row], str]


def shipped_rule(row: Row) -> str:
    """What the check shows now without the encoder, from the rules' reading and the held-out
    model's scores, then the decision's last steps (round 19)."""
    return _last(row, decide(row.rules, row.example.text, Scores(*row.scores)), False)


def encoder_rule(row: Row) -> str:
    """The shipped decision, then the encoder where it runs (crisis_decide.py), then the
    decision's last steps as the app takes them (round 19: the idiom step, the reassurance)."""
    found = decide(row.rules, row.example.text, Scores(*row.scores))
    if row.encoder is None or len(crisis_model.WORD_RE.findall(row.example.text)) < MODEL_MIN_WORDS:
        return _last(row, found, row.encoder is not None)
    scores = Scores(*row.scores)
    if needs_encoder(row.rules, found, scores, row.example.text):
        found = with_encoder(row.rules, found, scores, EncoderScores(*row.encoder),
                             row.example.text)
    return _last(row, found, True)


def before_round7(row: Row) -> str:
    """The decision before round 7: a phrase list's full message needed no agreement."""
    if row.rules.level == CrisisLevel.EXPLICIT:
        return "explicit"
    return decide(row.rules, row.example.text, Scores(*row.scores)).level.value


def _pct(n: int, d: int) -> str:
    return f"{n}/{d} ({n / d:.0%})" if d else "-"


HEAD = ("explicit: full message | explicit: resources | heavy: asked | "
        "ordinary: full message | ordinary: gentle note |")


def _cells(c: Counter[tuple[str, str]]) -> str:
    ex = sum(n for (g, _), n in c.items() if g == "explicit")
    hv = sum(n for (g, _), n in c.items() if g == "soft")
    no = sum(n for (g, _), n in c.items() if g == "none")
    full, soft = c[("explicit", "explicit")], c[("explicit", "soft")]
    asked = c[("soft", "explicit")] + c[("soft", "soft")]
    return (f"{_pct(full, ex)} | {_pct(full + soft, ex)} | {_pct(asked, hv)} | "
            f"{_pct(c[('none', 'explicit')], no)} | {_pct(c[('none', 'soft')], no)} |")


def table(rows: list[tuple[str, str, str]], first: str = "language") -> list[str]:
    """Rows of (group, written level, found level) as the docs' table, one line a group."""
    per: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    for group, gold, found in rows:
        per[group][(gold, found)] += 1
        per["all"][(gold, found)] += 1
    out = [f"| {first} | {HEAD}", "| --- | --- | --- | --- | --- | --- |"]
    for group in [*sorted(k for k in per if k != "all"), "all"]:
        out.append(f"| {group} | {_cells(per[group])}")
    return out


def report(scored: dict[str, Scored], rule: Decide) -> list[str]:
    """Per author, then per language over every author."""
    by_author = [(name[7:], r.example.level, rule(r)) for name, rows in scored.items()
                 for r in rows]
    by_lang = [(r.example.lang, r.example.level, rule(r)) for rows in scored.values()
               for r in rows]
    return [*table(by_author, "author"), "", *table(by_lang)]


def kinds_report(scored: dict[str, Scored], rule: Decide) -> list[str]:
    """Explicit statements given nothing, by kind and by language; ordinary texts given the
    full message, by what gave it (a phrase list alone, or the model)."""
    nothing: Counter[str] = Counter()
    by_lang: Counter[str] = Counter()
    total: Counter[str] = Counter()
    ordinary: Counter[str] = Counter()
    for rows in scored.values():
        for r in rows:
            found = rule(r)
            if r.example.level == "explicit":
                total[r.kind] += 1
                if found == "none":
                    nothing[r.kind] += 1
                    by_lang[r.example.lang] += 1
            elif r.example.level == "none" and found == "explicit":
                ordinary["a phrase list" if r.rules.level == CrisisLevel.EXPLICIT
                         else "the model"] += 1
    out = ["explicit statements given nothing, by kind: " + ", ".join(
        f"{k} {n}/{total[k]}" for k, n in nothing.most_common())]
    out.append("  by language: " + ", ".join(f"{k} {n}" for k, n in by_lang.most_common()))
    out.append("ordinary texts given the full message, by what gave it: " + (", ".join(
        f"{k} {n}" for k, n in ordinary.most_common()) or "none"))
    return out


_LATIN = re.compile(r"[a-z]")
_SCRIPT = re.compile(r"[\u0400-\u04ff\u0600-\u06ff\u0900-\u097f\u4e00-\u9fff]")
_LOWERED = ("laugh", "story", "past", "rather", "if_again")


def cause(row: Row) -> str:
    """Why an explicit statement got less than the full message (round 12's grouping)."""
    text, signs = row.example.text, row.rules.signs
    ngram = max(row.scores[0], row.scores[2])
    if any(s in _LOWERED or s.endswith((":softened", ":reassured")) for s in signs):
        return "a laugh, story, negation or denial lowered a phrase"
    if row.example.lang not in row.rules.languages and not _LATIN.search(text.lower()):
        return "language detected wrong"
    if row.rules.level == CrisisLevel.EXPLICIT:
        return "the n-gram model disagreed with a phrase"
    where = ("transliterated: " if row.example.lang in ("hi", "ar", "ru", "uk", "zh")
             and not _SCRIPT.search(text) else "long entry: " if len(text) > 400 else "")
    if row.rules.level == CrisisLevel.SOFT:
        return where + "only a heavy phrase; models short of the full message"
    if (row.encoder and row.encoder[0] >= 0.7) or ngram >= 0.5:
        return where + "no phrase; one model under its line though the other agrees"
    return where + "no phrase; both models low"


def causes_report(scored: dict[str, Scored], rule: Decide) -> list[str]:
    """Each explicit statement given less than the full message, by language and cause."""
    groups: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for rows in scored.values():
        for r in rows:
            if r.example.level == "explicit" and rule(r) != "explicit":
                groups[(r.example.lang, cause(r))].append(r)
    out = []
    for (lang, why), rows in sorted(groups.items()):
        out.append(f"{lang} | {why} | {len(rows)}")
        out += [f"    {r.example.source[7:]} {rule(r)}: {r.example.text[:160]!r}" for r in rows]
    return out


def counts(scored: dict[str, Scored], rule: Decide) -> Counter[str]:
    return Counter(f"{r.example.level}>{rule(r)}" for rows in scored.values() for r in rows)


def _option(argv: list[str], name: str, default: int) -> int:
    if name in argv:
        return int(argv[argv.index(name) + 1])
    return default


def _names(argv: list[str], flag: str) -> list[str]:
    out = []
    for arg in argv[argv.index(flag) + 1 :]:
        if arg.startswith("--"):
            break
        out.append(arg)
    return out


def main(argv: list[str]) -> int:
    crisis_training.STEPS = _option(argv, "--steps", crisis_training.STEPS)
    crisis_training.MIN_COUNT = _option(argv, "--min-count", crisis_training.MIN_COUNT)
    if "--new" in argv:
        model = Path(_names(argv, "--model")[0]) if "--model" in argv else None
        scored = new_authors([Path(a) for a in _names(argv, "--new")], model)
    else:
        examples = corpus(ROOT)
        if "--exclude" in argv:
            gone = {f"author:{a}" for a in _names(argv, "--exclude")}
            examples = [e for e in examples if e.source not in gone]
        only = _names(argv, "--authors") if "--authors" in argv else []
        if "--folds" in argv:
            scored = folds(examples, _option(argv, "--folds", 4))
        else:
            scored = leave_one_out(examples, only)
    rules: list[tuple[str, Decide]] = [("round 7", shipped_rule)]
    if "--encoder" in argv:
        if "--new" in argv:
            with_shipped_head(scored)
        else:
            fold_of = ({name: group for group in fold_groups(examples, _option(argv, "--folds", 4))
                        for name in group} if "--folds" in argv else {})
            with_encoder_scores(examples, scored, fold_of)
        rules.append(("round 8: with the sentence encoder", encoder_rule))
    if "--compare" in argv:
        rules.insert(0, ("before round 7", before_round7))
    for label, rule in rules:
        print(f"## decision: {label}")
        print("\n".join(report(scored, rule)))
        if "--kinds" in argv:
            print("\n".join(kinds_report(scored, rule)))
        if "--causes" in argv:
            print("\n".join(causes_report(scored, rule)))
        if "--json" in argv:
            print(json.dumps(counts(scored, rule)))
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
