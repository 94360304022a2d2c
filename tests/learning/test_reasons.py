from __future__ import annotations

import pytest

from bounceback.domain.errors import InvalidValue
from bounceback.domain.learning import ReasonSuggestion
from bounceback.domain.models import RejectionReasonEntry
from bounceback.domain.vocabulary import ReasonSource
from bounceback.learning.reasons import (
    TAXONOMY,
    as_label,
    build_entries,
    custom_reason_name,
    from_suggestions,
    merge_entries,
    parse_reason,
    reason_label,
)


def test_taxonomy_names_are_the_shared_vocabulary():
    assert "skill_gap" in TAXONOMY and "not_specified" in TAXONOMY
    assert len(TAXONOMY) == 11


def test_unknown_reason_lists_every_valid_one():
    with pytest.raises(InvalidValue) as err:
        parse_reason("bad luck")
    message = str(err.value)
    assert "bad luck" in message
    for name in TAXONOMY:
        assert name in message


def test_user_words_are_normalised():
    assert parse_reason("Skill Gap") == "skill_gap"
    assert parse_reason("internal-candidate") == "internal_candidate"


def test_custom_reasons_are_written_custom_name_then_known_by_name():
    name = custom_reason_name("Portfolio missing")
    assert name == "custom:portfolio_missing"
    assert parse_reason("custom:portfolio missing") == name
    assert parse_reason("portfolio missing", custom=[name]) == name
    with pytest.raises(InvalidValue) as err:
        parse_reason("nope", custom=[name])
    assert "custom:portfolio_missing" in str(err.value)
    assert "custom:NAME" in str(err.value)


def test_custom_reason_cannot_shadow_the_taxonomy_or_be_garbage():
    with pytest.raises(InvalidValue):
        custom_reason_name("fit")
    with pytest.raises(InvalidValue):
        custom_reason_name("9!")
    with pytest.raises(InvalidValue):
        parse_reason("custom:x")


def test_build_entries_marks_one_primary_and_the_source():
    entries = build_entries("skill_gap", ["fit", "skill_gap"], ReasonSource.FEEDBACK)
    assert [(e.reason, e.primary, e.source) for e in entries] == [
        ("skill_gap", True, ReasonSource.FEEDBACK),
        ("fit", False, ReasonSource.FEEDBACK),
    ]


def test_empty_primary_is_refused_with_choices():
    with pytest.raises(InvalidValue, match="skill_gap"):
        build_entries("  ")


def test_suggestions_do_not_override_what_the_user_said():
    mine = [RejectionReasonEntry("fit", ReasonSource.USER, primary=True)]
    suggested = from_suggestions(
        [ReasonSuggestion("fit", 0.9, ["culture"], True), ReasonSuggestion("logistics", 0.3)]
    )
    merged = merge_entries(mine, [e for e in suggested if not e.primary])
    assert merged[0].reason == "fit" and merged[0].primary
    assert merged[0].source == ReasonSource.USER
    assert {e.reason for e in merged} == {"fit", "logistics"}
    assert sum(e.primary for e in merged) == 1


def test_new_primary_takes_over():
    old = build_entries("not_specified")
    new = build_entries("internal_candidate", source=ReasonSource.FEEDBACK)
    merged = merge_entries(old, new)
    assert merged[0].reason == "internal_candidate" and merged[0].primary
    assert [e.primary for e in merged].count(True) == 1


def test_label_puts_the_primary_first():
    entries = [
        RejectionReasonEntry("fit", primary=False),
        RejectionReasonEntry("compensation", primary=True),
    ]
    assert as_label("text", entries).reasons == ["compensation", "fit"]


def test_labels_read_as_words():
    assert reason_label("skill_gap") == "Skills or qualifications missing"
    assert reason_label("custom:portfolio_missing") == "Portfolio missing"
