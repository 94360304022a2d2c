"""Round 19: every guard of the crisis check's levels in one command (scripts/crisis_guards.py).

Explicit statements may not go down (round 17's guard), heavy texts may not go down, no ordinary
text may rise to the full message, and the ordinary texts raised to the question are listed and
capped. The slow test runs the heavy and ordinary guards over the whole corpus (the explicit one
is test_crisis_round17's).
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _guards() -> Any:
    if "crisis_guards" in sys.modules:  # one module: its functions go to other processes by name
        return sys.modules["crisis_guards"]
    spec = importlib.util.spec_from_file_location("crisis_guards", ROOT / "scripts" /
                                                  "crisis_guards.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _items(g: Any) -> list[Any]:
    return [g.Text("author:X#1", "explicit", "e1"), g.Text("author:X#2", "explicit", "e2"),
            g.Text("author:X#3", "soft", "h1"), g.Text("author:X#4", "soft", "h2"),
            *(g.Text(f"author:X#{n}", "none", f"o{n}") for n in range(5, 405))]


def _levels(g: Any, items: list[Any], **changed: str) -> dict[str, str]:
    base = {"e1": "explicit", "e2": "soft", "h1": "soft", "h2": "none"}
    return {t.key: changed.get(t.text, base.get(t.text, "none")) for t in items}


def _split(g: Any, items: list[Any], levels: dict[str, str]) -> tuple[dict[str, str], ...]:
    explicit = {t.key: levels[t.key] for t in items if t.level == "explicit"
                and levels[t.key] != "none"}
    return {t.key: levels[t.key] for t in items if t.level != "explicit"}, explicit


def test_nothing_moved_passes() -> None:
    g = _guards()
    items = _items(g)
    before = _levels(g, items)
    verdict = g.judge(items, before, *_split(g, items, before))
    assert verdict.refused == []
    assert verdict.moves == {"explicit": (2, 0, 0), "heavy": (2, 0, 0), "ordinary": (400, 0, 0)}
    assert g.report(verdict)[-1] == "every guard passes"


@pytest.mark.parametrize(("changed", "refusal"), [
    ({"e1": "soft"}, "1 explicit statements went down"),
    ({"e2": "none"}, "1 explicit statements went down"),
    ({"h1": "none"}, "1 heavy texts lost the question"),
    ({"o7": "explicit"}, "1 ordinary texts rose to the full message"),
])
def test_a_step_the_wrong_way_is_refused_and_named(changed: dict[str, str], refusal: str) -> None:
    g = _guards()
    items = _items(g)
    verdict = g.judge(items, _levels(g, items, **changed), *_split(g, items, _levels(g, items)))
    assert verdict.refused == [refusal]
    lines = g.report(verdict, items)
    assert any(line.startswith("  author:X#") for line in lines)  # where it comes from
    assert lines[-1] == f"REFUSED: {refusal}"


def test_a_heavy_text_from_the_full_message_to_the_question_is_listed_not_refused() -> None:
    g = _guards()
    items = _items(g)
    recorded = _split(g, items, _levels(g, items, h1="explicit"))
    verdict = g.judge(items, _levels(g, items), *recorded)
    assert verdict.refused == [] and verdict.moves["heavy"] == (2, 1, 0)
    assert verdict.heavy_to_question == ["author:X#3: explicit -> soft"]
    assert "heavy from the full message to the question (listed): 1" in g.report(verdict)


def test_ordinary_questions_are_listed_and_capped() -> None:
    g = _guards()
    items = _items(g)
    recorded = _split(g, items, _levels(g, items))
    two = g.judge(items, _levels(g, items, o5="soft", o6="soft"), *recorded, cap_share=0.005)
    assert two.cap == 2 and two.refused == []
    assert two.ordinary_question == ["author:X#5: none -> soft", "author:X#6: none -> soft"]
    assert "ordinary to the question (cap 2): 2" in g.report(two)
    three = g.judge(items, _levels(g, items, o5="soft", o6="soft", o7="soft"), *recorded,
                    cap_share=0.005)
    assert three.refused == ["3 ordinary texts rose to the question (at most 2)"]


def test_going_up_is_help_and_a_text_with_no_record_is_not_compared() -> None:
    g = _guards()
    items = _items(g)
    heavy_ordinary, explicit = _split(g, items, _levels(g, items))
    del heavy_ordinary[items[4].key]  # o5: a new author's text, no record yet
    now = _levels(g, items, e2="explicit", h2="soft", o5="explicit")
    verdict = g.judge(items, now, heavy_ordinary, explicit)
    assert verdict.refused == []
    assert verdict.moves["explicit"] == (2, 0, 1) and verdict.moves["heavy"] == (2, 0, 1)
    assert verdict.moves["ordinary"] == (399, 0, 0)


def test_recorded_levels_round_trip(tmp_path: Path) -> None:
    g = _guards()
    items = _items(g)
    levels = _levels(g, items, o9="soft")
    path = tmp_path / "levels.json.gz"
    path.write_bytes(g.levels_bytes(items, levels))
    assert g.recorded(path) == {t.key: levels[t.key] for t in items if t.level != "explicit"}
    data = json.loads(gzip.decompress(path.read_bytes()))
    assert sorted(data) == ["none", "soft"] and len(data["none"]) == 400


def test_the_corpus_texts_are_every_labelled_text_once() -> None:
    g = _guards()
    items = g.texts()
    keys = [t.key for t in items]
    assert len(keys) == len(set(keys)) > 17_000
    assert {t.level for t in items} == {"explicit", "soft", "none"}
    assert not any(t.where.startswith("emails:") for t in items)
    assert all("corpora/blind" not in t.where for t in items)
    recorded = g.recorded()
    assert sum(1 for t in items if t.key in recorded) > 9000
    # round 27: the strangers' retired rounds are guarded too, their levels recorded before any
    # model trained on them (so a retraining on them is judged against what main gave them)
    retired = [t for t in items if t.where.startswith("retired:")]
    assert {t.where.split("#")[0] for t in retired} == {f"retired:round{k}" for k in range(8, 33)}
    assert all(t.key in recorded for t in retired if t.level != "explicit")


@pytest.mark.slow
def test_no_heavy_text_went_down_and_no_ordinary_text_rose_past_its_cap() -> None:
    """Every heavy and ordinary text of corpora/crisis and the tests' lists against the levels
    recorded in tests/recovery/crisis_levels.json.gz (the explicit statements: round 17's)."""
    g = _guards()
    items = [t for t in g.texts() if t.level != "explicit"]
    verdict = g.judge(items, g.levels_now(items), g.recorded(), {})
    assert verdict.refused == [], g.report(verdict, items)


def test_levels_read_in_several_processes_are_the_levels_read_in_one() -> None:
    g = _guards()
    items = [t for t in g.texts() if t.where.startswith("heldout")][:24]
    assert len(items) == 24
    assert g.levels_now(items, jobs=3) == g.levels_now(items)
