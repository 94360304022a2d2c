"""A job portal, an HR-software relay or a generic mail service as the sender ("Hrportal",
"Karriere Portal", "Jobbportal", "Mail Service"): the employer the body marks by a preposition
or a case phrase ("w firmie Boltex", "bei der Hansen Logistik", "hos Nordfrakt") or writes on a
legal-form footer line is the company `bounceback emails classify` gives, not the service's name
(round 23, mail/servicename.py). A real employer or agency with such a word in its name
("Talent Partners", "Mail Boxes Etc.") keeps its answer, and a word a phrase marks that is no
employer ("bei Fragen", "en Madrid", "w Warszawie", "w Dziale Kadr", "presso la Sede Centrale")
is never given. The emails were written for these tests; none is trained on."""

from __future__ import annotations

from pathlib import Path

import pytest

from mail.mailkit import assert_answer, classify_by_cli

# (from, subject, body, kind, company, role)
MAIL = {
    "hrportal_w_firmie": (
        "Hrportal <powiadomienia@hrportal.pl>",
        "Dziękujemy za aplikację",
        "Dzień dobry,\n\ndziękujemy za przesłanie aplikacji na stanowisko Magazynier w firmie Boltex. Niestety zdecydowaliśmy się na innych kandydatów.\n\nPozdrawiamy,\nZespół rekrutacji",
        "rejection", "Boltex", None),
    "karriere_portal_bei_der": (
        "Karriere Portal <noreply@karriere-portal.de>",
        "Ihre Bewerbung",
        "Sehr geehrte Frau Weber,\n\nvielen Dank für Ihre Bewerbung als Disponentin bei der Hansen Logistik. Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team",
        "rejection", "Hansen Logistik", None),
    "jobbportal_hos": (
        "Jobbportal <noreply@jobbportal.se>",
        "Din ansökan",
        "Hej Anna,\n\ntack för din ansökan om tjänsten som lagerarbetare hos Nordfrakt. Tyvärr har vi valt att gå vidare med andra kandidater.\n\nMed vänliga hälsningar\nRekryteringsteamet",
        "rejection", "Nordfrakt", None),
    "mail_service_legal_footer": (
        "Mail Service <noreply@mailservice.com>",
        "Your application",
        "Dear Sam,\n\nThank you for applying for the Accounts Assistant role. Unfortunately we will not be taking your application further.\n\nKind regards,\nThe Recruitment Team\nFenwick & Rowe Ltd\n12 High Street, Leeds",
        "rejection", "Fenwick & Rowe", None),
    "portail_emploi_chez": (
        "Portail Emploi <noreply@portail-emploi.fr>",
        "Votre candidature",
        "Bonjour Julie,\n\nNous vous remercions pour votre candidature au poste de comptable chez Vernier Transports. Malheureusement, nous ne pouvons pas donner une suite favorable à votre candidature.\n\nCordialement,\nL'équipe recrutement",
        "rejection", "Vernier Transports", None),
    "portale_lavoro_presso": (
        "Portale Lavoro <notifiche@portalelavoro.it>",
        "La tua candidatura",
        "Gentile Marco,\n\ngrazie per esserti candidato come magazziniere presso Ferretti Arredamenti. Purtroppo abbiamo deciso di proseguire con altri candidati.\n\nCordiali saluti,\nUfficio Personale",
        "rejection", "Ferretti Arredamenti", None),
    "vacatures_portal_bij": (
        "Vacatures Portal <noreply@vacaturesportal.nl>",
        "Je sollicitatie",
        "Beste Sanne,\n\nBedankt voor je sollicitatie als monteur bij Van Dijk Installatietechniek. Helaas hebben we besloten om niet verder te gaan met je sollicitatie.\n\nMet vriendelijke groet,\nTeam Werving",
        "rejection", "Van Dijk Installatietechniek", None),
    "portal_empleo_en_la_empresa": (
        "Portal Empleo <notificaciones@portalempleo.es>",
        "Tu candidatura",
        "Hola Lucía,\n\ngracias por tu interés en el puesto de administrativa en la empresa Construcciones Ruiz. Lamentablemente hemos decidido seguir con otros candidatos.\n\nUn saludo,\nEquipo de selección",
        "rejection", "Construcciones Ruiz", None),
    "portal_vagas_na_empresa": (
        "Portal Vagas <naoresponda@portalvagas.com.br>",
        "Sua candidatura",
        "Olá Pedro,\n\nobrigado pela sua candidatura para a vaga de vendedor na empresa Solmar. Infelizmente decidimos seguir com outros candidatos.\n\nAtenciosamente,\nEquipe de Recrutamento",
        "rejection", "Solmar", None),
    "agency_named_talent_partners": (
        "Talent Partners <sarah.jones@talentpartners.co.uk>",
        "Your application",
        "Hi Tom,\n\nThanks for applying through us. Unfortunately our client has decided not to progress your application for the Warehouse Supervisor role.\n\nBest regards,\nSarah Jones\nTalent Partners Ltd",
        "rejection", None, None),
    "employer_named_mail_boxes": (
        "Mail Boxes Etc. <jobs@mbe.co.uk>",
        "Your application",
        "Dear Priya,\n\nThank you for applying for the Store Assistant role at Mail Boxes Etc. in Leeds. Unfortunately we will not be moving forward.\n\nKind regards,\nMail Boxes Etc.",
        "rejection", "Mail Boxes Etc", None),
}


