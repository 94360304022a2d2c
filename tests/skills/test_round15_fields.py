"""Round 15: title, company and location from the layouts the blind sets read worse than the
labelled folders (recruiters' emails, job-board pastes, public-sector adverts, markdown). Each
probe is written anew, with made-up employers and towns, in one layout; each failed on main."""

from __future__ import annotations

from bounceback.skills.postings import read_posting

BODY = (
    "\n\nThe role\n- Keep records up to date\n\n"
    "Requirements\n- Two years of experience in a similar role\n- Good written English\n\n"
    "How to apply\nSend your CV.\n"
)


def _read(text: str, name: str = "posting.txt") -> tuple[str, str, str]:
    posting = read_posting((text + BODY).encode(), name)
    return posting.title, posting.company, posting.location


def test_a_recruiters_email_names_my_client_and_the_town_after_the_job() -> None:
    """ "on behalf of my client, X," names the employer (only "our client" did); the subject's
    "Payroll Administrator, Reading" is the job, then the town."""
    text = (
        "Subject: Opportunity - Payroll Administrator, Reading\n\nHi Sam,\n\n"
        "I'm currently recruiting on behalf of my client, Kestrel Facilities Management, a "
        "well-established facilities business, who are looking for a Payroll Administrator.\n\n"
        "Kind regards,\nJo Patel\nSenior Consultant | Harbourline Recruitment"
    )
    posting = read_posting((text + BODY).encode(), "email.txt")
    assert (posting.title, posting.company, posting.location) == (
        "Payroll Administrator",
        "Kestrel Facilities Management",
        "Reading",
    )
    assert posting.agency == "Harbourline Recruitment"


def test_a_position_with_my_client_is_the_clients() -> None:
    text = (
        "Subject: Site Engineer role - Milton Keynes\n\nHello Priya,\n\n"
        "I thought you might be interested in a Site Engineer position with my client, Calder "
        "Civil Engineering, on a new highways scheme.\n\nBest regards,\nTom Reeves\n"
        "Principal Consultant\nStonebridge Talent Partners"
    )
    assert _read(text, "email.txt")[1] == "Calder Civil Engineering"


def test_a_subject_with_the_job_in_a_town() -> None:
    text = (
        "Subject: Staff Accountant opportunity in Denver\n\nHi Alex,\n\n"
        "We are partnering with Aspen Grove Health, a regional healthcare provider, to find a "
        "Staff Accountant."
    )
    assert _read(text, "email.txt") == ("Staff Accountant", "Aspen Grove Health", "Denver")


def test_a_boards_page_title_job_at_employer_then_the_board() -> None:
    text = (
        "Client Services Coordinator job at Bellwether Insurance Brokers | Jobsite\n\n"
        "Bellwether Insurance Brokers\nManchester, Greater Manchester\nPosted 2 days ago\n\n"
        "We are looking for a Client Services Coordinator to support our brokers."
    )
    assert _read(text)[:2] == ("Client Services Coordinator", "Bellwether Insurance Brokers")


def test_a_markdown_heading_with_the_employer_that_says_it_hires() -> None:
    """ "Services" ends a team's name too ("Child & Family Services"), but a name the text says
    is looking for someone is the employer."""
    text = (
        "# Plumber – Maintenance | Harbourview Property Services | Wollongong NSW\n\n"
        "Harbourview Property Services is looking for a licensed maintenance plumber."
    )
    title, company, location = _read(text, "posting.md")
    assert "Harbourview" not in title
    assert company == "Harbourview Property Services"
    assert location == "Wollongong NSW"


def test_a_school_and_a_town_the_places_list_does_not_know() -> None:
    text = (
        "Teaching Assistant (Level 3) - SEN\nOakhurst Academy, Kettlebridge\n"
        "Salary: Grade 5, £21,000 pro rata\n\n"
        "Oakhurst Academy is seeking a caring Teaching Assistant to support pupils with SEND."
    )
    assert _read(text)[1:] == ("Oakhurst Academy", "Kettlebridge")


def test_a_public_sector_advert_its_posting_title_and_work_location() -> None:
    text = (
        "Posting title: Correctional Officer I\nDepartment: Department of Corrections\n"
        "Work location: Walla Falls Correctional Center, Walla Falls, WA\n"
        "Salary: $4,512 - $6,061 monthly\n\nDuties\nSupervise incarcerated individuals."
    )
    title, _company, location = _read(text)
    assert title == "Correctional Officer I"
    assert location == "Walla Falls, WA"


def test_a_councils_address_with_its_postcode_gives_the_town() -> None:
    text = (
        "Job title: Environmental Health Officer\nEmployer: Easthaven District Council\n"
        "Location: Civic Centre, Market Street, Easthaven, EH4 2PL\n"
    )
    assert _read(text)[2] == "Easthaven"


def test_we_are_hiring_then_the_employer_the_job_and_the_town() -> None:
    text = (
        "Dear candidate,\n\nWe are hiring! Mapleford Dental Group is hiring a Dental Receptionist "
        "for our clinic in Guelph, Ontario.\n"
    )
    assert _read(text) == ("Dental Receptionist", "Mapleford Dental Group", "Guelph, Ontario")
