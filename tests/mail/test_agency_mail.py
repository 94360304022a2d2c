"""Round 19: what the company ranker's answer "none" knows of an agency's mail
(mail/agencymail.py): the sender writes as an agency, the email speaks of a client without
naming it, it names nothing but the agency; a name that reads as an agency's; a platform is
never an agency. Emails written for these tests."""

from __future__ import annotations

import pytest

from bounceback.mail.agencymail import unnamed_client, writes_as_agency
from bounceback.mail.company import gather
from bounceback.mail.employer import company_of, email_none
from bounceback.mail.features import read
from bounceback.mail.names import squash
from bounceback.mail.nameshape import static_feats


@pytest.mark.parametrize("text", [
    "a Site Manager role I'm working on for one of my clients, a regional housebuilder",
    "I'm looking for a Shutdown Planner for a tier 1 iron ore client in the Pilbara",
    "Ich suche für einen mittelständischen Kunden in Innsbruck einen Front Office Manager",
    "Voor een opdrachtgever in de regio Tilburg zoek ik een Planner",
    "Pour un de nos clients, acteur majeur de la logistique, nous recherchons",
    "Buscamos para una empresa líder del sector un Jefe de Almacén",
    "per un nostro cliente, azienda del settore packaging",
    "Szukam Senior DevOps Engineera dla naszego klienta - skandynawskiej firmy",
    "Vi söker en controller åt en kund i Göteborg",
    "para um cliente do setor automóvel",
])
def test_a_client_spoken_of_without_its_name(text: str) -> None:
    assert unnamed_client(text)


@pytest.mark.parametrize("text", [
    "Our client Kestrel Foods would like to meet you on Tuesday",
    "Thank you for applying for the Analyst role at Harbourline",
    "we look after our clients every day",
    "unsere Kunden stehen im Mittelpunkt",
])
def test_no_unnamed_client(text: str) -> None:
    assert not unnamed_client(text, client_only=True)


@pytest.mark.parametrize("low", [
    "we look after our clients every day",
    "the role is in customer service",
    "nos clients nous font confiance",
    "thank you for applying to the analyst role",
])
def test_an_employer_that_speaks_of_its_customers_does_not_write_as_an_agency(low: str) -> None:
    assert not writes_as_agency(low, "")


def test_an_agency_whose_name_says_nothing_of_recruiting_is_known_by_its_client() -> None:
    subject = "Management Accountant - Leeds"
    body = ("Hi Sam,\n\nI'm recruiting for a Management Accountant with a manufacturing client "
            "in Leeds. Would you be open to a chat?\n\nLaura Pemberton\nHarper Blake")
    _, facts = gather("Laura Pemberton <laura@harperblake.co.uk>", read(subject, body), subject)
    assert facts.agency


def test_a_platform_is_never_an_agency() -> None:
    # eRecruiter's name reads as an agency's ("recruit"): it is a hiring system writing for
    # the employer, whose name the signature gives
    subject = "Potwierdzenie otrzymania aplikacji"
    body = ("Dzień dobry,\n\ndziękujemy za przesłanie aplikacji na stanowisko Magazynier.\n\n"
            "Pozdrawiamy\nDział HR Wistal")
    items, facts = gather("eRecruiter <powiadomienia@erecruiter.pl>", read(subject, body),
                          subject)
    assert not facts.agency
    assert not any(f.startswith("none:agency") for f in email_none(items, facts,
                                                                    read(subject, body),
                                                                    subject))


@pytest.mark.parametrize(("name", "agency"), [
    ("Kessler & Partner Personalberatung", True),
    ("Jansen Werving & Selectie", True),
    ("Harrowgate Recruitment", True),
    ("Talentia Executive Search", True),
    ("Harbourline Logistics", False),
    ("Kingsbridge University", False),
])
def test_a_name_that_reads_as_an_agencys(name: str, agency: bool) -> None:
    assert ("agency_name" in static_feats(name, squash(name))) is agency


def test_the_features_of_none_for_an_agencys_outreach() -> None:
    subject = "Payroll Officer - Leeds"
    body = ("Hi Sam,\n\nI'm working on a Payroll Officer role for a client in south Leeds. "
            "Would you be open to a call?\n\nPriya Shah\nHarrowgate Recruitment")
    reading = read(subject, body)
    sender = "Priya Shah <priya.shah@harrowgaterecruitment.co.uk>"
    items, facts = gather(sender, reading, subject)
    none = email_none(items, facts, reading, subject, "recruiter_outreach")
    assert {"none", "none:own", "none:agency", "none:unnamed:agency",
            "none:agency:ek:recruiter_outreach"} <= set(none)
    assert company_of(sender, subject, reading, email_kind="recruiter_outreach") is None


def test_an_agencys_interview_names_its_client() -> None:
    subject = "Interview - Tuesday"
    body = ("Hi Sam,\n\nGreat news: our client Kestrel Foods would like to meet you on Tuesday "
            "at 10am at their Leeds site.\n\nPriya Shah\nHarrowgate Recruitment")
    sender = "Priya Shah <priya.shah@harrowgaterecruitment.co.uk>"
    company = company_of(sender, subject, read(subject, body), email_kind="interview_request")
    assert company is not None and squash(company) == "kestrelfoods"
