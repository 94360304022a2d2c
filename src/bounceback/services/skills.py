"""Skills service: importing postings and resumes, the profile, the vocabulary and its
imports (O*NET, ESCO), gaps per application and across the search, tailoring hints."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from bounceback.domain.errors import InvalidValue, NotFound
from bounceback.domain.models import Application
from bounceback.domain.skills import (
    Posting,
    PostingImport,
    Profile,
    ProfileSkill,
    Resume,
    SkillMatch,
    SkillSource,
    VocabularyImport,
)
from bounceback.domain.vocabulary import Origin, Stage
from bounceback.services.base import ServicePart
from bounceback.services.skill_gaps import GapsMixin
from bounceback.storage.repos import applications as apps_repo
from bounceback.storage.repos import skill_vocabulary as vocab_repo
from bounceback.storage.repos import skills as repo

ADDED_BY_YOU = "added by you"
COMPANY_NOT_STATED = "Company not stated"
ROLE_NOT_STATED = "Role not stated"


@lru_cache(maxsize=1)
def _shared_builtin() -> Any:
    """The built-in vocabulary, for every store without entries of its own (never changed:
    a store with entries gets a copy to add them to). On a shared server each person's
    service used to build its own copy and matcher: 5 MB and 35 ms each."""
    from bounceback.skills.vocabulary import builtin_vocabulary

    return builtin_vocabulary()


def warm() -> None:
    """The shipped vocabulary and its occupations, built now (once per process): a server
    builds them before its first page rather than during an application's first view."""
    from bounceback.skills.occupations import load

    _shared_builtin()
    load()


@lru_cache(maxsize=1)
def _shared_matcher() -> Any:
    from bounceback.skills.matcher import SkillMatcher

    return SkillMatcher(_shared_builtin())


