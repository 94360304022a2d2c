"""Round 30, the lead's review of the merge (a reviewer with fresh eyes): three of the round's
new readers took too much. A one-column resume whose dates stand at the right of each role's
line was read as two columns (every date before every title: roles and years wrong); a
two-column block cut every line at the first line's edge ("Accounts Receivabl"); a requirement
bullet shaped like another job's line ("- Qualified Electrician - 18th Edition and PLC
experience essential") or naming a page's footer words ("privacy policy", "career advice") was
moved to "also mentioned". Each case failed on the merge before the fix."""

from __future__ import annotations

from datetime import date

from bounceback.skills.matcher import SkillMatcher
from bounceback.skills.notaskedlines import another_job_line
from bounceback.skills.postings import read_posting
from bounceback.skills.resumecolumns import split_columns
from bounceback.skills.resumes import read_resume

GAP = " " * 18

ONE_COLUMN = f"""\
Dana Whitfield
Data engineer

Experience
Senior Data Engineer, Acme Corp{GAP}Jan 2019 - Dec 2021
- Built pipelines in Python
Data Engineer, Borealis Foods{GAP}Mar 2016 - Dec 2018
- Wrote SQL reports for finance
Analyst, Tidewater Bank{GAP}Jun 2015 - Feb 2016
- Kept the risk dashboards in Excel
Intern, Tidewater Bank{GAP}Jan 2015 - May 2015
- Cleaned data in Python
"""


def test_a_roles_dates_at_the_right_are_not_a_second_column(matcher: SkillMatcher) -> None:
    assert split_columns(ONE_COLUMN.splitlines(), lambda line: "20" in line) == (
        ONE_COLUMN.splitlines())
    resume = read_resume(ONE_COLUMN.encode(), "resume.txt", matcher, today=date(2026, 12, 1))
    roles = {(r.title, r.start) for r in resume.roles}
    assert ("Senior Data Engineer", date(2019, 1, 1)) in roles
    assert ("Intern", date(2015, 1, 1)) in roles
    assert len(resume.roles) == 4


def test_each_line_is_cut_at_its_own_gutter() -> None:
    lines = [
        "Top Skills          Summary",
        "Payroll             Experienced accountant",
        "Accounts Receivable   Worked at Acme",
        "Xero                Managed ledgers",
        "MYOB                Did audits",
    ]
    out = split_columns(lines)
    assert "Accounts Receivable" in out
    assert "Worked at Acme" in out


ELECTRICIAN = """Maintenance Electrician
Harland Foods, Leicester

Requirements
- Qualified Electrician - 18th Edition and PLC experience essential
- Draft and maintain the site's privacy policy and cookie policy records; GDPR knowledge essential
"""


def test_a_requirement_shaped_like_another_jobs_line_is_asked(matcher: SkillMatcher) -> None:
    assert not another_job_line("- Qualified Electrician - 18th Edition and PLC experience essential",
                                "Maintenance Electrician")
    assert not another_job_line("- Registered Nurse - NMC registration and chemotherapy experience",
                                "Clinical Nurse Specialist")
    assert not another_job_line("- Support Worker | Level 3 Diploma in Adult Care desirable",
                                "Senior Carer")
    asked = {m.skill for m in read_posting(ELECTRICIAN.encode(), "e.txt", matcher).skills}
    assert {"PLC programming", "GDPR"} <= asked
