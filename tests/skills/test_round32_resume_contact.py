"""Round 32 (skills38): a resume's "Contact: 072 555 3817" is one personal detail, not a
heading over a contact section whose lines show no skill: the "Languages:" line under it still
names the candidate's languages. Text written for this test."""

from __future__ import annotations

from datetime import date

from bounceback.skills.matcher import SkillMatcher
from bounceback.skills.resumes import read_resume

_CV = (
    "CURRICULUM VITAE\n\nPERSONAL DETAILS\nName: Thandi Mokoena\nLocation: Midrand, Gauteng\n"
    "Contact: 071 000 1234\nEmail: thandi@example.co.za\nLanguages: English, isiZulu, Afrikaans\n\n"
    "PROFILE\nBookkeeper with five years on Sage Pastel.\n\nREFERENCES\nContact: on request\n"
)


def test_a_contact_field_opens_no_silent_section(matcher: SkillMatcher) -> None:
    resume = read_resume(_CV, "cv.txt", matcher, today=date(2026, 12, 1))
    skills = {m.skill for m in resume.skills}
    assert {"English", "isiZulu", "Afrikaans"} <= skills
