"""Round 16: names the phrase finder cut short, hyphens shared by two skills, and two layouts of
the place. Each case fails on main: "LabWare preferred" was read "LabW" (the trailing "are
preferred" matched inside the word), "Java needed" "Jav", "Shopify Plus" "Shopify" (a capital
"Plus" taken for "a plus"); "front- and back-end development" gave back-end only; a "Where
you'll work:" label was not read, and "Our team in Hamilton, Ontario is growing" gave the
whole clause as the place."""

from __future__ import annotations

import pytest

from bounceback.skills.matcher import SkillMatcher, extract
from bounceback.skills.postings import read_posting


def _skills(line: str, matcher: SkillMatcher) -> list[str]:
    return [m.skill for m in extract(f"Requirements:\n- {line}\n", matcher)]


@pytest.mark.parametrize(
    ("line", "name", "cut"),
    [
        ("Experience using LIMS (LabWare preferred)", "LabWare", "LabW"),
        ("Knowledge of Java needed", "Java", "Jav"),
        ("Experience with Shopify Plus", "Shopify Plus", "Shopify"),
        ("Knowledge of GBA Plus", "GBA Plus", "GB"),
    ],
)
def test_a_trailing_qualifier_starts_a_word_and_a_capital_plus_is_a_name(
    line: str, name: str, cut: str, matcher: SkillMatcher
) -> None:
    skills = _skills(line, matcher)
    assert name in skills
    assert cut not in skills


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Python is a plus", "Python"),
        ("Python (a plus)", "Python"),
        ("SQL an advantage", "SQL"),
        ("Forklift licence advantageous", "forklift operation"),
    ],
)
def test_the_qualifiers_are_still_cut(line: str, name: str, matcher: SkillMatcher) -> None:
    skills = [s.casefold() for s in _skills(line, matcher)]
    assert name.casefold() in skills
    assert not [s for s in skills if "plus" in s or "advantage" in s]


def test_a_hanging_hyphen_names_its_own_skill(matcher: SkillMatcher) -> None:
    skills = _skills("Front- and back-end development", matcher)
    assert "front-end development" in skills
    assert "back-end development" in skills


def test_a_hyphen_with_nothing_to_share_adds_nothing(matcher: SkillMatcher) -> None:
    skills = _skills("Back-end development in Go and Kubernetes", matcher)
    assert "front-end development" not in skills


_BODY = (
    "\n\nAbout the role\nYou will support clients in their homes.\n\nRequirements\n"
    "- Experience in a similar role\n- Good communication skills\n"
)


@pytest.mark.parametrize(
    ("head", "place"),
    [
        (
            "Care Worker\nRiverside Homecare\nWhere you'll work: Newcastle upon Tyne",
            "Newcastle upon Tyne",
        ),
        ("Care Worker\nRiverside Homecare\nPrimary location: Gateshead", "Gateshead"),
        (
            "Chef\nThe Anchor Inn\nPosition located at: Whitby, North Yorkshire",
            "Whitby, North Yorkshire",
        ),
        ("Receptionist\nCity Physio\nSuburb: Fremantle WA 6160", "Fremantle WA 6160"),
        (
            "Customer Service Advisor\nMapleline Insurance\n\nOur team in Hamilton, Ontario is "
            "growing and we are hiring.",
            "Hamilton, Ontario",
        ),
    ],
)
def test_the_place_from_more_text_layouts(head: str, place: str) -> None:
    assert read_posting(head + _BODY).location == place
