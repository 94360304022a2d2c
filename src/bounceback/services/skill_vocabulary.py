"""The skills vocabulary, as part of the skills service: the built-in one shared by every store,
the user's entries, O*NET and ESCO imports, their attributions, and finding skills again in every
stored posting and resume when it changes."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bounceback.domain.errors import NotFound
from bounceback.domain.skills import Posting, SkillMatch, SkillSource, VocabularyImport
from bounceback.services.gap_reads import attribution_of, shared_builtin, vocabulary_from
from bounceback.storage.repos import skill_vocabulary as vocab_repo
from bounceback.storage.repos import skills as repo

if TYPE_CHECKING:
    from datetime import date

    from bounceback.services import Bounceback


_shared_builtin = shared_builtin  # (the name the web's warm-up test reads)


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


class VocabularyMixin:
    """Needs `self.db` and `self.today()` (a ServicePart)."""

    app: Bounceback
    db: Any
    _vocabulary: Any = None
    _matcher: Any = None
    _stamp: object = None

    if TYPE_CHECKING:
        def today(self) -> date: ...

    def vocabulary(self) -> Any:
        """The built-in vocabulary with the user's entries and imported taxonomies."""
        from bounceback.storage.readmodel.stamp import stamp_in

        with self.db.session() as s:
            # The skills stamp moves with every write to the entries, from any process (the
            # entries' count and highest id missed one removed and another added: SQLite gives
            # the new row the freed id); the count is the fallback before the triggers exist.
            stamp: Any = stamp_in(self.db, s, "skills") or vocab_repo.vocabulary_stamp(s)
            if self._vocabulary is not None and stamp == self._stamp:
                return self._vocabulary
            entries = vocab_repo.vocabulary_entries(s)
        self._vocabulary, self._matcher, self._stamp = vocabulary_from(entries), None, stamp
        return self._vocabulary

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
        from bounceback.services.gap_reads import owed_for

        sources = {m.source.value for m in matches}
        return owed_for(matches, location,
                        self.attributions() if sources & {"onet", "esco"} else {})

    def attribution_of(self, sources: set[str]) -> str | None:
        """The attributions owed for skills from these sources (O*NET, ESCO)."""
        if not sources & {"onet", "esco"}:
            return None
        return attribution_of(sources, self.attributions())

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
