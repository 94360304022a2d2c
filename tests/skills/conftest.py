"""Fixtures shared by the skills tests."""

import pytest

from bounceback.skills.matcher import SkillMatcher
from bounceback.skills.vocabulary import builtin_vocabulary


@pytest.fixture(scope="module")
def matcher() -> SkillMatcher:
    """A matcher over the shipped vocabulary (one per test module, as each module had)."""
    return SkillMatcher(builtin_vocabulary())
