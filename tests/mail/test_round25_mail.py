"""Round 25's error classes (read in the retired sets E10 and E11), as a user sees them in
`bounceback emails classify`: a job board confirming that the reader's application went out
("You've successfully applied to", "submitted through Easy Apply", "¡Te postulaste!"), with
its "similar jobs" and review blocks, is an acknowledgement; a job board relaying a
recruiter's message ("A recruiter has sent you a job invitation", "Reply to recruiter") is
outreach. Rejections and social messages in the same words keep their kind. The emails were
written for these tests and are not trained on; main (round 24) read two of them wrong
(marked)."""

from __future__ import annotations

import pytest

from mail.mailkit import classify_by_cli

# (from, subject, body, kind, company): company None where it is not asserted.
MAIL = {
    "board_sent_en": (  # main: other
        "CareerBuilder <noreply@careerbuilder.com>", "Application sent: Dental Receptionist",
        "Hi Dana,\n\nYou've successfully applied to Dental Receptionist with Bright Smile Dental "
        "in Tulsa, OK. The employer now has your resume.\n\nSee salaries for this job | Read "
        "company reviews\n\nCareerBuilder, LLC · Unsubscribe",
        "application_received", None),
    "board_quick_apply_en": (
        "SimplyHired <alerts@simplyhired.com>", "You applied to Forklift Driver",
        "Hi Marcus,\n\nYou applied to Forklift Driver at Pinecrest Supply (Reno, NV) today. Your "
        "application was submitted through Quick Apply and the employer now has your resume."
        "\n\nMore jobs like this\n\nSimplyHired · Unsubscribe",
        "application_received", "Pinecrest Supply"),
    "board_sent_es": (  # main: rejection ("¡Mucha suerte!")
        "Bumeran <postulaciones@bumeran.com.pe>", "¡Te postulaste a Cajero/a!",
        "Hola Diego,\n\n¡Te postulaste con éxito! Tu CV para Cajero/a en Supermercados Andinos "
        "fue enviado.\n\nLa empresa va a revisar tu perfil. ¡Mucha suerte!\n\nAvisos similares"
        "\n\nBumeran · Dejar de recibir estos correos",
        "application_received", None),
    "board_sent_es_co": (
        "Computrabajo <avisos@computrabajo.com>", "Postulación enviada: Auxiliar contable",
        "Hola Lucía,\n\nTu postulación a la oferta Auxiliar contable de Grupo Norteño fue "
        "enviada correctamente.\n\nLa empresa revisará tu hoja de vida. Puedes ver el estado en "
        "Mis postulaciones.\n\nOfertas similares para ti\n\nComputrabajo · Darse de baja",
        "application_received", "Grupo Norteño"),
    "board_sent_de": (
        "StepStone <noreply@stepstone.de>", "Ihre Bewerbung wurde versendet",
        "Hallo Herr Kaya,\n\nIhre Bewerbung als Lagerlogistiker (m/w/d) bei Brenner Logistik "
        "GmbH wurde erfolgreich versendet.\n\nDiese Jobs könnten Sie auch interessieren\n\n"
        "StepStone GmbH · Abmelden",
        "application_received", "Brenner Logistik"),
    "board_sent_pl": (
        "Pracuj.pl <powiadomienia@pracuj.pl>", "Twoja aplikacja została wysłana",
        "Cześć Kasia,\n\nTwoja aplikacja na stanowisko Księgowa w firmie Biuro Rachunkowe "
        "Tomczak została wysłana.\n\nPodobne oferty\n\nPracuj.pl · Wypisz się",
        "application_received", None),
    "relay_en": (
        "Shine.com <recruiter-mail@shine.com>",
        "A recruiter from Orbit Infotech has sent you a job invitation",
        "Hi Rahul,\n\nA recruiter has sent you a job invitation.\n\nRecruiter: Neha K, Orbit "
        "Infotech\nRole: Java Developer, 3-6 yrs, Pune\n\"Hi Rahul, your profile matches our "
        "requirement for Java Developer. Kindly share your updated CV if interested.\"\n\n"
        "Reply to recruiter\n\nShine.com · Unsubscribe",
        "recruiter_outreach", "Orbit Infotech"),
    "relay_fr": (
        "HelloWork <messages@hellowork.com>", "Un recruteur vous a envoyé un message",
        "Bonjour Léa,\n\nUn recruteur vous a envoyé un message.\n\nDe : Julie Marchand, Groupe "
        "Vitalis\n« Bonjour Léa, votre profil correspond à notre poste de Comptable. "
        "Seriez-vous intéressée ? »\n\nRépondre\n\nHelloWork · Se désabonner",
        "recruiter_outreach", None),
    # the same words in mail of other kinds
    "rejection_applied_en": (
        "Kettle & Co <jobs@kettleandco.com>", "The role you applied for",
        "Hi Jamie,\n\nThanks for your interest in the Barista role you applied for last week. "
        "Unfortunately we have decided to go with other candidates this time.\n\nAll the best,"
        "\nKettle & Co",
        "rejection", "Kettle & Co"),
    "rejection_board_es": (
        "Bumeran <postulaciones@bumeran.com.ar>", "Novedades de tu postulación",
        "Hola Sofía,\n\nTu postulación al aviso Recepcionista de Hotel Plaza Sur fue revisada. "
        "Lamentablemente la empresa decidió avanzar con otros candidatos.\n\n¡Mucha suerte!\n"
        "Equipo Bumeran",
        "rejection", None),
    "social_message_en": (
        "LinkedIn <messages-noreply@linkedin.com>", "Priya sent you a message",
        "Priya Raman sent you a message:\n\n\"Hey! Are you coming to the reunion on Saturday? "
        "Bring the photos!\"\n\nReply\n\nLinkedIn · Unsubscribe",
        "other", None),
}


@pytest.fixture(scope="module")
def sorted_mail(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, object]]:
    return classify_by_cli(tmp_path_factory.mktemp("mail25") / "in.jsonl", MAIL)


@pytest.mark.parametrize("key", list(MAIL))
def test_kind_as_a_user_reads_it(sorted_mail: dict[str, dict[str, object]], key: str) -> None:
    got, want = sorted_mail[key], MAIL[key]
    assert got["kind"] == want[3]
    if want[4] is not None:
        assert got["company"] == want[4]
