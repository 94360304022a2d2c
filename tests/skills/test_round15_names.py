"""Round 15: a language and a driving licence named at a reader's grain. Held out, the checklist
folders missed "English" asked as "spoken and written English" or "basic English" (no list
writes the phrase, and "English" is too broad a word for the reader's rule to stand for it), and
"Class 5 BC driver's licence" found as the vocabulary's broad "driving licence". Each case that renames fails on main; the plain
licence and the undressed language guard what stays."""

from __future__ import annotations

import pytest

from bounceback.skills.matcher import SkillMatcher, extract
from bounceback.skills.qualified import language_of


def _skills(line: str, matcher: SkillMatcher) -> list[str]:
    return [m.skill for m in extract(f"Requirements:\n- {line}\n", matcher)]


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("Good spoken and written English", "English"),
        ("Able to communicate in basic English", "English"),
        ("Bilingual English/Spanish", "English"),
        ("Fluent conversational Spanish", "Spanish"),
    ],
)
def test_a_language_dressed_with_how_it_is_used_is_the_language(
    line: str, language: str, matcher: SkillMatcher
) -> None:
    skills = _skills(line, matcher)
    assert language in skills
    assert not [s for s in skills if s != language and language in s]


def test_a_phrase_naming_two_languages_or_more_than_use_is_left_alone() -> None:
    assert language_of("English and Afrikaans") is None
    assert language_of("English literature") is None
    assert language_of("written English") == "English"


@pytest.mark.parametrize(
    ("line", "licence"),
    [
        (
            "Valid Class 5 BC driver's licence, clean driver's abstract",
            "Class 5 BC driver's licence",
        ),
        ("A full, clean New Zealand driver licence (Class 1)", "New Zealand driver licence"),
        (
            "Valid California driver's license and acceptable driving record",
            "California driver's license",
        ),
        ("Current manual driver's licence", "manual driver's licence"),
    ],
)
def test_a_driving_licence_qualified_by_its_class_or_place_is_named_so(
    line: str, licence: str, matcher: SkillMatcher
) -> None:
    skills = _skills(line, matcher)
    assert licence in skills
    assert "driving licence" not in skills or "record" in line


@pytest.mark.parametrize(
    "line", ["Valid driver's licence", "Full UK driving licence", "Must hold a driver's licence"]
)
def test_a_plain_driving_licence_keeps_the_vocabularys_name(
    line: str, matcher: SkillMatcher
) -> None:
    assert _skills(line, matcher) == ["driving licence"]
