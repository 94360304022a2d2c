"""Train the email model from the labelled corpus plus the user's corrections; retrain on change.

Run `python -m bounceback.mail.train` from the repository to rebuild the packaged model from
corpora/emails/ (emails.jsonl and authors/*.jsonl). It fits the confidence's temperature on
held-out authors (from round 27 the strangers' retired blind sets alone), and packages a
compressed copy of the corpus, so that an installed app can retrain with the user's corrections.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bounceback.domain.mail import LabelledEmail
from bounceback.domain.vocabulary import EmailKind
from bounceback.files import write_atomic
from bounceback.mail.employer import NAMES_MODEL
from bounceback.mail.features import FEATURES_VERSION, features_of, read
from bounceback.mail.model import (
    LinearModel,
    ModelFileError,
    fit,
    fit_temperature,
    labels_hash,
    load,
    save,
)
from bounceback.mail.ranker import Example
from bounceback.mail.ranker import fit as fit_ranker
from bounceback.mail.ranker import save as save_rankers

if TYPE_CHECKING:
    from bounceback.mail.classify import Classifier

MODEL_DIR = Path(__file__).resolve().parent / "model"
PACKAGED_MODEL = MODEL_DIR / "email_model.bin.gz"
PACKAGED_CORPUS = MODEL_DIR / "corpus.jsonl.gz"
REPO_CORPUS = Path(__file__).resolve().parents[3] / "corpora" / "emails"
CORRECTION_WEIGHT = 3.0
CORRECTION_GROUP = "correction"
CLASSES = tuple(kind.value for kind in EmailKind)
MIN_AUTHORS = 2  # a feature must occur in this many authors' mail (when there are 3 or more)
ABSTRACT = ("x:", "xs:", "h:", "sp:", "sd:", "st:", "l:", "sl:", "sn:", "lang:")
ABSTRACT_WEIGHT = 0.5
# The writers of the retired blind sets (E8a ... E15, corpora/retired/): strangers who never saw
# the code, each set read by a model trained without it, the nearest thing to a new user's
# mail; from round 27 the confidence's temperature is fitted on their held-out scores alone.
STRANGERS = re.compile(r"E\d")


def corpus_files(path: Path) -> list[Path]:
    """The JSON-lines files of a corpus: a file, or a folder's emails.jsonl and authors/*.jsonl."""
    if not path.is_dir():
        return [path]
    return [p for p in [path / "emails.jsonl", *sorted((path / "authors").glob("*.jsonl"))]
            if p.is_file()]


def _author(row: dict[str, object], path: Path) -> str:
    author = row.get("author")
    if isinstance(author, str) and author:
        return author
    return path.stem if path.parent.name == "authors" else "repo"


