"""The job title as people write it when they label their mail (round 25), through `bounceback
emails classify` as a user runs it: without a requisition number or a selection code around it
("Forklift Operator (R-0071234)", "Requisition 3307-112 Payroll Clerk"), without a field's name
before it on a line of its own ("Job: Claims Processor II", "Tjänst: Lagerarbetare"), without
an elided article ("le poste d'Assistante comptable"); a person's name in a signature and a
meeting tool's name ("Google Meet") are never the title. The emails were written for these
tests; none is trained on."""

from __future__ import annotations

from pathlib import Path

from bounceback.mail.roletidy import ends_in_place, field_value, tidied
from mail.mailkit import classify_by_cli

# (from, subject, body, kind, company, role)
MAIL = {
    "en_code_after": (
        "Harrowgate Foods Careers <careers@harrowgatefoods.com>",
        "Update on your application for Forklift Operator (R-0071234)",
        "Hi Dana,\n\nThank you for applying for the Forklift Operator (R-0071234) position at "
        "Harrowgate Foods. After careful review we have decided to move forward with other "
        "candidates.\n\nBest wishes,\nHarrowgate Foods Talent Team",
        "rejection", "Harrowgate Foods", "Forklift Operator"),
    "en_code_before": (
        "Tallis Mutual <no-reply@tallismutual.com>",
        "Requisition 3307-112 Payroll Clerk",
        "Dear Sam,\n\nWe have received your application for Requisition 3307-112 Payroll Clerk. "
        "Our team will review it and contact you if your experience matches.\n\nTallis Mutual "
        "Recruiting",
        "application_received", "Tallis Mutual", "Payroll Clerk"),
    "en_field_line": (
        "Corvid Insurance <careers@corvidinsurance.com>",
        "Application status update",
        "Hello Priya,\n\nThe status of your application has changed.\n\nJob: Claims Processor II "
        "(Req 55120)\nStatus: Not selected\n\nWe appreciate your interest in Corvid Insurance "
        "and encourage you to apply for future openings.\n\nCorvid Insurance Talent Acquisition",
        "rejection", "Corvid Insurance", "Claims Processor II"),
    "sv_field_line": (
        "Nordhamn Logistik <rekrytering@nordhamnlogistik.se>",
        "Din ansökan har uppdaterats",
        "Hej Erik,\n\nTack för din ansökan. Vi har tyvärr valt att gå vidare med andra "
        "kandidater.\n\nTjänst: Lagerarbetare (R-5521)\nOrt: Borås\n\nVänliga hälsningar,\n"
        "Nordhamn Logistik",
        "rejection", "Nordhamn Logistik", "Lagerarbetare"),
    "fr_elided_article": (
        "Cabinet Mercier Avocats <recrutement@mercier-avocats.fr>",
        "Convocation à un entretien",
        "Bonjour Madame Roux,\n\nNous avons le plaisir de vous convier à un entretien pour le "
        "poste d'Assistante comptable le mardi 14 à 10h dans nos locaux.\n\nMerci de nous "
        "confirmer votre présence.\n\nBien cordialement,\nCabinet Mercier Avocats",
        "interview_request", "Cabinet Mercier Avocats", "Assistante comptable"),
}


# The value of a field's line alone is not always enough for the ranker to name a title: there
# the answer is the title without the field's name and its code, or none.
ALONE = frozenset({"en_field_line", "sv_field_line"})


def test_the_title_as_labels_write_it(tmp_path: Path) -> None:
    got = classify_by_cli(tmp_path / "in.jsonl", MAIL)
    answers = {key: (got[key]["kind"], got[key]["company"], got[key]["role"]) for key in MAIL
               if key not in ALONE}
    assert answers == {key: (m[3], m[4], m[5]) for key, m in MAIL.items() if key not in ALONE}
    for key in ALONE:
        assert (got[key]["kind"], got[key]["company"]) == MAIL[key][3:5]
        assert got[key]["role"] in (None, MAIL[key][5])


def test_a_field_line_gives_its_value() -> None:
    assert field_value("Job: Claims Processor II (Req 55120)") == "Claims Processor II (Req 55120)"
    assert field_value("Tjänst: Lagerarbetare") == "Lagerarbetare"
    assert field_value("Ort: Borås") is None and field_value("Status: Not selected") is None
    assert tidied("Job: Claims Processor II (Req 55120)") == "Claims Processor II"


def test_a_signature_name_or_a_meeting_tool_is_never_the_title() -> None:
    assert tidied("Lotte Visser") is None
    assert tidied("Richard Hartley (Managing Director)") is None
    assert tidied("Google Meet") is None and tidied("HireVue") is None
    # a title that opens with a given name's word keeps it, with its job word
    assert tidied("Grace Period Analyst") == "Grace Period Analyst"


def test_codes_go_and_a_title_of_words_stays() -> None:
    assert tidied("Environmental Health Officer EHO/ENV/0311") == "Environmental Health Officer"
    assert tidied("Teamleiter Lager (m/w/d) JR-30921") == "Teamleiter Lager (m/w/d)"
    assert tidied("Werkstudent Einkauf (Referenznummer 51234)") == "Werkstudent Einkauf"
    # brackets of words, a grade of one or two digits: the title's own
    for title in ("Verpleegkundige (32-36 uur)", "Software Engineering Intern (Summer 2026)",
                  "Security Engineer (L2)", "Production Supervisor (2nd Shift)"):
        assert tidied(title) == title


def test_a_place_at_the_end_is_marked_not_cut() -> None:
    assert ends_in_place("Store Manager – Leeds")
    assert ends_in_place("Rececionista (Porto)")
    assert ends_in_place("DevOps Engineer, Wrocław/zdalnie")
    assert not ends_in_place("Data Scientist, Personalization")
    assert not ends_in_place("Production Supervisor (2nd Shift)")
    assert tidied("Store Manager – Leeds") == "Store Manager – Leeds"
