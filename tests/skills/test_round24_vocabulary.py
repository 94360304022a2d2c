"""Vocabulary 2026.12.24 (shipped merged with round 24's postings entries as 2026.12.25): the skills, machines and tickets of fields the vocabulary did not know
(security officers, quantity surveying, mining, aircraft maintenance, firefighting...), read from
a resume; and the new names that are also other things need their field's words nearby."""

from __future__ import annotations

from datetime import date

from bounceback.skills.matcher import SkillMatcher
from bounceback.skills.postings import read_posting, skill_candidates
from bounceback.skills.resumes import read_resume

TODAY = date(2026, 11, 25)


def _resume(text: str, matcher: SkillMatcher) -> set[str]:
    return {s.casefold() for s in read_resume(text, "cv.txt", matcher, today=TODAY).skill_names}


def test_skills_of_new_fields_are_read_from_a_resume(matcher: SkillMatcher) -> None:
    found = _resume(
        "Sipho Ndlovu\nSecurity Officer\n\nSKILLS SUMMARY\n"
        "Crowd control | Armed response | Radio communication | PSIRA Grade B\n\n"
        "Tickets\n- NCCCO Mobile Crane Operator\n- Shotfirer's permit\n- MCIPS\n\n"
        "Core competencies\n- Bills of quantities\n- Rope rescue\n- Borescope inspection\n",
        matcher,
    )
    assert {
        "crowd control",
        "armed response",
        "radio communication",
        "psira",
        "nccco",
        "shotfirer's permit",
        "bills of quantities",
        "rope rescue",
        "borescope inspection",
    } <= found
    assert {"cips", "mcips"} & found  # the buyer's chartered membership, by its letters


def test_new_names_that_mean_other_things_need_their_field(matcher: SkillMatcher) -> None:
    posting = (
        "Backend Engineer\nCompany: Quillstack\nLocation: Leeds\n\nRequirements\n"
        "- Experience scaling services to millions of users\n"
        "- Reviewing CRS reports with the finance team\n"
        "- Python and PostgreSQL\n- Code review\n- Able to climb ladders in the server room\n"
    )
    found, _text, _index = skill_candidates(read_posting(posting, "posting.txt"), matcher)
    names = {m.skill.casefold() for m in found}
    assert not {
        "ground support",
        "certificate of release to service",
        "ladder work",
    } & names
