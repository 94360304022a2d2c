"""Check-ins: the taxonomy's emotions with 0-10 intensities, mood 1-5, clear errors."""

from __future__ import annotations

from datetime import datetime

import pytest

from bounceback.domain.errors import InvalidValue
from bounceback.domain.recovery import EmotionRating
from bounceback.domain.vocabulary import Emotion
from bounceback.recovery.checkin import (
    EMOTION_LABELS,
    build_check_in,
    parse_ratings,
    ratings_from_mapping,
    reflect,
)


def test_parse_ratings_reads_pairs_and_defaults() -> None:
    ratings = parse_ratings("anger=7, sadness:4, Self-Doubt")
    assert ratings == [
        EmotionRating(Emotion.ANGER, 7),
        EmotionRating(Emotion.SADNESS, 4),
        EmotionRating(Emotion.SELF_DOUBT, 5),
    ]


@pytest.mark.parametrize("spec", ["anger=11", "anger=-1", "anger=seven", "anger=7.5"])
def test_intensity_out_of_range_or_not_a_number_is_refused(spec: str) -> None:
    with pytest.raises(InvalidValue, match="intensity for anger"):
        parse_ratings(spec)


def test_unknown_emotion_lists_the_valid_ones() -> None:
    with pytest.raises(InvalidValue, match="unknown emotion 'rage'.*determination"):
        parse_ratings("rage=5")


def test_an_emotion_named_twice_is_refused() -> None:
    with pytest.raises(InvalidValue, match="named twice"):
        parse_ratings("anger=5,anger=6")


@pytest.mark.parametrize("mood", [0, 6, "low", None])
def test_mood_outside_one_to_five_is_refused(mood: object) -> None:
    with pytest.raises(InvalidValue, match="mood"):
        build_check_in(mood, recorded_at=datetime(2026, 3, 2, 9))


def test_build_check_in_orders_by_intensity_and_trims() -> None:
    check_in = build_check_in(
        "2",
        parse_ratings("relief=2,anger=8"),
        something_else="  tired  ",
        recorded_at=datetime(2026, 3, 2, 9),
    )
    assert check_in.mood == 2
    assert [r.emotion for r in check_in.emotions] == [Emotion.ANGER, Emotion.RELIEF]
    assert check_in.something_else == "tired"


def test_form_mapping_skips_blanks_and_checks_values() -> None:
    assert ratings_from_mapping({"anger": "3", "sadness": ""}) == [EmotionRating(Emotion.ANGER, 3)]
    with pytest.raises(InvalidValue):
        ratings_from_mapping({"anger": "12"})


def test_every_taxonomy_emotion_has_a_label() -> None:
    assert set(EMOTION_LABELS) == set(Emotion)


def test_reflect_names_the_strongest_feelings_without_judging() -> None:
    check_in = build_check_in(
        2, parse_ratings("anger=8,sadness=6,hope=0"), recorded_at=datetime(2026, 3, 2, 9)
    )
    sentence = reflect(check_in)
    assert "anger" in sentence and "sadness" in sentence and "hope" not in sentence
    assert "!" not in sentence


def test_something_else_is_not_in_the_repr() -> None:
    check_in = build_check_in(
        3, something_else="a private thought", recorded_at=datetime(2026, 3, 2, 9)
    )
    assert "private thought" not in repr(check_in)
