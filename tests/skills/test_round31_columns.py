"""Round 31 (skills36): which blocks of a text resume are two columns. Round 30's review made
any line holding a role's dates "no column's row"; a two-column resume whose right column holds
each role's dates ("March 2021 - Present" beside a sidebar's skill) was then cut at every date
line and read line by line again, its sidebar's skills running into the roles. The rule now
looks at the whole block: it is two columns unless most of its right cells (or most of its left
ones) are dates. Texts written for these tests."""

from __future__ import annotations

from datetime import date

from bounceback.skills.matcher import SkillMatcher
from bounceback.skills.resumecolumns import split_columns
from bounceback.skills.resumes import _RANGE, read_resume

TWO_COLUMNS = """\
Skills                        Morag Tennant
Sage 50 Accounts              Accounts Assistant
Bank reconciliations          Inverness
Credit control
                              Experience
Languages                     Accounts Assistant, Firthside Builders Ltd
Gaelic (fluent)               March 2021 - Present
English (native)              - Run the purchase ledger for 40 suppliers
                              - Chase overdue invoices each week
Certificates                  Accounts Clerk, Nairn Fisheries
AAT Level 3 Diploma           June 2017 - February 2021
First Aid at Work             - Posted sales invoices and receipts
                              - Kept the petty cash book
"""

RIGHT_DATES = """\
Callum Strachan
Maintenance Electrician, Dundee

Experience
Maintenance Electrician, Taybridge Foods      Jan 2020 - Present
- Fault-find on packing lines and PLC panels
- PAT testing across the site
Electrician, Angus Installations Ltd          Apr 2016 - Dec 2019
- Domestic rewires and consumer unit changes
Apprentice Electrician, Angus Installations   Sep 2012 - Mar 2016
- Completed my 18th Edition and AM2
Labourer, Carnoustie Builders                 Jun 2011 - Aug 2012
- General site work
"""

LEFT_DATES = """\
2020 - Present      Maintenance Electrician, Taybridge Foods
                    Fault-find on packing lines and PLC panels
2016 - 2019         Electrician, Angus Installations Ltd
                    Domestic rewires and consumer unit changes
2012 - 2016         Apprentice Electrician, Angus Installations
2011 - 2012         Labourer, Carnoustie Builders
"""


def test_a_sidebar_beside_roles_with_their_dates_is_read_apart(matcher: SkillMatcher) -> None:
    out = split_columns(TWO_COLUMNS.splitlines(), _RANGE.search)
    # the right column reads whole, each role over its dates; the sidebar after it
    assert out.index("Accounts Assistant, Firthside Builders Ltd") + 1 == out.index(
        "March 2021 - Present"
    )
    assert out.index("Accounts Clerk, Nairn Fisheries") < out.index("Skills")
    assert "Sage 50 Accounts" in out and "AAT Level 3 Diploma" in out
    resume = read_resume(TWO_COLUMNS.encode(), "cv.txt", matcher, today=date(2026, 12, 1))
    skills = {m.skill.casefold() for m in resume.skills}
    assert {"sage 50 accounts", "bank reconciliation", "credit control"} <= skills
    assert not any("firthside" in s or "nairn" in s for s in skills)
    roles = {(r.title, r.start) for r in resume.roles}
    assert ("Accounts Assistant", date(2021, 3, 1)) in roles
    assert ("Accounts Clerk", date(2017, 6, 1)) in roles


def test_a_one_column_resumes_dates_at_the_right_stay_beside_each_role(
    matcher: SkillMatcher,
) -> None:
    lines = RIGHT_DATES.splitlines()
    assert split_columns(lines, _RANGE.search) == lines
    resume = read_resume(RIGHT_DATES.encode(), "cv.txt", matcher, today=date(2026, 12, 1))
    starts = {r.start for r in resume.roles}
    assert {date(2020, 1, 1), date(2016, 4, 1), date(2012, 9, 1), date(2011, 6, 1)} <= starts
    assert len(resume.roles) == 4


def test_dates_in_a_left_margin_are_no_sidebar() -> None:
    lines = LEFT_DATES.splitlines()
    assert split_columns(lines, _RANGE.search) == lines


RULED = """\
ROSALIND ACHTERBERG                     |
----------------------------------------|----------------------------------------
SKILLS                                  | PROFILE
- Forklift (counterbalance)             | Warehouse team leader with eight years
- Stock control                         | in chilled and ambient distribution.
- Health and safety                     |
----------------------------------------|----------------------------------------
CERTIFICATES                            | EXPERIENCE
IOSH Managing Safely (2022)             | Team Leader, Brantwood Chilled Ltd
First Aid at Work (2021)                | 2019 - present
                                        | - Ran a shift of 14 pickers
                                        | - Cut mis-picks by a third
"""


def test_a_rule_drawn_between_two_columns_is_their_gutter(matcher: SkillMatcher) -> None:
    out = split_columns(RULED.splitlines(), _RANGE.search)
    assert "Team Leader, Brantwood Chilled Ltd" in out
    assert "IOSH Managing Safely (2022)" in out
    assert out.index("Team Leader, Brantwood Chilled Ltd") + 1 == out.index("2019 - present")
    resume = read_resume(RULED.encode(), "cv.txt", matcher, today=date(2026, 12, 1))
    skills = {m.skill.casefold() for m in resume.skills}
    assert "stock control" in skills
    assert not any("brantwood" in s for s in skills)


def test_a_tables_rows_and_a_lines_parts_are_no_ruled_columns() -> None:
    rows = [
        "Payroll Officer         | Kestrel Mining Services",
        "Senior Payroll Officer  | Kestrel Mining Services | 2021",
        "| Ticket              | Detail                  |",
        "| Forklift licence    | Counterbalance, reach   |",
        "| First aid           | HLTAID011               |",
        "| White card          | NSW                     |",
    ]
    assert split_columns(rows, _RANGE.search) == rows
