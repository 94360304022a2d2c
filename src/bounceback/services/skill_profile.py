"""The profile, as part of the skills service: every skill the resumes show and the ones the
user added, with years and where each shows."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bounceback.domain.errors import InvalidValue, NotFound
from bounceback.domain.skills import Profile, ProfileSkill
from bounceback.services.gap_reads import ADDED_BY_YOU, evidence_of, profile_from
from bounceback.storage.repos import skill_vocabulary as vocab_repo
from bounceback.storage.repos import skills as repo

__all__ = ["ADDED_BY_YOU", "ProfileMixin"]


class ProfileMixin:
    """Needs `self.db`, `vocabulary()` and `_rescan()` (VocabularyMixin)."""

    db: Any

    if TYPE_CHECKING:  # the other parts of the skills service
        def vocabulary(self) -> Any: ...

        def _rescan(self, s: Any) -> int: ...

    def profile(self) -> Profile:
        """Every skill the resumes show, and the ones the user added, with years."""
        return self.profile_and_resumes()[0]

    def profile_and_resumes(self) -> tuple[Profile, list[Any]]:
        """The profile, and the resume versions it was read from (with their skills)."""
        with self.db.session() as s:
            versions = repo.list_resumes(s)
            added = repo.profile_skills(s)
        return profile_from(versions, added), versions

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
        return evidence_of(profile or self.profile())
