"""Round eleven: a posting's skills split into "asked for" (required or preferred: the gaps, the
tailoring hints, the scorer) and "also mentioned" (named, not asked of the candidate: shown
apart, never a gap), on SQLite and PostgreSQL."""

from __future__ import annotations

from bounceback.domain.skills import Importance, Posting
from bounceback.services import Bounceback
from bounceback.skills import skillfilter
from bounceback.skills.gaps import application_gaps
from bounceback.skills.matcher import SkillMatcher
from bounceback.skills.postings import posting_skills
from skills_documents import ACCOUNTS_POSTING as POSTING

ASKED = {"Sage", "AAT Level 3", "Xero"}
NOT_ASKED = {"Slack", "Microsoft Teams", "Power BI"}  # also mentioned, or under the floor
MENTIONED = {"Power BI"}


def test_the_shipped_model_has_a_floor_under_its_threshold() -> None:
    model = skillfilter.shipped_model()
    assert model is not None
    assert 0 < model.floor < model.threshold < 1


def test_tools_a_team_uses_and_what_you_will_learn_are_mentioned_not_asked(
    matcher: SkillMatcher,
) -> None:
    posting = Posting(title="Accounts Assistant", description=POSTING.split("\n\n", 1)[1])
    asked = {m.skill for m in posting_skills(posting, matcher)}
    mentioned = {m.skill for m in posting.mentioned}
    assert asked >= ASKED
    assert mentioned >= MENTIONED
    assert not asked & mentioned
    assert {m.importance for m in posting.mentioned} == {Importance.MENTIONED}


def test_a_mentioned_skill_is_never_a_gap(matcher: SkillMatcher) -> None:
    posting = Posting(title="Accounts Assistant", description=POSTING.split("\n\n", 1)[1])
    asked = posting_skills(posting, matcher)
    gaps = application_gaps([*asked, *posting.mentioned], set())
    missing = {g.skill for g in gaps.required_missing + gaps.nice_missing}
    assert missing >= ASKED and not missing & MENTIONED


def test_stored_posting_keeps_both_lists_and_gaps_count_only_asked(bb: Bounceback) -> None:
    result = bb.skills.import_posting(POSTING, "accounts.txt")
    app_id = result.application_id
    shown = bb.skills.posting(app_id)
    assert {m.skill for m in shown.skills} >= ASKED
    assert {m.skill for m in shown.mentioned} >= MENTIONED
    out = shown.to_dict()
    assert set(out["asked_for"]) == {s["skill"] for s in out["skills"]}  # type: ignore[union-attr]
    also = {s["skill"]: s for s in out["also_mentioned"]}  # type: ignore[union-attr]
    assert set(also) >= MENTIONED and also["Power BI"]["importance"] == "mentioned"
    report = bb.skills.gaps(app_id)
    missing = {g.skill for g in report.gaps.required_missing + report.gaps.nice_missing}
    assert missing >= ASKED and not missing & MENTIONED
    assert set(report.mentioned) >= MENTIONED
    across = {g.skill for g in bb.skills.search_gaps().gaps}
    assert ASKED & across and not across & MENTIONED
    # a rescan (after the vocabulary changed) keeps them apart too
    bb.skills.rescan()
    again = bb.skills.posting(app_id)
    assert {m.skill for m in again.mentioned} >= MENTIONED
    assert not NOT_ASKED & {m.skill for m in again.skills}