class SkillsService(GapsMixin, ServicePart):
    _vocabulary: Any = None
    _matcher: Any = None
    _stamp: object = None

    # Vocabulary --------------------------------------------------------------------------

    def vocabulary(self) -> Any:
        """The built-in vocabulary with the user's entries and imported taxonomies."""
        from bounceback.skills.vocabulary import builtin_vocabulary
        from bounceback.storage.readmodel.stamp import stamp_in

        with self.db.session() as s:
            # The skills stamp moves with every write to the entries, from any process (the
            # entries' count and highest id missed one removed and another added: SQLite gives
            # the new row the freed id); the count is the fallback before the triggers exist.
            stamp: Any = stamp_in(self.db, s, "skills") or vocab_repo.vocabulary_stamp(s)
            if self._vocabulary is not None and stamp == self._stamp:
                return self._vocabulary
            entries = vocab_repo.vocabulary_entries(s)
        if not entries:  # the built-in one alone: one copy per process, whoever asks
            self._vocabulary, self._matcher, self._stamp = _shared_builtin(), None, stamp
            return self._vocabulary
        vocabulary = builtin_vocabulary()
        families = {SkillSource.ONET: "tech", SkillSource.ESCO: "esco"}
        for skill in entries:
            if skill.source in families:
                vocabulary.families.setdefault(skill.category, families[skill.source])
            vocabulary.add(skill)
        self._vocabulary, self._matcher, self._stamp = vocabulary, None, stamp
        return vocabulary

    def matcher(self) -> Any:
        from bounceback.skills.matcher import SkillMatcher

        vocabulary = self.vocabulary()
        if self._matcher is None:
            self._matcher = (_shared_matcher() if vocabulary is _shared_builtin()
                             else SkillMatcher(vocabulary))
        return self._matcher

    def attributions(self) -> dict[str, str]:
        """source -> attribution text of every imported taxonomy (O*NET, ESCO)."""
        with self.db.session() as s:
            return {source: info[2] for source, info in vocab_repo.imports(s).items()}

    def attribution_for(self, matches: list[SkillMatch], location: str | None = None) -> str | None:
        """The attributions owed when any of these skills came from an imported taxonomy, and
        when the place was known from the GeoNames towns that ship with bounceback."""
        from bounceback.places import GEONAMES_ATTRIBUTION, names_a_town

        owed = [self.attribution_of({m.source.value for m in matches})]
        if names_a_town(location):
            owed.append(GEONAMES_ATTRIBUTION)
        return " ".join(a for a in owed if a) or None

    def attribution_of(self, sources: set[str]) -> str | None:
        """The attributions owed for skills from these sources (O*NET, ESCO)."""
        from bounceback.skills.vocabulary import builtin_data

        sources = sources & {"onet", "esco"}
        if not sources:
            return None
        known = {**builtin_data().attributions, **self.attributions()}
        return " ".join(known[s] for s in sorted(sources) if s in known) or None

    def add_vocabulary(
        self, name: str, category: str = "my skills", aliases: list[str] | None = None
    ) -> Any:
        from bounceback.skills.vocabulary import user_skill

        skill = user_skill(name, category, aliases or [])
        with self.db.session() as s:
            vocab_repo.add_user_entry(s, skill)
            self._rescan(s)
        return skill

    def remove_vocabulary(self, name: str) -> None:
        with self.db.session() as s:
            if not vocab_repo.remove_user_entry(s, name):
                raise NotFound(f"no vocabulary entry of yours named {name!r}")
            self._rescan(s)

    def import_onet(self, path: Path) -> VocabularyImport:
        """Load the O*NET Technology Skills file into the vocabulary (replacing an older one)."""
        from bounceback.skills import onet

        loaded = onet.load_onet(path)
        return self._import(
            SkillSource.ONET, loaded.skills, loaded.version, str(path), loaded.attribution
        )

    def import_esco(self, path: Path) -> VocabularyImport:
        from bounceback.skills import esco

        loaded = esco.load_esco(path)
        return self._import(SkillSource.ESCO, loaded.skills, "", str(path), loaded.attribution)

    def _import(
        self, source: SkillSource, skills: list[Any], version: str, file_name: str, attribution: str
    ) -> VocabularyImport:
        from bounceback.skills.vocabulary import builtin_vocabulary

        builtin = builtin_vocabulary()
        new = sum(1 for s in skills if not any(f in builtin for f in s.forms))
        with self.db.session() as s:
            count = vocab_repo.replace_source(s, source, skills)
            vocab_repo.record_import(s, source.value, version, file_name, count, attribution)
            rescanned = self._rescan(s)
        return VocabularyImport(source.value, version, count, new, attribution, rescanned)

    def rescan(self) -> int:
        """Find skills again in every stored posting and resume (after the vocabulary changed)."""
        with self.db.session() as s:
            return self._rescan(s)

    def _rescan(self, s: Any) -> int:
        from bounceback.skills.postings import posting_skills
        from bounceback.skills.resumes import read_resume

        self._stamp = None
        matcher = self.matcher()
        count = 0
        for posting_id, title, description in repo.posting_texts(s):
            shell = Posting(title=title, description=description)
            asked = posting_skills(shell, matcher)
            repo.replace_posting_skills(s, posting_id, [*asked, *shell.mentioned])
            count += 1
        for resume in repo.list_resumes(s):
            fresh = read_resume(
                resume.text, resume.file_name, matcher, resume.name, today=self.today()
            )
            repo.replace_resume_skills(s, resume.id or 0, fresh.skills)
            repo.update_resume(s, resume.id or 0, fresh.years)
            count += 1
        return count

    # Postings ----------------------------------------------------------------------------

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
        from bounceback.skills.occupations import implied_skills, occupation_for

        occupation = occupation_for(found.title)
        found.occupation = occupation.name if occupation else ""
        found.work_field = occupation.field if occupation else ""
        named = {m.skill for m in found.skills} | {m.skill for m in found.mentioned}
        found.implied = implied_skills(occupation, named)
        return found

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

    # Resumes and the profile -------------------------------------------------------------

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

    def profile(self) -> Profile:
        """Every skill the resumes show, and the ones the user added, with years."""
        with self.db.session() as s:
            versions = repo.list_resumes(s)
            added = repo.profile_skills(s)
        skills: dict[str, ProfileSkill] = {}
        titles: list[str] = []
        for resume in versions:
            titles.extend(resume.titles)
            for m in resume.skills:
                entry = skills.setdefault(
                    m.skill, ProfileSkill(m.skill, m.category, [], None, m.evidence)
                )
                entry.sources.append(resume.label)
                years = resume.years.get(m.skill)
                if years and (entry.years is None or years > entry.years):
                    entry.years = years
                entry.evidence = m.evidence
        for row in added:
            entry = skills.setdefault(
                row.skill, ProfileSkill(row.skill, row.category, [], row.years)
            )
            entry.sources.append(ADDED_BY_YOU)
            if row.years and (entry.years is None or row.years > entry.years):
                entry.years = row.years
        ordered = sorted(skills.values(), key=lambda p: (p.category.casefold(), p.skill.casefold()))
        return Profile(ordered, list(dict.fromkeys(titles)), [r.label for r in versions])

    def add_skill(self, name: str, years: float | None = None) -> ProfileSkill:
        """Add a skill to the profile, under its canonical name when the vocabulary knows it."""
        name = " ".join(name.split())
        if not name:
            raise InvalidValue("the skill name is empty")
        if years is not None and not 0 <= years <= 60:
            raise InvalidValue(f"{years} years is not between 0 and 60")
        known = self.vocabulary().get(name)
        canonical, category = (known.name, known.category) if known else (name, "my skills")
        with self.db.session() as s:
            if known is None:
                from bounceback.skills.vocabulary import user_skill

                vocab_repo.add_user_entry(s, user_skill(name))
            repo.add_profile_skill(s, canonical, category, years)
            if known is None:
                self._rescan(s)
        return ProfileSkill(canonical, category, [ADDED_BY_YOU], years)

    def remove_skill(self, name: str) -> None:
        canonical = self.vocabulary().canonical(name)
        with self.db.session() as s:
            if not repo.remove_profile_skill(s, canonical) and not repo.remove_profile_skill(
                s, name
            ):
                raise NotFound(
                    f"{name!r} is not among the skills you added; skills found in a resume "
                    "go when that resume version is replaced"
                )

    def profile_evidence(self, profile: Profile | None = None) -> dict[str, str]:
        """Where each profile skill shows (a resume's line), or that the user added it."""
        out = {}
        for p in (profile or self.profile()).skills:
            where = next((src for src in p.sources if src != ADDED_BY_YOU), None)
            out[p.skill] = f"{where}: “{p.evidence}”" if where and p.evidence else ADDED_BY_YOU
        return out
