"""Round 26's error classes, as a user sees them in `bounceback emails classify`: everyday mail
that apologises in a rejection's words for something that is not an application (a webinar
that is full, a careers fair called off, a flight cancelled) is `other`, and the Swedish delay
word "försenat" on a train or a parcel stays `other` beside a recruitment that is delayed, an
acknowledgement; a scheduling tool's booking page (cal.com, Google's booking pages) after an
application is an interview request, while a recruiter's cold message with one stays outreach.
The other way: rejections in the same words (a role cancelled, a vacancy filled, "we regret")
stay rejections. The emails were written for these tests and are not trained on; main (round
25) read the three marked wrong. Two more written with them are still read wrong and are not
asserted (docs/history/email-classification.md, round 26): "der Workshop ist bereits
ausgebucht. Wir bedauern, ..." (the regret in a sentence of its own) and "el taller tiene aforo
completo y no hemos podido confirmar tu plaza"."""

from __future__ import annotations

import pytest

from bounceback.mail.features import features
from bounceback.mail.phrases import phrase_kinds
from mail.mailkit import classify_by_cli

# (from, subject, body, kind)
MAIL = {
    "webinar_full_en": (  # main: rejection
        "Events at Brightpath <events@brightpath.io>", "Webinar registration",
        "Hi Sam,\n\nWe regret that the webinar 'Data careers in 2027' is full and we could not "
        "confirm your place. We will let you know about the next session.\n\nBrightpath Events",
        "other"),
    "fair_cancelled_en": (  # main: rejection
        "City Careers Service <careers@city.ac.uk>", "Spring Tech Careers Fair",
        "Hi all,\n\nWe're sorry - the Spring Tech Careers Fair has been cancelled as the venue "
        "is no longer available. We apologise for any inconvenience and hope to see you at the "
        "autumn fair.\n\nCareers Service",
        "other"),
    "event_cancelled_fr": (  # main: rejection
        "Salon de l'Emploi Lyon <contact@salonemploi-lyon.fr>", "Salon de l'emploi du 14 mars",
        "Bonjour,\n\nNous sommes au regret de vous informer que le salon a été annulé en "
        "raison des intempéries. Votre inscription est remboursée.\n\nL'équipe du Salon",
        "other"),
    "flight_cancelled_en": (
        "SkyLink Airways <noreply@skylink.example>", "Important: change to your trip",
        "Dear passenger,\n\nWe are sorry to tell you that your flight has been cancelled because "
        "of a technical fault. You have been rebooked on the next departure.\n\nSkyLink",
        "other"),
    "train_late_sv": (
        "SJ <noreply@sj.se>", "Ditt tåg är försenat",
        "Hej! Tyvärr är ditt tåg 537 Stockholm–Göteborg försenat med cirka 25 minuter på grund "
        "av ett signalfel. Vi ber om ursäkt för besväret. Du kan ansöka om "
        "förseningsersättning på sj.se.",
        "other"),
    "parcel_late_sv": (
        "PostNord <noreply@postnord.se>", "Din leverans är försenad",
        "Hej,\n\ndin leverans med spårningsnummer 00370712345 är tyvärr försenad och beräknas "
        "komma fram på torsdag. Vi beklagar förseningen.\n\nPostNord",
        "other"),
    "booking_page_it": (  # a scheduling tool's booking page after an application
        "Giulia Conti <giulia@ventoblu.it>", "Ventoblu - due chiacchiere per il ruolo di Data Analyst",
        "Ciao Marco,\n\ngrazie per la candidatura come Data Analyst in Ventoblu! Ci piacerebbe "
        "conoscerti con una chiacchierata di 20 minuti. Scegli l'orario che preferisci qui: "
        "https://cal.com/giulia-ventoblu/20min\n\nA presto,\nGiulia",
        "interview_request"),
    "booking_page_en": (
        "Sam Ortiz <sam@fernhill.io>", "Your application - Support Lead",
        "Hi Jo,\n\nthanks for applying for the Support Lead role at Fernhill. I'd love to have a "
        "quick chat - grab any slot that suits you: https://calendar.app.google/x7Ke2pQ\n\nSam",
        "interview_request"),
    "booking_page_outreach_en": (
        "Priya Nair <priya@quillstack.com>", "Staff Engineer at Quillstack?",
        "Hi Dana,\n\nI lead engineering hiring at Quillstack and came across your profile. We're "
        "hiring a Staff Engineer and I think you'd be a great fit. If you're open to it, grab a "
        "time here: https://cal.com/priya-quillstack/intro\n\nPriya",
        "recruiter_outreach"),
    # the same words in job mail
    "process_late_sv": (
        "Rekrytering Nordvik <jobb@nordvik.se>", "Din ansökan - Lagerarbetare",
        "Hej Anna,\n\ntack för din ansökan till tjänsten som lagerarbetare. "
        "Tyvärr har rekryteringsprocessen blivit försenad och vi räknar med att återkomma om "
        "två veckor.\n\nVänliga hälsningar,\nNordvik",
        "application_received"),
    "role_cancelled_en": (
        "Acme Talent <talent@acme-foods.com>", "Data Analyst role",
        "Hi Sam,\n\nSorry to let you know that the Data Analyst position has been cancelled "
        "and we will not be filling it this year. Thank you for your interest in Acme "
        "Foods.\n\nAcme Talent",
        "rejection"),
    "regret_rejection_en": (
        "Harbour Events Ltd <jobs@harbourevents.co.uk>", "Your application: Event Coordinator",
        "Dear Sam,\n\nThank you for applying for the Event Coordinator role. We regret to "
        "inform you that your application has not been successful on this occasion.\n\n"
        "Harbour Events",
        "rejection"),
    "workshop_rejection_de": (
        "Personal Werkstatt Meier <bewerbung@werkstatt-meier.de>", "Ihre Bewerbung",
        "Sehr geehrte Frau Keller,\n\nvielen Dank für Ihre Bewerbung als Mitarbeiterin in "
        "unserer Werkstatt. Leider müssen wir Ihnen mitteilen, dass die Stelle bereits vergeben "
        "ist.\n\nMit freundlichen Grüßen\nWerkstatt Meier",
        "rejection"),
}


