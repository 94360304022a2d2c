"""Round 31 (skills36): the posting's employer when only the page names it as its owner: a
careers page's heading ("Careers | Harlow Foods", "Join the Harlow Foods team"), the first
sentence of an "About us" paragraph, a footer ("© 2026 Harlow Foods Ltd", an equal opportunity
statement in an HTML page's <footer>), or an address whose domain joins several words
("saoirsehairstudio.ie"). An agency's client that the posting never names stays unnamed. Each
failed on main. Texts written for these tests."""

from __future__ import annotations

import pytest

from bounceback.skills.contacts import email_employer
from bounceback.skills.postings import read_posting

BODY = """
Warehouse Operative

We are looking for a warehouse operative to pick and pack orders on the day shift.

Requirements
- Counterbalance forklift licence
- Experience with handheld scanners

How to apply
Send your CV with two references.
"""


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Careers | Harlow Foods\n" + BODY, "Harlow Foods"),
        ("Join the Harlow Foods team\n" + BODY, "Harlow Foods"),
        (
            BODY + "\nAbout us\nHarlow Foods makes sauces and pickles for shops across the Midlands.\n",
            "Harlow Foods",
        ),
        (BODY + "\n© 2026 Harlow Foods Ltd\n", "Harlow Foods Ltd"),
        (BODY + "\nCopyright 2019-2026 Harlow Foods. Registered in England.\n", "Harlow Foods"),
    ],
)
def test_the_employer_a_page_names_as_its_owner(text: str, company: str) -> None:
    assert read_posting(text.encode(), "posting.txt").company == company


def test_an_equal_opportunity_statement_in_a_footer_names_the_employer() -> None:
    page = (
        "<html><body><main><h1>Warehouse Operative</h1>"
        "<p>We are looking for a warehouse operative to pick and pack orders.</p>"
        "<h2>Requirements</h2><ul><li>Counterbalance forklift licence</li>"
        "<li>Experience with handheld scanners</li></ul>"
        "<p>Apply with your CV; the salary is £24,500 a year.</p></main>"
        "<footer><p>Harlow Foods is an equal opportunity employer.</p></footer></body></html>"
    )
    assert read_posting(page.encode(), "posting.html").company == "Harlow Foods"


def test_a_domain_of_several_trade_words_is_split_at_each() -> None:
    lines = ["Send your CV and photos of your work to lisa@saoirsehairstudio.ie"]
    assert email_employer(lines) == "Saoirse Hair Studio"


def test_an_agencys_unnamed_client_stays_unnamed() -> None:
    text = (
        "Warehouse Operative\n\nOur client, a leading food manufacturer in the Midlands, is "
        "looking for a warehouse operative.\n\nRequirements\n- Counterbalance forklift licence\n\n"
        "Brightpath Recruitment is an equal opportunity employer.\n"
        "© 2026 Brightpath Recruitment Ltd\n"
    )
    posting = read_posting(text.encode(), "posting.txt")
    assert posting.company == ""
    assert posting.agency.startswith("Brightpath Recruitment")
