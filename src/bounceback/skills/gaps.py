"""Skill gaps: per application (posting against profile) and across the whole search."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from bounceback.domain.skills import (
    ApplicationGaps,
    ApplicationSkills,
    Importance,
    LearningStep,
    SearchGap,
    SkillGap,
    SkillMatch,
)

REJECTION_WEIGHT = 2.0  # a skill missing where a rejection cited a skill gap counts three times
NICE_WEIGHT = 0.5


def _folded(profile: Collection[str]) -> set[str]:
    return {name.casefold() for name in profile}


def application_gaps(
    posting_skills: Sequence[SkillMatch], profile: Collection[str]
) -> ApplicationGaps:
    """The posting's skills split into those the profile shows and those it does not."""
    have = _folded(profile)
    gaps = ApplicationGaps()
    for match in posting_skills:
        if match.skill.casefold() in have:
            gaps.matched.append(match)
            continue
        gap = SkillGap(match.skill, match.category, match.importance, match.evidence)
        if match.importance is Importance.NICE_TO_HAVE:
            gaps.nice_missing.append(gap)
        else:
            gaps.required_missing.append(gap)
    return gaps


@dataclass
class _Tally:
    category: str
    score: float = 0.0
    postings: int = 0
    rejections: int = 0
    required: int = 0
    applications: list[str] = field(default_factory=list)
    evidence: str = ""


def search_gaps(
    applications: Sequence[ApplicationSkills],
    profile: Collection[str],
    rejection_weight: float = REJECTION_WEIGHT,
    nice_weight: float = NICE_WEIGHT,
) -> list[SearchGap]:
    """Missing skills across the search, heaviest first.

    Each posting that asks for a missing skill adds 1 (0.5 when only nice to have); when that
    application was rejected for a skill gap, the addition is multiplied by 1 + rejection_weight.
    """
    have = _folded(profile)
    tallies: dict[str, _Tally] = {}
    for app in applications:
        seen: dict[str, SkillMatch] = {}
        for match in app.skills:
            if match.skill.casefold() in have:
                continue
            known = seen.get(match.skill)
            if known is None or (
                match.importance is Importance.REQUIRED
                and known.importance is not Importance.REQUIRED
            ):
                seen[match.skill] = match
        for skill, match in seen.items():
            tally = tallies.setdefault(skill, _Tally(match.category))
            base = 1.0 if match.importance is Importance.REQUIRED else nice_weight
            tally.score += base * (1 + rejection_weight if app.rejected_for_skill_gap else 1)
            tally.postings += 1
            tally.rejections += int(app.rejected_for_skill_gap)
            tally.required += int(match.importance is Importance.REQUIRED)
            tally.applications.append(app.label)
            if not tally.evidence or (app.rejected_for_skill_gap and tally.rejections == 1):
                tally.evidence = match.evidence
    gaps = [
        SearchGap(
            skill=skill,
            category=t.category,
            score=round(t.score, 2),
            postings=t.postings,
            skill_gap_rejections=t.rejections,
            required_in=t.required,
            applications=t.applications,
            evidence=t.evidence,
        )
        for skill, t in tallies.items()
    ]
    gaps.sort(key=lambda g: (-g.score, -g.postings, g.skill.casefold()))
    return gaps


def learning_plan(gaps: Sequence[SearchGap], limit: int = 5) -> list[LearningStep]:
    """The top gaps as steps: what to learn, why, and which applications it cost."""
    steps = []
    for gap in gaps[:limit]:
        asked = f"{gap.postings} posting{'s' if gap.postings != 1 else ''} asked for it"
        if gap.required_in:
            asked += f" ({gap.required_in} as a requirement)"
        why = asked
        if gap.skill_gap_rejections:
            n = gap.skill_gap_rejections
            why += (
                f"; it was missing in {n} application{'s' if n != 1 else ''} "
                "that ended with a skill-gap rejection"
            )
        steps.append(LearningStep(gap.skill, why, tuple(gap.applications)))
    return steps
