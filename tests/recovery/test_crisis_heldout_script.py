"""scripts/crisis_heldout.py leaves out only the authors asked for, and says so when one is
unknown (a typo must not quietly score nobody)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from bounceback.recovery.crisis_training import Example

ROOT = Path(__file__).resolve().parents[2]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("crisis_heldout", ROOT / "scripts/crisis_heldout.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_an_unknown_author_is_named() -> None:
    examples = [Example("i want to die", "explicit", "author:N", "en")]
    with pytest.raises(SystemExit, match="no author Z"):
        _script().leave_one_out(examples, ["Z"])


def test_only_the_named_authors_are_left_out(monkeypatch: pytest.MonkeyPatch) -> None:
    script = _script()
    left_out: list[str] = []

    def fake_scores(kept, held, label):  # type: ignore[no-untyped-def]
        left_out.append(label)
        assert all(e.source != "author:" + label for e in kept)
        return [(0.0, 0.0, 0.0) for _ in held]

    monkeypatch.setattr(script, "_scores", fake_scores)
    examples = [Example(t, "none", f"author:{a}", "en") for a, t in
                (("M", "a quiet day"), ("N", "sent two applications"), ("Q", "lunch with a friend"))]
    scored = script.leave_one_out(examples, ["N"])
    assert left_out == ["N"] and list(scored) == ["author:N"]


def test_the_report_has_a_line_per_author_and_per_language_and_counts_kinds() -> None:
    from bounceback.domain.recovery import CrisisLevel
    from bounceback.recovery.crisis import CrisisCheck

    script = _script()
    rows = [
        script.Row(Example("un texto cualquiera", "explicit", "author:U", "es"), "plan", "es", (0.1, 0.2, 0.1),
                   CrisisCheck(CrisisLevel.NONE)),
        script.Row(Example("a longer text here", "explicit", "author:V", "en"), "farewell", "en", (0.9, 0.95, 0.9),
                   CrisisCheck(CrisisLevel.NONE)),
        script.Row(Example("an ordinary text here", "none", "author:V", "en"), "idiom", "en", (0.1, 0.1, 0.1),
                   CrisisCheck(CrisisLevel.EXPLICIT, ("en:kill_self",))),
    ]
    scored = {"author:U": rows[:1], "author:V": rows[1:]}
    lines = script.report(scored, script.before_round7)
    assert any(line.startswith("| U | 0/1 (0%) | 0/1 (0%) |") for line in lines)
    assert any(line.startswith("| V | 1/1 (100%) | 1/1 (100%) | - | 1/1 (100%) |") for line in lines)
    assert any(line.startswith("| es | 0/1") for line in lines)
    kinds = "\n".join(script.kinds_report(scored, script.before_round7))
    assert "plan 1/1" in kinds and "a phrase list 1" in kinds
    # This round's decision: the model does not agree with the phrase list, so the question.
    assert script.shipped_rule(rows[2]) == "soft"
