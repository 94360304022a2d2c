"""Round twelve: "asked for" scored by its own model, learned from the candidates whose label says
whether they are asked (scripts/skill_filter_asked.py), with the section a line sits in read
with its cue words, and alternatives of one ask ("A, B or C") known as such."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from bounceback.domain.skills import SkillMatch
from bounceback.skills import context, skillfilter
from bounceback.skills.listroles import or_alternatives

ROOT = Path(__file__).resolve().parents[2]


def _script(name: str) -> ModuleType:
    sys.path.insert(0, str(ROOT / "scripts"))
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _match(text: str, name: str, section: str = "") -> SkillMatch:
    start = text.index(name)
    return SkillMatch(name, "tech", name, start, start + len(name), text, section=section)


class _Doc:
    def __init__(self, folder: str, labelled: int, matches: list[SkillMatch]) -> None:
        self.folder, self.labelled, self.matches = folder, labelled, matches


def test_a_duty_labelled_in_an_every_skill_folder_does_not_teach_asked_for() -> None:
    asked = _script("skill_filter_asked")
    line = "Use SAP to post invoices; experience with Xero"
    checklist = _Doc("P11", 8, [_match(line, "SAP", context.DUTIES)])
    every = _Doc(
        "W",
        27,
        [_match(line, "SAP", context.DUTIES), _match(line, "Xero", context.REQUIRED)],
    )
    docs = [checklist, every]
    folders = asked.checklist_folders(docs)
    assert folders == {"P11"}
    # the checklist's duty candidate teaches (its label says "not asked"); the every-skill
    # folder's duty candidate does not (its label says "named"), its requirement does
    assert asked.asked_mask(docs, folders).tolist() == [True, False, True]


def test_the_shipped_model_has_its_own_asked_for_weights() -> None:
    model = skillfilter.shipped_model()
    assert model is not None
    assert len(model.asked_weights) == len(model.weights)
    assert model.asked_weights != model.weights
    # a model written before round twelve (no asked-for weights) asks the filter
    old = skillfilter.Model(
        {
            "features": ["a"],
            "weights": [0.1, 2.0],
            "means": [0.0],
            "scales": [1.0],
            "threshold": 0.5,
        }
    )
    assert old.asked_score({"a": 1.0}) == old.score({"a": 1.0})


def test_later_alternatives_of_one_ask_are_known() -> None:
    text = "Experience with an EHR (athenahealth, eClinicalWorks or Epic), Excel and Word"
    found = [_match(text, n) for n in ("athenahealth", "eClinicalWorks", "Epic", "Excel", "Word")]
    later = or_alternatives(found, text)
    assert [m.skill for m in found if id(m) in later] == ["eClinicalWorks", "Epic"]
    assert not or_alternatives(found[3:], text)  # "Excel and Word" asks for both


def test_the_asked_for_cut_keeps_the_recall_it_is_given() -> None:
    fitting = _script("skill_filter_fit")
    import numpy as np

    # ten labelled skills; the six candidates scored highest are right, the low ones seldom
    scores = np.array([0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.4, 0.35, 0.3, 0.25, 0.2, 0.15])
    right = np.array([1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 0, 1], dtype=float)
    best = fitting.best_threshold(scores, right, 10)
    kept = fitting.best_threshold(scores, right, 10, min_recall=0.7)
    assert fitting.f1_at(scores, right, 10, best)[2] < 0.7  # best F1 alone gives up recall
    assert fitting.f1_at(scores, right, 10, kept)[2] >= 0.7
    assert kept < best
