"""Round 33's role classes (read in the retired sets E8a-E25 by cause), as a user sees them in
`bounceback emails classify`: a table row's cells run together in minified HTML mail
("PositionField Service Engineer", and "StelleFachinformatiker ..." taken for the employer); a
job field's name alone on its line with the title below; a verb the writer goes on with after
naming the post ("na stanowisko Księgowa zapraszamy", "al puesto de Administrativa queremos
invitarte"); a year that is part of a programme's title ("2027 Graduate Programme - Finance",
which the labels keep, weighed as a requisition's digits were). The emails were written for
these tests and are not trained on; main (round 32) read the roles marked wrong (what it gave
in the comment)."""

from __future__ import annotations

import pytest

from bounceback.mail.rolecut import cut_title
from bounceback.mail.rolelooks import _looks
from bounceback.mail.text import readable
from mail.mailkit import assert_answer, classify_by_cli

_TABLE = ("<html><body><p>Dear Sam,</p><table><tr><td>Position</td><td>Field Service Engineer"
          "</td></tr><tr><td>Location</td><td>Leeds</td></tr></table><p>Thank you for your "
          "interest in Corvane. After careful review we have decided not to move forward with "
          "your application.</p><p>Corvane Talent Team</p></body></html>")

# (from, subject, body, kind, company, role)
MAIL = {
    "html_table_cells": (  # main: "PositionField Service Engineer"
        "Talent Team <talent@corvane.com>", "Update on your application", _TABLE,
        "rejection", "Corvane", "Field Service Engineer"),
    "html_table_cells_de": (  # main: no role, the company "StelleFachinformatiker Systemintegration"
        "Recruiting <jobs@halbach.de>", "Ihre Bewerbung",
        "<html><body><p>Guten Tag Frau Berg,</p><table><tr><td>Stelle</td><td>Fachinformatiker "
        "Systemintegration</td></tr><tr><td>Standort</td><td>Bremen</td></tr></table><p>vielen "
        "Dank für Ihre Bewerbung. Wir haben sie erhalten und melden uns in den nächsten zwei "
        "Wochen.</p><p>Ihr Recruiting-Team der Halbach GmbH</p></body></html>",
        "application_received", "Halbach", "Fachinformatiker Systemintegration"),
    "plain_field_above": (  # (main reads it right too: kept as a guard)
        "Careers <careers@morrow.io>", "Application received",
        "Hi Sam,\n\nThanks for applying. Here is what we received:\n\nJob title\nCustomer "
        "Success Manager\n\nLocation\nRemote (UK)\n\nWe will review your application and get "
        "back to you within two weeks.\n\nMorrow Careers",
        "application_received", "Morrow", "Customer Success Manager"),
    "pl_verb_after_title": (  # main: "Księgowa zapraszamy"
        "Kadry <rekrutacja@wisla.pl>", "Zaproszenie na rozmowę",
        "Dzień dobry,\n\nw związku z aplikacją na stanowisko Księgowa zapraszamy na rozmowę w "
        "środę o 10:00 w naszym biurze.\n\nPozdrawiamy,\nDział Kadr\nWisła Sp. z o.o.",
        "interview_request", "Wisła", "Księgowa"),
    "es_verb_after_title": (  # main: "Administrativa queremos invitarte"
        "Selección <seleccion@marvento.es>", "Entrevista",
        "Hola Lucía:\n\nTras revisar tu candidatura al puesto de Administrativa queremos "
        "invitarte a una entrevista el martes a las 11:00.\n\nUn saludo,\nEquipo de Selección\n"
        "Marvento",
        "interview_request", "Marvento", "Administrativa"),
    "year_programme": (  # main: "Graduate Programme - Finance"
        "Acme Early Careers <careers@acmegroup.com>",
        "Your application: 2027 Graduate Programme - Finance",
        "Dear Sam,\n\nThank you for applying to the 2027 Graduate Programme - Finance at Acme "
        "Group. We have received your application and will review it shortly.\n\nKind regards,\n"
        "Acme Early Careers",
        "application_received", "Acme Group", "2027 Graduate Programme - Finance"),
    "year_programme_nl": (  # (main reads it right too: kept as a guard)
        "Werving <werving@dijkstra.nl>", "Ontvangstbevestiging",
        "Beste Sanne,\n\nBedankt voor je sollicitatie voor het 2026 Traineeship Finance bij "
        "Dijkstra. We nemen binnen twee weken contact met je op.\n\nMet vriendelijke groet,\n"
        "Dijkstra Werving",
        # the company: Dijkstra, whose own domain writes and whose recruiting team ("Werving")
        # signs; round 33's main read none, and round 35's refitted company ranker reads the
        # employer (docs/email-classification.md: a recruiting department around the name)
        "application_received", "Dijkstra", "2026 Traineeship Finance"),
}


