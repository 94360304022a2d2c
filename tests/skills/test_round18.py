"""Round 18: an employer's name that reads like a job ("Peakway Freight", "Northside
Accounting") above or below the title, in several layouts (main: the name took the title or
was refused as the employer); one sentence cut for the asked-for list's rules; requirements
written as prose (a sentence that asks, wherever it stands; a wish among the requirements; a
tool named in the duties and asked for later); a clause with a modal is no skill. Each case of
a new behaviour fails on main; the cases named "stays" guard what must not move."""

from __future__ import annotations

import pytest

from bounceback.skills.evidence import TextIndex
from bounceback.skills.headerwords import is_job
from bounceback.skills.matcher import SkillMatcher, extract
from bounceback.skills.phraseshape import skill_like
from bounceback.skills.postings import read_posting

_BODY = "\n\nWe are looking for someone to join the team. You will need a forklift licence.\n"


@pytest.mark.parametrize(
    ("head", "title", "company", "place"),
    [
        (
            "Peakway Freight\nWarehouse Operative\nReading, Berkshire",
            "Warehouse Operative",
            "Peakway Freight",
            "Reading, Berkshire",
        ),
        (
            "Warehouse Operative\nPeakway Freight\nReading, Berkshire",
            "Warehouse Operative",
            "Peakway Freight",
            "Reading, Berkshire",
        ),
        (
            "Northside Accounting\nBookkeeper\nDenver, CO",
            "Bookkeeper",
            "Northside Accounting",
            "Denver, CO",
        ),
        (
            "Bookkeeper\nNorthside Accounting\nDenver, CO",
            "Bookkeeper",
            "Northside Accounting",
            "Denver, CO",
        ),
        (
            "Bookkeeper | Northside Accounting | Denver, CO",
            "Bookkeeper",
            "Northside Accounting",
            "Denver, CO",
        ),
        ("Apex Welding\nWelder Fabricator\nHull", "Welder Fabricator", "Apex Welding", "Hull"),
        ("Welder Fabricator\nApex Welding\nHull", "Welder Fabricator", "Apex Welding", "Hull"),
        (
            "Greenway Landscaping\nLandscape Gardener\nGuildford",
            "Landscape Gardener",
            "Greenway Landscaping",
            "Guildford",
        ),
        (
            "Landscape Gardener - Greenway Landscaping - Guildford",
            "Landscape Gardener",
            "Greenway Landscaping",
            "Guildford",
        ),
        (
            "Hollis Construction\nSite Manager\nBristol",
            "Site Manager",
            "Hollis Construction",
            "Bristol",
        ),
        ("Sparkle Cleaning\nCleaner\nLondon", "Cleaner", "Sparkle Cleaning", "London"),
    ],
)
def test_an_employer_named_like_a_job_is_the_employer(
    head: str, title: str, company: str, place: str
) -> None:
    posting = read_posting((head + _BODY).encode(), "posting.txt", None)
    assert (posting.title, posting.company, posting.location) == (title, company, place)


@pytest.mark.parametrize("name", ["Peakway Freight", "Northside Accounting", "Apex Welding"])
def test_a_name_then_a_trades_field_is_no_job(name: str) -> None:
    assert not is_job(name)


@pytest.mark.parametrize(
    "title",
    [
        "Warehouse Operative",
        "Freight Forwarder",
        "Accounting Assistant",
        "Senior Accounting",
        "Welding",
        "Bookkeeper",
    ],
)
def test_a_jobs_title_stays_a_job(title: str) -> None:
    assert is_job(title)


@pytest.mark.parametrize(
    ("head", "title", "company"),
    [
        ("Freight Forwarder\nReading", "Freight Forwarder", ""),
        (
            "Accounting Assistant\nBlue River Foods\nDenver, CO",
            "Accounting Assistant",
            "Blue River Foods",
        ),
        (
            "Maintenance Engineer\nApex Engineering\nDerby",
            "Maintenance Engineer",
            "Apex Engineering",
        ),
    ],
)
def test_titles_with_a_fields_word_keep_their_title(head: str, title: str, company: str) -> None:
    posting = read_posting((head + _BODY).encode(), "posting.txt", None)
    assert (posting.title, posting.company) == (title, company)


