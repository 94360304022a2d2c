"""Round 30: lines that name skills without asking them, from the false positives of the
retired rounds 8-19. Another job's line (a board's "Similar jobs" list, a recruiter's own title
in a signature), the manager one reports to ("Reporting to the Sous Chef"), a recruiter's
approach and the hiring process ("My client is a distributor of ... PPE", "Correspondence will
only be entered into with shortlisted candidates"), a board's share buttons and footer, and a
letter that is a temperature's scale or a funding round ("4°C", "Series C"). Postings written
for these tests. Each case fails on main; the "stays" cases guard what must not move."""

from __future__ import annotations

from bounceback.skills.context import grade_letter
from bounceback.skills.matcher import SkillMatcher
from bounceback.skills.notaskedlines import another_job_line
from bounceback.skills.postings import read_posting

BOARD = """Warehouse Supervisor
Indlovu Freight - Durban

Requirements
- 3 years supervising a warehouse team
- Forklift licence
- Stock control and Microsoft Excel

Similar jobs
Payroll Officer – Pinetown – R28,000
Social Media Coordinator – Umhlanga – R18,000
Diesel Mechanic – Durban – Market related
"""

CHEF = """Chef de Partie
The Pickled Pear, Leeds

About the role
Reporting to the Sous Chef, you will run your own section and prepare sauces.

Requirements
- 2 years in a fresh-food kitchen
- Level 2 Food Hygiene
"""

RECRUITER = """Sales Representative
Durban

My client is a well-established distributor of welding consumables, cutting tools and PPE to \
the mining sector.

Requirements
- 3 years in B2B sales
- Salesforce
- Valid driver's licence

Correspondence will only be entered into with shortlisted candidates.
"""

SHARE = """Farm Manager
Green Valley Farms, Nakuru

Requirements
- Diploma in Agriculture
- Experience with dairy herds

Share: Facebook LinkedIn WhatsApp · Report this job
Salary guide · Browse jobs · Career advice · © 2026 FarmJobs Kenya
"""


def _asked(text: str, name: str, matcher: SkillMatcher) -> set[str]:
    return {m.skill for m in read_posting(text.encode(), name, matcher).skills}


def _mentioned(text: str, name: str, matcher: SkillMatcher) -> set[str]:
    return {m.skill for m in read_posting(text.encode(), name, matcher).mentioned}


def test_a_boards_list_of_other_jobs_asks_for_nothing(matcher: SkillMatcher) -> None:
    asked = _asked(BOARD, "board.txt", matcher)
    assert "Diesel Mechanic" not in asked
    assert "Diesel Mechanic" in _mentioned(BOARD, "board.txt", matcher)
    # stays: the requirements above the list
    assert {"Microsoft Excel", "forklift operation", "stock control"} <= asked


def test_the_manager_one_reports_to_is_no_skill(matcher: SkillMatcher) -> None:
    asked = _asked(CHEF, "chef.txt", matcher)
    assert not {s for s in asked if "chef" in s.casefold()}
    assert "sauces" in asked  # stays: the duty in the same sentence


def test_a_recruiters_approach_and_the_hiring_process_ask_for_nothing(
    matcher: SkillMatcher,
) -> None:
    asked = _asked(RECRUITER, "recruiter.txt", matcher)
    assert not asked & {"welding", "correspondence", "PPE"}
    assert {"B2B sales", "Salesforce", "driving licence"} <= asked  # stays


def test_share_buttons_and_a_boards_footer_ask_for_nothing(matcher: SkillMatcher) -> None:
    asked = _asked(SHARE, "share.txt", matcher)
    assert not asked & {"Facebook", "LinkedIn", "WhatsApp"}
    assert "Diploma in Agriculture" in asked  # stays


def test_another_jobs_line_is_not_the_postings_own_title() -> None:
    assert another_job_line("Collections Agent – Cebu City – ₱20,000", "Customer Service Rep")
    assert another_job_line("Principal Consultant – Aviation & Engineering", "B1 Engineer")
    # stays: the posting's own title, a recruiter's subject line, a requirement with a dash
    assert not another_job_line("HVAC Service Technician - Residential", "HVAC Service Technician")
    assert not another_job_line("Subject: Welder / Fitter - Red Seal - Edmonton", "Welder")
    assert not another_job_line("Alberta Gas Fitter ticket – required", "HVAC Technician")


def test_a_temperature_or_a_funding_round_is_no_language() -> None:
    for text in ("work in the chiller at around 4°C", "work at -18 °C", "a Series C fintech"):
        at = text.rindex("C")
        assert grade_letter(text, at, at + 1), text
    text = "Languages: C and Python"
    assert not grade_letter(text, text.index("C"), text.index("C") + 1)  # stays
