"""Round 34 review F4: a programme's head word as the first word of a unit's, an office's or a
person's name ("the Stage Bureau", "our Apprenticeship Levy Team", "unser Trainee Team") is
no role (mail/roleschemes.py): main (round 34 before the fix) took it as the role when the
email named no other (what it gave in the comment). The emails were written for these tests
and are not trained on; the first two are the review's."""

from __future__ import annotations

from pathlib import Path

import pytest

from bounceback.mail.roleschemes import scheme_titles
from mail.mailkit import assert_answer, classify_by_cli

# (from, subject, body, kind, company, role): role None here means "no role read"
NO_ROLE = {
    "nl_stage_bureau": (  # main: "Stage Bureau"
        "Recruitment <werkenbij@veldhoven-zorg.nl>", "Je sollicitatie",
        "Beste Sanne,\n\nBedankt voor je sollicitatie. Helaas hebben we besloten om niet verder "
        "te gaan met je sollicitatie. Via het Stage Bureau van Hogeschool Utrecht kun je andere "
        "plekken vinden.\n\nMet vriendelijke groet,\nVeldhoven Zorg",
        "rejection", "Veldhoven Zorg", None),
    "en_levy_team": (  # main: "Apprenticeship Levy Team"
        "Recruitment <careers@harwick.co.uk>", "Your application",
        "Dear Sam,\n\nUnfortunately your application was unsuccessful. Please contact the "
        "Placement Office at Aston University or our Apprenticeship Levy Team with any "
        "questions.\n\nKind regards,\nHarwick Engineering",
        "rejection", "Harwick Engineering", None),
    "de_trainee_team": (  # main: "Trainee Team"
        "Personal <karriere@brenntal-bau.de>", "Deine Bewerbung",
        "Hallo Jonas,\n\nvielen Dank für deine Bewerbung. Leider können wir dir diesmal keine "
        "Zusage geben. Bei Fragen erreichst du unser Trainee Team unter "
        "trainee@brenntal-bau.de.\n\nViele Grüße\nBrenntal Bau",
        "rejection", "Brenntal Bau", None),
    "sv_trainee_team": (  # main: "Trainee Team"
        "Rekrytering <jobb@norrvik.se>", "Din ansökan",
        "Hej Elin,\n\nTack för din ansökan. Tyvärr har vi valt att gå vidare med andra "
        "kandidater. Har du frågor kan du kontakta vårt Trainee Team.\n\nVänliga hälsningar\n"
        "Norrvik",
        "rejection", "Norrvik", None),
}
# A programme named beside a unit's name is still the role.
NAMED = {
    "en_scheme_beside_team": (  # (main reads it right too: kept as a guard)
        "Early Careers <earlycareers@harwick.co.uk>", "Your application",
        "Dear Sam,\n\nThank you for applying to the Harwick Engineering Apprenticeship 2027. "
        "Unfortunately your application was unsuccessful this time. Our Apprenticeship Levy "
        "Team can answer any questions.\n\nKind regards,\nHarwick Engineering",
        "rejection", "Harwick Engineering", "Apprenticeship 2027"),
}


@pytest.fixture(scope="module")
def answers(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, object]]:
    path: Path = tmp_path_factory.mktemp("round34_units") / "mail.jsonl"
    return classify_by_cli(path, {**NO_ROLE, **NAMED})


@pytest.mark.parametrize("key", sorted(NO_ROLE))
def test_a_unit_named_for_a_programme_is_no_role(answers: dict[str, dict[str, object]],
                                                 key: str) -> None:
    assert_answer(answers[key], NO_ROLE[key])
    assert answers[key]["role"] is None


@pytest.mark.parametrize("key", sorted(NAMED))
def test_a_programme_beside_a_unit_is_the_role(answers: dict[str, dict[str, object]],
                                               key: str) -> None:
    assert_answer(answers[key], NAMED[key])


@pytest.mark.parametrize("text", [
    "Via het Stage Bureau van Hogeschool Utrecht", "contact the Placement Office at Aston",
    "or our Apprenticeship Levy Team with", "Jane Doe, Graduate Programme Manager",
    "napisz do Praktyki Biuro Karier.", "écris à notre Alternance Coordinatrice, Julie"])
def test_no_span_names_a_unit(text: str) -> None:
    assert [title for title, _ in scheme_titles(text)] == []


@pytest.mark.parametrize(("text", "span"), [
    ("the Graduate Scheme 2027 Team will", "Graduate Scheme 2027"),  # ends before "Team"
    ("a Stage Community Manager chez Lumo", "Stage Community Manager"),  # a role, not a person
    ("the Graduate Programme – Customer Service at", "Graduate Programme – Customer Service"),
    ("las Prácticas en Servicio de Atención 2026", "Prácticas en Servicio de Atención 2026"),
    ("Event type: Phone Screen - Programme Officer", "Programme Officer"),  # a job's title
])
def test_a_unit_word_after_the_name_or_in_its_field_is_kept(text: str, span: str) -> None:
    spans = {title for title, _ in scheme_titles(text)}
    assert span in spans
    assert not any(title.endswith(" Team") for title in spans)
