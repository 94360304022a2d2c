"""Round 32 (fix32s): a review's regressions in round 32's skills rules, with the case each rule
was written for kept: a person with their initials and a job title or a body in brackets are no
skills ("Mary Jones (MJ)", "Chief Executive Officer (CEO)"), a method is ("Measurement System
Analysis (MSA)"); a surname-surname firm under the title stays the employer ("Morgan Sindall"),
a person does not ("Sarah Jones"); "DO 120 picks an hour" is a count, "DO-254" a standard.
All texts are written for these tests."""

from __future__ import annotations

import pytest

from bounceback.skills.matcher import SkillMatcher
from bounceback.skills.notemployer import person_named
from bounceback.skills.postings import read_posting, skill_candidates

_REST = (
    "\n\nAbout the role\nServe customers at the bar and keep the floor tidy.\n\nRequirements\n"
    "- Cash handling\n- Customer service experience\n\nHow to apply\nSend your CV by email.\n"
)
_PA = (
    "Personal Assistant\nNorvale Council\nLeeds\n\nYou will support the Chief Executive Officer "
    "(CEO) and the Senior Leadership Team (SLT). Reporting to Mary Jones (MJ), you will manage "
    "diaries. We offer the Local Government Pension Scheme (LGPS).\n\nRequirements\n"
    "- Experience of Measurement System Analysis (MSA)\n- Microsoft Office\n"
)


def _candidates(text: str, matcher: SkillMatcher) -> set[str]:
    found, _text, _index = skill_candidates(read_posting(text, "posting.txt"), matcher)
    return {m.skill for m in found}


def test_a_person_or_a_title_in_an_acronym_pair_is_no_skill(matcher: SkillMatcher) -> None:
    found = {s.casefold() for s in _candidates(_PA, matcher)}
    for wrong in ("mary jones", "chief executive officer", "senior leadership team",
                  "local government pension scheme"):
        assert wrong not in found  # round 32 main: the first two
    assert "measurement system analysis" in found  # the method the rule was written for


@pytest.mark.parametrize(("line", "asked"), [
    ("- DO 120 picks an hour on the pick face", False),  # round 32 main: "DO 120"
    ("- Software assurance to DO-254", True),
    ("- Steel to IS 2062", True),
])
def test_do_is_a_standard_only_with_its_hyphen(
    line: str, asked: bool, matcher: SkillMatcher
) -> None:
    text = "Warehouse Engineer\nNorvale Devices Ltd\nLeeds\n\nRequirements\n" + line + "\n"
    found = _candidates(text, matcher)
    code = line.split(" to ")[-1] if " to " in line else "DO 120"
    assert (code in found) is asked


@pytest.mark.parametrize(("text", "company"), [
    ("Site Manager\nMorgan Sindall\nLeeds" + _REST, "Morgan Sindall"),  # main: ""
    ("Chemist\nScott Bader\nWollaston" + _REST, "Scott Bader"),  # main: ""
    ("Bar Staff\nSarah Jones\nLeeds" + _REST, ""),  # the person the rule was written for
    ("Bar Staff\nMorgan J. Smith\nLeeds" + _REST, ""),
])
def test_a_surname_surname_firm_is_an_employer(
    text: str, company: str, matcher: SkillMatcher
) -> None:
    assert read_posting(text, "posting.txt", matcher=matcher).company == company


@pytest.mark.parametrize(("name", "person"), [
    ("Morgan Sindall", False), ("Scott Bader", False), ("Kelly Services", False),
    ("Sarah Jones", True), ("Dr Morgan", True), ("Morgan Ann Jones", True),
])
def test_a_given_name_as_often_a_surname_alone_is_no_person(name: str, person: bool) -> None:
    assert person_named(name) is person
