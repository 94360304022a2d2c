"""Round 34 (skills42): a job board's buttons above the posting ("[Apply now]  [Save job]") open
no how-to-apply section that silences the duties and requirements under them; "Code 08 (B)" is a
licence's name, not a duty to code; the label of a numbered selection criterion ("Selection
Criterion 3") is no skill, the criterion after it is. Postings written for these tests."""

from __future__ import annotations

from bounceback.skills.evidence import is_heading
from bounceback.skills.matcher import SkillMatcher
from bounceback.skills.postings import read_posting

_BOARD = """JOBS  |  CAREERS ADVICE  |  EMPLOYERS  |  POST A JOB          Sign in

Home > Hospitality > Kitchen

Kitchen Porter
Harbourside Hotel, Cobh, Co. Cork
EUR 14.20 per hour

[Apply now]   [Save job]   [Share]

The Harbourside Hotel is a family-run 40-bedroom hotel on the waterfront.

Reporting to the Head Chef, the Kitchen Porter will operate the commercial dishwasher, receive
deliveries and follow HACCP cleaning schedules.

The ideal candidate will hold a Safe Pass card and manual handling training. Fluency in Irish or
Polish would be a bonus.

Benefits:
- Staff meals on shift
- Tips shared weekly

[Apply now]
"""

_FORMAL = """Research Officer (Grade IV)
University of Westmoor, Galway

About the role
The School of Nursing seeks a Research Officer for a three-year study of rural home care.

Selection criteria
Selection Criterion 1: Demonstrated experience in qualitative interviewing.
Selection Criterion 2: Knowledge of NVivo.
Selection Criterion 3: A valid Code 08 (B) driver's licence, as the post involves travel to
participants' homes.

Equality, diversity and inclusion
The University is committed to equality, diversity and inclusion. All staff complete training in
data protection, health and safety and manual handling during their induction.
"""


def _asked(text: str, filename: str, matcher: SkillMatcher) -> dict[str, str]:
    posting = read_posting(text, filename, matcher=matcher)
    return {m.skill: m.importance.value for m in posting.skills}


def test_a_boards_buttons_are_no_heading() -> None:
    assert not is_heading("[Apply now]   [Save job]   [Share]")
    assert not is_heading("[ Apply on company site ]   [ Save ]")
    assert is_heading("How to apply")  # the heading itself still opens its section
    assert is_heading("Requirements:")


def test_the_requirements_under_a_boards_buttons_are_read(matcher: SkillMatcher) -> None:
    asked = _asked(_BOARD, "porter_ie.txt", matcher)
    # main read "[Apply now] [Save job] [Share]" as a "how to apply" heading: nothing after it
    # was asked, neither the duties nor the requirements
    assert "Safe Pass" in asked or "Safe Pass card" in asked, asked
    assert "manual handling" in asked, asked
    assert "Irish" in asked and "Polish" in asked, asked
    assert "HACCP" in asked, asked
    # the benefits stay silent after the buttons as before
    assert not any("meal" in s or "tips" in s.casefold() for s in asked), asked


def test_a_licence_code_is_no_duty_to_code(matcher: SkillMatcher) -> None:
    asked = _asked(_FORMAL, "research_officer_ie.txt", matcher)
    # main read "Code" as a duty's verb and named the skill "08 (B) driver's licence"
    assert any(s.startswith("Code 08") for s in asked), asked
    assert not any(s.startswith("08") for s in asked), asked


def test_a_criterions_label_is_no_skill_but_its_criterion_is(matcher: SkillMatcher) -> None:
    asked = _asked(_FORMAL, "research_officer_ie.txt", matcher)
    assert not any("criteri" in s.casefold() for s in asked), asked
    assert "NVivo" in asked, asked
    assert "interviewing" in asked or "qualitative interviewing" in asked, asked


def test_the_induction_paragraph_beside_the_criteria_asks_nothing(
    matcher: SkillMatcher,
) -> None:
    asked = _asked(_FORMAL, "research_officer_ie.txt", matcher)
    # training given at induction under an equality heading: no skill asked (as on main)
    assert "data protection" not in asked, asked
    assert "health and safety" not in asked, asked
    assert "manual handling" not in asked, asked


_RECRUITER = """Subject: Maintenance Electrician - Days - Swindon

Hi Priya,

I'm a recruiter with Brightline Engineering Recruitment and I'm working on a permanent Maintenance
Electrician role with a food manufacturer in Swindon. Here are the details:

Pay: GBP 21.50 per hour, days only

What our client is looking for
- 18th Edition wiring regulations
- PLC fault finding on Allen-Bradley controllers
- Experience with three-phase motors and inverters

Thanks,
Callum
"""


def test_a_recruiters_heading_over_the_clients_requirements(matcher: SkillMatcher) -> None:
    asked = _asked(_RECRUITER, "electrician_uk_email.txt", matcher)
    # main read "What our client is looking for" as the employer's pitch ("our client"): silent
    assert any("18th Edition" in s for s in asked), asked
    assert any("Allen-Bradley" in s or "PLC" in s for s in asked), asked
    they = _asked(
        _RECRUITER.replace("What our client is looking for", "What they're after:"),
        "e.txt",
        matcher,
    )
    assert any("18th Edition" in s for s in they), they
