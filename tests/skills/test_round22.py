"""Round 22: the place and the employer of short plain-text ads, read wrong on the retired
round-8 postings. A part of a town beside the title ("Electrician Wanted – Southside
Brisbane", "Kitchen Porter – Cork City", "Farm Hand – Mid Canterbury", "Picker – East Tamaki,
Auckland") is the place, not the employer; the employer is then read from the sentence that
offers the job ("Kestrel Electrical is after a licensed electrician", "Brightway Cleaning
requires a cleaner") or the legal name that signs the ad at its foot; a name beside the title
that the text writes as a place ("a site in Parow, Cape Town") is no employer. Each case fails on
main; the cases named "stays" guard what must not move."""

from __future__ import annotations

import pytest

from bounceback.skills.headplaces import place_of
from bounceback.skills.postings import read_posting


def _read(text: str) -> tuple[str, str, str]:
    posting = read_posting(text.encode(), "posting.txt", None)
    return posting.title, posting.company or "", posting.location or ""


@pytest.mark.parametrize(
    ("text", "company", "place"),
    [
        (
            "ELECTRICIAN WANTED – Southside Brisbane\n\nKestrel Electrical is after a licensed "
            "electrician for domestic fit-outs.\n\nYou'll need:\n- Electrical contractor "
            "licence\n- White Card\n",
            "Kestrel Electrical",
            "Southside Brisbane",
        ),
        (
            "Kitchen Porter – Evenings – Cork City\n\nHarbour Lane Bistro requires a kitchen "
            "porter for weekend evenings.\n\nDuties: washing up, cleaning the kitchen.\n",
            "Harbour Lane Bistro",
            "Cork City",
        ),
        (
            "FARM HAND – Mid Canterbury\n\nA 500-cow farm near Methven needs a farm hand from "
            "August.\n\nDuties: milking, feeding out and fencing.\n\nMust hold a Class 1 "
            "licence.\n\nCall Ben on 027 555 0100.\n\nBen Walsh\nHillside Pastures Ltd\n",
            "Hillside Pastures Ltd",
            "Mid Canterbury",
        ),
        (
            "Picker – East Tamaki, Auckland\n\nTotara Outdoor Supplies Ltd is looking for a picker "
            "for our East Tamaki warehouse.\n\nPicking and packing orders.\n",
            "Totara Outdoor Supplies Ltd",
            "East Tamaki, Auckland",
        ),
        (
            "CLEANER (NIGHT SHIFT) – PAROW – 4 POSTS\n\nProtea Facility Care is recruiting 4 "
            "cleaners for a hospital site in Parow, Cape Town.\n\nRequirements:\n- Grade 10\n",
            "Protea Facility Care",
            "Parow, Cape Town",
        ),
        (
            "RECEPTIONIST WANTED – Cedar Lane Dental, Clifton, Bristol\n\nA receptionist needed "
            "for our busy practice.\n\nMust know Microsoft Outlook.\n",
            "Cedar Lane Dental",
            "Clifton, Bristol",
        ),
        (
            "NOW HIRING: PREP COOK — Juniper & Oak Kitchen, Portland OR (Alberta Arts)\n\nBusy "
            "spot. Need: knife skills and a food handler card.\n",
            "Juniper & Oak Kitchen",
            "Portland OR (Alberta Arts)",
        ),
        (
            "## Practice Nurse\n\n**Harbour View Medical Centre** | Wellington Central | "
            "Permanent\n\nWe are a busy general practice.\n\n### What we need\n* Cervical "
            "screening\n",
            "Harbour View Medical Centre",
            "Wellington Central",
        ),
    ],
)
def test_a_place_beside_the_title_is_the_place_and_the_text_names_the_employer(
    text: str, company: str, place: str
) -> None:
    _title, found_company, found_place = _read(text)
    assert (found_company, found_place) == (company, place)


@pytest.mark.parametrize(
    ("text", "company"),
    [
        # stays: an employer beside the title that the text names again is the employer
        (
            "Bartender – The Copper Still\n\nThe Copper Still is a cocktail bar in Leeds. "
            "Cocktail experience wanted.\n",
            "The Copper Still",
        ),
        # stays: a name like "Northside Accounting" is an employer, not a part of a town
        (
            "Bookkeeper | Northside Accounting | Denver, CO\n\nYou will need Xero.\n",
            "Northside Accounting",
        ),
    ],
)
def test_an_employer_beside_the_title_stays(text: str, company: str) -> None:
    assert _read(text)[1] == company


@pytest.mark.parametrize(
    ("part", "place"),
    [
        ("Northside Brisbane", "Northside Brisbane"),
        ("Mid Wales", "Mid Wales"),
        ("Galway City", "Galway City"),
        ("Leeds city centre", "Leeds city centre"),
        ("Northside Accounting", ""),  # stays: no place
        ("Riverside Plumbing", ""),  # stays
    ],
)
def test_a_part_of_a_town_is_a_place(part: str, place: str) -> None:
    assert place_of(part) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Payroll Executive\nSaanvi Polymers Pvt. Ltd.\n\n💼 1-3 Yrs      ₹ 3-4 Lacs P.A.      "
            "📍 Pune (Hinjewadi)\n\nSaanvi Polymers has plants in Chakan and Talegaon.\n\n"
            "Requirements\n - Tally Prime and MS Excel\n",
            "Pune (Hinjewadi)",
        ),
        (
            "Subject: Steel fixers needed - immediate start\n\nHi all,\n\nDockside Recruitment is "
            "looking for 3 steel fixers for a hospital build in Blanchardstown, Dublin 15, "
            "starting Monday.\n\nMust haves:\n* Safe Pass\n* Manual Handling cert\n",
            "Blanchardstown, Dublin 15",
        ),
    ],
)
def test_the_place_a_card_pins_or_a_sentence_names_before_a_comma(text: str, place: str) -> None:
    assert _read(text)[2] == place
