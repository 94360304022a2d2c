"""The ESCO skills CSV importer (a small file in ESCO's column layout, written for the tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bounceback.domain.errors import ImportFailed
from bounceback.skills import esco
from bounceback.skills.matcher import SkillMatcher, extract
from bounceback.skills.vocabulary import builtin_vocabulary

DATA = Path(__file__).resolve().parents[1] / "data" / "skills"


def test_released_skills_with_their_alternative_labels() -> None:
    loaded = esco.load_esco(DATA / "esco_skills.csv")
    assert (loaded.rows, loaded.skipped) == (4, 1)
    by_name = {s.name: s for s in loaded.skills}
    assert by_name["decorate cakes"].aliases == ("cake decorating", "sugar craft")
    assert "Python" in by_name["Python (computer programming)"].aliases
    assert "ESCO" in loaded.attribution


def test_esco_entries_match_and_merge_with_the_builtin_ones() -> None:
    vocabulary = builtin_vocabulary()
    new = esco.add_to_vocabulary(vocabulary, esco.load_esco(DATA / "esco_skills.csv").skills)
    assert new == 2  # Python is already known
    found = [
        m.skill
        for m in extract("Sugar craft and Python for the shop's website.", SkillMatcher(vocabulary))
    ]
    assert found == ["decorate cakes", "Python"]


def test_a_csv_without_esco_columns_is_refused(tmp_path: Path) -> None:
    wrong = tmp_path / "skills.csv"
    wrong.write_text("name,type\nPython,skill\n", encoding="utf-8")
    with pytest.raises(ImportFailed, match="not an ESCO skills CSV"):
        esco.load_esco(wrong)
