"""Round 23 (second wave): the tickets, checks and certificates postings ask for in every field and country,
a requirement that offers help to get it, a wish that is "not required", and a job page whose
data holds only a summary and the qualifications."""

from __future__ import annotations

import pytest

from bounceback.skills.matcher import SkillMatcher, extract
from bounceback.skills.postings import read_posting


def asked(text: str, matcher: SkillMatcher) -> dict[str, str]:
    return {m.skill: m.importance.value for m in extract(text, matcher)}


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Safe Pass card (in date)", "Safe Pass"),
        ("Must be vetted by the National Vetting Bureau before starting", "Garda vetting"),
        ("Police vetting", "National Police Check"),
        ("TWIC card for port collections", "TWIC card"),
        ("Level 3 Food Hygiene certificate", "Level 3 Food Hygiene"),
        ("Level 2 Food Hygiene certificate", "food safety"),
        ("Growsafe certificate", "pesticide application certificate"),
        ("ChemCert", "ChemCert"),
        ("Current gas fitting licence", "gas fitting licence"),
        ("G2 licence (Ontario)", "gas fitting licence"),
        ("Truck-mounted forklift experience", "truck-mounted forklift"),
        ("Hep B immunisation", "Hepatitis B vaccination"),
        ("MR licence", "medium rigid licence"),
        ("LR licence", "light rigid licence"),
    ],
)
def test_a_ticket_check_or_certificate_is_its_own_skill(
    line: str, skill: str, matcher: SkillMatcher
) -> None:
    assert skill in asked(f"Requirements:\n- {line}\n", matcher)


@pytest.mark.parametrize(
    ("text", "skill", "not_skill"),
    [
        # being vaccinated is not giving vaccinations
        ("GDC registered, with Hep B immunisation", "Hepatitis B vaccination", "immunisation"),
        # the port pass is not a tanker endorsement
        ("CDL-A and a TWIC card", "TWIC card", "tanker endorsement"),
        ("MR licence", "medium rigid licence", "light rigid licence"),
    ],
)
def test_a_credential_is_not_read_as_its_neighbour(
    text: str, skill: str, not_skill: str, matcher: SkillMatcher
) -> None:
    found = asked(f"Requirements:\n- {text}\n", matcher)
    assert skill in found and not_skill not in found


def test_a_requirement_that_offers_help_to_get_it_is_still_asked(matcher: SkillMatcher) -> None:
    text = (
        "Requirements:\n- Current First Aid and CPR – essential (we can help you get them if "
        "yours have lapsed)\n"
    )
    assert {"first aid", "CPR"} <= set(asked(text, matcher))
    # what the employer gives is still no ask
    assert "first aid" not in asked("Benefits:\n- You get free first aid training\n", matcher)


def test_a_bonus_that_is_not_required_is_nice_to_have(matcher: SkillMatcher) -> None:
    found = asked("Requirements:\n- Forklift licence is a bonus but not required\n", matcher)
    assert found.get("forklift operation") == "nice_to_have"
    assert "forklift operation" not in asked(
        "Requirements:\n- Forklift licence not required\n", matcher
    )


def test_a_page_whose_job_data_holds_a_summary_and_the_qualifications_is_read_whole(
    matcher: SkillMatcher,
) -> None:
    data = (
        '{"@context": "https://schema.org", "@type": "JobPosting", "title": "Welder Fabricator",'
        '"hiringOrganization": {"@type": "Organization", "name": "Ridgeway Steel Ltd"},'
        '"description": "Ridgeway Steel is hiring a Welder Fabricator for its Wakefield shop to '
        'fabricate structural steel for commercial and industrial projects across the region.",'
        '"qualifications": "City and Guilds welding qualification; coded in MIG and MMA; able '
        'to read fabrication drawings; three years in a fabrication shop"}'
    )
    body = (
        "<h1>Welder Fabricator</h1><h2>The job</h2><p>You will fabricate beams, stairs and "
        "handrails from fabrication drawings, mostly MIG in the shop with some MMA on site. You "
        "will use overhead cranes, band saws and plasma cutting equipment every day, set out and "
        "tack up assemblies for the welders on the next bay, check your own work against the "
        "drawings and keep the shop floor tidy and safe at the end of every shift.</p>"
        "<h2>You have</h2><ul><li>City and Guilds welding qualification</li><li>Coded in MIG "
        "and MMA</li><li>Able to read fabrication drawings</li><li>Three years in a fabrication "
        "shop</li></ul><h2>Nice to have</h2><ul><li>TIG welding on stainless steel</li>"
        "<li>Forklift licence</li><li>CSCS card</li></ul><h2>What we offer</h2><p>Overtime "
        "paid at time and a half, 25 days holiday, a company pension, a tool allowance and "
        "boots every year. We are a family firm of forty people and have fabricated steel for "
        "schools, hospitals and warehouses across Yorkshire since 1987.</p>"
    )
    page = (
        f'<html><head><script type="application/ld+json">{data}</script></head>'
        f"<body>{body}</body></html>"
    )
    posting = read_posting(page.encode(), "welder.html", matcher)
    assert "Nice to have" in posting.description
    found = {m.skill: m.importance.value for m in posting.skills}
    assert found.get("forklift operation") == "nice_to_have"
    assert found.get("TIG welding") == "nice_to_have"
