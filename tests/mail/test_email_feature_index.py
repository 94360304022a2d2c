"""Scoring through FeatureIndex gives exactly the model's scores over the full feature set."""

from __future__ import annotations

from bounceback.mail.classify import default_classifier
from bounceback.mail.features import FeatureIndex, features
from bounceback.mail.text import readable
from bounceback.mail.train import read_corpus


def test_index_total_equals_the_feature_set_sum() -> None:
    model = default_classifier().model
    index = FeatureIndex(model.packed)
    rows = read_corpus()
    extra = [("", "", ""), ("x@y", "Re: re: hi hi hi", "a a a b b b\n" * 9),
             ('"Dana Lee" <dana.lee@mail.mail.example.com>', "£40k role!", "Ça va? 10:30 am")]
    checked = 0
    for sender, subject, body in [(r.sender, r.subject, r.body) for r in rows] + extra:
        text = readable(body)
        expected = model.predict(features(sender, subject, text))
        assert model.predict_total(index.total(sender, subject, text)) == expected
        checked += 1
    assert checked > 600
