"""Round 32 (skills38): places the header names beside another field. A place after a dash in
the title ("Warehouse Associates – Reno, NV (Sparks distribution center)") is the location, and
the employer's line "Greenvale College, Pietermaritzburg, KwaZulu-Natal" gives the employer and a
known place; a specialty beside the title ("Registered Veterinary Nurse - Small Animal") is no
employer because the text writes "small animal practice" in lower case. Texts written for these
tests."""

from __future__ import annotations

from bounceback.skills.postings import posting_from_text

_REST = (
    "\n\nWe are looking for reliable people to join our team.\n\nRequirements\n- Forklift"
    " licence\n- Good communication skills\n\nHow to apply\nSend your CV by email.\n"
)


def test_a_place_after_a_dash_in_the_title() -> None:
    posting = posting_from_text(
        "NOW HIRING: Warehouse Associates – Reno, NV (Sparks distribution center)\n"
        "Silver Sage Freight Ltd" + _REST
    )
    assert posting.title == "Warehouse Associates"
    assert posting.location == "Reno, NV (Sparks distribution center)"


def test_the_employers_line_names_a_known_place() -> None:
    posting = posting_from_text(
        "Mathematics Teacher\n**School:** Greenvale College, Pietermaritzburg, KwaZulu-Natal"
        + _REST
    )
    assert (posting.company, posting.location) == (
        "Greenvale College",
        "Pietermaritzburg, KwaZulu-Natal",
    )


def test_a_specialty_beside_the_title_is_no_employer() -> None:
    posting = posting_from_text(
        "Registered Veterinary Nurse - Small Animal\nNorwich\n\nWe are a friendly small animal"
        " practice with a modern theatre.\n\nRequirements\n- RCVS registration\n\nHow to apply\n"
        "Email your CV.\n\nWensum Vets Ltd is an equal opportunity employer.\n"
    )
    assert posting.company != "Small Animal"
    assert "Small Animal" in posting.title


def test_a_multiple_sites_label_lists_the_places() -> None:
    posting = posting_from_text("Security Officer\nMultiple sites: Leeds, York and Hull" + _REST)
    assert posting.location == "Leeds / York / Hull"


def test_about_a_lower_case_noun_names_no_employer() -> None:
    posting = posting_from_text(
        "Dairy Farm Hand - Rotary Shed\nGippsland, VIC\n\nAbout the farm\nHollowgum Pastoral Co."
        " is a family-run operation milking 500 cows through a 40-bail rotary shed.\n\n"
        "Requirements\n- Milking experience\n\nHow to apply\nEmail your CV.\n"
    )
    assert posting.company.startswith("Hollowgum Pastoral Co")
