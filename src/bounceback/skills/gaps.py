"""Skill gaps: per application (posting against profile) and across the whole search."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
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
from bounceback.skills.sameskill import Covered

REJECTION_WEIGHT = 2.0  # a skill missing where a rejection cited a skill gap counts three times
NICE_WEIGHT = 0.5


def _folded(profile: Collection[str]) -> Covered:
    """The profile's names, and every name a reader takes for one of them ("Excel" on a resume
    shows the "Intermediate Excel" a posting asks for; see sameskill.py)."""
    return Covered(profile)


def application_gaps(
    posting_skills: Sequence[SkillMatch], profile: Collection[str]
) -> ApplicationGaps:
    """The posting's skills split into those the profile shows and those it does not."""
    have = _folded(profile)
    gaps = ApplicationGaps()
    for match in posting_skills:
        if match.importance is Importance.MENTIONED:
            continue  # named, not asked for: never a gap
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


# ---- the read model's share of one application ---------------------------------------------

GAP_APPS = "gap_apps"  # key "": applications with a posting's skills
GAP_APPS_REJECTED = "gap_apps_rej"  # key "": those rejected for a skill gap
GAP_SCORE2 = "gap_score2"  # key: skill; twice the score (default weights keep it whole)
GAP_POSTINGS = "gap_postings"  # key: skill
GAP_REJECTIONS = "gap_rej"  # key: skill
GAP_REQUIRED = "gap_req"  # key: skill
GAP_SOURCE = "gap_src"  # key: "source|skill" of an imported taxonomy (for attribution)


@dataclass(frozen=True)
class GapRow:
    """One skill one application's posting asks for (the match that counts for it)."""

    skill: str
    category: str
    evidence: str
    required: bool


def gap_share(
    skills: Sequence[SkillMatch], rejected_for_skill_gap: bool
) -> tuple[dict[tuple[str, str], int], list[GapRow]]:
    """What one application adds to `search_gaps` before the profile is taken out (the profile
    is applied when reading): totals, and the match that counts per skill."""
    if not skills:
        return {}, []
    totals: dict[tuple[str, str], int] = {}

    def add(name: str, key: str, value: int = 1) -> None:
        if value:
            totals[(name, key)] = totals.get((name, key), 0) + value

    add(GAP_APPS, "")
    add(GAP_APPS_REJECTED, "", int(rejected_for_skill_gap))
    seen: dict[str, SkillMatch] = {}
    for match in skills:
        known = seen.get(match.skill)
        if known is None or (
            match.importance is Importance.REQUIRED and known.importance is not Importance.REQUIRED
        ):
            seen[match.skill] = match
        if match.source.value in ("onet", "esco"):
            add(GAP_SOURCE, f"{match.source.value}|{match.skill}")
    rows = []
    for skill, match in seen.items():
        required = match.importance is Importance.REQUIRED
        add(GAP_SCORE2, skill, (2 if required else 1) * (3 if rejected_for_skill_gap else 1))
        add(GAP_POSTINGS, skill)
        add(GAP_REJECTIONS, skill, int(rejected_for_skill_gap))
        add(GAP_REQUIRED, skill, int(required))
        rows.append(GapRow(skill, match.category, match.evidence, required))
    return totals, rows


def gaps_from(totals: Mapping[tuple[str, str], int], profile: Collection[str]) -> list[SearchGap]:
    """Every missing skill from the kept totals (default weights), heaviest first; category,
    evidence and applications are filled in for the ones shown."""
    have = _folded(profile)
    by_skill: dict[str, dict[str, int]] = {}
    for (name, key), value in totals.items():
        kept = name in (GAP_SCORE2, GAP_POSTINGS, GAP_REJECTIONS, GAP_REQUIRED)
        if kept and key.casefold() not in have:
            by_skill.setdefault(key, {})[name] = value
    gaps = [
        SearchGap(skill=skill, category="", score=round(t.get(GAP_SCORE2, 0) / 2, 2),
                  postings=t.get(GAP_POSTINGS, 0), skill_gap_rejections=t.get(GAP_REJECTIONS, 0),
                  required_in=t.get(GAP_REQUIRED, 0))
        for skill, t in by_skill.items() if t.get(GAP_POSTINGS)
    ]
    gaps.sort(key=lambda g: (-g.score, -g.postings, g.skill.casefold()))
    return gaps


def gap_sources(totals: Mapping[tuple[str, str], int], profile: Collection[str]) -> set[str]:
    """The imported taxonomies behind any skill asked for that the profile does not name."""
    return {key.split("|", 1)[0] for (name, key), value in totals.items()
            if name == GAP_SOURCE and value and key.split("|", 1)[1] not in profile}
