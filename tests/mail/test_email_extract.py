"""Company, role, platform and interview times read from emails."""

from __future__ import annotations

from datetime import datetime

import pytest

from bounceback.mail.classify import classify
from bounceback.mail.employer import extract_company
from bounceback.mail.platforms import detect_platform, platform_of_domain
from bounceback.mail.roles import extract_role
from bounceback.mail.times import proposed_times


@pytest.mark.parametrize(
    ("sender", "subject", "body", "company"),
    [
        ("Quarry Foods Hiring Team <no-reply@us.greenhouse-mail.io>", "Thanks for applying",
         "Thanks for applying!", "Quarry Foods"),
        ("Workday <quarryfoods@myworkday.com>", "Application received",
         "Thank you for your interest in Quarry Foods Ltd. We have your application.",
         "Quarry Foods"),  # the legal form is left out
        ("Jo Reyes <jo.reyes@quarryfoods.co.uk>", "Your application",
         "Hi Sam, thank you for applying to Quarry Foods.\n\nJo Reyes\nTalent Partner",
         "Quarry Foods"),
        ("Ana at Millbrook Health <no-reply@ashbyhq.com>", "Interview", "See you soon.",
         "Millbrook Health"),
    ],
)
def test_company(sender: str, subject: str, body: str, company: str | None) -> None:
    assert extract_company(sender, subject, body) == company


def test_personal_mail_names_no_employer() -> None:
    found = classify("Mum <mum@gmail.com>", "Lunch", "Are you coming on Sunday?")
    assert found.kind.value == "other"
    assert found.company is None and found.role is None


@pytest.mark.parametrize(
    ("subject", "body", "role"),
    [
        ("Application received: Staff Nurse - Acute Medicine", "", "Staff Nurse - Acute Medicine"),
        ("Your application", "Thank you for applying for the Warehouse Operative position at "
         "Harbourline.", "Warehouse Operative"),
        ("Update", "We regret that your application for the post of Teacher of Mathematics was "
         "unsuccessful.", "Teacher of Mathematics"),
        ("Interview invitation: Backend Engineer (Java)", "", "Backend Engineer (Java)"),
        ("Hello", "Hope you are well.", None),
    ],
)
def test_role(subject: str, body: str, role: str | None) -> None:
    assert extract_role(subject, body) == role


def test_platforms_from_domains_and_footers() -> None:
    assert platform_of_domain("us.greenhouse-mail.io") == "Greenhouse"
    assert platform_of_domain("acme.wd3.myworkday.com") == "Workday"
    assert platform_of_domain("hire.lever.co") == "Lever"
    assert platform_of_domain("example.com") is None
    assert detect_platform("acme.example", "Thanks.\n\nPowered by SmartRecruiters") == \
        "SmartRecruiters"
    assert detect_platform("acme.example", "Thanks for applying.") is None


def test_proposed_times_in_several_styles() -> None:
    text = ("Could you do Tuesday 3 March at 10:30, 24-Feb-2026 at 11:30 AM, or "
            "Monday, February 16, 2026 at 9:30 a.m.? Otherwise 14/03/2026 14:00. You may 3 times.")
    found = proposed_times(text, default_year=2026)
    assert [t.when for t in found] == [
        datetime(2026, 3, 3, 10, 30), datetime(2026, 2, 24, 11, 30),
        datetime(2026, 2, 16, 9, 30), datetime(2026, 3, 14, 14, 0)]
    assert [t.year_given for t in found] == [False, True, True, True]


@pytest.mark.parametrize(
    ("sender", "subject", "body", "company"),
    [
        ("Workday for Halden Foods <haldenfoods@myworkday.com>", "Thank you for applying",
         "We received your application.", "Halden Foods"),
        ("Maison Verlaine via Welcome to the Jungle <no-reply@welcometothejungle.com>",
         "Votre candidature chez Maison Verlaine", "Merci pour votre candidature.",
         "Maison Verlaine"),
        ("Grupo Alcorta <noreply@personio.de>", "Tu candidatura",
         "Gracias por tu candidatura. La revisaremos pronto.", "Grupo Alcorta"),
        ("Recrutamento Serra Azul <recrutamento@serraazul.com.br>", "Retorno",
         "Obrigado pela participação no processo seletivo.", "Serra Azul"),
        ("Alyssa Kertzmann via LinkedIn <inmail-hit-reply@linkedin.com>",
         "Alyssa Kertzmann sent you a message: Backend role at Meridian Freight",
         "Hi, are you open to a chat?", "Meridian Freight"),
        ("Jonas Berger <jonas.berger@kuechenwerk-hamburg.de>", "Kennenlernen",
         "Hätten Sie Dienstag Zeit?\n\nBeste Grüße\nJonas Berger\nKüchenwerk Hamburg",
         "Küchenwerk Hamburg"),
        ("LinkedIn <jobs-noreply@linkedin.com>", "Your application was sent to Cinderford Games",
         "Your application was sent to Cinderford Games\n\nJunior Producer", "Cinderford Games"),
        ("Lucy Farrow <lucy.farrow@brackenrecruitment.co.uk>", "Offer details - Accountant, "
         "Halcyon Maritime", "Great news: they would like to offer you the role.",
         "Halcyon Maritime"),
    ],
)
def test_company_through_platforms_people_and_languages(
    sender: str, subject: str, body: str, company: str | None
) -> None:
    assert extract_company(sender, subject, body) == company


