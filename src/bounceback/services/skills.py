"""Skills service: importing postings and resumes, the profile, the vocabulary and its
imports (O*NET, ESCO), gaps per application and across the search, tailoring hints. Each
concept is a part of its own, joined here."""

from __future__ import annotations

from bounceback.services.base import ServicePart
from bounceback.services.skill_gaps import GapsMixin
from bounceback.services.skill_postings import COMPANY_NOT_STATED, ROLE_NOT_STATED, PostingsMixin
from bounceback.services.skill_profile import ADDED_BY_YOU, ProfileMixin
from bounceback.services.skill_resumes import ResumesMixin
from bounceback.services.skill_vocabulary import (
    VocabularyMixin,
    _shared_builtin,
    _shared_matcher,
    warm,
)

__all__ = [
    "ADDED_BY_YOU", "COMPANY_NOT_STATED", "ROLE_NOT_STATED", "SkillsService", "_shared_builtin",
    "_shared_matcher", "warm",
]


class SkillsService(
    VocabularyMixin, PostingsMixin, ResumesMixin, ProfileMixin, GapsMixin, ServicePart
):
    """The skills part: the vocabulary, postings, resumes, the profile, gaps and tailoring."""
