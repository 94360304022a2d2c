"""Round 23's relabelling of the checklist folders is a record (corpora/postings/
duty_relabel.json) applied to the labels: every recorded skill is in its posting's labels, so
the evaluation and the filter's training read the folders as relabelled."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _script() -> ModuleType:
    path = ROOT / "scripts" / "relabel_duties.py"
    spec = importlib.util.spec_from_file_location("relabel_duties", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["relabel_duties"] = module
    spec.loader.exec_module(module)
    return module


def test_every_recorded_duty_skill_is_in_its_postings_labels() -> None:
    script = _script()
    record = json.loads(script.RECORD.read_text("utf-8"))
    assert record and all("blind" not in folder for folder in record)
    assert script.apply(record, write=False) == 0  # nothing left to add: the record is applied
    for files in record.values():
        for items in files.values():
            assert all(item["skill"] and item["sentence"] for item in items)
