"""The built-in skills vocabulary is one copy per process, shared by every store without
entries of its own (a shared server has hundreds); a store's own entries go into its copy."""

from __future__ import annotations

from pathlib import Path

from bounceback.config import Settings
from bounceback.services import Bounceback
from tests_now import NOW


def test_stores_without_entries_share_the_built_in_vocabulary(bb: Bounceback, tmp_path: Path,
                                                              home: Path) -> None:
    other = Bounceback(Settings(database_url=f"sqlite:///{tmp_path / 'other.db'}", home=home),
                       clock=lambda: NOW)
    try:
        assert bb.skills.vocabulary() is other.skills.vocabulary()
        assert bb.skills.matcher() is other.skills.matcher()
        assert bb.skills.vocabulary().get("forklift") is not None

        bb.skills.add_vocabulary("Zorbling", aliases=["zorb"])
        mine = bb.skills.vocabulary()
        assert mine is not other.skills.vocabulary()
        assert mine.get("Zorbling") is not None
        assert other.skills.vocabulary().get("Zorbling") is None  # the shared one is untouched
        assert bb.skills.matcher() is not other.skills.matcher()
        assert [m.skill for m in bb.skills.matcher().find("We use zorb daily.")] == ["Zorbling"]
        assert other.skills.matcher().find("We use zorb daily.") == []

        bb.skills.remove_vocabulary("Zorbling")
        assert bb.skills.vocabulary() is other.skills.vocabulary()
    finally:
        other.close()
