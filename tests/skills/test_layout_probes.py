"""Title, company and location from headers written the way boards and recruiters write them
(written after the layout rules, as a check on them; a fresh set, not the tuning postings)."""

from __future__ import annotations

import re

import pytest

from bounceback.skills.postings import read_posting

B = "\n\nResponsibilities\n- Provide customer service\n\nRequirements\n- Experience in a similar role\n"
cases = [
    (
        "Warehouse Operative\nDHL Supply Chain is hiring\nDaventry, Northamptonshire\n£12.50 per hour"
        + B,
        "Warehouse Operative",
        "DHL Supply Chain",
        "Daventry, Northamptonshire",
    ),
    (
        "Job Title: Support Worker\nCompany: Brightpath Care Ltd\nLocation: Wrexham, Wales\nSalary: £11.90/hr"
        + B,
        "Support Worker",
        "Brightpath Care Ltd",
        "Wrexham, Wales",
    ),
    (
        "Line Cook at Maple & Ash Kitchen\nBoise, ID\n" + B,
        "Line Cook",
        "Maple & Ash Kitchen",
        "Boise, ID",
    ),
    (
        "Payroll Specialist\nNorthwind Logistics\nLocation\nKelowna, BC, Canada\nJob type\nFull-time"
        + B,
        "Payroll Specialist",
        "Northwind Logistics",
        "Kelowna, BC, Canada",
    ),
    (
        "Customer Service Advisor\nRemote (UK)\nTelcoHub Ltd\n" + B,
        "Customer Service Advisor",
        "TelcoHub Ltd",
        "Remote (UK)",
    ),
    (
        "Senior Staff Nurse - Band 6\nEmployer\nNorth Tees NHS Foundation Trust\nLocation\nStockton-on-Tees\n"
        + B,
        "Senior Staff Nurse - Band 6",
        "North Tees NHS Foundation Trust",
        "Stockton-on-Tees",
    ),
    (
        "Forklift Driver\nRiverside Timber Pty Ltd\nDandenong South, Melbourne VIC 3175\n" + B,
        "Forklift Driver",
        "Riverside Timber Pty Ltd",
        "Dandenong South, Melbourne VIC",
    ),
    (
        "Software Engineer II\nQuantaLeaf Technologies Pvt Ltd\nHyderabad, Telangana, India\n5-8 Yrs\n"
        + B,
        "Software Engineer II",
        "QuantaLeaf Technologies Pvt Ltd",
        "Hyderabad, Telangana, India",
    ),
    (
        "Receptionist\nGreenfield Dental Practice - Swindon\n" + B,
        "Receptionist",
        "Greenfield Dental Practice",
        "Swindon",
    ),
    (
        "Bookkeeper (Part-time)\nHollis & Crane Accountants · Galway, County Galway, Ireland · 3 days ago\n"
        + B,
        "Bookkeeper (Part-time)",
        "Hollis & Crane Accountants",
        "Galway, County Galway, Ireland",
    ),
    (
        "Careers at Tern Robotics\n\nMaintenance Technician\nLocation: Greenville, SC\n" + B,
        "Maintenance Technician",
        "Tern Robotics",
        "Greenville, SC",
    ),
    (
        "Security Officer\nSentinel Guarding Services\nCroydon, London CR0\n£13 an hour\n" + B,
        "Security Officer",
        "Sentinel Guarding Services",
        "Croydon, London",
    ),
    (
        "Teacher of Science\nSt Aidan's Catholic Academy\nSunderland\nMPS/UPS\n" + B,
        "Teacher of Science",
        "St Aidan's Catholic Academy",
        "Sunderland",
    ),
    (
        "HGV Class 1 Driver\nAbout the company\nMoorside Haulage is a family-run haulier based in Doncaster.\n"
        + B,
        "HGV Class 1 Driver",
        "Moorside Haulage",
        "Doncaster",
    ),
    (
        "Cleaner\nSparkle Facilities\nToowoomba QLD\n" + B,
        "Cleaner",
        "Sparkle Facilities",
        "Toowoomba QLD",
    ),
    ("Data Engineer\nFintrella · Remote · Full-time\n" + B, "Data Engineer", "Fintrella", "Remote"),
    (
        "Pharmacy Assistant\nWellcare Chemists\nMullingar, Co. Westmeath\n" + B,
        "Pharmacy Assistant",
        "Wellcare Chemists",
        "Mullingar, Co. Westmeath",
    ),
    (
        "Accounts Assistant - Leeds\nRecruiter: Redwood Finance Recruitment\nOur client, a growing manufacturer, is looking for an Accounts Assistant.\n"
        + B,
        "Accounts Assistant",
        None,  # round 29: the agency (Redwood Finance Recruitment), its client unnamed
        "Leeds",
    ),
    (
        "Care Home Nurse\nOakleigh Lodge\nBury St Edmunds, IP33\n" + B,
        "Care Home Nurse",
        "Oakleigh Lodge",
        "Bury St Edmunds",
    ),
    ("Van Driver\nKestrel Foods\nKettering\n" + B, "Van Driver", "Kestrel Foods", "Kettering"),
    (
        "Forklift Operator\nDaventry\n"
        + B
        + "\nHarbor Freight Partners is an equal opportunity employer.\n",
        "Forklift Operator",
        "Harbor Freight Partners",
        "Daventry",
    ),
    (
        "Production Operative\nJob details\nLocation: Telford\nCompany: Harkness Plastics\n" + B,
        "Production Operative",
        "Harkness Plastics",
        "Telford",
    ),
    (
        "Cleaning Operative\nOverview\nSalary\n$41,000 per year\nLocation\n"
        "2 vacancies in the following locations:\nBoise, ID\nWork schedule\nFull-time" + B,
        "Cleaning Operative",
        None,
        "Boise, ID",
    ),
    (
        "Tarnwell Outdoor\n3.9 ★\nStore Supervisor\nKendal\nEasy Apply" + B,
        "Store Supervisor",
        "Tarnwell Outdoor",
        "Kendal",
    ),
    (
        "Hi Sam,\n\nThe role is at **Pebble Lane Day Nursery** in Leeds (LS6). Details below.\n\n"
        "**Nursery Nurse**" + B,
        "Nursery Nurse",
        "Pebble Lane Day Nursery",
        "Leeds",
    ),
    (
        "Stores Assistant - Spares\nKaveri Motors Pvt. Ltd.\nPune\n"
        + B
        + "\n".join(f"Line {n} of the description." for n in range(16))
        + "\nRole: Store Keeper/Stores Assistant\nIndustry Type: Automobile\n",
        "Stores Assistant - Spares",
        "Kaveri Motors Pvt. Ltd.",
        "Pune",
    ),
    (
        "Harbor & Vine Hospitality\nBanquet Server\nCharleston, South Carolina, United States"
        " · 2 weeks ago · 40 applicants\nPart-time\nEasy Apply" + B,
        "Banquet Server",
        "Harbor & Vine Hospitality",
        "Charleston, South Carolina, United States",
    ),
    (
        "Night Porter\nThe Grafton Arms Hotel\nWindermere LA23\n£12.21 an hour - Full-time" + B,
        "Night Porter",
        "The Grafton Arms Hotel",
        "Windermere LA23",
    ),
    (
        "Job title\nPhysiotherapist Band 6\nEmployer name\nNorth Vale NHS Foundation Trust\n"
        "Location\nRoyal Vale Hospital\nTown\nWakefield\nSalary\n£37,338 to £44,962 a year" + B,
        "Physiotherapist Band 6",
        "North Vale NHS Foundation Trust",
        "Wakefield",
    ),
    (
        "Graduate Accountant\nHybrid - London\nThornbury & Wells LLP" + B,
        "Graduate Accountant",
        "Thornbury & Wells LLP",
        "London",
    ),
    (
        "Senior Care Assistant - Nights\nBrookfield House Care Home, Harrogate" + B,
        "Senior Care Assistant - Nights",
        "Brookfield House Care Home",
        "Harrogate",
    ),
    (
        "Accounts Assistant\nMumbai, Maharashtra\nVistara Logistics Pvt Ltd" + B,
        "Accounts Assistant",
        "Vistara Logistics Pvt Ltd",
        "Mumbai, Maharashtra",
    ),
]


def _same(want: str | None, got: str) -> bool:
    a = set(re.sub(r"[^\w]+", " ", (want or "").casefold()).split())
    b = set(re.sub(r"[^\w]+", " ", got.casefold()).split())
    return (not a and not b) or bool(a and b and (a <= b or b <= a))


@pytest.mark.parametrize(("text", "title", "company", "location"), cases)
def test_header_fields(text: str, title: str, company: str | None, location: str) -> None:
    posting = read_posting(text.encode(), "posting.txt")
    assert _same(title, posting.title), posting.title
    assert _same(company, posting.company), posting.company
    assert _same(location, posting.location), posting.location


def test_the_towns_list_carries_its_attribution() -> None:
    import gzip
    from importlib import resources

    from bounceback.places import is_place, towns

    raw = resources.files("bounceback.places").joinpath("data", "places.txt.gz").read_bytes()
    assert gzip.decompress(raw).decode("utf-8").startswith("# Town names from GeoNames")
    assert "kettering" in towns() and is_place("Mackay QLD") and not is_place("Fleet")
