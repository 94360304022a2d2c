"""Round 31 (skills35): a credential read by its shape (credentials.py) is scored by the learned
filter like every other candidate, its reader one of the features (`how_credential`), instead of
being asked for by rule whatever the asked-for model said. On main a model that asks for nothing
still asked for the credential, and the shipped model had no such feature."""

from __future__ import annotations

import copy
import json
from importlib import resources

from bounceback.skills import skillfilter
from bounceback.skills.credentials import HOW
from bounceback.skills.matcher import SkillMatcher
from bounceback.skills.postings import read_posting, skill_candidates

TEXT = (
    "Support Worker\nKestrel Community Care\nTauranga\n\nRequirements\n"
    "- Current registration with the Zorvex Registration Board (ZRB)\n- Reliable transport\n"
)


def _shipped() -> dict[str, object]:
    raw = resources.files("bounceback.skills").joinpath("data", skillfilter.MODEL_FILE)
    return dict(json.loads(raw.read_text("utf-8")))


def test_the_shipped_model_reads_the_credentials_reader_as_a_feature() -> None:
    assert "how_credential" in _shipped()["features"]  # type: ignore[operator]


def test_a_credential_is_asked_for_only_when_the_model_asks_for_it(matcher: SkillMatcher) -> None:
    posting = read_posting(TEXT.encode(), "posting.txt")
    found, text, index = skill_candidates(posting, matcher)
    assert any(m.how == HOW and m.skill == "ZRB registration" for m in found)
    shipped = skillfilter.Model(_shipped())
    asked, _mentioned = skillfilter.split(found, text, index, posting.title, shipped)
    assert "ZRB registration" in {m.skill for m in asked}  # the shipped model asks for it
    strict = copy.copy(shipped)
    strict.threshold = 1.01  # a model that asks for nothing: no rule asks for the credential
    asked, mentioned = skillfilter.split(found, text, index, posting.title, strict)
    assert "ZRB registration" not in {m.skill for m in asked}
    assert "ZRB registration" in {m.skill for m in mentioned}
