"""Round 14: the asked-for cut (and a cap on the list) is chosen on the lists a user sees, each
name once, scored as bench/eval_skills.py scores them (scripts/skill_filter_cap.py), not on
candidates; the best F1 among the choices that keep recall at the floor."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType, SimpleNamespace

import numpy as np

from bounceback.domain.skills import SkillMatch

ROOT = Path(__file__).resolve().parents[2]


def _script() -> ModuleType:
    sys.path.insert(0, str(ROOT / "bench"))
    path = ROOT / "scripts" / "skill_filter_cap.py"
    spec = importlib.util.spec_from_file_location("skill_filter_cap", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _doc(text: str, names: list[str], labels: list[str]) -> SimpleNamespace:
    matches = []
    for name in names:
        start = text.index(name)
        matches.append(SkillMatch(name, "general", name, start, start + len(name), text))
    return SimpleNamespace(
        folder="P", text=text, matches=matches, labels=labels, labelled=len(labels)
    )


def _compare(
    labels: list[str], found: list[str], _names: object
) -> tuple[int, list[str], list[str]]:
    right = [s for s in found if s in labels]
    return len(right), [x for x in labels if x not in found], [s for s in found if s not in labels]


def test_the_cut_is_the_best_f1_at_the_recall_floor_on_the_lists() -> None:
    script = _script()
    text = "Requirements:\n- Python\n- SQL\n- Docker\n- Jira\n- Slack\n"
    doc = _doc(text, ["Python", "SQL", "Docker", "Jira", "Slack"], ["Python", "SQL", "Docker"])
    scores = np.array([0.9, 0.8, 0.33, 0.31, 0.27])
    cut, cap, _lines = script.choose_cut_and_cap([doc], scores, {"P"}, None, _compare, 0.6)
    # 0.25-0.27: P 3/5; 0.28-0.31: 3/4; 0.32-0.33: 3/3 (the best F1, recall 1.0)
    assert (cut, cap) == (0.32, 0)


def test_a_cap_is_chosen_when_the_best_scored_skills_are_the_labelled_ones() -> None:
    script = _script()
    names = [f"Skill{k:02d}" for k in range(16)]
    text = "Requirements:\n" + "".join(f"- {n}\n" for n in names)
    doc = _doc(text, names, names[:12])
    scores = np.array([0.95 - 0.01 * k for k in range(12)] + [0.46, 0.47, 0.48, 0.49])
    # (round 15 ships without caps in the grid; the choice still works when they are given)
    cut, cap, _lines = script.choose_cut_and_cap(
        [doc], scores, {"P"}, None, _compare, 0.7, caps=(0, 12, 14, 16, 18)
    )
    assert (cut, cap) == (0.25, 12)  # every cut lists the four wrong ones; 12 leaves them out
