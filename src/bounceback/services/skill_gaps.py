"""Skill gaps and tailoring hints, as part of the skills service (split out to stay small)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bounceback.domain.skills import ApplicationSkills, GapReport, SearchGapReport
from bounceback.storage.repos import skills as repo

if TYPE_CHECKING:
    from bounceback.services import Bounceback


class GapsMixin:
    """Needs `self.db`, `self.app`, `profile()`, `profile_evidence()`, `attribution_for()`."""

    app: Bounceback
    db: Any

    def gaps(self, app_id: int) -> GapReport:
        """What the application's posting asks for that the profile does not show, with hints
        for the resume version that went with it."""
        from bounceback.skills.gaps import application_gaps
        from bounceback.skills.tailoring import tailoring_hints

        app = self.app.applications.get(app_id)
        with self.db.session() as s:
            posting = repo.get_posting(s, app_id)
            resume = repo.resume_for_application(s, app_id)
        if posting is None:
            from bounceback.domain.skills import ApplicationGaps

            return GapReport(app_id, app.title, ApplicationGaps(), None, has_posting=False)
        from bounceback.skills.occupations import implied_skills, occupation_for

        profile = self.profile()  # type: ignore[attr-defined]
        named = {m.skill for m in posting.skills}
        implied = implied_skills(occupation_for(posting.title), named)
        report = GapReport(
            app_id,
            app.title,
            application_gaps(posting.skills, profile.names),
            resume.label if resume else None,
            attribution=self.attribution_for(posting.skills),  # type: ignore[attr-defined]
            implied=implied,
        )
        if resume is not None:
            report.hints = tailoring_hints(
                posting.skills,
                resume.skill_names,
                self.profile_evidence(profile),  # type: ignore[attr-defined]
            )
        return report

    def search_gaps(self, limit: int = 10) -> SearchGapReport:
        """Skills missing across all postings, weighted by skill-gap rejections; a plan."""
        from bounceback.skills.gaps import learning_plan, search_gaps

        with self.db.session() as s:
            by_app = repo.posting_skills_by_application(s)
            rejected = repo.skill_gap_application_ids(s)
        titles = {a.id: f"#{a.id} {a.title}" for a in self.app.applications.list()}
        apps = [
            ApplicationSkills(
                app_id, titles.get(app_id, f"#{app_id}"), tuple(skills), app_id in rejected
            )
            for app_id, skills in by_app.items()
        ]
        profile = self.profile()  # type: ignore[attr-defined]
        gaps = search_gaps(apps, profile.names)
        all_matches = [
            m for skills in by_app.values() for m in skills if m.skill not in profile.names
        ]
        return SearchGapReport(
            gaps=gaps[:limit],
            plan=learning_plan(gaps, limit=min(5, limit)),
            applications=len(apps),
            skill_gap_rejections=sum(1 for a in apps if a.rejected_for_skill_gap),
            attribution=self.attribution_for(all_matches),  # type: ignore[attr-defined]
        )
