"""Skill gaps and tailoring hints, as part of the skills service (split out to stay small)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bounceback.domain.skills import GapReport, SearchGapReport
from bounceback.memo import Memo
from bounceback.services.gap_reads import ProfileParts, have, report_for, with_details
from bounceback.services.gap_reads import copy_report as _copy
from bounceback.services.page_reads import GAPS_KEPT
from bounceback.skills.gaps import GAP_APPS, GAP_APPS_REJECTED
from bounceback.storage.repos import skills as repo

if TYPE_CHECKING:
    from bounceback.domain.models import Application
    from bounceback.services import Bounceback


class GapsMixin:
    """Needs `self.db`, `self.app`, `profile()`, `profile_evidence()`, `attribution_for()`."""

    app: Bounceback
    db: Any
    #: application id -> (the skills' stamp, its report then); see `gaps`
    _gaps_kept: Memo[int, tuple[str, GapReport]] | None = None
    #: (the skills' stamp, what a report needs of the profile then); see `_profile_kept`
    _profile_then: tuple[str, ProfileParts] | None = None

    def gaps(self, app_id: int, app: Application | None = None) -> GapReport:
        """What the application's posting asks for that the profile does not show, with hints
        for the resume version that went with it. `app`: the application when the caller
        has it already (its page), rather than reading it again.

        Worked out once per change: a report is kept under the skills' stamp, which every
        write to a posting, a resume, the profile or the vocabulary (from any process) gives a
        new value in its own transaction; a request reads that one row and, when it has not
        moved, serves a copy of the kept report (a caller may change its copy: the kept one
        shares no list with it)."""
        from bounceback.storage.readmodel.stamp import stamp_in

        if app is None or app.id != app_id:
            app = self.app.applications.get(app_id)
        with self.db.session() as s:
            stamp = stamp_in(self.db, s, "skills")
            kept = self._gaps_kept.find(app_id) if self._gaps_kept is not None else None
            if kept is not None and stamp is not None and kept[0] == stamp:
                return _copy(kept[1], app.title)
            report = self._gaps(s, app_id, app, self._profile_kept(stamp))
        if stamp is not None:
            if self._gaps_kept is None:
                self._gaps_kept = Memo(GAPS_KEPT)
            self._gaps_kept.keep(app_id, (stamp, _copy(report, report.application_title)))
        return report

    def _profile_kept(self, stamp: str | None) -> ProfileParts:
        """What a report needs of the profile (the skills it shows with the vocabulary's entries
        they belong to, where each shows, the resume versions by id), worked out once per
        change: kept under the skills' stamp, which every write to a resume, the profile or the
        vocabulary moves (an application's page that is not kept yet read all the resumes and
        their skills again: three statements and most of the report's work)."""
        kept = self._profile_then
        if kept is not None and stamp is not None and kept[0] == stamp:
            return kept[1]
        profile, versions = self.profile_and_resumes()  # type: ignore[attr-defined]
        parts = ProfileParts(profile, frozenset(self._have(profile.names)),
                             self.profile_evidence(profile),  # type: ignore[attr-defined]
                             {r.id: r for r in versions})
        if stamp is not None:
            self._profile_then = (stamp, parts)
        return parts

    def _gaps(self, s: Any, app_id: int, app: Application,
              mine: ProfileParts | None = None) -> GapReport:
        mine = mine or self._profile_kept(None)
        posting = repo.get_posting(s, app_id)
        resume_id = repo.resume_id_for_application(s, app_id)
        resume = None if resume_id is None else (
            mine.resumes.get(resume_id) or repo.get_resume(s, resume_id))
        attribution = None if posting is None else self.attribution_for(  # type: ignore[attr-defined]
            [*posting.skills, *posting.mentioned])
        return report_for(app_id, app.title, posting, resume, mine, attribution)

    def _have(self, names: list[str] | set[str]) -> set[str]:
        """The profile's skills and the entries they belong to (gap_reads.have)."""
        return have(self.vocabulary(), names)  # type: ignore[attr-defined]

    def search_gaps(self, limit: int = 10, *, applications: bool = True) -> SearchGapReport:
        """Skills missing across all postings, weighted by skill-gap rejections; a plan. From
        the read model's totals per skill, the profile taken out; `applications`: also list
        the applications behind each gap shown (a page that shows only counts leaves them)."""
        from bounceback.skills.gaps import gap_sources, gaps_from, learning_plan
        from bounceback.storage.readmodel import skill_queries as q

        profile = self.profile()  # type: ignore[attr-defined]
        with self.db.reader() as r:
            totals = q.gap_totals(r)
            gaps = gaps_from(totals, self._have(profile.names))[:limit]
            with_details(r, gaps, applications=applications)
        return SearchGapReport(
            gaps=gaps,
            plan=learning_plan(gaps, limit=min(5, limit)),
            applications=totals.get((GAP_APPS, ""), 0),
            skill_gap_rejections=totals.get((GAP_APPS_REJECTED, ""), 0),
            attribution=self.attribution_of(gap_sources(totals, profile.names)),  # type: ignore[attr-defined]
        )
