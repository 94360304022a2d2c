"""The built-in vocabulary, the user's entries, and merging imported names."""

from __future__ import annotations

import pytest

from bounceback.domain.errors import InvalidValue
from bounceback.domain.skills import Skill, SkillSource
from bounceback.skills.vocabulary import Vocabulary, builtin_vocabulary, user_skill


def test_builtin_vocabulary_has_many_fields_and_aliases() -> None:
    vocabulary = builtin_vocabulary()
    assert len(vocabulary) > 300
    categories = set(vocabulary.by_category())
    assert {"programming", "clinical skills", "sales", "logistics", "teaching", "trades"} <= categories
    assert vocabulary.canonical("golang") == "Go"
    assert vocabulary.canonical("venepuncture") == "phlebotomy"
    assert vocabulary.canonical("an unknown thing ") == "an unknown thing"


def test_builtin_copies_are_independent() -> None:
    first = builtin_vocabulary()
    first.add(Skill("cake decorating", "hospitality"))
    assert "cake decorating" not in builtin_vocabulary()


def test_an_imported_name_never_replaces_a_builtin_entry() -> None:
    vocabulary = builtin_vocabulary()
    kept = vocabulary.add(Skill("Go", "Programming languages", source=SkillSource.ONET, hot=True))
    assert kept.source is SkillSource.BUILTIN
    assert kept.needs_context and kept.hot


def test_alias_collisions_return_the_known_entry() -> None:
    vocabulary = Vocabulary([Skill("Jira", "software", aliases=("Atlassian JIRA",))])
    assert vocabulary.add(Skill("Atlassian JIRA", "onet")).name == "Jira"
    assert len(vocabulary) == 1


def test_user_skills_are_checked() -> None:
    assert user_skill("  cake   decorating ").name == "cake decorating"
    assert user_skill("Qt").case_sensitive
    with pytest.raises(InvalidValue):
        user_skill("   ")
    with pytest.raises(InvalidValue):
        user_skill("x" * 200)
