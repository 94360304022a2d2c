"""Round 27's error classes, as a user sees them in `bounceback emails classify`: an event that
is full or called off, with the word of regret in a sentence of its own ("der Workshop ist
bereits ausgebucht. Wir bedauern, ..."), is `other`; a German rejection written for both
genders ("für eine/n andere/n Bewerber/in entschieden") and a Spanish vacancy "ya ha sido
cubierta" are rejections. The other way: a rejection that mentions a full event further down
stays a rejection, and a German promise to decide ("sobald wir uns für eine/n Bewerber/in
entschieden haben") stays an acknowledgement. The emails were written for these tests and
are not trained on."""

from __future__ import annotations

import pytest

from bounceback.mail.decision import decision_features
from bounceback.mail.phrases import phrase_kinds
from mail.mailkit import classify_by_cli

# (from, subject, body, kind)
MAIL = {
    "workshop_full_de": (
        "Karriereservice Hochschule Nordheim <karriere@hs-nordheim.de>", "Ihre Anmeldung",
        "Liebe Frau Brandt,\n\nder Workshop „Bewerben in Europa“ am 12. März ist bereits "
        "ausgebucht. Wir bedauern, Ihnen keinen Platz mehr anbieten zu können, und setzen Sie "
        "gern auf die Warteliste.\n\nIhr Karriereservice",
        "other"),
    "webinar_full_en": (
        "Careers Hub <events@careershub.example>", "Your booking: CV clinic",
        "Hi Tom,\n\nThe CV clinic on Thursday is now fully booked. We're sorry we could not "
        "confirm your place this time; the next clinic opens for booking on Monday.\n\n"
        "Careers Hub",
        "other"),
    "taller_full_es": (
        "Servicio de Empleo Universitario <empleo@uni-levante.es>", "Taller de entrevistas",
        "Hola Lucía:\n\nEl taller de entrevistas del jueves tiene aforo completo. Lamentamos "
        "no poder confirmar tu plaza; te avisaremos si queda alguna libre.\n\nUn saludo,\n"
        "Servicio de Empleo",
        "other"),
    # the same words in job mail
    "rejection_gendered_de": (
        "Stadtverwaltung Weilbach – Personal <personal@weilbach.de>", "Ihre Bewerbung – 2027-04",
        "Sehr geehrte Frau Brandt,\n\nvielen Dank für Ihre Bewerbung auf die Stelle "
        "Sachbearbeiter/in Bürgerbüro. Nach Abschluss des Auswahlverfahrens teilen wir Ihnen "
        "mit, dass wir uns für eine/n andere/n Bewerber/in entschieden haben.\n\nFür Ihre "
        "Zukunft wünschen wir Ihnen alles Gute.\n\nMit freundlichen Grüßen\nPersonalamt",
        "rejection"),
    "vacancy_filled_es": (
        "RR. HH. Construcciones Altamar <rrhh@altamar.es>", "Su candidatura",
        "Buenas tardes, Lucía:\n\nGracias por su candidatura. La vacante de Técnico/a de "
        "Prevención ya ha sido cubierta.\n\nUn saludo,\nRR. HH. – Construcciones Altamar",
        "rejection"),
    "rejection_with_event_en": (
        "Harbour Events Ltd <jobs@harbourevents.co.uk>", "Your application: Event Assistant",
        "Dear Tom,\n\nThank you for applying for the Event Assistant role. We regret to inform "
        "you that your application has not been successful on this occasion.\n\nWe wish you "
        "every success in your search.\n\nP.S. Our summer open day is now fully booked, but "
        "the autumn one opens for booking in August.\n\nHarbour Events",
        "rejection"),
}


@pytest.fixture(scope="module")
def sorted_mail(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, object]]:
    return classify_by_cli(tmp_path_factory.mktemp("mail27") / "in.jsonl", MAIL)


@pytest.mark.parametrize("key", list(MAIL))
def test_kind_as_a_user_reads_it(sorted_mail: dict[str, dict[str, object]], key: str) -> None:
    assert sorted_mail[key]["kind"] == MAIL[key][3]


@pytest.mark.parametrize("text", [
    "der workshop ist bereits ausgebucht. wir bedauern, ihnen keinen platz anbieten zu können.",
    "we are sorry.\n\nthe webinar is fully booked.",
    "el taller tiene aforo completo. lamentamos no poder confirmar tu plaza.",
])
def test_a_regret_next_to_an_event_full_decides_nothing(text: str) -> None:
    got = phrase_kinds(text, "x:")
    assert "x:declined_other" in got
    assert "x:rejection" not in got


def test_a_regret_two_sentences_from_an_event_still_decides() -> None:
    got = phrase_kinds("we regret to inform you that your application was not successful. "
                       "thank you for your time. good luck. our open day is fully booked.", "x:")
    assert "x:declined_other" in got
    assert "x:rejection" in got


@pytest.mark.parametrize("text", [
    "wir teilen ihnen mit, dass wir uns für eine/n andere/n bewerber/in entschieden haben.",
    "wir haben uns für andere bewerber*innen entschieden.",
    "wir haben uns für eine andere kandidat:in entschieden.",
])
def test_a_choice_written_for_both_genders_is_a_decision(text: str) -> None:
    assert "h:chose_other" in decision_features(text)


def test_a_promise_written_for_both_genders_is_no_decision() -> None:
    text = "sobald wir uns für eine/n bewerber/in entschieden haben, melden wir uns bei ihnen."
    assert "h:chose_other" not in decision_features(text)