def read_rows(path: Path | None = None) -> list[dict[str, object]]:
    """Every labelled row of the corpus, each with its "author"."""
    path = path or (REPO_CORPUS if REPO_CORPUS.exists() else PACKAGED_CORPUS)
    rows = []
    for file in corpus_files(path):
        opener = gzip.open if file.suffix == ".gz" else open
        with opener(file, "rt", encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    row = json.loads(line)
                    row["author"] = _author(row, file)
                    rows.append(row)
    return rows


def read_corpus(path: Path | None = None) -> list[LabelledEmail]:
    """The labelled corpus (JSON lines: from, subject, body, kind, company, role, lang,
    platform); each email's group is its author, so evaluation can hold authors out."""
    return [LabelledEmail(
        str(row.get("from") or ""), str(row.get("subject") or ""), str(row.get("body") or ""),
        EmailKind(str(row["kind"])), _text(row.get("company")), _text(row.get("role")),
        str(row["author"]), lang=_text(row.get("lang")), platform=_text(row.get("platform")),
    ) for row in read_rows(path)]


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def correction(sender: str, subject: str, body: str, kind: EmailKind | str) -> LabelledEmail:
    """A user's correction as a training example; it weighs more than a corpus email."""
    return LabelledEmail(sender, subject, body, EmailKind(kind), group=CORRECTION_GROUP,
                         weight=CORRECTION_WEIGHT)


def _rows(examples: Iterable[LabelledEmail]) -> list[tuple[str, str, str, str, float]]:
    """The labels that a saved model depends on, with the feature code's version first."""
    version = ("", "", f"features v{FEATURES_VERSION}", "", 0.0)
    return [version, *((e.sender, e.subject, e.body, e.kind.value, e.weight) for e in examples)]


def example_features(example: LabelledEmail) -> set[str]:
    """An example's features, exactly as the classifier computes them for a new message."""
    return features_of(example.sender, read(example.subject, example.body))


def train(examples: Sequence[LabelledEmail], temperature: float | None = None,
          feats: Sequence[set[str]] | None = None) -> LinearModel:
    """A model trained on `examples` (corpus rows and corrections alike). Features must occur
    in two authors' mail when three or more authors wrote the examples; a user's corrections
    count whatever their features. The temperature is the packaged model's unless given."""
    feats = feats if feats is not None else [example_features(e) for e in examples]
    data = [(f, e.kind.value, e.weight) for f, e in zip(feats, examples, strict=True)]
    groups = [e.group for e in examples]
    # Each corpus email also teaches through its language-free features alone (phrases of
    # every language, sender shape, layout), so that those carry weight on their own when the
    # words of a new email are ones the corpus never had.
    for f, e in zip(feats, examples, strict=True):
        if e.group != CORRECTION_GROUP:
            data.append(({x for x in f if x.startswith(ABSTRACT)}, e.kind.value,
                         e.weight * ABSTRACT_WEIGHT))
            groups.append(e.group)
    authors = {g for g in groups if g != CORRECTION_GROUP}
    always = {f for fs, e in zip(feats, examples, strict=True) if e.group == CORRECTION_GROUP
              for f in fs}
    model = fit(data, CLASSES, groups=groups, always=always,
                min_groups=MIN_AUTHORS if len(authors) >= 3 else 1)
    model.labels_hash = labels_hash(_rows(examples))
    if temperature is None:  # the packaged model's calibration, its languages' too
        model.temperature, model.lang_temperature = packaged_temperatures()
    else:
        model.temperature = temperature
    model.corrections = sum(1 for e in examples if e.group == CORRECTION_GROUP)
    model.trained_on = len(examples)
    return model


def packaged_temperature() -> float:
    """The calibration of the packaged model (fitted on held-out authors when it was built)."""
    return packaged_temperatures()[0]


def packaged_temperatures() -> tuple[float, dict[str, float]]:
    """The packaged model's temperature and its temperatures by language."""
    try:
        model = load(PACKAGED_MODEL)
    except ModelFileError:
        return 1.0, {}
    return model.temperature, dict(model.lang_temperature)


def folds_of(examples: Sequence[LabelledEmail]) -> list[str]:
    """The fold of each example: its author when two or more authors wrote the corpus, else
    one of five folds by content (a corpus of one author cannot hold authors out)."""
    authors = {e.group for e in examples}
    if len(authors) >= 2:
        return [e.group for e in examples]
    return [f"fold{int(hashlib.md5(e.subject.encode()).hexdigest(), 16) % 5}"
            for e in examples]


def held_out_scores(examples: Sequence[LabelledEmail], feats: Sequence[set[str]]
                    ) -> tuple[list[list[float]], list[int], list[int]]:
    """Scores of every example by a model trained without its author's mail:
    (scores, true class index, example index), for calibration and evaluation."""
    folds = folds_of(examples)
    scores: list[list[float]] = []
    truth: list[int] = []
    order: list[int] = []
    for fold in sorted(set(folds)):
        train_ids = [i for i, f in enumerate(folds) if f != fold]
        test_ids = [i for i, f in enumerate(folds) if f == fold]
        model = train([examples[i] for i in train_ids], 1.0, [feats[i] for i in train_ids])
        for i in test_ids:
            scores.append(model.scores(feats[i]))
            truth.append(CLASSES.index(examples[i].kind.value))
            order.append(i)
    return scores, truth, order


def ensure_model(examples: Sequence[LabelledEmail], path: Path) -> tuple[LinearModel, bool]:
    """The model for these labels at `path`: loaded when its labels hash matches, else retrained
    and written atomically. Returns (model, retrained)."""
    wanted = labels_hash(_rows(examples))
    if path.exists():
        try:
            model = load(path)
        except ModelFileError:
            model = None
        if model is not None and model.labels_hash == wanted:
            return model, False
    model = train(examples)
    save(model, path)
    return model, True


def train_with_corrections(
    corrections: Sequence[LabelledEmail], path: Path, corpus: Path | None = None
) -> tuple[LinearModel, bool]:
    """The personal model at `path`, trained again only when the corrections changed: the
    packaged model taught the corrections (with a replayed sample of the corpus, so that
    it does not forget the rest). Takes about a second, so a correction counts at once."""
    from bounceback.mail.classify import PACKAGED_MODEL as packaged
    from bounceback.mail.model import read_header

    # The personal model follows the corrections and the packaged model it grew from.
    base = str(read_header(packaged).get("labels_hash", ""))
    wanted = labels_hash(_rows([*corrections,
                                LabelledEmail("", base, PERSONAL, EmailKind.OTHER)]))
    if path.exists():
        try:
            model = load(path)
        except ModelFileError:
            model = None
        if model is not None and model.labels_hash == wanted:
            return model, False
    model = personalise(corrections, read_corpus(corpus))
    model.labels_hash = wanted
    save(model, path)
    return model, True


PERSONAL = "personal v1"  # bump when personalise() changes: personal models retrain
REPLAY = 400


def personalise(corrections: Sequence[LabelledEmail], corpus: Sequence[LabelledEmail],
                base: LinearModel | None = None) -> LinearModel:
    """The base (packaged) model trained a few epochs more on the user's corrections and an
    even sample of the corpus."""
    from bounceback.mail.classify import PACKAGED_MODEL as packaged

    base = base or load(packaged)
    step = max(1, len(corpus) // REPLAY)
    examples = [*corpus[::step], *corrections]
    feats = [example_features(e) for e in examples]
    always = {f for fs, e in zip(feats, examples, strict=True) if e.group == CORRECTION_GROUP
              for f in fs}
    model = fit([(f, e.kind.value, e.weight) for f, e in zip(feats, examples, strict=True)],
                CLASSES, epochs=4, rate=0.03, always=always, start=base)
    model.temperature = base.temperature
    model.lang_temperature = dict(base.lang_temperature)
    model.corrections = len(corrections)
    model.trained_on = len(examples)
    return model


def classifier_with_corrections(
    corrections: Sequence[LabelledEmail], path: Path, corpus: Path | None = None
) -> Classifier:
    """The classifier a user's corrections call for: with no corrections, the packaged model;
    else a model retrained on corpus + corrections (kept at `path`, retrained only when the
    labels change), and each corrected message overridden outright."""
    from bounceback.mail.classify import Classifier, Overrides, default_classifier

    if not corrections:
        return default_classifier()
    model, _ = train_with_corrections(corrections, path, corpus)
    overrides = Overrides()
    for fix in corrections:
        overrides.correct(fix.sender, fix.subject, fix.body, fix.kind)
    return Classifier(model, overrides)


def package_corpus(rows: Sequence[dict[str, object]], target: Path = PACKAGED_CORPUS) -> None:
    """Keep a compressed copy of the corpus in the package, for retraining with corrections."""
    keep = ("id", "author", "from", "subject", "body", "kind", "company", "role", "lang",
            "platform")
    text = "".join(json.dumps({k: row.get(k) for k in keep}, ensure_ascii=False) + "\n"
                   for row in rows)
    data = gzip.compress(text.encode("utf-8"), 9, mtime=0)
    if not target.exists() or target.read_bytes() != data:
        write_atomic(target, data)


def _same_name(a: str | None, b: str | None) -> bool:
    """Two spellings of one name: case, accents, punctuation and a legal form aside."""
    from bounceback.mail.names import squash

    return bool(a) and bool(b) and _bare(squash(a or "")) == _bare(squash(b or ""))


def _bare(squashed: str) -> str:
    for form in ("gmbh", "ltd", "limited", "inc", "llc", "plc", "sa", "bv", "ab", "ag", "sl",
                 "srl", "spa", "lda", "ltda", "oy", "as"):
        if squashed.endswith(form) and len(squashed) > len(form) + 2:
            return squashed[: -len(form)]
    return squashed.removeprefix("the")


def company_examples(rows: Sequence[dict[str, object]]) -> list[Example]:
    """The company ranker's training examples: each job-search email's candidates, those
    spelled like its label marked right ("none" is right when it names no employer); emails
    whose employer no candidate spells are left out."""
    from bounceback.mail.employer import candidates_none

    out = []
    for row in rows:
        if row.get("kind") == "other":
            continue
        subject, sender = str(row.get("subject") or ""), str(row.get("from") or "")
        found, kind, none = candidates_none(sender, subject,
                                            read(subject, str(row.get("body") or "")),
                                            str(row.get("kind") or ""))
        if (example := company_example(row, found, kind, none)) is not None:
            out.append(example)
    return out


def company_example(row: dict[str, object], found: Sequence[Any], kind: str,
                    none: list[str] | None = None) -> Example | None:
    """One email's ranker example from its candidates: those spelled like its label marked
    right (`none`: the features of "none", the sender type's alone when not given); None
    when a label names an employer no candidate spells."""
    from bounceback.mail.employer import none_features

    label = row.get("company")
    wanted = label if isinstance(label, str) and label else None
    right = [i for i, c in enumerate(found) if _same_name(c.text, wanted)]
    if wanted and not right:
        return None
    return Example([sorted(c.feats) for c in found], none or none_features(kind), right,
                   str(row["author"]))


def build_names(rows: Sequence[dict[str, object]], out: Path = NAMES_MODEL) -> None:
    """Train the company and role rankers on the corpus and save them."""
    from bounceback.mail.rolepick import role_examples

    save_rankers({"company": fit_ranker(company_examples(rows)),
                  "role": fit_ranker(role_examples(rows))}, out, {"emails": len(rows)})


def calibration_temperature(examples: Sequence[LabelledEmail], scores: Sequence[list[float]],
                            truth: Sequence[int], order: Sequence[int]) -> float:
    """The temperature fitted on the held-out scores of the strangers' mail (STRANGERS), or of
    every author when the corpus has none of theirs. The project's own and the first authors'
    mail, read better held out than a stranger's, would make the confidence too sure."""
    keep = _strangers(examples, order)
    return fit_temperature([scores[k] for k in keep], [truth[k] for k in keep])


def _strangers(examples: Sequence[LabelledEmail], order: Sequence[int]) -> list[int]:
    keep = [k for k, i in enumerate(order) if STRANGERS.match(examples[i].group)]
    return keep or list(range(len(order)))


# The languages that share the not-English temperature (round 31): the eight the corpus
# writes besides English; each alone has too few strangers' emails to fit its own.
OTHER_LANGS = ("de", "fr", "es", "nl", "it", "pt", "pl", "sv")


def language_temperatures(examples: Sequence[LabelledEmail], scores: Sequence[list[float]],
                          truth: Sequence[int], order: Sequence[int],
                          langs: Sequence[str]) -> dict[str, float]:
    """A temperature for English and one for the other languages, each fitted on the
    strangers' held-out scores in that group (as `calibration_temperature`) and never
    sharper than the one temperature over all of them. The retired sets are older than the
    mail the model will meet, and the newest blind sets found it too sure (round 31: the
    strangers' English wanted 0.95 against 0.84 over all; their other languages 0.70, kept
    at 0.84)."""
    keep = _strangers(examples, order)
    floor = fit_temperature([scores[k] for k in keep], [truth[k] for k in keep])
    out: dict[str, float] = {}
    for group in (("en",), OTHER_LANGS):
        ks = [k for k in keep if langs[order[k]] in group]
        if len(ks) >= 50:
            t = fit_temperature([scores[k] for k in ks], [truth[k] for k in ks])
            out.update(dict.fromkeys(group, max(t, floor)))
    return out


def build(corpus: Path, out: Path) -> LinearModel:
    """Train on the whole corpus, with the temperatures fitted on held-out strangers' mail."""
    examples = read_corpus(corpus)
    feats = [example_features(e) for e in examples]
    scores, truth, order = held_out_scores(examples, feats)
    model = train(examples, calibration_temperature(examples, scores, truth, order), feats)
    langs = [read(e.subject, e.body).lang for e in examples]
    model.lang_temperature = language_temperatures(examples, scores, truth, order, langs)
    save(model, out)
    return model


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO_CORPUS)
    parser.add_argument("--out", type=Path, default=PACKAGED_MODEL)
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    model = build(args.corpus, args.out)
    if args.out == PACKAGED_MODEL:
        rows = read_rows(args.corpus)
        package_corpus(rows)
        build_names(rows)
    print(f"trained: {args.out} ({len(model.packed)} features, {model.trained_on} emails, "
          f"temperature {model.temperature}, by language {model.lang_temperature})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
