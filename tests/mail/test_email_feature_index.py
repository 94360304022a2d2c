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
