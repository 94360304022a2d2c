"""Round 28: postings as they arrive through messy channels. A board's menu copied with its
spaces run together ("Jobs Search Saved (0) Alerts"), a job's own buttons under its title
("Apply | Save | Share"), a title line carrying the place, the pay and the shift, a card's
years, pay and place without icons, a legal name holding a heading's word ("... Contact
Services Pvt. Ltd."), "Good day" opening an email and a long subject line, an agency's address
in a signature, a forum's "[HIRING]" tag with "remote (US only)", a classified "... required",
a PDF's running header and footer and its broken words, and a freelance brief in prose: each
read as the title, the employer and the place a user expects, and imported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bounceback.skills.matcher import SkillMatcher
from bounceback.skills.pdfpages import without_page_furniture
from bounceback.skills.postings import read_posting

_BODY = (
    "\nWhat you'll do\n- Load and unload trailers\n- Scan pallets with an RF gun\n\n"
    "Requirements\n- Counterbalance forklift licence\n- Warehouse experience\n"
)


def _fields(text: str, name: str = "posting.txt") -> tuple[str, str, str]:
    posting = read_posting(text.encode(), name)
    return posting.title, posting.company or "", posting.location or ""


@pytest.mark.parametrize(
    "menu",
    ["Jobs   Search   Saved (0)   Alerts", "Jobs   Companies   Services   |   Login   Register   For employers"],
)
def test_a_boards_menu_with_its_spaces_run_together_is_no_title(menu: str) -> None:
    title, company, place = _fields(
        f"{menu}\n\nDeckhand / Coxswain – Passenger Ferry\nNorthern Bays Ferries\nCairns, QLD\n"
        "\nWhat you'll do\n- Mooring and line handling\n\nEssential\n- Coxswain Grade 1\n"
    )
    assert (title, company, place) == (
        "Deckhand / Coxswain - Passenger Ferry",
        "Northern Bays Ferries",
        "Cairns, QLD",
    )


def test_the_jobs_own_buttons_under_a_title_line_with_place_pay_and_shift() -> None:
    title, company, _place = _fields(
        "Security Officer (Condominium) | Jurong West | Up to $2,950 | 12-hr shifts\n\n"
        "Apply   |   Save   |   Share\nPosted 5 hours ago\n\n"
        "Company: Ironclad Guardian Services Pte. Ltd.\n" + _BODY
    )
    assert title == "Security Officer (Condominium)"
    assert company == "Ironclad Guardian Services Pte. Ltd."


@pytest.mark.parametrize(
    ("head", "fields"),
    [
        (
            "Chef de Partie | Fortitude Valley, Brisbane QLD 4006 | $70k + super | Split shifts\n\n"
            "The Larder & Vine is a 120-seat restaurant open six days a week.\n",
            ("Chef de Partie", "The Larder & Vine", "Fortitude Valley, Brisbane QLD 4006"),
        ),
        (  # a board's card copied without its icons: the years, the pay, the place
            "Customer Support Executive\nVistara Global Contact Services Pvt. Ltd.\n"
            "3.9 ★ (1.2k reviews)\n0 - 3 years    ₹ 2.8-4.2 Lacs P.A.    Hyderabad (Madhapur)\n",
            ("Customer Support Executive", "Vistara Global Contact Services Pvt. Ltd.", "Hyderabad (Madhapur)"),
        ),
    ],
)
def test_the_pay_the_terms_and_the_place_beside_the_job_are_no_part_of_its_title(
    head: str, fields: tuple[str, str, str]
) -> None:
    assert _fields(head + _BODY) == fields


def test_good_day_opens_an_email_and_a_long_subject_still_gives_the_title() -> None:
    title, company, _place = _fields(
        "Subject: Opportunity: Area Sales Representative – Industrial Consumables – R35k + "
        "commission + car allowance + fuel card\n\nGood day Sipho,\n\nI am assisting a client "
        "with a vacancy that may interest you.\n" + _BODY + "\nKind regards,\n\nLindiwe Mthembu\n"
        "Recruitment Consultant – Sales & Technical\nKhanyisa Talent Partners\n"
        "Umhlanga Ridge, Durban\n"
    )
    assert title == "Area Sales Representative - Industrial Consumables"
    assert company != "Umhlanga Ridge"  # the agency's address in the signature is no employer


def test_a_forum_tag_and_remote_with_its_region_after_the_title() -> None:
    title, _company, place = _fields(
        "[HIRING] Junior Python developer, remote (US only), $75-90k\n\nWe need a junior dev to "
        "build REST endpoints in FastAPI.\n\nMust know Python and SQL.\n"
    )
    assert (title, place) == ("Junior Python developer", "Remote (US)")


def test_a_classified_ad_with_the_job_required() -> None:
    title, company, place = _fields(
        "RELIEF MILKER required, 2 weekends a month, 600 cow rotary near Ashburton.\n"
        "Experience essential, own transport. Phone Aroha 021 555 7710\nBrackenridge Farms Ltd\n"
    )
    assert (title, company, place) == ("Relief Milker", "Brackenridge Farms Ltd", "Ashburton")


_PDF = (
    "Ashcombe Hospitals NHS Trust\nJob Description and Person Specification\n\n"
    "Post: Hospital Porter\nSite: Ashcombe General Hospital, Ashcombe\n\nJob summary\n"
    "The post holder will move patients, specimens and equip-\nment safely around the site.\n\n"
    "Key responsibilities\n- Transfer patients by bed, wheelchair and trolley\n"
    "Ashcombe Hospitals NHS Trust                      Page 1 of 2\n"
    "- Record every task on the Pager-Tracker system\n\nPerson specification\n"
    "- Manual handling training (essential)\n"
    "Ashcombe Hospitals NHS Trust                      Page 2 of 2\n"
)


def test_a_pdfs_running_footer_is_neither_title_nor_skill_and_broken_words_are_joined() -> None:
    posting = read_posting(_PDF.encode(), "porter.txt")
    assert (posting.title, posting.company) == ("Hospital Porter", "Ashcombe Hospitals NHS Trust")
    assert "Page 1 of 2" not in posting.description
    assert "equipment safely" in posting.description
    assert posting.description.count("Ashcombe Hospitals NHS Trust") <= 1


def test_text_without_page_numbers_keeps_its_repeated_lines() -> None:
    text = "Requirements\n- Forklift licence\n\nRequirements\n- Forklift licence\n"
    assert without_page_furniture(text) == text


def test_a_hyphen_in_a_list_or_a_short_line_is_kept() -> None:
    text = "- Warehouse\n- Pick-\nup drivers\n"
    assert without_page_furniture(text) == text


_BRIEF = (
    "Shopify store redesign\n\nBudget: $600 fixed price. Timeline: about 3 weeks.\n\n"
    "I sell handmade candles and my store theme is tired. Rebuild the home and product pages "
    "in Dawn, set up collections and filters, and make it load faster on phones.\n\n"
    "Send a proposal with two stores you've built.\n"
)


def test_a_freelance_brief_in_prose_is_imported_and_says_what_is_missing(  # type: ignore[no-untyped-def]
    cli, tmp_path: Path
) -> None:
    path = tmp_path / "brief.txt"
    path.write_text(_BRIEF, encoding="utf-8")
    result = cli("posting", "import", str(path), "--json")
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["company"] is None
    assert "company" in out["missing"]
    assert out["application_id"]


def test_a_note_that_is_no_posting_is_still_refused(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "shopping.txt"
    path.write_text("eggs, milk, bread, two lemons and the good olive oil\n", encoding="utf-8")
    result = cli("posting", "import", str(path), "--json")
    assert result.exit_code != 0
    assert "does not read like a job posting" in result.output


def test_a_name_beside_the_title_gives_way_to_the_employer_the_text_names_more() -> None:
    title, company, _place = _fields(
        "Data Analyst - Supply Chain Analytics\nHybrid - Bengaluru\n\nAbout Kiranaloop\n"
        "Kiranaloop is a B2B platform for neighbourhood retailers. Our Supply Chain Analytics "
        "team forecasts demand.\n\nWhat you'll do\n- Build dashboards in Power BI\n\n"
        "Requirements\n- SQL and Python\n"
    )
    assert company == "Kiranaloop"
    assert title == "Data Analyst - Supply Chain Analytics"


def test_a_department_line_gives_way_to_the_employer_the_text_names() -> None:
    _title, company, _place = _fields(
        "HVAC Service Technician (Residential)\nPhoenix, AZ\nDepartment: Field Service\n\n"
        "ComfortPro Home Services has kept Valley homes cool since 1998.\n" + _BODY
        + "\nComfortPro Home Services is an equal opportunity employer.\n"
    )
    assert company == "ComfortPro Home Services"


def test_an_employer_beside_the_title_that_the_text_names_again_stays() -> None:
    _title, company, _place = _fields(
        "Bartender – The Copper Still\nGalway\n\nThe Copper Still is a whiskey bar on Quay "
        "Street.\n\nWhat you'll do\n- Serve drinks\n\nRequirements\n- Bar experience\n"
    )
    assert company == "The Copper Still"


def _asked(text: str, matcher: SkillMatcher) -> dict[str, str]:
    posting = read_posting(text.encode(), "posting.txt", matcher=matcher)
    return {s.skill: s.importance for s in posting.skills if s.importance != "mentioned"}


def test_canadas_and_south_africas_credentials_are_asked_for(matcher: SkillMatcher) -> None:
    asked = _asked(
        "Warehouse Associate\nNorthway Logistics Inc.\nMississauga, ON\n\nRequirements\n"
        "- WHMIS training must be current\n- H2S Alive ticket\n- Red Seal welder\n"
        "- isiZulu speaking will be a strong advantage\n",
        matcher,
    )
    assert {"WHMIS", "H2S Alive", "Red Seal"} <= set(asked)
    assert any("Zulu" in skill for skill in asked)


def test_a_short_name_that_is_also_a_word_needs_its_field(matcher: SkillMatcher) -> None:
    asked = _asked(
        "Accounts Executive\nKulkarni & Joshi Associates\nPune\n\nRequirements\n"
        "- TDS returns (24Q, 26Q) and GST filing\n- Knowledge of the Companies Act 2013\n",
        matcher,
    )
    assert {"TDS", "Companies Act 2013"} <= set(asked)
    plain = _asked(
        "Receptionist\nHarbour Dental\nCork\n\nRequirements\n- Answer the phones and keep the "
        "TDS folder tidy\n- Two years on a front desk\n",
        matcher,
    )
    assert "TDS" not in plain


def test_the_employers_line_with_remote_and_pay_keeps_the_way_of_working() -> None:
    assert _fields(
        "Content Designer\n\nFerncastle Digital — Remote (UK) — £42,000 to £48,000\n" + _BODY
    ) == ("Content Designer", "Ferncastle Digital", "Remote (UK)")


def test_an_employers_recruitment_coordinator_signs_for_the_employer() -> None:
    _title, company, _place = _fields(
        "Subject: Casual Security Officers needed – Parramatta\n\nHi everyone,\n\nWe are "
        "urgently looking for casual Security Officers.\n" + _BODY + "\nCheers,\nPriya Raman\n"
        "Rostering & Recruitment Coordinator\nHarbourline Security Group | Master Licence 0000\n"
    )
    assert company == "Harbourline Security Group"
