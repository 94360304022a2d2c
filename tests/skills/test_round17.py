"""Round 17: false skills by cause (a clock time, a day, a length of service or a person
specification's column heads read as a skill; a bilingual ask counted as English, "bilingual"
and the other language) and more layouts of the employer and the place (LinkedIn's card line,
a rating glued to the employer's name, "Sous Chef, Manchester", "Why join X?", "Hybrid · City",
"Hybrid (3 days in office) - City", the employer named once in the first sentence, "About the
employer: X", "X (York)" under the title). Each case fails on main."""

from __future__ import annotations

import pytest

from bounceback.skills.matcher import SkillMatcher
from bounceback.skills.phraseshape import skill_like
from bounceback.skills.postings import read_posting
from bounceback.skills.workmode import work_mode_place


@pytest.mark.parametrize(
    "phrase",
    [
        "Sunday 09:00",
        "19:00",
        "pharmacy trades Monday",
        "Fridays",
        "years' commercial backend",
        "1 year's Class 1",
        "you don't need",
        "another eDiscovery",
        "through an API",
        "Desirable Assessed by",
        "licence Desirable Document check",
    ],
)
def test_a_time_a_day_a_length_of_service_or_a_column_head_is_no_skill(phrase: str) -> None:
    assert not skill_like(phrase)


@pytest.mark.parametrize(
    "phrase",
    ["BS 7671:2018", "SG4:22", "TG20:21", "Python 3.11", "case recording", "Level 3 Diploma"],
)
def test_names_with_numbers_stay_skills(phrase: str) -> None:
    assert skill_like(phrase)


_POSTING = (
    "Receptionist\nAcme Dental, Austin, TX\n\nRequirements\n- {line}\n- Microsoft Excel\n"
    "- Customer service experience\n- 2 years of front desk experience in a dental office\n"
)


@pytest.mark.parametrize(
    ("line", "asked", "not_asked"),
    [
        ("Bilingual English/Spanish", "Spanish", ("English",)),
        (
            "Bilingual: English and Afrikaans (written and spoken)",
            "Afrikaans",
            ("English", "bilingual"),
        ),
        ("Bilingual (English/French) preferred", "French", ("English", "bilingual")),
    ],
)
def test_a_bilingual_ask_is_the_other_language(
    line: str, asked: str, not_asked: tuple[str, ...], matcher: SkillMatcher
) -> None:
    posting = read_posting(_POSTING.format(line=line), matcher=matcher)
    names = [m.skill for m in posting.skills]
    assert asked in names
    assert not set(not_asked) & set(names)
    assert set(not_asked) <= {m.skill for m in posting.mentioned}  # still shown, not asked


@pytest.mark.parametrize(
    ("line", "asked"),
    [
        ("Good written and spoken English", ["English"]),
        ("Fluent English and Spanish", ["English", "Spanish"]),
    ],
)
def test_english_asked_alone_or_beside_another_language_stays(
    line: str, asked: list[str], matcher: SkillMatcher
) -> None:
    names = [m.skill for m in read_posting(_POSTING.format(line=line), matcher=matcher).skills]
    assert set(asked) <= set(names)


_REQ = (
    "\n\nWhat you'll need\n- 2+ years of experience in a similar role\n- Microsoft Excel\n"
    "- A full driving licence\n\nWhat you'll do\n- Support the team with daily tasks\n"
    "- Keep records up to date\n"
)


