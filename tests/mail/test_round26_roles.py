"""Round 26's role classes (read in the retired sets E12 and E13), as a user sees them in
`bounceback emails classify`: a letter's "Re:" heading names the post ("Re: Ward Clerk -
442-ADM-25-0107"); a person's name after the title is the candidate's or the interviewer's,
not the title's ("Offer Letter – Data Engineer – Arjun Mehta"); a lower-case word before a dash
ends a sentence's phrase ("colloquio conoscitivo – Product Designer"); a job field's line
in Portuguese, Spanish or French ("Função:", "Función:", "Fonction:"). A place in brackets is
no gender mark ("(Madrid)"), a feminine ending is ("Engenheiro(a)"). The emails were written
for these tests and are not trained on; main (round 25) read the roles marked wrong
(what it gave in the comment)."""

from __future__ import annotations

import pytest

from bounceback.mail.rolecandidates import role_candidates
from mail.mailkit import assert_answer, classify_by_cli

# (from, subject, body, kind, company, role)
MAIL = {
    "letter_re_heading": (  # main: "Re: Ward Clerk"
        "Recruitment Services <recruitment@northfield.nhs.uk>", "Application Outcome - 442-ADM-25-0107",
        "Dear Tomasz Nowak,\n\nRe: Ward Clerk - 442-ADM-25-0107\n\nThank you for applying for "
        "the above post with Northfield Community NHS Trust.\n\nThe panel has considered every "
        "application and I am sorry to tell you that you have not been shortlisted on this "
        "occasion.\n\nYours sincerely,\n\nRecruitment Services\nNorthfield Community NHS Trust",
        "rejection", "Northfield Community NHS Trust", "Ward Clerk"),
    "offer_name_after_title": (  # (main reads it right too: kept as a guard)
        "Divya Menon <divya.menon@lumencart.in>", "Offer Letter – Data Engineer – Arjun Mehta",
        "Dear Arjun,\n\nFurther to your interviews, we are delighted to offer you the position "
        "of Data Engineer at Lumencart Retail Pvt. Ltd., Bengaluru.\n\nYour joining date is 3rd "
        "March. Kindly sign the attached offer letter and return it within five working days.\n\n"
        "Regards,\nDivya Menon\nLumencart Retail Pvt. Ltd.",
        "offer", "Lumencart Retail", "Data Engineer"),
    "it_lower_word_before_dash": (  # main: "conoscitivo – Product Designer"
        "Chiara Galli <chiara.galli@verdelab.it>", "Invito a colloquio conoscitivo – Product Designer",
        "Gentile Marco,\n\nla ringraziamo per la candidatura. Vorremmo conoscerla meglio con un "
        "colloquio conoscitivo di mezz'ora su Google Meet: è disponibile giovedì alle 11:00?\n\n"
        "Cordiali saluti,\nChiara Galli\nVerdelab S.r.l.",
        # the company as the signature writes it, legal form and all (rankers retrained with E14
        # and E15, round 27; main: "Verdelab")
        "interview_request", "Verdelab S.r.l", "Product Designer"),
    "pt_field_line": (  # main: "Função: Backend Developer (Go)"
        "Equipa de Recrutamento <recrutamento@tejodigital.pt>",
        "Atualização sobre a sua candidatura",
        "Olá Rita,\n\nObrigado pelo interesse na Tejo Digital.\n\nFunção: Backend Developer "
        "(Go)\nLocalização: Lisboa (híbrido)\n\nInfelizmente decidimos avançar com outros "
        "candidatos nesta fase.\n\nCumprimentos,\nEquipa de Recrutamento\nTejo Digital",
        "rejection", "Tejo Digital", "Backend Developer (Go)"),
}


@pytest.fixture(scope="module")
def sorted_mail(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, object]]:
    return classify_by_cli(tmp_path_factory.mktemp("mail26") / "in.jsonl", MAIL)


@pytest.mark.parametrize("key", sorted(MAIL))
def test_role_as_a_user_reads_it(sorted_mail: dict[str, dict[str, object]], key: str) -> None:
    assert_answer(sorted_mail[key], MAIL[key])


def _feats(subject: str, text: str) -> list[str]:
    options, _ = role_candidates(subject, "Thank you for applying.", None, "es")
    return next(feats for title, feats in options if title == text)


def test_a_place_in_brackets_is_no_gender_mark() -> None:
    feats = _feats("Solicitud recibida - Ingeniero de Caminos (Madrid)", "Ingeniero de Caminos (Madrid)")
    assert "gender" not in feats
    assert "paren" in feats


def test_a_feminine_ending_in_brackets_is_a_gender_mark() -> None:
    assert "gender" in _feats("Candidatura recebida - Supervisor(a)", "Supervisor(a)")
    assert "gender" in _feats("Bewerbung eingegangen - Verkäufer(in)", "Verkäufer(in)")
    assert "gender" in _feats("Bewerbung eingegangen - Koch (m/w/d)", "Koch (m/w/d)")

