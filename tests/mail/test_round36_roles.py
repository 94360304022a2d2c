"""Round 36: a German title's gender colon ("Backend-Entwickler:in", "Kundenberater:in
Privatkunden", "Sachbearbeiter:innen") and a platform written with a dot or a sharp ("Lead .NET
Developer", "Senior C# Engineer", "Systemutvecklare .NET") are the title's own. A colon or a
dot ended a title everywhere (the patterns of mail/roles.py, the trigger phrases, a subject's
run of capitalised words), so the role lost the ":in" and every word after it, or was "Lead",
"Medior" or "NET Developer". The emails were written for these tests and are not trained on;
main (round 35) gave what each comment says."""

from __future__ import annotations

from pathlib import Path

import pytest

from bounceback.mail.roleforms import plain_forms
from bounceback.mail.roles import extract_role
from mail.mailkit import classify_by_cli

# (from, subject, body, role): the role `bounceback emails classify` gives (the last a guard)
MAIL = {
    "subject_dash": (  # main: "Controller"
        "Personal <karriere@bergwerk-logistik.de>",
        "Einladung zum Gespräch – Junior Controller:in",
        "Hallo Mira,\n\nvielen Dank für deine Bewerbung. Wir würden dich gern am Dienstag um "
        "10 Uhr zu einem ersten Gespräch einladen. Passt dir der Termin?\n\nViele Grüße\nJonas",
        "Junior Controller:in",
    ),
    "body_als": (  # main: "Kundenberater"
        "Recruiting <jobs@sparkasse-elmtal.de>",
        "Ihre Bewerbung",
        "Guten Tag Frau Yilmaz,\n\nvielen Dank für Ihre Bewerbung als Kundenberater:in "
        "Firmenkunden. Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere "
        "Person entschieden haben.\n\nFreundliche Grüße\nIhr Recruiting-Team",
        "Kundenberater:in Firmenkunden",
    ),
    "body_stelle": (  # main: "Projektleiter"
        "HR <hr@netzwerk-sued.at>",
        "Eingangsbestätigung",
        "Sehr geehrter Herr Novak,\n\nwir bestätigen den Eingang Ihrer Bewerbung auf die "
        "Stelle als Projektleiter:in Netzausbau. Wir melden uns in den nächsten zwei Wochen."
        "\n\nMit freundlichen Grüßen\nHR",
        "Projektleiter:in Netzausbau",
    ),
    "subject_plural": (  # main: "Sachbearbeiter"
        "Bewerbungsportal <noreply@landkreis-moorheide.de>",
        "Absage: Sachbearbeiter:innen Bauaufsicht",
        "Sehr geehrte Bewerberin,\n\nnach sorgfältiger Prüfung können wir Ihre Bewerbung "
        "leider nicht berücksichtigen.\n\nMit freundlichen Grüßen",
        "Sachbearbeiter:innen Bauaufsicht",
    ),
    "du_online_test": (  # main: "Data Engineer"
        "Talent <talent@flinkbank.de>",
        "Dein Online-Test | Data Engineer:in",
        "Hi Alex,\n\nbitte absolviere unseren Online-Test bis Freitag. Er dauert etwa 40 "
        "Minuten.\n\nBeste Grüße\nTalent Team",
        "Data Engineer:in",
    ),
    "en_agency_dotnet": (  # main: "Lead"
        "Kim Hale <kim@brightpath-talent.co.uk>",
        "Quick question",
        "Hi Sam,\n\nI came across your profile and thought of you for a Lead .NET Developer "
        "role with one of our clients, a payments scale-up. Would you be open to a chat this "
        "week?\n\nBest,\nKim",
        "Lead .NET Developer",
    ),
    "de_als_dotnet": (  # main: "Senior"
        "Recruiting <karriere@lagerwerk-it.de>",
        "Ihre Bewerbung",
        "Guten Tag,\n\nvielen Dank für Ihre Bewerbung als Senior .NET Entwickler. Wir melden "
        "uns in den nächsten Tagen bei Ihnen.\n\nFreundliche Grüße\nLagerwerk IT",
        "Senior .NET Entwickler",
    ),
    "nl_als_dotnet": (  # main: "Medior"
        "Recruitment <werken@datavorm.nl>",
        "Je sollicitatie",
        "Beste Anna,\n\nBedankt voor je sollicitatie als Medior .NET Developer. Helaas hebben "
        "we gekozen voor een andere kandidaat.\n\nMet vriendelijke groet,\nDatavorm",
        "Medior .NET Developer",
    ),
    "pl_stanowisko_dotnet": (  # main: "Programista"
        "Rekrutacja <kariera@softwerk.pl>",
        "Zaproszenie na rozmowę",
        "Dzień dobry,\n\nzapraszamy na rozmowę na stanowisko Programista .NET w naszym "
        "zespole w Gdańsku. Czy pasuje Pani czwartek o 10:00?\n\nPozdrawiamy\nSoftwerk",
        "Programista .NET",
    ),
    "en_colon_still_ends": (  # a colon with a space still ends a title, as before
        "Recruiting <jobs@northwind.example>",
        "Interview: Data Analyst",
        "Hi Sam,\n\nWe'd like to invite you to interview for the role. Are you free on "
        "Thursday?\n\nBest,\nPriya",
        "Data Analyst",
    ),
}


