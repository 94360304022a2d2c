"""Round 33's review of the merged skills code: a line that asks for something under a policy
heading ("Health and Safety", "Safeguarding") is a requirement for a safety adviser or a
safeguarding lead, and "Own" as a verb ("Own the calibration of test equipment") is no own
kit."""

from __future__ import annotations

from bounceback.skills.matcher import SkillMatcher
from bounceback.skills.postings import posting_skills, read_posting

_SAFETY = 'Health and Safety Advisor\nKier Construction - Manchester\n\nThe role\nYou will advise site teams on safe systems of work.\n\nHealth and Safety\n- NEBOSH General Certificate essential\n- Experience of RIDDOR reporting and CDM regulations\n- IOSH membership desirable\n\nSafeguarding\nWe are committed to safeguarding. This post is subject to an enhanced DBS check.'
_SAFEGUARDING = "Safeguarding Lead\nLeeds City Council - Leeds\n\nAbout the role\nLead the council's safeguarding work with partners.\n\nSafeguarding\n- Experience of safeguarding adults and children essential\n- Knowledge of the Care Act 2014\n- Social Work England registration"
_MAINTENANCE = 'Maintenance Technician\nNorthfield Foods Ltd - Leeds\n\nAbout the role\nOwn the calibration of test equipment and gauges across both sites.\nOwn PPE compliance audits and toolbox talks.\n\nRequirements\n- Experience with PLC troubleshooting\n- Able to read electrical drawings\n- Own hand tools and PPE'


def _asked(text: str, name: str, matcher: SkillMatcher) -> tuple[set[str], set[str]]:
    posting = read_posting(text, name)
    asked = {m.skill.casefold() for m in posting_skills(posting, matcher)}
    return asked, {m.skill.casefold() for m in posting.mentioned}


def test_a_safety_advisers_criteria_under_health_and_safety_are_asked(
        matcher: SkillMatcher) -> None:
    asked, _ = _asked(_SAFETY, "safety.txt", matcher)
    assert {"nebosh general certificate", "riddor reporting", "cdm", "iosh"} <= asked


def test_a_safeguarding_leads_criteria_under_safeguarding_are_asked(
        matcher: SkillMatcher) -> None:
    asked, _ = _asked(_SAFEGUARDING, "safeguarding.txt", matcher)
    assert {"care act 2014", "social work england"} <= asked


def test_own_as_a_verb_is_no_own_kit(matcher: SkillMatcher) -> None:
    asked, mentioned = _asked(_MAINTENANCE, "maintenance.txt", matcher)
    assert {"test equipment", "gauges"} <= asked
    assert "hand tools" in mentioned and "hand tools" not in asked  # "Own hand tools and PPE"
