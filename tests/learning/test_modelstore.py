from __future__ import annotations

import gzip
import json
from pathlib import Path

from bounceback.domain.learning import LabelledText
from bounceback.learning.classifier import train
from bounceback.learning.corpus import parse_corpus
from bounceback.learning.modelstore import (
    FORMAT_VERSION,
    build_base,
    current_model,
    dump,
    load,
    parse,
    save,
    shipped_model,
)

CORPUS = Path(__file__).resolve().parents[2] / "corpora" / "reasons" / "reasons.tsv"
LABELS = [
    LabelledText("They wanted someone fluent in Dutch.", ["skill_gap"]),
    LabelledText("The role went to a colleague from finance.", ["internal_candidate"]),
]


def test_shipped_model_is_built_from_the_current_corpus():
    """Fails when reasons.tsv or the cue phrases changed without rebuilding the model."""
    corpus = parse_corpus(CORPUS.read_text(encoding="utf-8"))
    assert shipped_model().fingerprint == build_base(corpus).fingerprint


def test_round_trip_keeps_predictions(tmp_path):
    model = train(LABELS, base=shipped_model())
    path = tmp_path / "model.json.gz"
    save(path, model)
    loaded = load(path)
    assert loaded is not None
    assert loaded.fingerprint == model.fingerprint
    text = "They wanted someone fluent in Dutch."
    assert loaded.suggest(text) == model.suggest(text)


def test_a_model_of_another_format_version_is_ignored(tmp_path):
    path = tmp_path / "model.json.gz"
    data = json.loads(gzip.decompress(dump(shipped_model())))
    data["format_version"] = FORMAT_VERSION + 1
    path.write_bytes(gzip.compress(json.dumps(data).encode()))
    assert load(path) is None


def test_a_corrupt_or_missing_file_is_ignored(tmp_path):
    assert load(tmp_path / "absent.gz") is None
    broken = tmp_path / "broken.gz"
    broken.write_bytes(b"not gzip at all")
    assert load(broken) is None
    assert parse(gzip.compress(b"[1, 2]")) is None


def test_save_leaves_no_temporary_file(tmp_path):
    save(tmp_path / "m.gz", shipped_model())
    assert [p.name for p in tmp_path.iterdir()] == ["m.gz"]


def test_retrains_only_when_labels_change(tmp_path):
    path = tmp_path / "user" / "reasons.json.gz"
    model, retrained = current_model([], path)
    assert not retrained and not path.exists()

    model, retrained = current_model(LABELS, path)
    assert retrained and path.exists()
    stamp = path.stat().st_mtime_ns

    again, retrained = current_model(list(reversed(LABELS)), path)
    assert not retrained
    assert path.stat().st_mtime_ns == stamp
    assert again.fingerprint == model.fingerprint

    more = [*LABELS, LabelledText("Night shifts were required.", ["logistics"])]
    _, retrained = current_model(more, path)
    assert retrained


def test_a_stale_format_on_disk_is_retrained(tmp_path):
    path = tmp_path / "reasons.json.gz"
    path.write_bytes(b"garbage")
    _, retrained = current_model(LABELS, path)
    assert retrained
    assert load(path) is not None
