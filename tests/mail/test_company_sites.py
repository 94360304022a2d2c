"""An employer's site or office written where a name may stand ("at our Head Office", "presso
la Sede Centrale", "au Siège social", "in der Zentrale", "en la Sede Central", "op het
Hoofdkantoor", "w Siedzibie Głównej") says where the job is, not who the employer is: the
company `bounceback emails classify` gives is the employer the email names elsewhere, or none
(round 35: the company ranker weighs such a name as a site, `site` in mail/nameshape.py; a
refit without it read "presso la Sede Centrale" as the employer). A name with such a word
beside words of its own ("Bar Centrale", "Oficina Turbo") keeps being a name. The emails were
written for these tests; none is trained on."""

from __future__ import annotations

from pathlib import Path

import pytest

from bounceback.mail.names import squash
from bounceback.mail.nameshape import static_feats
from mail.mailkit import classify_by_cli

# (from, subject, body, a site's word the answer must not hold, the employer or None)
MAIL = {
    "en_head_office": (
        "Recruitment <noreply@jobs-mail.net>",
        "Your interview",
        "Dear Alex,\n\nThank you for applying for the Payroll Officer role. We would like to "
        "invite you to an interview at our Head Office on Tuesday at 10am.\n\nKind regards,\n"
        "The Recruitment Team",
        "Head",
        None,
    ),
    "it_sede_centrale": (
        "Portale Lavoro <notifiche@portalelavoro.it>",
        "Colloquio",
        "Gentile Giulia,\n\nla invitiamo a un colloquio per il ruolo di contabile presso la "
        "Sede Centrale, giovedì alle 9:30.\n\nCordiali saluti",
        "Sede",
        None,
    ),
    "fr_siege_social": (
        "Service Emploi <noreply@service-emploi.fr>",
        "Votre candidature",
        "Bonjour Paul,\n\nMerci pour votre candidature au poste d'assistant comptable au Siège "
        "Social. Malheureusement, nous ne pouvons pas donner une suite favorable.\n\n"
        "Cordialement",
        "Siège",
        None,
    ),
    "de_zentrale": (
        "Karriere Portal <noreply@karriere-portal.de>",
        "Einladung zum Gespräch",
        "Sehr geehrter Herr Brandt,\n\nwir laden Sie zu einem Vorstellungsgespräch als "
        "Buchhalter in unserer Hauptverwaltung Zentrale ein.\n\nMit freundlichen Grüßen",
        "Zentrale",
        None,
    ),
    "es_sede_central_named": (
        "Marta Ruiz <marta.ruiz@gmail.com>",
        "Entrevista",
        "Hola Lucía,\n\nte invitamos a una entrevista para el puesto de recepcionista en la "
        "Sede Central de Madrid el lunes a las 10.\n\nUn saludo,\nMarta Ruiz\n"
        "Construcciones Albero S.L.",
        "Sede",
        "Construcciones Albero S.L",
    ),
    "nl_hoofdkantoor_named": (
        "Team Werving <werving@vandermeer-transport.nl>",
        "Uitnodiging gesprek",
        "Beste Sanne,\n\nWe nodigen je graag uit voor een gesprek op het Hoofdkantoor in "
        "Utrecht voor de functie van planner.\n\nMet vriendelijke groet,\nVan der Meer "
        "Transport",
        "Hoofdkantoor",
        "Van der Meer Transport",
    ),
    "pl_siedzibie": (
        "Hrportal <powiadomienia@hrportal.pl>",
        "Zaproszenie na rozmowę",
        "Dzień dobry,\n\nzapraszamy na rozmowę na stanowisko Księgowa w Siedzibie Głównej w "
        "czwartek o 10:00.\n\nPozdrawiamy",
        "Siedzibie",
        None,
    ),
}


@pytest.fixture(scope="module")
def answers(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, object]]:
    return classify_by_cli(tmp_path_factory.mktemp("sites") / "in.jsonl", MAIL)


@pytest.mark.parametrize("key", list(MAIL))
def test_a_site_is_not_the_employer(answers: dict[str, dict[str, object]], key: str) -> None:
    got = answers[key]
    assert got["kind"] != "other"
    assert MAIL[key][3] not in str(got["company"])


@pytest.mark.parametrize("key", [k for k, m in MAIL.items() if m[4]])
def test_the_employer_named_elsewhere_is_given(
    answers: dict[str, dict[str, object]], key: str
) -> None:
    assert answers[key]["company"] == MAIL[key][4]


@pytest.mark.parametrize(
    "name",
    [
        "Sede Centrale",
        "Head Office",
        "Siège social",
        "Filiale di Pescara",
        "Hauptsitz",
        "Oficina Central",
    ],
)
def test_a_sites_name_reads_as_a_site(name: str) -> None:
    assert "site" in static_feats(name, squash(name))


@pytest.mark.parametrize(
    "name",
    [
        "Bar Centrale",
        "Oficina Auto Fonseca",
        "Pharmacie Centrale du Lac",
        "Central Hospital",
        "Branch Bakery",
    ],
)
def test_a_name_with_words_of_its_own_is_no_site(name: str) -> None:
    assert "site" not in static_feats(name, squash(name))


def test_no_site_for_nothing(tmp_path: Path) -> None:
    """A site's word alone in a subject gives no traceback and no employer."""
    got = classify_by_cli(tmp_path / "in.jsonl", {"x": ("a <a@b.c>", "Sede", "Sede")})
    assert got["x"]["company"] is None or "Sede" not in str(got["x"]["company"])
