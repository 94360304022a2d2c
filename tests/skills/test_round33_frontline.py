"""Round 33 (skills39): requirement tables read as the lists they stand for ("Criteria |
Essential | Desirable", "Requirement | Essential / Desirable"), in a page, a job description's
markup and a pipe table; "CURRICULUM VITAE" heading a resume is no curriculum development.
Postings and a resume written for these tests."""

from __future__ import annotations

import json
from datetime import date

from bounceback.domain.skills import Importance
from bounceback.skills.matcher import SkillMatcher, extract
from bounceback.skills.postings import read_posting, skill_candidates
from bounceback.skills.reqtables import read_pipe_tables
from bounceback.skills.resumes import read_resume

_PAGE = """<html><body>
<h1>Care Assistant</h1>
<p>Employer: Hollybank Care Home, Whitby</p>
<h2>About the role</h2>
<p>Support residents with personal care, meals and activities on day and night shifts.</p>
<h2>Person specification</h2>
<table>
<tr><th>Criteria</th><th>Essential</th><th>Desirable</th></tr>
<tr><td>Qualifications</td><td>Care Certificate</td><td>NVQ Level 3 in Health and Social Care</td></tr>
<tr><td>Skills</td><td>Manual handling<br>Medication administration</td><td>Dementia care</td></tr>
</table>
<h2>How to apply</h2><p>Apply online.</p>
</body></html>"""


def _asked(posting_text: str, filename: str, matcher: SkillMatcher) -> dict[str, str]:
    posting = read_posting(posting_text, filename, matcher=matcher)
    return {m.skill: m.importance.value for m in posting.skills}


def test_a_criteria_table_is_read_by_its_columns(matcher: SkillMatcher) -> None:
    asked = _asked(_PAGE, "care.html", matcher)
    # main ran the cells together ("Care CertificateNVQ Level 3...") and asked for all alike
    assert asked.get("dementia care") == Importance.NICE_TO_HAVE.value
    assert asked.get("manual handling") == Importance.REQUIRED.value
    assert asked.get("medication administration") == Importance.REQUIRED.value


def test_a_job_descriptions_table_in_json_ld_is_read_by_its_columns(
    matcher: SkillMatcher,
) -> None:
    table = _PAGE.split("<table>")[1].split("</table>")[0]
    data = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": "Care Assistant",
        "hiringOrganization": {"@type": "Organization", "name": "Hollybank Care Home"},
        "description": "<p>Support residents with personal care.</p><h3>Person specification"
        f"</h3><table>{table}</table>",
    }
    page = (
        '<html><head><script type="application/ld+json">'
        + json.dumps(data)
        + "</script></head><body><h1>Care Assistant</h1></body></html>"
    )
    asked = _asked(page, "care.html", matcher)
    assert asked.get("dementia care") == Importance.NICE_TO_HAVE.value
    assert asked.get("manual handling") == Importance.REQUIRED.value


def test_a_mark_column_sends_each_row_to_its_list(matcher: SkillMatcher) -> None:
    text = """Warehouse Operative
Northgate Logistics - Doncaster

Duties
- Pick and pack orders for our retail customers

Requirements

| Requirement | Essential / Desirable |
|---|---|
| Manual handling | Essential |
| Counterbalance forklift licence | Desirable |
| Reach truck licence | D |

How to apply: send your CV.
"""
    asked = _asked(text, "warehouse.md", matcher)
    assert asked.get("manual handling") == Importance.REQUIRED.value
    nice = {s for s, how in asked.items() if how == Importance.NICE_TO_HAVE.value}
    assert any("forklift" in s.lower() for s in nice), asked
    assert any("reach" in s.lower() for s in nice), asked


def test_a_table_of_facts_is_left_as_it_was() -> None:
    text = "| Location | Leeds |\n|---|---|\n| Salary | £24,000 |\n"
    assert read_pipe_tables(text + "Essential: a driving licence\n") == (
        text + "Essential: a driving licence\n"
    )


def test_a_yes_column_is_essential_and_an_assessed_column_is_no_criterion() -> None:
    text = (
        "| Requirement | Essential? | How assessed |\n|---|---|---|\n"
        "| Full driving licence | Yes | Application |\n"
        "| First aid certificate | Desirable | Interview |\n"
    )
    assert read_pipe_tables(text).strip("\n").split("\n") == [
        "Essential:",
        "• Full driving licence",
        "Desirable:",
        "• First aid certificate",
    ]


