"""Classes of false skill found on author P's postings, each fixed as a class: hyphenated
modifiers, names of units and laws, denied skills named again, tools the employer provides,
line managers, state codes, acronyms spelled as ordinary words, column marks of a person
specification, and question headings over the employer's pitch."""

from __future__ import annotations

import pytest

from bounceback.domain.skills import Importance
from bounceback.skills.matcher import SkillMatcher, extract


def names(text: str, matcher: SkillMatcher) -> list[str]:
    return [m.skill for m in extract(text, matcher)]


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Requirements:\n- Build cutting-edge dashboards in Power BI", "hair cutting"),
        ("Duties:\n- Pack ready-to-cook meal kits for our stores", "cook"),
        ("Duties:\n- Admit patients from the Emergency Department and GP surgeries", "emergency care"),
        ("Duties:\n- Care for babies on our Neonatal Intensive Care Unit.", "neonatal care"),
        (
            "This post is exempt from the Rehabilitation of Offenders Act 1974.",
            "rehabilitation",
        ),
        ("Be registered in the Register of Midwives maintained by the Board", "register"),
        (
            "Reporting to the Data & Insights Lead, you'll:\n- build dashboards in Power BI",
            "report writing",
        ),
        ("Duties:\n- Haul freight on regional lanes (IL, IN, WI, MI, OH)", "KPI management"),
        ("Requirements:\n- Own hand tools (power tools provided)", "power tools"),
        ("Requirements:\n- A good eye for data visualisation", "early childhood education"),
    ],
)
def test_a_word_in_a_name_or_a_modifier_is_not_the_skill(
    text: str, skill: str, matcher: SkillMatcher
) -> None:
    assert skill not in names(text, matcher)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Requirements:\n- Fault-finding on commercial boilers", "fault-finding"),
        ("Requirements:\n- Counterbalance forklift-trained", "forklift operation"),
        ("Requirements:\n- Two years in an emergency department", "emergency care"),
        ("Requirements:\n- Write clear reports and report writing for the police", "report writing"),
        ("Requirements:\n- Experience with Power BI and SQL", "SQL"),
    ],
)
def test_the_same_words_still_name_the_skill(text: str, skill: str, matcher: SkillMatcher) -> None:
    found = names(text, matcher)
    assert skill in found, found


def test_a_skill_denied_once_is_not_asked_for_where_named_again(matcher: SkillMatcher) -> None:
    text = (
        "Requirements:\n- Sage 200 purchase ledger experience\n"
        "Please note: we'll be moving to Xero in 2027 - no Xero experience needed."
    )
    found = names(text, matcher)
    assert "Xero" not in found
    assert any("Sage" in s for s in found), found


def test_a_system_you_are_trained_on_is_not_asked_for(matcher: SkillMatcher) -> None:
    text = "Duties:\n- Record work on our Mosaic system (training given)"
    assert "mosaic" not in [s.casefold() for s in names(text, matcher)]


def test_a_person_specification_column_marks_essential_and_desirable(
    matcher: SkillMatcher,
) -> None:
    text = (
        "Person specification\n"
        "Criteria                                          Essential / Desirable\n"
        "Experience of report writing and case recording                E\n"
        "Practice Educator qualification                                D\n"
        "Knowledge of safeguarding and child protection procedures      D\n"
    )
    found = {m.skill: m for m in extract(text, matcher)}
    assert all(not s.endswith(" E") and not s.endswith(" D") for s in found), list(found)
    assert found["report writing"].importance is Importance.REQUIRED
    assert found["child protection"].importance is Importance.NICE_TO_HAVE


def test_a_question_heading_over_the_pitch_is_the_benefits(matcher: SkillMatcher) -> None:
    text = (
        "Requirements:\n- Epic charting experience\n\nWhy Cedar Plains?\n"
        "- Free mentoring and tuition reimbursement\n- Flu vaccination on site\n"
    )
    found = names(text, matcher)
    assert "mentoring" not in found and "vaccination" not in found, found
    assert "Why Cedar Plains" not in found


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Requirements:\n- Should be able to communicate with workmen in Gujarati", "Gujarati"),
        ("Desirable:\n- Ability to communicate through Irish", "Irish"),
        ("Requirements:\n- Good written and spoken English", "English"),
        ("Requirements:\n- Auslan", "Auslan"),
    ],
)
def test_languages_are_found_by_how_a_posting_asks_for_them(
    text: str, skill: str, matcher: SkillMatcher
) -> None:
    assert skill in names(text, matcher)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Duties:\n- Communicate with dispatch through the driver app", "communication"),
        ("Duties:\n- Support and teach commis chefs and kitchen porters", "kitchen hygiene"),
        ("Requirements:\n- Supervisory experience in a retail environment", "retail sales"),
        ("Duties:\n- Repair hydraulic systems on production lines", "assembly"),
        ("Duties:\n- Manage trial accruals with Clinical Operations", "operations management"),
        ("We serve Thai food and Danish pastries.", "Thai"),
    ],
)
def test_a_duty_setting_or_name_is_not_mapped_to_a_skill(
    text: str, skill: str, matcher: SkillMatcher
) -> None:
    assert skill not in names(text, matcher)


@pytest.mark.parametrize(
    "text",
    [
        "Staff Nurse AMU JD (PDF, 212KB)",
        "Informal enquiries to Director of Midwifery, Orla Keaveney",
        "Walk-in Interview: Monday to Saturday at Tower B, Cyber Pearl",
        "Venue: Tricona Global Services, Tower B, Cyber Pearl",
        "Ask for Luis.",
    ],
)
def test_links_contacts_and_walk_in_details_name_no_skill(
    text: str, matcher: SkillMatcher
) -> None:
    assert names("Requirements:\n- Forklift licence\n\n" + text, matcher) == names(
        "Requirements:\n- Forklift licence\n", matcher
    )


def test_a_board_s_screening_questions_ask_nothing_themselves(matcher: SkillMatcher) -> None:
    text = (
        "Requirements:\n- Forklift licence\n\nEmployer questions\n"
        "Do you have a current Working with Children Check?\n"
        "How many years of tipper experience do you have?\n"
    )
    assert "Working with Children Check" not in names(text, matcher)
