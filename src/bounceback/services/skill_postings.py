"""Job postings, as part of the skills service: reading one, storing it on an application (the
one given, the one with the same company and role, or a new saved one), and showing it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bounceback.domain.errors import NotFound
from bounceback.domain.models import Application
from bounceback.domain.skills import Posting, PostingImport, SkillMatch
from bounceback.domain.vocabulary import Origin, Stage
from bounceback.storage.repos import applications as apps_repo
from bounceback.storage.repos import skills as repo

if TYPE_CHECKING:
    from bounceback.services import Bounceback

COMPANY_NOT_STATED = "Company not stated"
ROLE_NOT_STATED = "Role not stated"


class PostingsMixin:
    """Needs `self.db`, `self.app`, `matcher()` and `attribution_for()` (VocabularyMixin)."""

    app: Bounceback
    db: Any

    if TYPE_CHECKING:  # the other parts of the skills service
        def matcher(self) -> Any: ...

        def attribution_for(
            self, matches: list[SkillMatch], location: str | None = None
        ) -> str | None: ...

    def import_posting(
        self,
        data: bytes | str,
        file_name: str | None = None,
        app_id: int | None = None,
        *,
        company: str | None = None,
        role: str | None = None,
        encoding: str | None = None,
    ) -> PostingImport:
        """Read a posting and store it on an application: the one given, the one with the same
        company and role, or a new saved one. Nothing is stored when the file cannot be read."""
        from bounceback.skills.postings import posting_skills, read_posting

        posting = read_posting(data, file_name, None, encoding)
        posting.file_name = file_name or ""
        posting.company = (company or posting.company).strip()
        posting.title = (role or posting.title).strip()
        posting.skills = posting_skills(posting, self.matcher())
        if not posting.company and app_id is None:
            posting.warnings.append(
                "the posting does not name the company; the application is saved as "
                f"'{COMPANY_NOT_STATED}': set it with --company NAME or edit the application"
            )
        if not posting.title and app_id is None:
            posting.warnings.append(
                "the posting's job title could not be read; the application is saved as "
                f"'{ROLE_NOT_STATED}': set it with --role TITLE or edit the application"
            )
        if not posting.location:
            posting.warnings.append(
                "the posting's location could not be read; add it by editing the application"
            )
        with self.db.session() as s:
            target = (
                self.app.applications.get(app_id) if app_id is not None else self._same(posting)
            )
            created = target is None
            if target is None:
                target = self.app.applications.add(
                    self._new_application(posting), origin=Origin.IMPORTED
                )
            else:
                changes = self._fill_blanks(target, posting)
                if changes:
                    target = self.app.applications.edit(target.id or 0, changes)
            stored = repo.save_posting(s, target.id or 0, posting)
            stored.warnings = posting.warnings
            stored.occupation, stored.implied = posting.occupation, posting.implied
            stored.work_field = posting.work_field
            stored.agency = posting.agency
        return PostingImport(
            stored,
            target.id or 0,
            target.title,
            created,
            self.attribution_for([*stored.skills, *stored.mentioned], stored.location),
        )

    def peek_posting(
        self, data: bytes | str, file_name: str | None = None, encoding: str | None = None
    ) -> Posting:
        """A posting's fields as read, without storing anything (to ask for what is missing)."""
        from bounceback.skills.postings import read_posting

        return read_posting(data, file_name, None, encoding)

    def posting(self, app_id: int) -> Posting:
        with self.db.session() as s:
            found = repo.get_posting(s, app_id)
        if found is None:
            raise NotFound(
                f"application #{app_id} has no posting yet; add one with "
                f"`bounceback posting import FILE --app {app_id}`"
            )
        from bounceback.services.gap_reads import with_occupation

        return with_occupation(found)

    def _same(self, posting: Posting) -> Application | None:
        if not posting.company or not posting.title:
            return None
        with self.db.session() as s:
            candidates = apps_repo.of_company(s, posting.company)
        for app in candidates:
            same_company = app.company.casefold() == posting.company.casefold()
            if same_company and app.role.casefold() == posting.title.casefold():
                return app
        return None

    def _new_application(self, posting: Posting) -> Application:
        app = Application(
            company=(posting.company or COMPANY_NOT_STATED)[:200],
            role=(posting.title or ROLE_NOT_STATED)[:300],
            stage=Stage.SAVED,
            furthest_stage=Stage.SAVED,
            description=posting.description,
        )
        for name, value in self._fill_blanks(app, posting).items():
            setattr(app, name, value)
        return app

    @staticmethod
    def _fill_blanks(app: Application, posting: Posting) -> dict[str, Any]:
        """Fields the posting knows and the application leaves empty (the user's win)."""
        changes: dict[str, Any] = {}
        if posting.location and not app.location:
            changes["location"] = posting.location[:200]
        if posting.remote is not None and app.remote is None:
            changes["remote"] = posting.remote
        if posting.url.startswith(("http://", "https://")) and not app.url:
            changes["url"] = posting.url
        if posting.description and not app.description:
            changes["description"] = posting.description
        if posting.agency and not app.source_detail:  # who posted it for the employer
            changes["source_detail"] = posting.agency[:200]
        salary = posting.salary
        yearly = salary is not None and salary.period in (None, "year")
        if salary and yearly and app.salary_min is None and app.salary_max is None:
            currency = (salary.currency or "").upper()
            if len(currency) == 3 and currency.isalpha():
                changes["salary_currency"] = currency
            if salary.minimum is not None:
                changes["salary_min"] = int(salary.minimum)
            if salary.maximum is not None:
                changes["salary_max"] = int(salary.maximum)
        return changes
