"""Vocabulary 2026.12.11: names that were false skills in most training postings that held them
are no longer names of an entry: "functions" (event planning, read from "Essential Functions"
and "window functions"), a bare "closing" (sales, read from "Closing date" and "month-end
closing") and "SENCo" (special educational needs, read from "working with the SENCo", a person,
who is no skill in the text's own words either)."""

from __future__ import annotations

from bounceback.skills.matcher import SkillMatcher
from bounceback.skills.postings import read_posting, skill_candidates
from bounceback.skills.vocabulary import builtin_vocabulary


def _skills(text: str, matcher: SkillMatcher) -> set[str]:
    found, _text, _index = skill_candidates(read_posting(text, "posting.txt"), matcher)
    return {m.skill.casefold() for m in found}


def test_functions_closing_and_the_senco_name_no_skill(matcher: SkillMatcher) -> None:
    found = _skills(
        "Data Analyst\nCompany: Northgate Retail\nLocation: Leeds\n\n"
        "Essential Functions\n- Strong SQL (joins, window functions, CTEs)\n"
        "- Month-end closing support\n- Work closely with the SENCo and parents\n\n"
        "Closing date: 10 January 2027\n",
        matcher,
    )
    assert "sql" in found
    assert not {"functions", "closing", "senco"} & found


def test_the_entries_keep_their_other_names(matcher: SkillMatcher) -> None:
    text = (
        "Teaching Assistant\nCompany: Oakfield Primary\nLocation: Leeds\n\n"
        "Requirements\n- Experience supporting pupils with SEND\n"
        "- Experience closing deals with new clients\n- Planning weddings and private events\n"
    )
    found, _text, _index = skill_candidates(read_posting(text, "posting.txt"), matcher)
    entries = set()
    for match in found:
        entry = builtin_vocabulary().get(match.skill)
        entries.add(entry.name if entry is not None else match.skill)
    assert {"special educational needs", "B2B sales", "event planning"} <= entries
