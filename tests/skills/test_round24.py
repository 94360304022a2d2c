"""Round 24: a mixed list's own Essential / Desirable marks, how to get in touch read as no
skill, the Australian bookkeeper's BAS and STP apart from a building's controls, the GWO ticket
apart from wind turbines, and when a duty is done cut from its object."""

from __future__ import annotations

import pytest

from bounceback.skills.matcher import SkillMatcher
from bounceback.skills.postings import posting_skills, read_posting


def read(title: str, body: str, matcher: SkillMatcher) -> tuple[dict[str, str], set[str]]:
    """What a posting asks for (skill -> importance) and what it only mentions."""
    posting = read_posting(f"{title}\nKestrel Test Works\nLeeds\n\n{body}".encode(), "p.txt")
    asked = {m.skill: m.importance.value for m in posting_skills(posting, matcher)}
    return asked, {m.skill for m in posting.mentioned}


@pytest.mark.parametrize(
    "heading", ["Requirements:", "Essential and desirable criteria", "Person specification"]
)
@pytest.mark.parametrize(
    ("essential", "desirable"),
    [("(E)", "(D)"), ("[E]", "[D]"), ("- essential", "- desirable"), ("(Essential)", "(Desirable)")],
)
def test_each_line_of_a_mixed_list_keeps_its_own_mark(
    heading: str, essential: str, desirable: str, matcher: SkillMatcher
) -> None:
    body = (
        f"{heading}\n- 18th Edition {essential}\n- ECS card {essential}\n"
        f"- IPAF {desirable}\n- CSCS card {desirable}\n"
    )
    asked, mentioned = read("Site Electrician", body, matcher)
    assert asked["18th Edition"] == "required"
    assert asked["IPAF"] == "nice_to_have"
    assert asked["CSCS card"] == "nice_to_have"
    assert not any("[" in name or "(" in name for name in asked.keys() | mentioned)


def test_an_unmarked_line_under_an_essential_and_desirable_heading_is_required(
    matcher: SkillMatcher,
) -> None:
    body = "Essential and desirable criteria\n- Full UK driving licence\n- Care Certificate (D)\n"
    asked, _ = read("Support Worker", body, matcher)
    assert asked["driving licence"] == "required"
    assert asked["Care Certificate"] == "nice_to_have"


@pytest.mark.parametrize(
    "line",
    [
        "Call Dean on 07700 900412.",
        "Ask for Tony or Maribel.",
        "Or WhatsApp 072 555 0148.",
        "Bring your CV, ID and certificates to our office on Monday.",
        "Apply online or call recruiting at 214-555-0176 (Mon-Fri 7a-6p CT).",
    ],
)
def test_how_to_get_in_touch_names_no_skill(line: str, matcher: SkillMatcher) -> None:
    body = f"Requirements:\n- CSCS card\n\n{line}\n"
    asked, mentioned = read("Telehandler Operator", body, matcher)
    assert set(asked) | mentioned <= {"CSCS card", "telehandler operation"}


def test_a_call_centre_is_still_asked_for(matcher: SkillMatcher) -> None:
    asked, _ = read("Customer Adviser", "Requirements:\n- Experience in a call centre on 3 shifts\n", matcher)
    assert any("call centre" in name.casefold() for name in asked)


@pytest.mark.parametrize(
    ("title", "line", "skill", "not_skill"),
    [
        ("Bookkeeper", "Lodge quarterly BAS and manage GST", "BAS returns", "building management systems"),
        ("Bookkeeper", "Prepare BAS returns each quarter", "BAS returns", "building management systems"),
        ("HVAC Technician", "Troubleshoot BAS controls on chillers and AHUs", "building management systems", "BAS returns"),
        ("Payroll Officer", "STP Phase 2 reporting to the ATO", "Single Touch Payroll", "building management systems"),
        ("Payroll Officer", "MYOB AccountRight", "MYOB", "building management systems"),
        ("Deckhand", "GWO Basic Safety Training", "GWO Basic Safety Training", "wind turbines"),
    ],
)
def test_a_code_is_read_in_the_sense_of_its_field(
    title: str, line: str, skill: str, not_skill: str, matcher: SkillMatcher
) -> None:
    asked, mentioned = read(title, f"Requirements:\n- {line}\n", matcher)
    assert skill in asked
    assert not_skill not in asked.keys() | mentioned


@pytest.mark.parametrize("when", ["each quarter", "every week", "on a monthly basis"])
def test_when_a_duty_is_done_is_no_part_of_its_skill(when: str, matcher: SkillMatcher) -> None:
    body = f"The role\nYou will prepare BAS returns {when} and reconcile the bank in Xero.\n"
    asked, mentioned = read("Bookkeeper", body, matcher)
    assert "BAS returns" in asked
    assert not any(when in name for name in asked.keys() | mentioned)


def _job_page(data_place: str, page_line: str) -> bytes:
    data = (
        '{"@context": "https://schema.org", "@type": "JobPosting", "title": "Warehouse Team '
        'Leader", "hiringOrganization": {"@type": "Organization", "name": "Kinetic Freight"}, '
        f'"jobLocation": {{"@type": "Place", "address": {data_place}}}, '
        '"description": "<p>Lead a team of 12 pickers.</p><p>Requirements: LF forklift licence</p>"}'
    )
    return (
        "<html><head><title>Warehouse Team Leader</title>"
        f'<script type="application/ld+json">{data}</script></head><body>'
        "<h1>Warehouse Team Leader</h1><p>Kinetic Freight</p>"
        f"<p>{page_line}</p><p>Lead a team of 12 pickers.</p>"
        "<p>Requirements: LF forklift licence</p></body></html>"
    ).encode()


SYDNEY = '{"addressLocality": "Sydney", "addressRegion": "NSW", "addressCountry": "AU"}'


@pytest.mark.parametrize(
    ("data_place", "page_line", "location"),
    [
        # the job data holds the board's metro area, the page the site: the page wins
        (SYDNEY, "Location: Eastern Creek NSW 2766", "Eastern Creek NSW 2766"),
        # the same town, or a line that names no place of that state: the data stays
        (SYDNEY, "Location: Sydney NSW 2000", "Sydney, NSW, AU"),
        (SYDNEY, "Location: Hybrid", "Sydney, NSW, AU"),
        (SYDNEY, "Location: Melbourne VIC 3000", "Sydney, NSW, AU"),
    ],
)
def test_the_pages_own_location_line_wins_over_the_job_datas_other_town_of_its_state(
    data_place: str, page_line: str, location: str
) -> None:
    posting = read_posting(_job_page(data_place, page_line), "job.html")
    assert posting.location == location
