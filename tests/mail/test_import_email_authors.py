"""scripts/import_email_authors.py keeps every email of a writer who gave no ids (round 11's
author T11 gave none, and all but one of its 300 emails were dropped as duplicates of the first)
and still drops a repeated id."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("import_email_authors",
                                                  ROOT / "scripts/import_email_authors.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _email(n: int, **extra: object) -> str:
    row = {"from": "Acme <jobs@acme.example>", "subject": f"Application {n}",
           "body": "Thank you for applying.", "format": "text", "lang": "en",
           "kind": "application_received", "company": "Acme", "role": None, "platform": "",
           **extra}
    return json.dumps(row)


def test_emails_without_ids_are_numbered_and_repeated_ids_still_dropped(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source, target = tmp_path / "in", tmp_path / "authors"
    source.mkdir()
    (source / "N1.jsonl").write_text(
        "\n".join([_email(1), _email(2), _email(3), _email(4, id="x"), _email(5, id="x")]) + "\n",
        encoding="utf-8")
    (source / "N1.done").write_text("", encoding="utf-8")
    script = _script()
    monkeypatch.setattr(script, "TARGET", target)
    monkeypatch.setattr(sys, "argv", ["import_email_authors.py", str(source)])
    assert script.main() == 0
    rows = [json.loads(line) for line in (target / "N1.jsonl").read_text().splitlines()]
    assert [r["id"] for r in rows] == ["N1-0001", "N1-0002", "N1-0003", "x"]
    assert [r["subject"] for r in rows][:3] == ["Application 1", "Application 2", "Application 3"]
    assert rows[0]["platform"] is None  # an empty platform is direct mail, as before
