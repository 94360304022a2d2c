"""Round 18: an employer's name that reads like a job ("Peakway Freight", "Northside
Accounting") above or below the title, in several layouts; each case fails on main, where the
name took the title or was refused as the employer."""

from __future__ import annotations

import pytest

from bounceback.skills.headerwords import is_job
from bounceback.skills.matcher import SkillMatcher
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
