"""Round 20: every last step of the decision lives in crisis_reassure.last_steps.

Until round 19 two of them ran after last_steps, in crisis._with_model only: the "n-gram model
sure" keep (the idiom step does not act where the model's concern is at least
IDIOM_KEEPS_CONCERN) and the hold on the encoder's full message over a harmless idiom
(crisis_idiom_full.hold). The held-out tools (scripts/crisis_heldout.py, crisis_shortfalls.py,
crisis_gentle.py, crisis_guards.py through them) call last_steps, so they read something other
than what the app decides. Each test here failed before: last_steps took no `concern`, and
neither step ran in it."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import IDIOM_KEEPS_CONCERN, CrisisCheck, rules_only
from bounceback.recovery.crisis_idiom_full import FROM_ENCODER, HELD
from bounceback.recovery.crisis_reassure import last_steps
from bounceback.recovery.crisis_training import Example

ROOT = Path(__file__).resolve().parents[2]
# A death idiom and everyday words: the idiom step lowers its model's question to nothing
# (tests/recovery/test_crisis_idiom_keeps.py), unless the n-gram model is all but sure.
IDIOM_ONLY = "Ik verveel me dood, het uitzendbureau belt maar niet terug"
# "Life goes on": the encoder read it as "life goes on without me" (round 19, crisis19).
LIFE_GOES_ON = "Het is niet de baan die ik wilde, maar het leven gaat door."
SOFT, NONE, EXPLICIT = CrisisLevel.SOFT, CrisisLevel.NONE, CrisisLevel.EXPLICIT


def _nothing(text: str) -> CrisisCheck:
    return CrisisCheck(NONE, (), ("nl",))


def _asked(text: str) -> CrisisCheck:
    return CrisisCheck(SOFT, ("model:soft",), ("nl",))


def test_the_idiom_step_keeps_the_question_where_the_n_gram_model_is_sure() -> None:
    rules = rules_only(IDIOM_ONLY)
    found = CrisisCheck(SOFT, ("model:soft",), rules.languages)
    assert last_steps(rules, found, IDIOM_ONLY, _nothing, concern=0.5).level == NONE
    kept = last_steps(rules, found, IDIOM_ONLY, _nothing, concern=IDIOM_KEEPS_CONCERN)
    assert kept.level == SOFT, kept.signs


def test_the_encoder_full_message_over_an_idiom_is_held_at_the_question() -> None:
    rules = rules_only(LIFE_GOES_ON)
    assert rules.level == NONE
    found = CrisisCheck(EXPLICIT, ("model:soft", FROM_ENCODER), ("nl",))
    held = last_steps(rules, found, LIFE_GOES_ON, _asked, concern=0.6)
    assert held.level == SOFT and HELD in held.signs
    # the text without its idiom still gets the full message: kept
    full = last_steps(rules, found, LIFE_GOES_ON, lambda t: CrisisCheck(EXPLICIT), concern=0.6)
    assert full.level == EXPLICIT


@pytest.fixture(scope="module")
def heldout() -> Iterator[ModuleType]:
    """scripts/crisis_heldout.py as a module, with the shipped model standing for an author's."""
    from bounceback.recovery.crisis_model import shipped_model

    spec = importlib.util.spec_from_file_location("crisis_heldout", ROOT / "scripts/crisis_heldout.py")
    assert spec is not None and spec.loader is not None
    module = sys.modules.get("crisis_heldout") or importlib.util.module_from_spec(spec)
    if "crisis_heldout" not in sys.modules:
        sys.modules["crisis_heldout"] = module
        spec.loader.exec_module(module)
    module.MODEL_OF["author:ZY"] = shipped_model()
    module.reread.cache_clear()
    yield module
    del module.MODEL_OF["author:ZY"]
    module.reread.cache_clear()


def _row(heldout: ModuleType, text: str, concern: float) -> object:
    return heldout.Row(Example(text, "none", "author:ZY", "nl"), "-", "nl", (0.5, concern, 0.5),
                       rules_only(text))


def test_the_held_out_tool_keeps_the_question_the_app_keeps(heldout: ModuleType) -> None:
    found = CrisisCheck(SOFT, ("model:soft",), rules_only(IDIOM_ONLY).languages)
    assert heldout._last(_row(heldout, IDIOM_ONLY, 0.5), found, False) == "none"
    assert heldout._last(_row(heldout, IDIOM_ONLY, 0.99), found, False) == "soft"


def test_the_held_out_tool_holds_the_encoder_over_an_idiom(heldout: ModuleType) -> None:
    found = CrisisCheck(EXPLICIT, ("model:soft", FROM_ENCODER), ("nl",))
    assert heldout._last(_row(heldout, LIFE_GOES_ON, 0.6), found, False) == "soft"
