"""Roles on a resume whose dates stand on a line of their own, with the title two lines above
(the employer between) or above a blank line, as CVs written in a word processor often put
them. Before round 10 these roles were not read at all, or a duty below was taken for the
title ("Lead a team of 10")."""

from __future__ import annotations

from datetime import date

from bounceback.skills.resumes import resume_roles

TODAY = date(2026, 12, 1)

NURSE = """Priya Nair
Staff Nurse

EMPLOYMENT HISTORY

Staff Nurse (Band 5) - Respiratory Ward 12
Airedale Vale Hospitals NHS Trust, Leeds
09/2021 - present
 * Deliver care to 8-10 patients including NIV and tracheostomy care

Healthcare Assistant
Kirkgate Medical Practice, Bradford
2015 - 2018
 * Took bloods and recorded observations
"""

MARKDOWN = """# Sam Okafor

## Experience

**Team Leader – Nights** · Greyfield Logistics, Brackmills, Northampton

*March 2021 – present*
- Lead a team of 10 pickers, loaders and drivers on nights

**Reach Truck Driver** · Parcelpoint Fulfilment, Daventry

*June 2018 – March 2021*
- Put-away and replenishment at height
"""


def test_a_title_two_lines_over_its_dates() -> None:
    roles = resume_roles(NURSE, TODAY)
    assert [(r.title, r.start, r.current) for r in roles] == [
        ("Staff Nurse", date(2021, 9, 1), True),
        ("Healthcare Assistant", date(2015, 1, 1), False),
    ]


def test_a_title_over_a_blank_line_and_no_duty_below() -> None:
    roles = resume_roles(MARKDOWN, TODAY)
    assert [(r.title, r.organisation, r.start) for r in roles] == [
        ("Team Leader", "Greyfield Logistics", date(2021, 3, 1)),
        ("Reach Truck Driver", "Parcelpoint Fulfilment", date(2018, 6, 1)),
    ]
