"""Train the email model from the labelled corpus plus the user's corrections; retrain on change.

Run `python -m bounceback.mail.train` from the repository to rebuild the packaged model from
corpora/emails/emails.jsonl (it also packages a compressed copy of the corpus, so that an
installed app can retrain with the user's corrections).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from bounceback.domain.mail import LabelledEmail
from bounceback.domain.vocabulary import EmailKind
from bounceback.files import write_atomic
from bounceback.mail.features import FEATURES_VERSION, features
from bounceback.mail.model import LinearModel, ModelFileError, fit, labels_hash, load, save
from bounceback.mail.text import readable

if TYPE_CHECKING:
    from bounceback.mail.classify import Classifier

MODEL_DIR = Path(__file__).resolve().parent / "model"
PACKAGED_MODEL = MODEL_DIR / "email_model.bin.gz"
PACKAGED_CORPUS = MODEL_DIR / "corpus.jsonl.gz"
REPO_CORPUS = Path(__file__).resolve().parents[3] / "corpora" / "emails" / "emails.jsonl"
CORRECTION_WEIGHT = 3.0
CLASSES = tuple(kind.value for kind in EmailKind)


def read_corpus(path: Path | None = None) -> list[LabelledEmail]:
    """The labelled corpus (JSON lines: from, subject, body, kind, company, role, group)."""
    path = path or (REPO_CORPUS if REPO_CORPUS.exists() else PACKAGED_CORPUS)
    opener = gzip.open if path.suffix == ".gz" else open
    out = []
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                out.append(LabelledEmail(
                    row.get("from") or "", row.get("subject") or "", row.get("body") or "",
                    EmailKind(row["kind"]), row.get("company"), row.get("role"),
                    row.get("group") or row.get("id", ""),
                ))
    return out


def correction(sender: str, subject: str, body: str, kind: EmailKind | str) -> LabelledEmail:
    """A user's correction as a training example; it weighs more than a corpus email."""
    return LabelledEmail(sender, subject, body, EmailKind(kind), group="correction",
                         weight=CORRECTION_WEIGHT)


def _rows(examples: Iterable[LabelledEmail]) -> list[tuple[str, str, str, str, float]]:
    """The labels that a saved model depends on, with the feature code's version first."""
    version = ("", "", f"features v{FEATURES_VERSION}", "", 0.0)
    return [version, *((e.sender, e.subject, e.body, e.kind.value, e.weight) for e in examples)]


def train(examples: Sequence[LabelledEmail]) -> LinearModel:
    """A model trained on `examples` (corpus rows and corrections alike)."""
    data = [(features(e.sender, e.subject, readable(e.body)), e.kind.value, e.weight)
            for e in examples]
    model = fit(data, CLASSES)
    model.labels_hash = labels_hash(_rows(examples))
    return model


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
    """Retrain (only when labels changed) on the corpus plus the user's corrections."""
    return ensure_model([*read_corpus(corpus), *corrections], path)


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


def package_corpus(source: Path, target: Path = PACKAGED_CORPUS) -> None:
    data = gzip.compress(source.read_bytes(), 9, mtime=0)
    if not target.exists() or target.read_bytes() != data:
        write_atomic(target, data)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO_CORPUS)
    parser.add_argument("--out", type=Path, default=PACKAGED_MODEL)
    parser.add_argument("--force", action="store_true", help="retrain even if labels are unchanged")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    examples = read_corpus(args.corpus)
    if args.force:
        args.out.unlink(missing_ok=True)
    model, retrained = ensure_model(examples, args.out)
    if args.out == PACKAGED_MODEL:
        package_corpus(args.corpus)
    state = "trained" if retrained else "unchanged (labels hash matches), kept"
    print(f"{state}: {args.out} ({len(model.packed)} features, {model.trained_on} emails)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
