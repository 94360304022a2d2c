"""Round 35 (skills44): an employer named with a legal form of continental Europe ("Nordvik
Mobility AB", "Vestkyst Wind Service A/S", "HavHelse Diagnostikk AS", "Polder Automation B.V.",
"Kuusi Analytics Oy") is the employer, not a town and its state ("Calgary AB", "Adelaide SA"),
and wins over a specialism after the title's dash. Postings written for these tests."""

from __future__ import annotations

import pytest

from bounceback.skills.legalforms import legal_employer, legal_name
from bounceback.skills.postings import read_posting

_SWEDISH_HEADER = """Embedded Software Engineer - Battery Systems
Fjällbacka Energilager AB
Västerås, Sweden (hybrid)

Fjällbacka Energilager builds stationary battery storage for grid operators across the Nordics.

What you will do
- Write embedded C for our battery management controllers
- Take part in design reviews and testing on hardware rigs

What we are looking for
- 3+ years of embedded C on microcontrollers
- Experience with CAN bus

Apply by 20 January with your CV in English or Swedish."""

_DANISH_SUBJECT = """Maintenance Planner - Night Shift
Aalborg, Denmark | Permanent | Full-time

Limfjord Emballage A/S produces corrugated packaging for food producers in Denmark and northern Germany.

Your tasks
- Plan preventive maintenance in SAP PM
- Order spare parts and follow up with suppliers

Your profile
- Technical background as a mechanic or electrician
- Good written English

Send your application before 1 February."""

_NORWEGIAN_SIGNED = """<html><head><title>Field Biologist - Salmon Health (temporary, 9 months)</title></head><body>
<h1>Field Biologist - Salmon Health (temporary, 9 months)</h1>
<p>We are looking for a field biologist to take samples at fish farms along the coast and to
report on fish health to our customers.</p>
<h2>Requirements</h2>
<ul><li>Master's degree in biology or aquaculture</li><li>Boat licence</li>
<li>Norwegian or English</li></ul>
<h2>How to apply</h2>
<p>Questions to Kari Nilsen. Apply via our portal by 15 February. <em>Kystfisk Helse AS</em></p>
</body></html>"""

_FINNISH_ABOUT = """Data Analyst - Forestry

About us
Kuusi Analytics Oy is a company of 40 people turning satellite images into forest inventories.

Responsibilities
- Build reports in Power BI
- Write SQL against our PostgreSQL warehouse

Requirements
- Python and SQL
- A degree in a quantitative field

Location: Tampere, Finland"""

_ALBERTA = """Heavy Duty Mechanic
Grande Prairie AB

Northern Haul Contracting is hiring a heavy duty mechanic for its gravel trucks.

Requirements
- Red Seal Heavy Equipment Technician
- Class 5 driver's licence

Apply by email."""


@pytest.mark.parametrize(
    ("text", "name", "company", "location"),
    [
        (_SWEDISH_HEADER, "battery.txt", "Fjällbacka Energilager AB", "Västerås, Sweden (hybrid)"),
        (_DANISH_SUBJECT, "planner.txt", "Limfjord Emballage A/S", "Aalborg, Denmark"),
        (_NORWEGIAN_SIGNED, "biologist.html", "Kystfisk Helse AS", None),
        (_FINNISH_ABOUT, "analyst.txt", "Kuusi Analytics Oy", "Tampere, Finland"),
    ],
)
def test_an_employer_with_a_legal_form_is_the_employer(
    text: str, name: str, company: str, location: str | None
) -> None:
    posting = read_posting(text.encode(), name)
    assert posting.company == company
    if location is not None:
        assert posting.location == location


def test_a_town_and_its_province_stays_a_place() -> None:
    posting = read_posting(_ALBERTA.encode(), "mechanic.txt")
    assert posting.location == "Grande Prairie AB"
    assert posting.company == "Northern Haul Contracting"


@pytest.mark.parametrize(
    ("name", "legal"),
    [
        ("Lingonbyte AB", True),
        ("Vestkyst Wind Service A/S", True),
        ("Polder Automation B.V.", True),
        ("Kuusi Analytics Oy", True),
        ("Calgary AB", False),
        ("Red Deer, AB", False),
        ("Adelaide SA", False),
        ("Edmonton AB T5J 0N3", False),
    ],
)
def test_legal_name(name: str, legal: bool) -> None:
    assert legal_name(name) is legal


def test_legal_employer_reads_a_subject_or_a_line_alone() -> None:
    assert legal_employer(["Vestkyst Wind Service A/S provides service for wind farms."]) == (
        "Vestkyst Wind Service A/S"
    )
    assert (
        legal_employer(["Apply by 4 January. HavHelse Diagnostikk AS"]) == "HavHelse Diagnostikk AS"
    )
    assert legal_employer(["Based in Calgary AB since 1990."]) == ""


def test_an_about_heading_is_no_part_of_the_legal_name() -> None:
    assert legal_employer(["About Havenzicht Logistics B.V."]) == "Havenzicht Logistics B.V."
