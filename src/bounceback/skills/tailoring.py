"""Tailoring hints: posting skills the resume sent leaves out although the profile has them."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from bounceback.domain.skills import Importance, SkillMatch, TailoringHint
from bounceback.skills.sameskill import Covered, same_skill

TAILORING_EVIDENCE = (
    "Tailored resumes got about twice the interview rate of untailored ones: 4.2 % against "
    "2.1 % in Q1 2026, 5.8 % against 2.7 % in Q2 2025 (Huntr job search reports)."
)


def tailoring_hints(
    posting_skills: Sequence[SkillMatch],
    resume_skills: Collection[str],
    profile_evidence: Mapping[str, str],
) -> list[TailoringHint]:
    """Skills to bring forward in the resume for this posting, required ones first.

    `profile_evidence` maps each skill the profile shows to where it shows it (a line of
    another resume version, or "you added it to your profile").
    """
    in_resume = Covered(resume_skills)
    profile = {k.casefold(): v for k, v in profile_evidence.items()}
    hints = []
    for m in posting_skills:
        if m.skill in in_resume:
            continue
        shown = profile.get(m.skill.casefold())
        if shown is None:  # the profile may name it in other words ("Excel", "Advanced Excel")
            shown = next((v for k, v in profile.items() if same_skill(k, m.skill)), None)
        if shown is not None:
            hints.append(TailoringHint(m.skill, m.evidence, shown, m.importance))
    hints.sort(key=lambda h: h.importance is not Importance.REQUIRED)
    return hints
