"""The email model: training, corrections, versioned atomic storage, retraining only on change."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from bounceback.domain.mail import LabelledEmail
from bounceback.domain.vocabulary import EmailKind
from bounceback.mail.classify import PACKAGED_MODEL, Classifier
from bounceback.mail.features import features
from bounceback.mail.model import ModelFileError, load, save
from bounceback.mail.train import correction, ensure_model, read_corpus, train

ODD = ("Pat <pat@clubhouse.example>", "Saturday rota", "Can you cover the bar on Saturday night?")


def small_corpus() -> list[LabelledEmail]:
    rows = read_corpus()
    return rows[::6]


def test_packaged_model_loads_and_knows_every_kind() -> None:
    model = load(PACKAGED_MODEL)
    assert set(model.classes) == {k.value for k in EmailKind}
    assert len(model.packed) > 1000


def test_save_and_load_give_the_same_predictions(tmp_path: Path) -> None:
    model = train(small_corpus())
    path = tmp_path / "m.bin.gz"
    save(model, path)
    again = load(path)
    assert again.labels_hash == model.labels_hash
    for row in read_corpus()[:40]:
        feats = features(row.sender, row.subject, row.body)
        assert again.predict(feats)[0] == model.predict(feats)[0]
    assert [p.name for p in tmp_path.iterdir()] == ["m.bin.gz"]  # no temporary file left


def test_a_model_of_another_format_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "m.bin.gz"
    save(train(small_corpus()), path)
    raw = gzip.decompress(path.read_bytes()).replace(b'"format_version": 2', b'"format_version": 9')
    path.write_bytes(gzip.compress(raw))
    with pytest.raises(ModelFileError, match="format 9"):
        load(path)


@pytest.mark.parametrize("damage", [b"", b"not gzip at all", None])
def test_a_damaged_model_is_refused(tmp_path: Path, damage: bytes | None) -> None:
    path = tmp_path / "m.bin.gz"
    save(train(small_corpus()), path)
    if damage is None:
        raw = gzip.decompress(path.read_bytes())
        damage = gzip.compress(raw[:-7])
    path.write_bytes(damage)
    with pytest.raises(ModelFileError):
        load(path)


def test_retrains_only_when_labels_change(tmp_path: Path) -> None:
    path = tmp_path / "m.bin.gz"
    corpus = small_corpus()
    first, retrained = ensure_model(corpus, path)
    assert retrained
    stamp = path.stat().st_mtime_ns
    _, retrained = ensure_model(corpus, path)
    assert not retrained and path.stat().st_mtime_ns == stamp
    last = corpus[-1]
    other = EmailKind.REJECTION if last.kind is EmailKind.OTHER else EmailKind.OTHER
    relabelled = [*corpus[:-1], LabelledEmail(last.sender, last.subject, last.body, other)]
    second, retrained = ensure_model(relabelled, path)
    assert retrained and second.labels_hash != first.labels_hash


def test_a_damaged_saved_model_is_retrained(tmp_path: Path) -> None:
    path = tmp_path / "m.bin.gz"
    path.write_bytes(b"garbage")
    model, retrained = ensure_model(small_corpus(), path)
    assert retrained and load(path).labels_hash == model.labels_hash


def test_corrections_teach_the_model() -> None:
    corpus = small_corpus()
    before = Classifier(train(corpus)).classify(*ODD).kind
    target = EmailKind.RECRUITER_OUTREACH if before is not EmailKind.RECRUITER_OUTREACH \
        else EmailKind.OFFER
    fixes = [correction(*ODD, target)] * 3
    after = Classifier(train([*corpus, *fixes])).classify(*ODD)
    assert after.kind is target


def test_training_is_deterministic() -> None:
    corpus = small_corpus()
    assert train(corpus).packed == train(corpus).packed


def test_classifier_with_corrections_overrides_and_retrains_once(tmp_path: Path) -> None:
    from bounceback.mail.train import classifier_with_corrections

    path = tmp_path / "user-model.bin.gz"
    assert classifier_with_corrections([], path).classify(*ODD).kind is not None
    assert not path.exists()  # no corrections: the packaged model, nothing written
    fixes = [correction(*ODD, EmailKind.OFFER)]
    clf = classifier_with_corrections(fixes, path)
    assert clf.classify(*ODD).kind is EmailKind.OFFER and clf.classify(*ODD).overridden
    stamp = path.stat().st_mtime_ns
    classifier_with_corrections(fixes, path)
    assert path.stat().st_mtime_ns == stamp


def test_one_correction_teaches_the_personal_model_about_similar_mail(tmp_path: Path) -> None:
    from bounceback.mail.train import train_with_corrections

    similar = ("Pat <pat@clubhouse.example>", "Sunday rota",
               "Can you cover the bar on Sunday night?")
    before = Classifier(load(PACKAGED_MODEL)).classify(*similar).kind
    target = EmailKind.OFFER if before is not EmailKind.OFFER else EmailKind.ASSESSMENT
    model, retrained = train_with_corrections([correction(*ODD, target)],
                                              tmp_path / "personal.bin.gz")
    assert retrained and model.corrections == 1
    assert Classifier(model).classify(*similar).kind is target
    # the rest of the mail is still read as before
    assert Classifier(model).classify(
        "Acme Careers <careers@acme.example>", "Your application",
        "Unfortunately we will not be moving forward with your application.").kind \
        is EmailKind.REJECTION
