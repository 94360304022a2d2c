"""A bracket right after a job title holds the role's specialism, area, shift, place or grade
("Park Ranger (Interpretation)", "Staff Nurse (Night Shift)", "Ingeniero (Madrid)"): it is part
of the role, never the employer (round 35: the refitted company ranker read "Interpretation"
as a USAJOBS subject's employer, and the role then lost the bracket). An agency's "our client
(Acme)" and a board's "Nurse · Acme (Acme Health)" still name the employer. The emails were
written for these tests; none is trained on."""

from __future__ import annotations

import pytest

from mail.mailkit import classify_by_cli

# (from, subject, body, the company: None when the mail names no employer, the role)
MAIL = {
    "en_subject_specialism": (
        "USAJOBS <no-reply@usajobs.gov>",
        "Application status update: Biological Technician (Wildlife), GS-0404-05",
        "Dear Applicant,\n\nYour application for the position above has been received and is "
        "being reviewed.\n\nSign into USAJOBS to track it.",
        None,
        "Biological Technician (Wildlife)",
    ),
    "en_body_position_of": (
        "Careers <no-reply@usajobs.gov>",
        "Your application status",
        "Dear Applicant,\n\nThank you for applying for the position of Park Ranger (Law "
        "Enforcement). You have been referred to the hiring manager.\n\nUSAJOBS",
        None,
        "Park Ranger (Law Enforcement)",
    ),
    "en_body_rejection": (
        "Careers <no-reply@usajobs.gov>",
        "Your application status",
        "Dear Applicant,\n\nYour application for the position of Contract Specialist "
        "(Acquisitions) has been reviewed. Unfortunately you were not among the best "
        "qualified candidates.\n\nUSAJOBS",
        None,
        "Contract Specialist (Acquisitions)",
    ),
    "fr_subject_and_body": (
        "Welcome to the Jungle <noreply@welcometothejungle.com>",
        "Mise à jour de ta candidature : Technicien (Maintenance)",
        "Bonjour Léa,\n\nl'entreprise a bien reçu ta candidature au poste de Technicien "
        "(Maintenance) et reviendra vers toi.\n\nL'équipe",
        None,
        None,
    ),
    "nl_subject_and_body": (
        "Werkzoeken <noreply@werk.nl>",
        "Update sollicitatie: Docent (Wiskunde)",
        "Beste Jan,\n\nje sollicitatie voor de functie Docent (Wiskunde) is ontvangen en wordt "
        "bekeken.\n\nMet vriendelijke groet",
        None,
        "Docent (Wiskunde)",
    ),
    "pl_subject_and_body": (
        "Pracuj <noreply@pracuj.pl>",
        "Aktualizacja aplikacji: Księgowy (Rozliczenia)",
        "Dzień dobry,\n\nTwoja aplikacja na stanowisko Księgowy (Rozliczenia) została "
        "przekazana pracodawcy.\n\nZespół",
        None,
        "Księgowy (Rozliczenia)",
    ),
    # what kept working: a shift, a place, and the employer its own mail names
    "en_shift": (
        "USAJOBS <no-reply@usajobs.gov>",
        "Application status update: Staff Nurse (Night Shift)",
        "Dear Applicant,\n\nYour application for the position above has been received and is "
        "being reviewed.\n\nSign into USAJOBS to track it.",
        None,
        "Staff Nurse (Night Shift)",
    ),
    "es_place": (
        "InfoJobs <noreply@infojobs.net>",
        "Has aplicado a la oferta: Ingeniero (Zaragoza)",
        "Hola Marta,\n\ntu candidatura se ha enviado correctamente. La empresa revisará tu "
        "perfil y te contactará si encaja.\n\nEl equipo de InfoJobs",
        None,
        "Ingeniero (Zaragoza)",
    ),
    "en_calendar_employer_in_brackets": (
        "Google Calendar <calendar-notification@google.com>",
        "Invitation: Final interview – Product Designer (Marlow Software) @ Tue 3 Mar 2027 "
        "10am - 11am (GMT)",
        "Final interview – Product Designer (Marlow Software)\nWhen: Tuesday 3 March 2027 "
        "10am – 11am (GMT)\nJoining: meet.google.com/abc-defg-hij\n\nGoing? Yes - Maybe - No",
        "Marlow Software",
        None,
    ),
    "en_employer_own_subject": (
        "Harbourside Health Talent <careers@harboursidehealth.org>",
        "Thank you for applying: Clinical Analyst (Oncology)",
        "Dear Jordan,\n\nThank you for your application to Harbourside Health. We are "
        "reviewing applications and will be in touch.\n\nHarbourside Health Talent Team",
        "Harbourside Health",
        "Clinical Analyst (Oncology)",
    ),
}


@pytest.fixture(scope="module")
def answers(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, object]]:
    return classify_by_cli(tmp_path_factory.mktemp("brackets") / "in.jsonl", MAIL)


@pytest.mark.parametrize("key", list(MAIL))
def test_a_bracket_after_a_title_is_not_the_employer(
    answers: dict[str, dict[str, object]], key: str
) -> None:
    got = answers[key]
    assert got["kind"] != "other"
    assert got["company"] == MAIL[key][3]
    assert MAIL[key][4] is None or got["role"] == MAIL[key][4]
