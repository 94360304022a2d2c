"""One rule for "the same skill in other words", shared by the gaps and the evaluation's scorer.

A posting says "Intermediate Excel", a resume says "Excel"; a posting says "calendaring skills",
its reader writes "calendaring deadlines". Before round nine the gaps compared names exactly
(a resume's "Excel" left "Intermediate Excel" a gap) and the scorer counted such pairs wrong;
both now ask `sameskill.same_skill`, and a bare broad word or a different thing still differs.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from bounceback.domain.skills import Importance, SkillMatch
from bounceback.skills.gaps import application_gaps, search_gaps
from bounceback.skills.sameskill import same_skill
from bounceback.skills.tailoring import tailoring_hints
from bounceback.skills.vocabulary import builtin_vocabulary

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import eval_skills  # noqa: E402


def match(skill: str, importance: Importance = Importance.REQUIRED) -> SkillMatch:
    return SkillMatch(skill, "test", skill, 0, len(skill), f"We ask for {skill}.", importance)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Intermediate Excel", "Excel"),
        ("calendaring skills", "calendaring deadlines"),
        ("hazmat", "hazmat endorsement"),
        ("structural welding", "welding"),
        ("RCD", "RCD installation"),
        ("hoists", "hoist operation"),
        ("5-part haematology analysers", "haematology analysers"),
        ("knowledge of GDPR", "GDPR"),
        ("NSW Security Licence", "NSW Security Licence Class 1A"),
    ],
)
def test_names_a_reader_takes_for_one_skill(a: str, b: str) -> None:
    assert same_skill(a, b) and same_skill(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("care", "dementia care"),  # a broad word stands for no longer name
        ("customer", "customer service"),
        ("Azure", "Azure Databricks"),  # another product
        ("wet", "wet mopping"),
        ("functions", "window functions"),
        ("enquiries", "Section 47 enquiries"),
        ("Basic Life Support", "Advanced Life Support"),
        ("Microsoft Word", "Microsoft Excel"),
        ("sales targets", "retail sales"),
        ("data cleaning", "cleaning"),
    ],
)
def test_names_of_different_skills_stay_apart(a: str, b: str) -> None:
    assert not same_skill(a, b) and not same_skill(b, a)


def test_a_resume_naming_a_skill_in_other_words_closes_the_gap() -> None:
    posting = [match("Intermediate Excel"), match("structural welding"), match("dementia care")]
    gaps = application_gaps(posting, {"Excel", "welding", "care"})
    assert [g.skill for g in gaps.required_missing] == ["dementia care"]
    assert [m.skill for m in gaps.matched] == ["Intermediate Excel", "structural welding"]


def test_search_gaps_leave_out_what_the_profile_names_in_other_words() -> None:
    from bounceback.domain.skills import ApplicationSkills

    apps = [ApplicationSkills(1, "#1 A", (match("Intermediate Excel"), match("Sage 50")))]
    assert [g.skill for g in search_gaps(apps, profile={"Excel"})] == ["Sage 50"]


def test_tailoring_reads_the_resume_and_the_profile_by_the_same_rule() -> None:
    posting = [match("Intermediate Excel"), match("hazmat endorsement")]
    profile = {"Excel": "cv v1: “Excel”", "Hazmat": "added by you"}
    hints = tailoring_hints(posting, resume_skills={"excel"}, profile_evidence=profile)
    # Excel is on the resume sent (no hint); the hazmat endorsement is only in the profile.
    assert [(h.skill, h.profile_evidence) for h in hints] == [
        ("hazmat endorsement", "added by you")
    ]


def test_the_scorer_counts_what_the_gaps_count_as_one_skill() -> None:
    names = eval_skills.Names(builtin_vocabulary())
    labels = ["calendaring deadlines", "dementia care", ["Microsoft Office", "Word"]]
    found = ["calendaring skills", "care", "Microsoft Outlook"]
    right, missed, extra = eval_skills.compare(labels, found, names)
    assert right == 1 and extra == ["care", "Microsoft Outlook"]
    # Round eight's pairing, by the vocabulary's names only, counted the first wrong too.
    assert eval_skills.compare(labels, found, names, reader=False)[0] == 0
