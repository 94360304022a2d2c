"""Round 29: the employer named only in passing (an apply line, a sign-off, a describing sentence,
a hashtag, a logo's alt text, a possessive), an agency's posting for a client it does not name
(no company; the agency kept beside it), a name whose middle word is a heading's ("Transport
Assets Victoria") and an employer's line over a labelled title; titles: a "JOB ADVERT:" banner,
the first of several roles, a "... wanted at our ..." sentence, emoji before the title. Every
case failed on main."""

from __future__ import annotations

import pytest

from bounceback.skills.postings import read_posting

BODY = """
Responsibilities:
- Prepare and serve food to a high standard
- Keep the kitchen clean and follow food safety rules
Requirements:
- 2 years of experience in a busy kitchen
- Food hygiene certificate
Apply with your CV.
"""


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Line Cook\nLocation: Bristol\n" + BODY + "\n#HarlowKitchen #NowHiring #BristolJobs\n", "Harlow Kitchen"),
        ("Line Cook\nLocation: Bristol\n\nJoin Harlow's team this summer!\n" + BODY, "Harlow"),
        ("Line Cook\nLocation: Bristol\n\nFenwick & Daughters, a family bakery since 1962, is looking for a line cook.\n" + BODY, "Fenwick & Daughters"),
        ("Line Cook\nLocation: Bristol\n" + BODY + "\nCheers,\nThe team at Copper Kettle Bistro\n", "Copper Kettle Bistro"),
        ("Line Cook\nLocation: Bristol\n" + BODY + "\n - the Saltbush Café crew ☕\n", "Saltbush Café"),
        ("Line Cook\nLocation: Bristol\n" + BODY + "\nApply: jobs@tasmanclean.com.au – Tasman Commercial Cleaning\n", "Tasman Commercial Cleaning"),
        ("Line Cook\nLocation: Bristol\n" + BODY + "\nApply in person: 1400 Greg St, Sparks NV – Silver State Logistics\n", "Silver State Logistics"),
        # an employer's name whose middle word is a heading's ("Assets"), over a labelled title
        ("Transport Assets Victoria – Careers\n\nPosition title: Rail Track Maintainer\nWork location: Ballarat Depot, Victoria\n" + BODY, "Transport Assets Victoria"),
        ("NORTHERN VALLEYS COMBINED AUTHORITY – TRANSPORT OPERATIONS\n\nJob Title: Bus Driver (PCV)\nLocation: Halwick, Lancashire\n" + BODY, "NORTHERN VALLEYS COMBINED AUTHORITY"),
    ],
)  # fmt: skip
def test_the_employer_named_in_passing(text: str, company: str) -> None:
    assert read_posting(text.encode(), "posting.txt").company == company


def test_a_logos_alt_text_names_the_employer() -> None:
    page = (
        '<html><body><header><img src="l.png" alt="Harlow Build logo"></header>'
        "<h1>Site Carpenter</h1><p>Location: Bristol</p><h2>Requirements</h2><ul><li>CSCS card"
        "</li><li>3 years of experience in carpentry</li></ul><h2>Responsibilities</h2><ul><li>"
        "Install doors, frames and skirting</li><li>Read drawings and set out work</li></ul>"
        "<p>Salary: £34,000. Apply now with your CV.</p></body></html>"
    )
    assert read_posting(page.encode(), "posting.html").company == "Harlow Build"


@pytest.mark.parametrize(
    "text",
    [
        "Line Cook\nLocation: Bristol\n\nOur client, a well-known restaurant group, is looking for a line cook.\n" + BODY + "\nKind regards,\nJo Bell\nHarbourside Recruitment\n",
        "From: Dana Ortiz <dortiz@harbourside.com>\nSubject: Line Cook - Bristol\n\nI'm a recruiter with Harbourside Recruitment; the client asked me not to share its name.\n" + BODY + "\nThanks,\nDana Ortiz\nTechnical Recruiter | Harbourside Recruitment\n",
    ],
)  # fmt: skip
def test_an_agency_for_a_client_it_does_not_name_gives_no_company(text: str) -> None:
    posting = read_posting(text.encode(), "posting.txt")
    assert (posting.company, posting.agency) == ("", "Harbourside Recruitment")
    assert posting.to_dict()["company"] is None


def test_a_job_at_the_agency_itself_keeps_the_agency() -> None:
    text = "Trainee Recruitment Consultant\nHarbourside Recruitment\nLocation: Bristol\n" + BODY
    assert read_posting(text.encode(), "posting.txt").company == "Harbourside Recruitment"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("JOB ADVERT: QUALITY ASSURANCE OFFICER\n\nSavanna Fresh Dairies Ltd is a leading dairy processor based in Nakuru, Kenya.\n" + BODY, "QUALITY ASSURANCE OFFICER"),
        ("We are hiring: Line Cook, Kitchen Porter and Waiter\nLocation: Bristol\n" + BODY, "Line Cook"),
        ("Quarry Operative wanted at our limestone quarry near Kilcullen, Co. Kildare. Mullan Aggregates Ltd is a long-established supplier, and we are looking for an experienced operative.\n" + BODY, "Quarry Operative"),
        ("👋 Hiring now!\n👨\u200d🍳 Line Cook\n📍 Bristol\n💷 £12.50/hr\n" + BODY, "Line Cook"),
    ],
)  # fmt: skip
def test_the_title_under_a_banner_or_in_a_list(text: str, title: str) -> None:
    assert read_posting(text.encode(), "posting.txt").title == title


def test_an_abbreviation_beside_the_title_is_no_place() -> None:
    text = (
        "Teaching Assistant (Level 3) - SEND\nFerncliffe Primary Academy, Halifax, West Yorkshire\n"
        "\nSupport pupils with special educational needs and disabilities (SEND).\n" + BODY
    )
    assert read_posting(text.encode(), "posting.txt").location == "Halifax, West Yorkshire"



def test_a_word_broken_at_its_own_hyphen_keeps_it_when_joined() -> None:
    from bounceback.skills.pdfpages import without_page_furniture

    text = (
        "This is a permanent and very well paid full-\ntime role for a hard-working and self-\n"
        "motivated porter who can move the ward's equip-\nment safely around the site.\n"
    )
    joined = without_page_furniture(text)  # no page marks: the words are joined all the same
    assert "full-time role" in joined and "self-motivated porter" in joined
    assert "equipment safely" in joined


@pytest.mark.parametrize("title", ["SAP Consultant", "Key Account Manager", "Human Resources Manager",
                                   "Business Development Executive"])
def test_an_agency_filling_a_clients_consultant_or_manager_role_is_not_the_company(title: str) -> None:
    # the lead's re-read of round 29: a bare "consultant", "account manager" or "resources" is a
    # job agencies fill for clients; only recruiting's own jobs keep the agency as the company
    from bounceback.skills.agencies import settle

    assert settle("", "Brightpath Recruitment", "", title) == ("", "Brightpath Recruitment")
    assert settle("", "Brightpath Recruitment", "", "Trainee Recruitment Consultant")[0] == (
        "Brightpath Recruitment")
