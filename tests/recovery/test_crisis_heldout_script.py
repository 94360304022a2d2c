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
