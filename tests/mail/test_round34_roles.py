"""Round 34's role class: an early-career programme's name as the role (mail/roleschemes.py),
written in running text after words no title pattern knows, with an intake year, a stream or
the employer's name beside its head word, in the nine languages. The emails were written for
these tests and are not trained on; main (round 33) read the roles marked wrong (what it gave
in the comment)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bounceback.mail.roleschemes import scheme_titles
from mail.mailkit import assert_answer, classify_by_cli

# (from, subject, body, kind, company, role)
MAIL = {
    "en_scheme_in_body": (  # (main reads it right too: kept as a guard)
        "Early Careers <earlycareers@pellworth.co.uk>", "Next step: your online tests",
        "Dear Priya,\n\nThank you for applying to the Pellworth Graduate Scheme 2027 - "
        "Actuarial. We are pleased to invite you to complete our online numerical and "
        "situational judgement tests by Friday 14 November.\n\nGood luck,\nPellworth Early "
        "Careers Team",
        "assessment", "Pellworth", "Graduate Scheme 2027 - Actuarial"),
    "fr_programme_in_body": (  # (main reads it right too: kept as a guard)
        "Recrutement Campus <campus@valmaret.fr>", "Prochaine étape",
        "Bonjour Léa,\n\nMerci pour ta candidature au Programme Graduate Finance 2027. Nous "
        "souhaitons t'inviter à un entretien le mardi 18 mars à 10h dans nos bureaux.\n\nL'équipe "
        "Recrutement Campus\nValmaret",
        "interview_request", "Valmaret", "Programme Graduate Finance 2027"),
    "de_trainee_in_body": (  # main: no role
        "Recruiting <karriere@lindholm-versicherung.de>", "Online-Assessment",
        "Hallo Jonas,\n\nvielen Dank für dein Interesse an unserem Traineeprogramm 2027 – "
        "Vertrieb. Als nächsten Schritt laden wir dich zu unserem Online-Assessment ein. "
        "Bitte schließe es innerhalb von sieben Tagen ab.\n\nDein Recruiting-Team\nLindholm "
        "Versicherung",
        "assessment", "Lindholm Versicherung", "Traineeprogramm 2027 – Vertrieb"),
    "nl_traineeship_in_body": (  # main: no role
        "Recruitment <werkenbij@dalvorst.nl>", "Online assessment",
        "Beste Sanne,\n\nje bent door naar de volgende ronde van het Dalvorst Traineeship "
        "2027. Maak binnen vijf dagen de online capaciteitentest.\n\nGroet,\nTeam Recruitment"
        "\nDalvorst",
        "assessment", "Dalvorst", "Traineeship 2027"),
}


@pytest.fixture(scope="module")
def answers(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, object]]:
    path: Path = tmp_path_factory.mktemp("round34") / "mail.jsonl"
    return classify_by_cli(path, MAIL)


@pytest.mark.parametrize("key", sorted(MAIL))
def test_a_programmes_name_is_the_role(answers: dict[str, dict[str, object]], key: str) -> None:
    assert_answer(answers[key], MAIL[key])


@pytest.mark.parametrize(("text", "span"), [
    ("ta candidature au Management Trainee Program – Marketing 2025 a été retenue",
     "Management Trainee Program – Marketing 2025"),
    ("for the Aldermoor 2027 Finance Graduate Scheme.", "2027 Finance Graduate Scheme"),
    ("do Programa de Estágio 2027 do Banco", "Programa de Estágio 2027"),
    ("w ramach Programu Stażowego 2027 Banku", "Programu Stażowego 2027"),
    ("din ansökan till Traineeprogrammet 2027 hos", "Traineeprogrammet 2027"),
    ("la tua candidatura al Graduate Program Attuariale 2026 di", "Graduate Program Attuariale"),
    ("tu candidatura a las Prácticas en Marketing Digital 2026", "Prácticas en Marketing Digital"),
    ("the 2027 Graduate Programme – Supply chain at Glenmore", "2027 Graduate Programme – Supply chain"),
])
def test_each_span_of_a_programmes_name_is_offered(text: str, span: str) -> None:
    assert span in {title for title, _ in scheme_titles(text)}


@pytest.mark.parametrize("text", ["We move to the next stage of our program soon.",
                                  "Stage. Thank you", "an internship would suit you"])
def test_lower_case_words_name_no_programme(text: str) -> None:
    assert [title for title, _ in scheme_titles(text)] == []
