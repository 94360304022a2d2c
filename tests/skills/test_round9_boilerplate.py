"""Round nine: a paragraph that opens with the employer's equal-opportunity statement, or with
how to apply, asks nothing of the candidate to its end, though no heading stands over it (US
boards put the EEO paragraph, the conditions of an offer and the way to apply after the
qualifications, under the same heading)."""

from __future__ import annotations

from bounceback.skills.evidence import TextIndex
from bounceback.skills.matcher import SkillMatcher
from bounceback.skills.postings import read_posting, skill_candidates

WAREHOUSE = (
    "Warehouse Team Lead\nCardinal Home Distribution\nJoliet, IL\n\n"
    "Qualifications\n"
    "- 2+ years of warehouse experience\n"
    "- Forklift certification\n"
    "- Basic computer skills (Microsoft Excel and Outlook)\n\n"
    "Cardinal Home Distribution is an Equal Opportunity Employer. All qualified applicants "
    "will receive consideration for employment without regard to race or disability. Offers "
    "are contingent on a background check and drug screen.\n\n"
    "To apply, complete our online application. Walk-in interviews every Tuesday; bring a "
    "copy of your forklift certification and your OSHA 10 card.\n"
)


def test_an_eeo_paragraph_and_a_how_to_apply_paragraph_are_silent(matcher: SkillMatcher) -> None:
    posting = read_posting(WAREHOUSE, "lead.txt", matcher)
    skills = {m.skill for m in posting.skills}
    # (round 14: the examples in brackets after "computer skills", asked for, are also mentioned)
    assert {"Microsoft Excel", "Microsoft Outlook"} <= skills | {m.skill for m in posting.mentioned}
    assert not {s for s in skills if "DBS" in s or "background" in s.casefold()}
    assert "online application" not in skills
    assert "OSHA 10" not in skills  # named only in how to apply


def test_the_paragraph_ends_at_a_blank_line_or_a_heading() -> None:
    text = (
        "We are an equal opportunities employer.\nAll posts need an enhanced DBS check.\n\n"
        "You will use Excel daily.\n"
        "To apply, send your CV.\nInterviews on Teams.\n"
        "Requirements:\nPython\n"
    )
    index = TextIndex(text)
    kinds = {s.text: s.kind for s in index.sentences}
    assert kinds["All posts need an enhanced DBS check."] == "equal_opportunity"
    assert kinds["You will use Excel daily."] == ""
    assert kinds["Interviews on Teams."] == "how_to_apply"
    assert kinds["Python"] == "requirements"


def test_a_requirement_that_mentions_applying_is_not_a_paragraph_of_how_to_apply() -> None:
    index = TextIndex("Requirements:\n- Apply health and safety rules on site\n- CSCS card\n")
    assert {s.kind for s in index.sentences if "CSCS" in s.text} == {"requirements"}


LAB = (
    "Microbiologist - QC\nCompany: Sahyadri Analytical Labs Pvt. Ltd.\nLocation: Pune\n\n"
    "Job description\n"
    "Sahyadri Analytical Labs is a NABL accredited food testing laboratory.\n\n"
    "Desired Candidate Profile\n"
    "- M.Sc. Microbiology\n- Knowledge of ISO/IEC 17025 requirements\n"
)


def test_the_employers_name_without_its_legal_form_names_no_skill(matcher: SkillMatcher) -> None:
    posting = read_posting(LAB, "lab.txt", matcher)
    assert posting.company == "Sahyadri Analytical Labs Pvt. Ltd."
    skills = {m.skill.casefold() for m in posting.skills}
    assert "analytical" not in skills and "analytical skills" not in skills
    assert any("17025" in s for s in skills)


def test_vocabulary_entries_too_generic_for_what_they_matched(matcher: SkillMatcher) -> None:
    # Vocabulary 2026.12.10: "council tax" is a skill of its own, not "tax preparation"; a US
    # "background check" is a condition of the offer, not the UK's DBS check; a bare
    # "compliance" is not "regulatory compliance" (labelled wrong 12 of 17, 10 of 13 times in
    # the training postings).
    text = (
        "Revenues Officer\nCompany: Ashcombe Borough Council\nLocation: Ashcombe\n\n"
        "Main duties:\n"
        "- Administer council tax and business rates\n"
        "- Ensure compliance with the team's procedures\n"
        "- Must pass a criminal background check\n"
    )
    posting = read_posting(text, "council.txt", None)
    candidates = {m.skill for m in skill_candidates(posting, matcher)[0]}  # before the filter
    assert {"council tax", "business rates"} <= candidates
    assert not candidates & {"tax preparation", "DBS check", "regulatory compliance"}
