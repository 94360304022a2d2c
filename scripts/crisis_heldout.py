"""The crisis check held out by author: each helper's texts scored by a model that never saw them.

    .venv/bin/python scripts/crisis_heldout.py                 # leave one author out, every author
    .venv/bin/python scripts/crisis_heldout.py --new FILE...   # new authors' files, held out whole
    .venv/bin/python scripts/crisis_heldout.py --authors N     # leave out only these authors

Leave one author out: for each author under corpora/crisis/authors/, a model is trained on
everything else (the other authors, the English sets, the test phrases, the emails) and the
check scores that author's texts with it. `--new` scores files that are not training data yet
(a new author's texts) with the shipped model, trained on everything in the repository
(`scripts/train_crisis_model.py --check` says whether it is up to date). Prints, per
language and per written level, what a person would see: explicit statements given the full
message and any resources (the question links the lines too), heavy texts asked, ordinary texts
given the full message and the question.

The phrase lists were widened with every author's texts in the repository, so leave-one-out
flatters the rules' part; only `--new` on a file the lists never saw is a stranger's figure.
Scores are cached under .bench-cache/crisis-heldout/ by the hash of the training data and the
feature code, so trying another decision rule does not retrain.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import pickle
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

from bounceback.recovery import crisis_model
from bounceback.recovery.crisis import decide, rules_only
from bounceback.recovery.crisis_lang import candidates
from bounceback.recovery.crisis_model import CrisisModel, Scores, shipped_model
from bounceback.recovery.crisis_training import Example, _jsonl, corpus, train

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".bench-cache" / "crisis-heldout"
LEVELS = ("explicit", "soft", "none")
Scored = list[tuple[Example, str, tuple[float, ...]]]  # example, its first language, scores


def _key(examples: Sequence[Example], extra: str) -> str:
    """The training data, the features and the fit: what a trained model depends on."""
    digest = hashlib.sha256()
    for e in examples:
        digest.update(f"{e.source}\t{e.level}\t{e.lang}\t{e.text}\n".encode())
    for part in (crisis_model.sentence_features, crisis_model.text_sentences, train):
        digest.update(inspect.getsource(part).encode())
    digest.update(extra.encode())
    return digest.hexdigest()[:16]


def trained(kept: Sequence[Example], label: str) -> CrisisModel:
    """A model trained on kept, from the cache when the same data and code trained it before."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"{label}-{_key(kept, label)}.pkl"
    if path.exists():
        with path.open("rb") as f:
            cached: CrisisModel = pickle.load(f)
        return cached
    model = train(kept)
    with path.open("wb") as f:
        pickle.dump(model, f)
    return model


def _scores(kept: Sequence[Example], held: Sequence[Example], label: str) -> list[tuple[float, ...]]:
    model = trained(kept, label)
    return [(s.explicit, s.concern, s.sentence) for s in (model.score(e.text) for e in held)]


def leave_one_out(examples: Sequence[Example], only: Sequence[str] = ()) -> dict[str, Scored]:
    names = sorted({e.source for e in examples if e.source.startswith("author:")})
    if only:
        unknown = sorted(set(only) - {n[7:] for n in names})
        if unknown:
            raise SystemExit(f"no author {', '.join(unknown)} under corpora/crisis/authors/")
        names = [n for n in names if n[7:] in only]
    out: dict[str, Scored] = {}
    for name in names:
        kept = [e for e in examples if e.source != name]
        held = [e for e in examples if e.source == name]
        scores = _scores(kept, held, name[7:])
        out[name] = [(e, (candidates(e.text) or ("en",))[0], s)
                     for e, s in zip(held, scores, strict=True)]
        print(f"  scored {name} held out ({len(held)} texts)", file=sys.stderr)
    return out


def new_authors(examples: Sequence[Example], paths: Sequence[Path]) -> dict[str, Scored]:
    out: dict[str, Scored] = {}
    for path in paths:
        held = _jsonl(path, f"author:{path.stem}")
        model = shipped_model()
        scores = [(s.explicit, s.concern, s.sentence) for s in (model.score(e.text) for e in held)]
        out[f"author:{path.stem}"] = [(e, (candidates(e.text) or ("en",))[0], s)
                                      for e, s in zip(held, scores, strict=True)]
    return out


Decide = Callable[[Example, str, tuple[float, ...]], str]


def shipped_rule(e: Example, lang: str, scores: tuple[float, ...]) -> str:
    del lang
    return decide(rules_only(e.text), e.text, Scores(*scores)).level.value


def _pct(n: int, d: int) -> str:
    return f"{n}/{d} ({n / d:.0%})" if d else "-"


def table(rows: list[tuple[str, str, str]]) -> list[str]:
    """Rows of (language, written level, found level) as the docs' table."""
    per: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    for lang, gold, found in rows:
        per[lang][(gold, found)] += 1
        per["all"][(gold, found)] += 1
    out = ["| language | explicit: full message | explicit: resources | heavy: asked | "
           "ordinary: full message | ordinary: question |", "| --- | --- | --- | --- | --- | --- |"]
    for lang in [*sorted(k for k in per if k != "all"), "all"]:
        c = per[lang]
        ex = sum(n for (g, _), n in c.items() if g == "explicit")
        hv = sum(n for (g, _), n in c.items() if g == "soft")
        no = sum(n for (g, _), n in c.items() if g == "none")
        full, soft = c[("explicit", "explicit")], c[("explicit", "soft")]
        asked = c[("soft", "explicit")] + c[("soft", "soft")]
        out.append(f"| {lang} | {_pct(full, ex)} | {_pct(full + soft, ex)} | {_pct(asked, hv)} | "
                   f"{_pct(c[('none', 'explicit')], no)} | {_pct(c[('none', 'soft')], no)} |")
    return out


def evaluate(scored: dict[str, Scored], rule: Decide) -> list[tuple[str, str, str]]:
    return [(e.lang, e.level, rule(e, lang, s)) for rows in scored.values() for e, lang, s in rows]


def main(argv: list[str]) -> int:
    examples = corpus(ROOT)
    if "--new" in argv:
        paths = [Path(a) for a in argv[argv.index("--new") + 1 :] if not a.startswith("--")]
        scored = new_authors(examples, paths)
    elif "--authors" in argv:
        names = [a for a in argv[argv.index("--authors") + 1 :] if not a.startswith("--")]
        scored = leave_one_out(examples, names)
    else:
        scored = leave_one_out(examples)
    rows = evaluate(scored, shipped_rule)
    for name in sorted(scored):
        mine = [(e.lang, e.level, shipped_rule(e, lang, s)) for e, lang, s in scored[name]]
        print(f"### {name[7:]} held out ({len(mine)} texts)")
        print("\n".join(table(mine)[-1:]))
    print(f"\n### all held out ({len(rows)} texts)")
    print("\n".join(table(rows)))
    if "--json" in argv:
        print(json.dumps(Counter(f"{g}>{f}" for _, g, f in rows)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
