"""Round 34's early-career error classes: a careers fair's invitation beside an interview's, a
test the candidate has completed with no decision yet (an acknowledgement, not an assessment
to take), and a university's own mail about studies. The emails were written for these tests
by round 34's engineer, apart from the training file kind34.jsonl, and are not trained on."""

from __future__ import annotations

import pytest

from bounceback.mail.phrases import phrase_kinds
from mail.mailkit import classify_by_cli


@pytest.mark.parametrize("text", [
    "join us at the spring careers fair in the main hall on 4 march.",
    "die absolventenmesse findet am 3. mai im foyer statt.",
    "le forum emploi du campus aura lieu le 12 mars.",
    "ven a la feria de empleo de la facultad el jueves.",
    "kom naar de banenbeurs in de centrale hal.",
    "vi aspettiamo alla fiera del lavoro dell'ateneo.",
    "visite a feira de estágios na próxima semana.",
    "zapraszamy na targi kariery w auli.",
    "välkommen till karriärmässan, eller besök vår arbetsmarknadsdag i mars.",
])
def test_an_event_is_a_cue(text: str) -> None:
    assert "x:event" in phrase_kinds(text, "x:")


@pytest.mark.parametrize("text", [
    "many thanks for completing the situational judgement test.",
    "sie haben den online-test erfolgreich abgeschlossen.",
    "merci, vous avez terminé l'évaluation en ligne.",
    "gracias por haber completado el cuestionario.",
    "bedankt voor het maken van de capaciteitentest.",
    "grazie per aver completato il questionario.",
    "obrigado por ter concluído a avaliação.",
    "dziękujemy za wypełnienie testu kompetencyjnego.",
    "tack, du har genomfört bedömningen.",
])
def test_a_completed_test_is_a_cue(text: str) -> None:
    assert "x:stage_done" in phrase_kinds(text, "x:")


@pytest.mark.parametrize("text", [
    "your resit exam is on 12 august.",
    "die klausuren beginnen am 1. februar.",
    "les résultats des partiels sont en ligne.",
    "consulta el calendario de exámenes.",
    "het tentamenrooster staat online.",
    "la sessione d'esame inizia a gennaio.",
    "a época de recurso começa em fevereiro.",
    "sesja egzaminacyjna zaczyna się w styczniu.",
    "omtentan skrivs i april.",
])
def test_a_universitys_study_mail_is_about_else(text: str) -> None:
    assert "x:about_else" in phrase_kinds(text, "x:")


MAIL = {
    "test_done_en": ("Early Careers <graduates@marlowfield.example>",
                     "Thanks for completing your assessment",
                     "Hi Sam,\n\nThank you for completing the online assessment for the Marlowfield "
                     "Graduate Programme. Our team will now review your results alongside your "
                     "application, and we will let you know the outcome within two weeks.\n\n"
                     "Kind regards,\nEarly Careers, Marlowfield", "application_received"),
    "test_done_de": ("Recruiting Team <karriere@ostwald-bank.example.de>",
                     "Vielen Dank für Ihre Teilnahme",
                     "Hallo Frau Krüger,\n\nSie haben den Online-Test für unser Traineeprogramm "
                     "erfolgreich abgeschlossen. Wir prüfen nun Ihre Ergebnisse gemeinsam mit Ihren "
                     "Unterlagen und melden uns in den nächsten zwei Wochen.\n\nViele Grüße\n"
                     "Ihr Recruiting-Team", "application_received"),
    # Main read these two as an offer (0.30) and an assessment (0.76).
    "test_done_fr": ("Recrutement Jeunes Diplômés <jd@societe-rhonelec.example.fr>",
                     "Tests en ligne terminés",
                     "Bonjour Camille,\n\nFélicitations, vous avez bien terminé les tests d'aptitude "
                     "pour notre programme Jeunes Diplômés. Notre équipe examine maintenant vos "
                     "résultats avec votre candidature et reviendra vers vous sous deux semaines.\n\n"
                     "Cordialement,\nL'équipe Recrutement Rhonelec", "application_received"),
    "test_done_de2": ("Recruiting <karriere@elbwerk.example.de>", "Online-Test abgeschlossen",
                      "Hallo Herr Becker,\n\nherzlichen Glückwunsch, Sie haben die Online-Tests für "
                      "unser Traineeprogramm erfolgreich abgeschlossen. Wir sehen uns Ihre Ergebnisse "
                      "nun zusammen mit Ihrer Bewerbung an und melden uns innerhalb von zwei "
                      "Wochen.\n\nViele Grüße\nIhr Recruiting-Team Elbwerk", "application_received"),
    "fair_en": ("Careers Centre <careers@eastbridge.ac.uk>", "Spring Careers Fair - 40 employers",
                "Hi Sam,\n\nOur Spring Careers Fair is on 4 March in the Great Hall, 10am-2pm. "
                "Forty employers will be there with internships, placements and graduate roles. "
                "Bring your CV - no need to book.\n\nEastbridge Careers Centre", "other"),
    "exams_en": ("Exams Office <exams@eastbridge.ac.uk>", "Resit timetable",
                 "Dear student,\n\nThe resit timetable for the August assessment period is now in "
                 "the student portal. Please check your exam dates and rooms.\n\nExams Office",
                 "other"),
}


@pytest.fixture(scope="module")
def answers(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, object]]:
    return classify_by_cli(tmp_path_factory.mktemp("mail34") / "in.jsonl", MAIL)


@pytest.mark.parametrize("name", sorted(MAIL))
def test_the_kind_through_the_command(answers: dict[str, dict[str, object]], name: str) -> None:
    assert answers[name]["kind"] == MAIL[name][3]