@pytest.mark.parametrize(
    ("text", "company", "location"),
    [
        (
            "Logistics Coordinator\nPeakway Freight · Reading, England, United Kingdom (Hybrid) · "
            "2 weeks ago · Over 100 applicants\nFull-time · Mid-Senior level",
            "Peakway Freight",
            "Reading, England, United Kingdom (Hybrid)",
        ),
        (
            "Line Cook\nRiver Bend Grill4.1 out of 5 stars\nBoise, ID",
            "River Bend Grill",
            "Boise, ID",
        ),
        (
            "Sous Chef, Manchester\n\nWe are Copperleaf Brasserie, a 90-cover restaurant.",
            "Copperleaf Brasserie",
            "Manchester",
        ),
        (
            "Sous Chef\nManchester\n\nWhy join Copperleaf Brasserie?\nGreat tips and a share of the service charge.",
            "Copperleaf Brasserie",
            "Manchester",
        ),
        (
            "Backend Developer\nOrbitline Software\nHybrid · Toronto, ON",
            "Orbitline Software",
            "Hybrid (Toronto, ON)",
        ),
        (
            "Backend Developer\nOrbitline Software\nHybrid working, Toronto",
            "Orbitline Software",
            "Hybrid (Toronto)",
        ),
        (
            "Backend Developer\nOrbitline Software\nHybrid (3 days in office) - Toronto",
            "Orbitline Software",
            "Hybrid (Toronto)",
        ),
        (
            "Retail Assistant\nYork\n\nNorthgate Outfitters has been trading since 1985 from two shops.",
            "Northgate Outfitters",
            "York",
        ),
        (
            "Retail Assistant\nYork\n\nFounded in 1985, Northgate Outfitters sells outdoor gear across the north.",
            "Northgate Outfitters",
            "York",
        ),
        (
            "Retail Assistant\nYork\n\nAbout the employer: Northgate Outfitters\nWe sell outdoor gear.",
            "Northgate Outfitters",
            "York",
        ),
        ("Retail Assistant\nNorthgate Outfitters (York)", "Northgate Outfitters", "York"),
    ],
)
def test_the_employer_and_the_place_from_more_layouts(
    text: str, company: str, location: str
) -> None:
    posting = read_posting(text + _REQ)
    assert (posting.company, posting.location) == (company, location)


def test_sous_chef_comma_town_keeps_the_title_only() -> None:
    assert (
        read_posting(
            "Sous Chef, Manchester\n\nWe are Copperleaf Brasserie, a 90-cover restaurant." + _REQ
        ).title
        == "Sous Chef"
    )


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("Hybrid - 2 days a week in Manchester", "Hybrid (Manchester)"),
        ("Remote (UK) – optional office in Manchester", "Remote (UK)"),
        ("Hybrid: 3 days in our Dublin 2 office", "Hybrid (Dublin 2)"),
        ("Remote, Canada", "Remote (Canada)"),
        ("Hybrid", ""),
    ],
)
def test_ways_of_working_read_as_before(line: str, read: str) -> None:
    assert work_mode_place(line) == read


def test_a_sentence_after_employer_dash_is_no_company_label() -> None:
    text = (
        "Store Supervisor\nHaddon & Pryce\nChester, Cheshire\n"
        + _REQ
        + "\nHaddon & Pryce welcomes "
        "applications from all backgrounds. We're a Disability Confident Committed\nemployer - if "
        "you need any adjustments to apply, let us know.\n"
    )
    assert read_posting(text).company == "Haddon & Pryce"


@pytest.mark.parametrize(
    "sentence",
    [
        "Our engineering team uses Jira, Slack, Notion and GitHub.",
        "Our current tooling includes Argo CD, Datadog, PagerDuty and Vault.",
        "We use Opera PMS for reservations and Datadog for monitoring.",
    ],
)
def test_the_tools_a_team_uses_are_mentioned_not_asked(
    sentence: str, matcher: SkillMatcher
) -> None:
    text = (
        "Data Engineer\nKestrel Analytics Ltd\nLeeds\n\nRequirements\n- 3+ years of Python and SQL\n"
        "- Experience building data pipelines with Apache Airflow\n- Strong communication skills\n\n"
        f"{sentence}\n"
    )
    posting = read_posting(text, matcher=matcher)
    asked = {m.skill for m in posting.skills}
    mentioned = {m.skill for m in posting.mentioned}
    assert {"Python", "Airflow"} <= asked
    named = {"Jira", "Slack", "GitHub", "Datadog", "Argo CD", "Opera PMS"} & (asked | mentioned)
    assert named
    assert not named & asked


def test_a_tool_the_team_uses_and_asks_of_you_stays_asked(matcher: SkillMatcher) -> None:
    text = (
        "Data Engineer\nKestrel Analytics Ltd\nLeeds\n\nRequirements\n- 3+ years of Python and SQL\n"
        "- We use Snowflake, and experience with it is essential\n"
    )
    assert "Snowflake" in {m.skill for m in read_posting(text, matcher=matcher).skills}