@pytest.mark.parametrize(
    ("subject", "body", "lang", "role"),
    [
        ("Zusage – Disponent im Nahverkehr", "Wir freuen uns.", "de", "Disponent im Nahverkehr"),
        ("Ihre Bewerbung", "Vielen Dank für Ihre Bewerbung als Koch (m/w/d) bei uns.", "de",
         "Koch (m/w/d)"),
        ("Votre candidature", "Merci pour votre candidature au poste de chargée de communication.",
         "fr", "chargée de communication"),
        ("Tack för din ansökan", "Tack för din ansökan till tjänsten som Undersköterska vid "
         "sjukhuset.", "sv", "Undersköterska"),
    ],
)
def test_role_in_other_languages(subject: str, body: str, lang: str, role: str) -> None:
    assert extract_role(subject, body, None, lang) == role


@pytest.mark.parametrize(
    ("sender", "subject", "body", "company"),
    [
        # A platform writing for the employer, in a footer or in the display name, in the
        # languages bounceback reads.
        ("Mei Hughes <noreply@smartrecruiters.com>", "Missing information on your application",
         "Dear Zara,\n\nPlease fill in the attached application form for the SENCO post.\n\n"
         "Thank you,\nTalent Acquisition\n\nThis message was sent via SmartRecruiters on "
         "behalf of Oakridge Academy Trust.", "Oakridge Academy Trust"),
        ("Softgarden im Namen von Falkenwerk Logistik <noreply@softgarden.io>",
         "Ihre Bewerbung", "Vielen Dank für Ihre Bewerbung. Wir melden uns.",
         "Falkenwerk Logistik"),
        ("Recrutement de la part de Maison Orsel <no-reply@jobs.example-ats.com>",
         "Votre candidature", "Merci pour votre candidature.", "Maison Orsel"),
        # A "Company:" line in a job board's confirmation names the employer, not the role.
        ("VAGAS.com <naoresponda@vagas.com.br>", "Candidatura realizada com sucesso – "
         "Operador de Máquinas", "Olá, Edson,\n\nSua candidatura foi realizada com sucesso!\n\n"
         "Vaga: Operador de Máquinas\nEmpresa: Laticínios Serra Verde\nLocal: Juiz de Fora\n",
         "Laticínios Serra Verde"),
    ],
)
def test_company_on_behalf_and_labelled(sender: str, subject: str, body: str,
                                        company: str) -> None:
    assert extract_company(sender, subject, body) == company


def test_a_person_at_their_employers_domain_names_it() -> None:
    # Nothing in the email spells the employer, but the sender writes from its own domain.
    assert extract_company("Ben Alvarez <ben.alvarez@quarrysoft.com>",
                           "Re: Full Stack Engineer - coding exercise",
                           "Hi Sam,\n\nGot it, thanks. I'll pass it to the team.\n\nBen") == \
        "Quarrysoft"
    # Free mail is nobody's employer.
    assert extract_company("Ben Alvarez <ben.alvarez@gmail.com>", "Re: exercise",
                           "Hi Sam,\n\nGot it, thanks.\n\nBen") is None


@pytest.mark.parametrize(
    ("subject", "body", "lang", "role"),
    [
        # the word for the interview or the application is not part of the title
        ("SV: Intervju Trafikplanerare", "Hej! Välkommen på intervju.", "sv", "Trafikplanerare"),
        ("AW: Bewerbung Verkaufsberater", "Guten Tag, danke.", "de", "Verkaufsberater"),
        ("Uitnodiging: Sollicitatiegesprek Medewerker Burgerzaken", "Beste Sam,", "nl",
         "Medewerker Burgerzaken"),
        # the title follows "voor de functie" directly
        ("Uitnodiging", "Graag nodigen we je uit voor een gesprek voor de functie Chauffeur CE "
         "op dinsdag.", "nl", "Chauffeur CE"),
        # an opener in title case, and a title that starts with "Medical"
        ("Invitation to Interview - Clinical Nurse Manager", "Dear Sam,", "en",
         "Clinical Nurse Manager"),
        ("Thank you for your application - Medical Receptionist", "Dear Sam,", "en",
         "Medical Receptionist"),
        # "Oportunidad" opens the subject; the title follows it
        ("Oportunidad: Jefe de Producción – sector alimentación", "Hola Ana,", "es",
         "Jefe de Producción"),
    ],
)
def test_role_as_the_mail_writes_it(subject: str, body: str, lang: str, role: str) -> None:
    assert extract_role(subject, body, None, lang) == role


def test_medical_starts_no_title_that_names_no_job() -> None:
    assert extract_role("Medical questionnaire - please complete", "Dear Sam,", None,
                        "en") is None