def test_curriculum_vitae_heading_a_resume_is_no_curriculum_development(
    matcher: SkillMatcher,
) -> None:
    resume = (
        "CURRICULUM VITAE\n\nDaniel Okafor\nLeeds\n\nExperience\n"
        "HGV Class 1 Driver, Tarn Haulage (2019 - present)\n"
        "- Multi-drop deliveries across the North\n- Tachograph compliance\n"
    )
    read = read_resume(resume, "cv.txt", matcher, today=date(2026, 12, 7))
    assert "curriculum development" not in {m.skill for m in read.skills}


_SHOP = """Retail Assistant
Harbour Lane Stores - Galway

What you'll do
- Serve customers on the shop floor and the till

What we're looking for
- Retail experience

Desirable
- Visual merchandising
- A second language (Polish, Tagalog or Spanish) is helpful on the shop floor but definitely not required.
- Experience with stock counts is a nice extra but not essential.

This post is subject to an enhanced DBS check.
"""


def test_a_check_the_post_is_subject_to_is_required_wherever_it_stands(
    matcher: SkillMatcher,
) -> None:
    # main dropped it as boilerplate; it is a condition of the offer, not a wish
    assert _asked(_SHOP, "shop.txt", matcher).get("DBS check") == Importance.REQUIRED.value


def test_a_language_wished_for_but_not_required_is_nice_to_have(matcher: SkillMatcher) -> None:
    posting = read_posting(_SHOP, "shop.txt", matcher=matcher)
    found, _text, _index = skill_candidates(posting, matcher)
    wished = {m.skill: m.importance.value for m in found}
    # main read "... helpful on the shop floor but definitely not required" as denied
    assert wished.get("Tagalog") == Importance.NICE_TO_HAVE.value
    assert wished.get("stock counts") == Importance.NICE_TO_HAVE.value


def test_a_plainly_denied_skill_stays_denied(matcher: SkillMatcher) -> None:
    text = _SHOP.replace("- Visual merchandising", "- Forklift licence not required")
    assert "forklift operation" not in _asked(text, "shop.txt", matcher)


def test_english_asked_in_plain_words_is_read(matcher: SkillMatcher) -> None:
    lines = [
        "You must be able to communicate effectively in English, both verbally and in writing.",
        "You speak English well enough to follow safety instructions",
    ]
    for line in lines:
        assert "English" in {m.skill for m in extract(line, matcher)}, line
    assert "English" not in {m.skill for m in extract("Lead English teacher, Key Stage 3", matcher)}


def test_a_kind_of_place_beside_the_title_gives_way_to_the_employer_under_it() -> None:
    text = (
        "Nursery Practitioner - Pre-school Room\n"
        "Bright Beginnings Day Nursery, Ripon, North Yorkshire\n"
        "Full time, 40 hours. £13.20 per hour.\n\n"
        "What you'll do\n- Lead a team of three practitioners in our toddler room\n\n"
        "What you'll need\n- Level 3 in Early Years\n- Paediatric first aid\n"
    )
    posting = read_posting(text, "nursery.txt")
    # main: company "Pre-school Room", location the whole line under the title
    assert posting.company == "Bright Beginnings Day Nursery"
    assert posting.location.startswith("Ripon")
    assert "Pre-school Room" in posting.title


def test_a_practice_beside_the_title_gives_way_to_the_one_the_text_names() -> None:
    text = (
        "Trainee Dental Nurse - Mixed NHS/Private Practice\n"
        "Location: Ilkley, West Yorkshire\n"
        "Hours: 4 days a week\n\n"
        "Riverside Smiles is a friendly three-surgery practice looking for a trainee dental "
        "nurse to join our team.\n\n"
        "Requirements\n- Enrolled on a dental nursing course\n- Good with people\n"
    )
    posting = read_posting(text, "dental.txt")
    assert posting.company == "Riverside Smiles"
    assert posting.location.startswith("Ilkley")


def test_a_language_after_particularly_is_the_language(matcher: SkillMatcher) -> None:
    text = (
        "Guest Services Agent\nHarbourview Hotel, Cairns\n\nRequirements\n"
        "- Customer service experience\n- A second language, particularly Korean or Mandarin\n"
    )
    asked = _asked(text, "hotel.txt", matcher)
    assert "Korean" in asked and "particularly Korean" not in asked, asked


def test_how_an_informal_posting_says_to_apply_names_no_skill(matcher: SkillMatcher) -> None:
    text = (
        "Kitchen Porter\nThe Old Mill Cafe, Hebden Bridge\n\nWhat we need\n- Food Hygiene Level 2\n"
        "- Able to work weekends\n\nApply in person or message us on Facebook.\n"
    )
    asked = _asked(text, "cafe.txt", matcher)
    assert "Facebook" not in asked and "food safety" in asked, asked