@pytest.fixture(scope="module")
def answers(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, object]]:
    path: Path = tmp_path_factory.mktemp("round36_roles") / "mail.jsonl"
    return classify_by_cli(path, {k: (m[0], m[1], m[2]) for k, m in MAIL.items()})


@pytest.mark.parametrize("key", sorted(MAIL))
def test_a_title_keeps_its_gender_colon_and_platform(answers: dict[str, dict[str, object]],
                                                      key: str) -> None:
    assert answers[key]["role"] == MAIL[key][3]


@pytest.mark.parametrize(("subject", "body", "title"), [
    ("Ihre Bewerbung als Fachinformatiker:in Systemintegration", "", "Fachinformatiker:in "
     "Systemintegration"),
    ("Bewerbung", "Danke für Ihre Bewerbung für die Position Leiter:in Einkauf.",
     "Leiter:in Einkauf"),
    ("Zusage – Erzieher:innen Kita Sonnenhof", "", "Erzieher:innen Kita Sonnenhof"),
])
def test_the_rules_read_on_past_a_gender_colon(subject: str, body: str, title: str) -> None:
    assert extract_role(subject, body, None, "de") == title


@pytest.mark.parametrize(("subject", "body", "lang", "title"), [
    ("Senior .NET Developer - Johannesburg", "", "en", "Senior .NET Developer"),
    ("Zaproszenie na rozmowę", "Zapraszamy na rozmowę na stanowisko Programista .NET w naszym "
     "zespole.", "pl", "Programista .NET"),
    ("Interview invitation: F# Developer", "", "en", "F# Developer"),
])
def test_the_rules_read_a_dotted_or_sharp_platform(subject: str, body: str, lang: str,
                                                   title: str) -> None:
    assert extract_role(subject, body, None, lang) == title


def test_a_sharp_after_another_word_is_no_title_word() -> None:
    assert extract_role("Application received: Warehouse Operative", "", None, "en") == (
        "Warehouse Operative")
    assert "Req#" not in str(extract_role("Req#48213 Forklift Operator", "", None, "en"))


def test_a_capitalised_run_keeps_a_gender_colon() -> None:
    forms = dict(plain_forms("Kundenberater:in Privatkunden ab sofort"))
    assert "Kundenberater:in Privatkunden" in forms
    assert "Lead .NET Developer" in dict(plain_forms("Lead .NET Developer wanted now"))


@pytest.mark.parametrize(("subject", "title"), [
    ("Interview invitation: Data Analyst", "Data Analyst"),
    ("Position: Warehouse Operative", "Warehouse Operative"),
])
def test_a_colon_before_a_title_still_ends_the_phrase_before_it(subject: str,
                                                                title: str) -> None:
    assert extract_role(subject, "", None, "en") == title