@pytest.fixture(scope="module")
def answers(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, object]]:
    return classify_by_cli(tmp_path_factory.mktemp("service") / "in.jsonl", MAIL)


@pytest.mark.parametrize("key", list(MAIL))
def test_the_employer_not_the_service(answers: dict[str, dict[str, object]], key: str) -> None:
    assert_answer(answers[key], MAIL[key])


# A service sender whose body marks no employer: the word after "bei", "en" or "w" is a noun
# or a place (what the answer is otherwise is the ranker's, not asserted here).
NOT_EMPLOYERS = {
    "Fragen": (
        "Karriere Portal <noreply@karriere-portal.de>",
        "Ihre Bewerbung",
        "Sehr geehrte Frau Weber,\n\nvielen Dank für Ihre Bewerbung als Disponentin. Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben. Sie können sich bei Fragen jederzeit an uns wenden. Viel Erfolg bei der Jobsuche.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team"),
    "Madrid": (
        "Portal Empleo <notificaciones@portalempleo.es>",
        "Tu candidatura",
        "Hola Lucía,\n\ngracias por tu interés en el puesto de administrativa en Madrid. Lamentablemente hemos decidido seguir con otros candidatos.\n\nUn saludo,\nEquipo de selección"),
    "Warszawie": (
        "Hrportal <powiadomienia@hrportal.pl>",
        "Dziękujemy za aplikację",
        "Dzień dobry,\n\ndziękujemy za przesłanie aplikacji na stanowisko Magazynier w Warszawie. Niestety zdecydowaliśmy się na innych kandydatów.\n\nPozdrawiamy,\nZespół rekrutacji"),
    "Dziale": (
        "Hrportal <powiadomienia@hrportal.pl>",
        "Twoja aplikacja",
        "Dzień dobry,\n\ndziękujemy za zainteresowanie pracą w Dziale Kadr. Niestety tym razem nie możemy zaprosić Pana na rozmowę.\n\nPozdrawiamy"),
    "Sede": (
        "Portale Lavoro <notifiche@portalelavoro.it>",
        "La tua candidatura",
        "Gentile Marco,\n\ngrazie per la candidatura come impiegato presso la Sede Centrale. Purtroppo abbiamo scelto un altro profilo.\n\nCordiali saluti"),
}


def test_a_marked_word_that_is_no_employer_is_never_given(tmp_path: Path) -> None:
    got = classify_by_cli(tmp_path / "in.jsonl", NOT_EMPLOYERS)
    for word in NOT_EMPLOYERS:
        assert got[word]["kind"] == "rejection"
        assert word not in str(got[word]["company"])
