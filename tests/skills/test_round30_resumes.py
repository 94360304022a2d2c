"""Round 30 (skills33): a two-column resume exported as text ("Top Skills" and
"Certifications" in a sidebar beside the summary and the roles) is read column by column: the
sidebar's skills are read as its list, and a certification does not run into the employer
beside it. Both failed on main (the columns were read line by line, interleaved)."""

from __future__ import annotations

from datetime import date

from bounceback.skills.matcher import SkillMatcher
from bounceback.skills.resumecolumns import split_columns
from bounceback.skills.resumes import read_resume

RESUME = """\
Contact                          Priya Raman
priya.raman@example.com          Payroll Officer at Kestrel Mining Services
                                 Perth, Western Australia
Top Skills
Single Touch Payroll             Summary
Award interpretation             Payroll officer with six years running fortnightly pays
Xero Payroll                     for mining and construction crews.

Certifications                   Experience
Certificate IV in Bookkeeping    Kestrel Mining Services
First Aid (HLTAID011)            Payroll Officer
                                 March 2021 - Present
Languages                        - Run fortnightly payroll for 800 staff in Chris21
Tamil (Native)                   - Reconcile superannuation and PAYG each month
"""


def test_a_sidebars_skills_are_read_as_its_list(matcher: SkillMatcher) -> None:
    resume = read_resume(RESUME.encode(), "resume.txt", matcher, today=date(2026, 12, 1))
    skills = {m.skill for m in resume.skills}
    assert {"award interpretation", "Certificate IV in Bookkeeping", "Single Touch Payroll"} <= skills
    assert not any("Kestrel" in s for s in skills)


def test_a_table_is_not_read_as_two_columns() -> None:
    rows = [
        "Qualification              Institute / Board                        Year",
        "CA Final                   ICAI                                      2019",
        "B.Com                      Savitribai Phule Pune University          2017",
        "HSC                        Maharashtra State Board                   2013",
        "SSC                        Maharashtra State Board                   2011",
    ]
    assert split_columns(rows) == rows
