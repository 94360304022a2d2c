"""The forms of an employer's name the candidates offer where round 10's held-out mail missed it,
on emails written for these tests: a mailbox or domain with a legal form or a country after the
name ("acme_gmbh@myworkday.com", "hagemannag@"), a town after the name ("Hotel Miramar en
Palma"), a job before it ("Tech Lead na Fretz"), a Polish legal form cut short ("Sp."), and a
job board's operator ("Grupa Pracuj S.A."), which runs the board and is no employer."""

from __future__ import annotations

import pytest

from bounceback.mail.company import candidates
from bounceback.mail.employer import company_of
from bounceback.mail.features import read
from bounceback.mail.nameshape import name_key
from bounceback.mail.namewords import bare_stem, domain_stem


@pytest.mark.parametrize(
    ("local", "domain", "stem"),
    [
        ("acme_gmbh", "myworkday.com", "acme"),
        ("acme_uk", "myworkday.com", "acme"),
        ("northwind_logistics", "myworkday.com", "northwindlogistics"),
        ("jobs", "kestrel-uk.co.uk", "kestrel"),
        ("noreply", "kestrel-uk.taleo.net", "kestrel"),
        ("hr_acme", "myworkday.com", "acme"),  # the name after a mailbox word
        ("noreply_lucentiaspa", "successfactors.eu", "lucentiaspa"),
        ("do_not_reply", "myworkday.com", ""),
        ("no_reply", "myworkday.com", ""),
    ],
)
def test_a_legal_form_or_country_written_apart_is_not_part_of_the_name(
        local: str, domain: str, stem: str) -> None:
    assert domain_stem(local, domain) == stem


def test_a_legal_form_or_country_run_on_after_the_name_offers_the_name_without_it() -> None:
    assert bare_stem("hagemannag") == "hagemann"
    assert bare_stem("dobrobankpl") == "dobrobank"
    assert bare_stem("acmegmbh") == "acme"
    # letters that end many names' own words are left alone: "Sabores", "Campus", "Berlin"
    for stem in ("sabores", "greencampus", "cafeberlin", "northwind"):
        assert bare_stem(stem) == "", stem
    subject = "Einladung zum Vorstellungsgespräch"
    body = "Guten Tag,\n\nwir laden Sie gerne zu einem Gespräch ein.\n\nIhr Recruiting-Team"
    found, _ = candidates("Talent Acquisition <hagemannag@myworkday.com>",
                          read(subject, body), subject)
    bare = [c for c in found if c.key == "hagemann"]
    assert bare and "dom:bare" in bare[0].feats and "dm:bare" in bare[0].feats


@pytest.mark.parametrize(
    ("sender", "subject", "body", "company"),
    [
        ("Talent Acquisition <hagemannag@myworkday.com>", "Einladung zum Gespräch",
         "Guten Tag,\n\nwir laden Sie gerne zu einem Gespräch ein. Den Termin wählen Sie im "
         "Kandidatenportal.\n\nIhr Recruiting-Team", "Hagemann"),
        ("Talent Acquisition <dobrobankpl@myworkday.com>", "Zaproszenie na rozmowę",
         "Dzień dobry,\n\nzapraszamy na rozmowę rekrutacyjną. Termin wybierzesz w Panelu "
         "Kandydata.\n\nZespół Rekrutacji", "Dobro Bank"),  # the domain's words, split
        ("Workday <kestrel_uk@myworkday.com>", "Application received",
         "Dear Sam,\n\nThank you for applying. We will review your application and be in "
         "touch.\n\nTalent Acquisition", "Kestrel"),
    ],
)
def test_a_workday_mailbox_with_a_legal_form_or_country_names_its_employer(
        sender: str, subject: str, body: str, company: str) -> None:
    assert company_of(sender, subject, read(subject, body)) == company


def test_a_town_after_the_name_and_a_job_before_it_are_offered_apart() -> None:
    subject = "Tu candidatura se ha registrado"
    body = ("Hola Lucía,\n\nTu candidatura para Recepcionista ha sido enviada a Grupo Hotelero "
            "Brisamar en Palma.\n\nSuerte,\nEl equipo de InfoJobs")
    found, _ = candidates("InfoJobs <noreply@infojobs.net>", read(subject, body), subject)
    by_name = {c.text: c for c in found}
    assert "v:place" in by_name["Grupo Hotelero Brisamar"].feats
    subject = "Oportunidade: Tech Lead na Fretz"
    body = "Olá Pedro,\n\nvi o seu perfil e gostaria de conversar.\n\nRenata"
    found, _ = candidates("Renata Costa via LinkedIn <inmail-hit-reply@linkedin.com>",
                          read(subject, body), subject)
    fretz = [c for c in found if c.text == "Fretz"]
    assert fretz and "v:after_job" in fretz[0].feats


def test_a_polish_legal_form_cut_short_is_left_out() -> None:
    # "Sp. z o.o." runs to "Sp" when the rest of the form is not read as part of the name
    assert name_key("Wistula Logistyka Sp")[0] == "Wistula Logistyka"
    assert name_key("Wistula Logistyka Sp.")[0] == "Wistula Logistyka"


def test_a_job_boards_operator_is_not_the_employer() -> None:
    subject = "Twoja aplikacja została wysłana"
    body = ("Cześć Anna,\n\nTwoja aplikacja na stanowisko Specjalista ds. zakupów została "
            "wysłana do pracodawcy Wistal.\n\nPowodzenia!\nZespół Pracuj.pl\n\n"
            "Grupa Pracuj S.A., ul. Prosta 68, Warszawa")
    found, _ = candidates("Pracuj.pl <aplikacje@pracuj.pl>", read(subject, body), subject)
    assert not any("pracuj" in c.key for c in found)
    assert company_of("Pracuj.pl <aplikacje@pracuj.pl>", subject, read(subject, body)) != \
        "Grupa Pracuj"