@pytest.fixture(scope="module")
def sorted_mail(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, object]]:
    return classify_by_cli(tmp_path_factory.mktemp("mail33") / "in.jsonl", MAIL)


@pytest.mark.parametrize("key", sorted(MAIL))
def test_role_as_a_user_reads_it(sorted_mail: dict[str, dict[str, object]], key: str) -> None:
    assert_answer(sorted_mail[key], MAIL[key])


def test_a_table_rows_cells_are_read_apart() -> None:
    text = readable(_TABLE)
    assert "Position Field Service Engineer" in text
    assert "Location Leeds" in text
    # a cell that closes its own tag or not, in capitals, with attributes
    assert readable("<table><TR><TD class=a>Role<TD>Chef</TR></table>") == "Role Chef"


@pytest.mark.parametrize(("raw", "title"), [
    ("Księgowa zapraszamy na rozmowę", "Księgowa"),
    ("Buchhalter möchten wir Sie einladen", "Buchhalter"),
    ("Comptable souhaitons vous rencontrer", "Comptable"),
    ("Administrativa queremos invitarte", "Administrativa"),
    ("Accountmanager nodigen we je graag uit", "Accountmanager"),
    ("Contabile vorremmo invitarla", "Contabile"),
    ("Contabilista gostaríamos de", "Contabilista"),
    ("Ekonom vill vi bjuda in dig", "Ekonom"),
    ("Specjalista ds. zakupów", "Specjalista ds. zakupów"),  # (a title's own small words stay)
])
def test_a_verb_after_a_title_ends_it(raw: str, title: str) -> None:
    assert cut_title(raw) == title


def test_a_year_is_not_a_code_to_the_ranker() -> None:
    assert "year" in set(_looks("2027 Graduate Programme - Finance"))
    assert "digit" not in set(_looks("Summer Analyst (2026)"))
    assert "digit" in set(_looks("Ward Clerk 442-ADM"))
    assert "digit" in set(_looks("Analyst R-20417"))


def _candidates(subject: str, body: str, company: str | None, lang: str) -> dict[str, set[str]]:
    from bounceback.mail.rolecandidates import role_candidates

    return {text: set(feats) for text, feats in role_candidates(subject, body, company, lang)[0]}


def test_a_title_after_the_employers_name_is_offered_without_it() -> None:
    found = _candidates("Assessment invitation", "Thank you for your application for the "
                        "Barclays Technology Analyst Programme 2025.", "Barclays", "en")
    assert "v:nocomp" in found["Technology Analyst Programme 2025"]
    found = _candidates("Online-Test", "vielen Dank für Ihre Bewerbung für das Allianz "
                        "Trainee-Programm Finance 2025.", "Allianz", "de")
    assert "v:nocomp" in found["Trainee-Programm Finance 2025"]


@pytest.mark.parametrize(("body", "lang", "title"), [
    ("Acusamos a receção da sua candidatura para a função de Técnica de Contabilidade e "
     "agradecemos.", "pt", "Técnica de Contabilidade"),
    ("Tack för din ansökan till Drifttekniker hos Fjällsjö Energi!", "sv", "Drifttekniker"),
    ("¡Te postulaste con éxito a Analista de Marketing Digital!", "es",
     "Analista de Marketing Digital"),
    ("Bedankt voor je sollicitatie op Docent Bedrijfskunde bij Hogeschool Amstelland.", "nl",
     "Docent Bedrijfskunde"),
])
def test_a_title_after_a_late_trigger_word_is_a_candidate(body: str, lang: str, title: str
                                                          ) -> None:
    found = _candidates("Candidatura", body, None, lang)
    assert title in found and "tlb" in found[title]


def test_a_field_value_below_its_name_is_a_candidate() -> None:
    found = _candidates("Application received", "Thanks for applying.\n\nJob title\n"
                        "Customer Success Manager\n\nLocation\nRemote", None, "en")
    assert {"fld", "fld:below"} <= found["Customer Success Manager"]
