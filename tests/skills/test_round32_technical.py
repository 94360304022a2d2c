"""Round 32 (skills37): skill-dense technical postings. Standards by their number ("ISO 13485"
after "ISO 9001:2015 and", "VDA 6.3" whole), a tool without its version ("SolidWorks 2023" is
SolidWorks), a slash list of tools split ("CATIA/NX"), a method with its acronym in brackets
("Design of Experiments (DOE)") one skill; the employer's own certificate stays no skill.
Postings written for these tests."""

from __future__ import annotations

import pytest

from bounceback.skills.acronympairs import _spelled
from bounceback.skills.evidence import TextIndex
from bounceback.skills.matcher import SkillMatcher
from bounceback.skills.postings import read_posting, skill_candidates
from bounceback.skills.standards import find_standards, standard_name

_HEAD = "Quality Engineer\nNorvale Devices Ltd\nLocation: Leeds, UK\n\n"
_DUTIES = "Responsibilities\n- Support the production team on the assembly line\n\n"


def _posting(requirements: str, about: str = "") -> str:
    return _HEAD + about + _DUTIES + "Requirements\n" + requirements + "\n"


def _candidates(text: str, matcher: SkillMatcher) -> set[str]:
    posting = read_posting(text, "posting.txt")
    found, _text, _index = skill_candidates(posting, matcher)
    return {m.skill for m in found}


def _asked(text: str, matcher: SkillMatcher) -> set[str]:
    return {m.skill for m in read_posting(text, "posting.txt", matcher=matcher).skills}


@pytest.mark.parametrize(
    ("line", "wanted"),
    [
        ("- Working knowledge of ISO 9001:2015 and ISO 13485\n", "ISO 13485"),
        ("- Familiar with IATF 16949 and VDA 6.3\n", "VDA 6.3"),
        ("- ISO 14971 risk management and IEC 62304 for software items\n", "ISO 14971"),
        ("- ISO 14971 risk management and IEC 62304 for software items\n", "IEC 62304"),
        ("- Knowledge of 21 CFR Part 11 and ICH E6\n", "ICH E6"),
        ("- Welding procedures to ASME Section IX and AS/NZS 1554.1\n", "ASME Section IX"),
    ],
)
def test_a_standard_asked_is_read_by_its_number(
    line: str, wanted: str, matcher: SkillMatcher
) -> None:
    assert wanted in _candidates(_posting(line), matcher)


def test_a_standard_is_named_without_its_editions_year() -> None:
    assert standard_name("ISO 9001:2015") == "ISO 9001"
    assert standard_name("IEC  61508-3") == "IEC 61508-3"
    assert standard_name("BS EN 81-20") == "BS EN 81-20"


@pytest.mark.parametrize(
    "about",
    [
        "About us\nNorvale is an ISO 13485 certified company making infusion pumps.\n\n",
        "We hold ISO 13485 and make infusion pumps for hospitals.\n\n",
        "Our ISO 13485 accreditation was renewed this year.\n\n",
    ],
)
def test_the_employers_own_certificate_is_no_skill(about: str, matcher: SkillMatcher) -> None:
    text = _posting("- Two years in a quality role\n- Good written English\n", about)
    assert not find_standards(text, TextIndex(text), [])
    assert "ISO 13485" not in _asked(text, matcher)


def test_a_number_that_is_no_standard_is_not_read(matcher: SkillMatcher) -> None:
    found = _candidates(_posting("- Able to lift 20 kg\n- Shifts as 12 hour days\n"), matcher)
    assert not any(name.split()[0] in {"AS", "IS", "DO", "UL"} for name in found)


@pytest.mark.parametrize(
    ("line", "wanted", "not_wanted"),
    [
        ("- Proficiency in SolidWorks 2023\n", "SolidWorks", "SolidWorks 2023"),
        ("- Statistical tools: Minitab 21\n", "Minitab", "Minitab 21"),
        ("- Scripting in Python 3.11\n", "Python", "Python 3.11"),
    ],
)
def test_a_tool_with_its_version_is_the_tool(
    line: str, wanted: str, not_wanted: str, matcher: SkillMatcher
) -> None:
    found = _candidates(_posting(line), matcher)
    assert wanted in found
    assert not_wanted not in found


def test_a_model_or_edition_still_names_more(matcher: SkillMatcher) -> None:
    """ "SAP B1" is not SAP with a version: the phrase keeps its place (round 20's rule)."""
    assert "SAP B1" in _candidates(_posting("- Experience with SAP B1\n"), matcher)


def test_a_slash_list_of_tools_is_each_tool(matcher: SkillMatcher) -> None:
    found = _candidates(_posting("- CAD: Creo/CATIA/NX\n"), matcher)
    assert {"CATIA", "NX"} <= found
    assert "CATIA/NX" not in found


@pytest.mark.parametrize("line", ["- Experience with SAP S/4HANA\n", "- Available 24/7 on call\n"])
def test_a_slash_inside_one_name_is_no_list(line: str, matcher: SkillMatcher) -> None:
    found = _candidates(_posting(line), matcher)
    assert not any(name in {"S", "4HANA", "24", "7"} for name in found)


def test_a_method_with_its_acronym_is_one_skill(matcher: SkillMatcher) -> None:
    text = _posting("- Design of Experiments (DOE) and Measurement System Analysis (MSA)\n")
    found = _candidates(text, matcher)
    assert "design of experiments" in found
    assert "Experiments" not in found
    assert "design of experiments" in _asked(text, matcher)


def test_brackets_that_spell_nothing_are_no_pair() -> None:
    assert _spelled("Working knowledge of Design of Experiments", "DOE") == "Design of Experiments"
    assert _spelled("FMEA", "Failure Mode and Effects Analysis") is None
    assert _spelled("Forklift Operation", "Counterbalance") is None
    assert _spelled("Site Visits", "SV") == "Site Visits"


def test_the_whole_technical_posting_asks_its_standards_and_tools(matcher: SkillMatcher) -> None:
    text = _posting(
        "- Working knowledge of ISO 9001:2015 and ISO 13485\n"
        "- Proficiency in SolidWorks 2023\n"
        "- Familiar with IATF 16949 and VDA 6.3\n"
        "- Design of Experiments (DOE)\n",
        "About us\nNorvale is an ISO 14001 certified company.\n\n",
    )
    asked = _asked(text, matcher)
    assert {"ISO 13485", "SolidWorks", "VDA 6.3", "design of experiments"} <= asked
    assert "ISO 14001" not in asked


def test_a_slash_between_a_word_and_its_head_is_no_list(matcher: SkillMatcher) -> None:
    text = _posting("- Maintain HT/LT panels, motors, starters and sensors\n")
    assert "HT" not in _candidates(text, matcher)


def test_a_run_of_standards_is_each_standard(matcher: SkillMatcher) -> None:
    found = _candidates(_posting("- Standards: BS EN 61439 | IEC 61850\n"), matcher)
    assert {"BS EN 61439", "IEC 61850"} <= found
    assert not any("|" in name for name in found)
