"""Round 31 (skills35): a job board's chrome phrases are one table (skills/boardphrases.py),
read both by the page's reader (boardchrome.py) and by the asked-for list (notaskedlines.py).
Each test below failed on main, where each module knew only its own phrases: notaskedlines did
not know "Careers advice" nor "Jobs you may like", and boardchrome did not know "Privacy policy",
"Report this job" nor "People also searched"."""

from __future__ import annotations

from bounceback.skills import boardchrome
from bounceback.skills.matcher import SkillMatcher
from bounceback.skills.postings import posting_skills, read_posting

POSTING = (
    "Payroll Administrator\nHarrow & Finch Ltd\nLeeds\n\n"
    "Requirements\n- Payroll processing experience\n- Strong attention to detail\n\n"
    "{line}\n"
)


def _asked_and_mentioned(line: str, matcher: SkillMatcher) -> tuple[set[str], set[str]]:
    posting = read_posting(POSTING.format(line=line), "posting.txt")
    asked = {m.skill for m in posting_skills(posting, matcher)}
    return asked, {m.skill for m in posting.mentioned}


def test_a_footer_of_the_boards_links_asks_for_nothing(matcher: SkillMatcher) -> None:
    asked, mentioned = _asked_and_mentioned(
        "Careers advice | Browse jobs | Excel courses near you", matcher
    )
    assert not any("excel" in s.casefold() or "career" in s.casefold() for s in asked)
    assert "Microsoft Excel" in mentioned  # still shown, as named but not asked


def test_a_list_of_other_jobs_asks_for_nothing(matcher: SkillMatcher) -> None:
    asked, _mentioned = _asked_and_mentioned(
        "Jobs you may like: Excel Trainer, Sage Bookkeeper", matcher
    )
    assert not any("excel" in s.casefold() or "sage" in s.casefold() for s in asked)


def test_the_footer_links_open_a_pasted_pages_menu_too() -> None:
    lines = ["Privacy policy", "Report this job", "Salary guide", "Payroll Administrator", "Leeds"]
    assert boardchrome.chrome_end(lines) == 3


def test_people_also_searched_heads_a_list_of_other_jobs() -> None:
    lines = ["Requirements", "- Payroll", "", "People also searched", "Excel Trainer - Leeds", ""]
    assert boardchrome.other_jobs(lines) == {3, 4}
