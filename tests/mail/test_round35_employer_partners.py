"""An employer's own sentence of charity or partnership ("Thank you for supporting Save the
Children", "proud to be partnering with Habitat for Humanity", "apoyamos a Cruz Roja", "wspieramy
Fundacja ...") does not name a client: the company is the employer that writes, not the charity
(review of round 35, M1: mail/spancontext.py's words of help name a client only in an agency's
mail or before a hire, "I'm helping Hearthstone Software find ..."). The emails were written
for these tests; none is trained on."""

from __future__ import annotations

import pytest

from mail.mailkit import classify_by_cli

# (from, subject, body, the company)
MAIL = {
    "en_charity_bare": (
        "careers@oxfam.org",
        "Your application",
        "Dear Sam,\n\nThank you for applying for the Finance Officer role at Oxfam. Unfortunately we will not be taking your application further. Thank you for supporting Save the Children and other partners through your work.\n\nKind regards,\nOxfam Recruitment",
        "Oxfam",
    ),
    "en_partner_bare": (
        "jobs@northwind.com",
        "Application update",
        "Hi Priya,\n\nThanks for your interest in Northwind. After careful review we have decided to move forward with other candidates. We are proud to be partnering with Habitat for Humanity this year.\n\nBest,\nNorthwind Talent Team",
        "Northwind",
    ),
    "es_bare": (
        "empleo@frutassoler.es",
        "Tu candidatura",
        "Hola Ana,\n\ngracias por tu interés en Frutas Soler. Lamentablemente hemos seleccionado a otra persona. Este año apoyamos a Cruz Roja Española con nuestro voluntariado.\n\nUn saludo,\nEquipo de Selección",
        "Frutas Soler",
    ),
    "pl_wspieramy": (
        "Rekrutacja Polmed <rekrutacja@polmed.pl>",
        "Twoja aplikacja",
        "Dzień dobry,\n\ndziękujemy za aplikację do Polmed. Niestety wybraliśmy innego kandydata. Od lat wspieramy Fundacja Dzieciom Zdążyć z Pomocą.\n\nZespół Rekrutacji Polmed",
        "Polmed",
    ),
    "it_bare": (
        "lavora@vallerosa.it",
        "La tua candidatura",
        "Gentile Elena,\n\ngrazie per l'interesse verso Cantine Vallerosa. Purtroppo abbiamo scelto un altro profilo. Da anni supportiamo Emergency Onlus nei suoi progetti.\n\nCordiali saluti,\nCantine Vallerosa",
        "Cantine Vallerosa",
    ),
    "nl_bare": (
        "werken@dijkstrabouw.nl",
        "Je sollicitatie",
        "Beste Jan,\n\nbedankt voor je sollicitatie bij Dijkstra Bouw. Helaas kiezen we voor een andere kandidaat. Dit jaar ondersteunen we KWF Kankerbestrijding met een sponsorloop.\n\nMet vriendelijke groet,\nDijkstra Bouw",
        "Dijkstra Bouw",
    ),
    "sv_stottar": (
        "Rekrytering Norrsken Energi <jobb@norrskenenergi.se>",
        "Din ansökan",
        "Hej Oskar,\n\ntack för din ansökan till Norrsken Energi. Tyvärr har vi valt en annan kandidat. Vi är stolta över att vi stöttar Stadsmissionen varje vinter.\n\nMed vänliga hälsningar,\nNorrsken Energi",
        "Norrsken Energi",
    ),
    "en_agency_helping_find": (
        "Maya Lind <maya@lindtalent.io>",
        "Data engineer role",
        "Hi Sam,\n\nI'm helping Hearthstone Software find a senior data engineer (remote). Your pipeline work looks like a good match. Open to a chat?\n\nMaya",
        "Hearthstone Software",
    ),
}


@pytest.fixture(scope="module")
def answers(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, object]]:
    return classify_by_cli(tmp_path_factory.mktemp("partners") / "in.jsonl", MAIL)


@pytest.mark.parametrize("key", list(MAIL))
def test_a_charity_or_partner_the_employer_supports_is_not_the_client(
    answers: dict[str, dict[str, object]], key: str
) -> None:
    got = answers[key]
    assert got["kind"] != "other"
    assert got["company"] == MAIL[key][3]
