"""The skills part of the views (services/views.py): what `gaps`, `tailor`, `skills` and
`posting show` print, and an application's page shows, from one snapshot without the ORM."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bounceback.services.base import ServicePart

if TYPE_CHECKING:
    from bounceback.domain.skills import GapReport, Posting, Profile, Resume, SearchGapReport


class SkillViews(ServicePart):
    """Mixed into ViewsService."""

    def gaps(self, app_id: int) -> GapReport:
        """One application's skill gaps and tailoring hints (`skills.gaps`), from one snapshot."""
        from bounceback.domain.errors import NotFound
        from bounceback.services import gap_reads
        from bounceback.storage.readmodel import timeline_queries as tq

        with self.db.reader() as r:
            app = tq.application(r, app_id)
            if app is None:
                raise NotFound(f"no application #{app_id}")
            return gap_reads.application_report(r, app_id, app.title)

    def resumes(self) -> tuple[list[Resume], dict[int, list[int]]]:
        """Every resume version with its skills (not its text), and the applications each went
        with (`skills.resumes` and `skills.resume_links`), from one snapshot."""
        from bounceback.storage.readmodel import skill_reads

        with self.db.reader() as r:
            return skill_reads.resumes(r), skill_reads.resume_links(r)

    def search_gaps(self, limit: int = 10, *, applications: bool = True) -> SearchGapReport:
        """The skills missing across the search and a plan (`skills.search_gaps`)."""
        from bounceback.services import gap_reads

        with self.db.reader() as r:
            return gap_reads.search_report(r, limit, applications)

    def profile(self) -> Profile:
        """Every skill the resumes show, and the ones the user added (`skills.profile`)."""
        from bounceback.services.gap_reads import profile_from
        from bounceback.storage.readmodel import skill_reads

        with self.db.reader() as r:
            return profile_from(skill_reads.resumes(r), skill_reads.added_skills(r))

    def vocabulary(self) -> tuple[Any, dict[str, str]]:
        """The vocabulary with the store's entries, and the imports' attributions by source
        (`skills.vocabulary` and `skills.attributions`)."""
        from bounceback.services.gap_reads import vocabulary_from
        from bounceback.storage.readmodel import skill_reads

        with self.db.reader() as r:
            entries, stored = skill_reads.vocabulary_entries(r), skill_reads.attributions(r)
        return vocabulary_from(entries), stored

    def posting(self, app_id: int) -> tuple[Posting, str | None]:
        """The application's whole posting (`skills.posting`) and the attributions it owes."""
        from bounceback.domain.errors import NotFound
        from bounceback.services.gap_reads import owed_for, with_occupation
        from bounceback.storage.readmodel import skill_reads

        with self.db.reader() as r:
            found = skill_reads.posting(r, app_id, whole=True)
            if found is None:
                raise NotFound(f"application #{app_id} has no posting yet; add one with "
                               f"`bounceback posting import FILE --app {app_id}`")
            matches = [*found.skills, *found.mentioned]
            stored = (skill_reads.attributions(r)
                      if {m.source.value for m in matches} & {"onet", "esco"} else {})
        return with_occupation(found), owed_for(matches, found.location, stored)
