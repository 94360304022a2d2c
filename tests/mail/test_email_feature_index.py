"""Scoring through FeatureIndex gives exactly the model's scores over the full feature set."""

from __future__ import annotations

from bounceback.mail.classify import default_classifier, read_body
from bounceback.mail.features import FeatureIndex, features_of, packed_total
from bounceback.mail.train import read_corpus


def test_index_total_equals_the_feature_set_sum() -> None:
    model = default_classifier().model
    index = FeatureIndex(model.packed)
    rows = read_corpus()[::7]
    assert len(rows) > 50
    for row in rows:
        reading = read_body(row.subject, row.body)
        expected = packed_total(model.packed, features_of(row.sender, reading))
        assert index.total(row.sender, reading) == expected


def test_what_the_index_keeps_per_sender_and_subject_changes_no_total() -> None:
    model = default_classifier().model
    index = FeatureIndex(model.packed)
    rows = read_corpus()[3::11]
    readings = [(row.sender, read_body(row.subject, row.body)) for row in rows]
    first = [index.total(s, r) for s, r in readings]
    assert index.subjects and index.senders
    assert [index.total(s, r) for s, r in reversed(readings)][::-1] == first
    assert first == [packed_total(model.packed, features_of(s, r)) for s, r in readings]
