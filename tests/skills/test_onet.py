"""The O*NET Technology Skills importer on the real file in ../shared/data/onet (not shipped)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from tests.shared_data import ONET

from bounceback.domain.errors import ImportFailed
from bounceback.domain.skills import SkillSource
from bounceback.skills import onet
from bounceback.skills.matcher import SkillMatcher, extract
from bounceback.skills.vocabulary import builtin_vocabulary


@pytest.fixture(scope="module")
def loaded() -> onet.OnetImport:
    if not (ONET / onet.TECHNOLOGY_SKILLS_FILE).is_file():
        message = f"the O*NET files are missing at {ONET} (they come with ../shared/data/onet; BOUNCEBACK_SHARED_DIR points elsewhere)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    return onet.load_onet(ONET)


def test_the_real_file_is_read_whole(loaded: onet.OnetImport) -> None:
    assert loaded.rows == 32627
    assert len(loaded.skills) == 8768  # distinct technology names
    assert loaded.occupations > 900
    assert loaded.version == "29.2"
    assert loaded.hot > 0
    assert all(s.source is SkillSource.ONET for s in loaded.skills)


def test_attribution_is_the_one_the_licence_asks_for(loaded: onet.OnetImport) -> None:
    assert loaded.attribution == (
        "This product includes information from the O*NET 29.2 Database by the U.S. Department "
        "of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 "
        "license. O*NET® is a trademark of USDOL/ETA."
    )


def test_merged_vocabulary_keeps_the_builtin_rules_and_avoids_false_hits(
    loaded: onet.OnetImport,
) -> None:
    vocabulary = builtin_vocabulary()
    new = onet.add_to_vocabulary(vocabulary, loaded.skills)
    assert 5000 < new < 8000  # the shipped vocabulary already holds the common names
    assert vocabulary.get("Go") is not None and vocabulary.get("Go").needs_context  # type: ignore[union-attr]
    matcher = SkillMatcher(vocabulary)
    kitchen = "Chef de partie for a busy kitchen. We go the extra mile; trust is everything."
    assert [m.skill for m in extract(kitchen, matcher)] == []
    tech = "You will use Zoom, FileMaker Pro and Slack with Atlassian JIRA, and write services in Go."
    found = {m.skill: m.source for m in extract(tech, matcher)}
    assert found["FileMaker Pro"] is SkillSource.ONET
    assert {"Zoom", "Slack", "Jira", "Go"} <= set(found)


def test_a_file_that_is_not_onet_is_refused(tmp_path: Path) -> None:
    wrong = tmp_path / "Technology Skills.txt"
    wrong.write_text("name\tvalue\nPython\t1\n", encoding="utf-8")
    with pytest.raises(ImportFailed, match="not an O\\*NET Technology Skills file"):
        onet.load_onet(tmp_path)
    with pytest.raises(ImportFailed, match="no O\\*NET Technology Skills file"):
        onet.load_onet(tmp_path / "missing")
