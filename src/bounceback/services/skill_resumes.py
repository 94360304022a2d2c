"""Resumes, as part of the skills service: versions by name, which one went with an
application, and finding one by number or name."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bounceback.domain.errors import NotFound
from bounceback.domain.skills import Resume
from bounceback.storage.repos import skills as repo

if TYPE_CHECKING:
    from datetime import date

    from bounceback.services import Bounceback


class ResumesMixin:
    """Needs `self.db`, `self.app`, `self.today()` and `matcher()` (VocabularyMixin)."""

    app: Bounceback
    db: Any

    if TYPE_CHECKING:  # the other parts of the skills service
        def matcher(self) -> Any: ...

        def today(self) -> date: ...

    def import_resume(
        self,
        data: bytes | str,
        file_name: str | None = None,
        name: str | None = None,
        app_id: int | None = None,
        encoding: str | None = None,
    ) -> tuple[Resume, bool]:
        """Store a resume as a new version of `name` (unchanged text adds no version); link it
        to an application when given. Returns the version and whether it is new."""
        from bounceback.skills.resumes import read_resume

        resume = read_resume(data, file_name, self.matcher(), name, encoding, today=self.today())
        resume.file_name = file_name or ""
        with self.db.session() as s:
            if app_id is not None:
                self.app.applications.get(app_id)
            stored, created = repo.add_resume(s, resume)
            if app_id is not None:
                repo.link_resume(s, app_id, stored.id or 0)
        return stored, created

    def resumes(self) -> list[Resume]:
        with self.db.session() as s:
            return repo.list_resumes(s)

    def resume_links(self) -> dict[int, list[int]]:
        with self.db.session() as s:
            return repo.resume_links(s)

    def find_resume(self, ref: str) -> Resume:
        """A resume by number, by name (its newest version) or as "name v2"."""
        versions = self.resumes()
        text = ref.strip()
        if text.lstrip("#").isdigit():
            for r in versions:
                if r.id == int(text.lstrip("#")):
                    return r
        name, _, number = text.rpartition(" v")
        for r in reversed(versions):
            if (
                number.isdigit()
                and r.name.casefold() == name.casefold()
                and r.version == int(number)
            ):
                return r
            if r.name.casefold() == text.casefold():
                return r
        raise NotFound(f"no resume {ref!r}", [f"{r.label} (#{r.id})" for r in versions[-5:]])

    def use_resume(self, app_id: int, resume_id: int) -> Resume:
        """Record which resume version went with an application."""
        with self.db.session() as s:
            self.app.applications.get(app_id)
            resume = repo.get_resume(s, resume_id)
            repo.link_resume(s, app_id, resume_id)
        return resume

    def resume_for(self, app_id: int) -> Resume | None:
        with self.db.session() as s:
            return repo.resume_for_application(s, app_id)