@pytest.fixture(scope="module")
def sorted_mail(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, object]]:
    return classify_by_cli(tmp_path_factory.mktemp("mail26") / "in.jsonl", MAIL)


@pytest.mark.parametrize("key", list(MAIL))
def test_kind_as_a_user_reads_it(sorted_mail: dict[str, dict[str, object]], key: str) -> None:
    assert sorted_mail[key]["kind"] == MAIL[key][3]


@pytest.mark.parametrize("text", [
    "we regret that the webinar is full.",
    "we're sorry - the careers fair has been cancelled.",
    "leider ist der workshop bereits ausgebucht.",
    "het evenement is geannuleerd.",
    "evenemanget har ställts in.",
])
def test_an_event_full_or_called_off_is_marked_and_its_regret_decides_nothing(
        text: str) -> None:
    got = phrase_kinds(text, "x:")
    assert "x:declined_other" in got
    assert "x:rejection" not in got


@pytest.mark.parametrize("text", [
    "the position has been cancelled and will not be filled.",
    "die stelle ist bereits vergeben.",
    "we regret to inform you that we will not proceed.",
])
def test_a_role_cancelled_is_not_marked_as_something_else(text: str) -> None:
    got = phrase_kinds(text, "x:")
    assert "x:declined_other" not in got
    assert "x:rejection" in got


@pytest.mark.parametrize("text", [
    "scegli l'orario che preferisci qui: https://cal.com/giulia-ventoblu/20min",
    "elige el hueco que mejor te venga: https://savvycal.com/lauragil/charla",
    "plan zelf een moment in via https://outlook.office365.com/book/kadegroep@kadegroep.nl/",
    "grab any slot that suits you: https://calendar.app.google/x7ke2pq",
])
def test_a_scheduling_tools_booking_page_is_a_meeting_link(text: str) -> None:
    assert "h:meeting_link" in features("Sam <sam@firm.example>", "Hello", text)


def test_a_web_address_ending_in_cal_com_is_no_booking_page() -> None:
    text = "our new clinic site is live at https://www.northmedical.com/clinics - see you soon"
    assert "h:meeting_link" not in features("Sam <sam@firm.example>", "News", text)