# One sentence cut for every rule: the asked-for list's "the tools a team uses" rule reads the
# sentence evidence.TextIndex cuts (at a semicolon, an inline bullet, a full stop that is no
# abbreviation), not a cut of its own at a newline or ". " (round 17 left the two apart).
@pytest.mark.parametrize(
    "sentence",
    [
        "Our backend is Node.js on Kubernetes; you will need Python and SQL experience.",
        "We use Jira and Slack • Experience with Python and SQL is required",
    ],
)
def test_the_team_uses_rule_reads_the_sentence_every_rule_reads(
    sentence: str, matcher: SkillMatcher
) -> None:
    text = (
        "Data Engineer\nKestrel Analytics Ltd\nLeeds\n\nRequirements\n"
        "- Experience building data pipelines with Apache Airflow\n\n"
        f"{sentence}\n"
    )
    posting = read_posting(text, matcher=matcher)
    asked = {m.skill for m in posting.skills}
    named = {"Jira", "Slack", "Node.js", "Kubernetes"} & (
        asked | {m.skill for m in posting.mentioned}
    )
    assert named
    assert not named & asked
    assert {"Python", "SQL"} <= asked


# Requirements written as prose: a sentence that asks of the reader is a requirement (or nice to
# have) wherever it stands: under "The role", "About the job" or no heading.
@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "You'll have 3+ years of frontend experience, with strong React and TypeScript.",
            "requirements",
        ),
        ("You should have written tests with Jest and be comfortable with Git.", "requirements"),
        (
            "The successful candidate will have a Matric with Accounting and a diploma.",
            "requirements",
        ),
        (
            "Working knowledge of Sage Evolution is essential, and so is intermediate Excel.",
            "requirements",
        ),
        (
            "Applicants must hold QQI Level 5 in Healthcare Support and six months' experience.",
            "requirements",
        ),
        ("We expect a sound understanding of the NMC Code and good IT skills.", "requirements"),
        (
            "To be considered you must hold a Category C+E licence with no more than 6 points.",
            "requirements",
        ),
        (
            "An ADR licence (packages and tanks) would be a real advantage to your application.",
            "nice_to_have",
        ),
        (
            "Bonus points if you've worked with Next.js, GraphQL or Storybook before.",
            "nice_to_have",
        ),
        ("We would prefer someone who has worked with Haas and Mazak controls.", "nice_to_have"),
        ("Exposure to SAP Business One would count in your favour with us.", "nice_to_have"),
    ],
)
def test_a_prose_sentence_that_asks_is_a_requirement(sentence: str, kind: str) -> None:
    text = f"Frontend Developer\nLedgerline\nDublin\n\nThe role\nYou'll build our web app.\n{sentence}\n"
    found = [s for s in TextIndex(text).sentences if s.text == sentence]
    assert [s.kind for s in found] == [kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "You'll have the chance to learn Python and SQL from our senior engineers.",
        "You'll need to check deliveries against the paperwork every morning.",
        "We're looking for a Frontend Developer to join our Invoicing squad.",
        "You will be responsible for the full accounts payable function for 350 suppliers.",
        "First-article inspection with micrometers is part of the job, as is documenting it.",
    ],
)
def test_a_prose_sentence_of_the_duties_stays_a_duty(sentence: str) -> None:
    text = f"Frontend Developer\nLedgerline\nDublin\n\nThe role\n{sentence}\n"
    found = [s for s in TextIndex(text).sentences if s.text == sentence]
    assert [s.kind for s in found] == ["duties"]


def test_a_wish_among_the_requirements_is_nice_to_have(matcher: SkillMatcher) -> None:
    text = (
        "Approved Electrician\nVoltline Recruitment\nBirmingham\n\nAbout you\n"
        "You will hold an ECS Gold Card and a full UK driving licence. If you also hold IPAF or "
        "PASMA, that would put you ahead of other applicants.\n"
    )
    posting = read_posting(text, matcher=matcher)
    by_name = {m.skill: m.importance.value for m in posting.skills + posting.mentioned}
    assert by_name.get("PASMA") == "nice_to_have"


def test_a_tool_named_in_the_duties_and_asked_for_later_is_read_where_it_is_asked(
    matcher: SkillMatcher,
) -> None:
    text = (
        "CNC Machinist\nBuckeye Precision Components\nDayton, OH\n\nThe role\n"
        "First-article inspection with micrometers and calipers is part of the job.\n"
        "You should be proficient with precision measuring instruments such as micrometers and "
        "calipers.\n"
    )
    found = {m.skill.casefold(): m for m in extract(text, matcher)}
    assert found["calipers"].section == "requirements"
    assert "proficient" in found["calipers"].evidence


@pytest.mark.parametrize("phrase", ["so would", "as would", "that would"])
def test_a_clause_with_a_modal_is_no_skill(phrase: str) -> None:
    assert not skill_like(phrase)
