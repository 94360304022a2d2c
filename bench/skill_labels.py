"""The labelled folders bench/eval_skills.py and scripts/train_skill_filter.py read: the labels
files, the document each label names, and the dev / held-out halves of a folder."""

from __future__ import annotations

import json
import zlib
from pathlib import Path
from typing import Any


def load_labels(folder: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    postings: dict[str, Any] = {}
    resumes: dict[str, Any] = {}
    for path in sorted(folder.glob("labels*.json")):
        data = json.loads(path.read_text("utf-8"))
        postings.update(data.get("postings", {}))
        resumes.update(data.get("resumes", {}))
    if not postings and not resumes:
        # One labels file beside each document: "posting.txt" with "posting.json".
        for path in sorted(folder.rglob("*.json")):
            doc = next((p for p in path.parent.glob(path.stem + ".*") if p.suffix != ".json"), None)
            if doc is not None:
                obj = json.loads(path.read_text("utf-8"))
                target = (
                    resumes
                    if obj.get("kind") == "resume" or "resume" in str(doc.parent)
                    else postings
                )
                target[str(doc.relative_to(folder))] = obj
    for path in sorted(folder.glob("labels*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                obj = json.loads(line)
                name = obj.get("file") or obj.get("id")
                target = (
                    resumes if obj.get("kind") == "resume" or "resume" in str(name) else postings
                )
                target[str(name)] = obj
    return postings, resumes


def as_labels(value: Any) -> dict[str, Any]:
    if isinstance(value, list):
        return {"skills": value}
    out = dict(value)
    if "skills" not in out:
        out["skills"] = list(out.get("required", [])) + list(out.get("preferred", []))
    return out


def find_file(folder: Path, name: str) -> Path | None:
    for candidate in (folder / name, folder / "postings" / name, folder / "resumes" / name):
        if candidate.is_file():
            return candidate
    matches = [p for p in folder.rglob(f"{name}*") if p.is_file() and p.suffix != ".json"]
    return matches[0] if matches else None


def in_part(name: str, part: str | None) -> bool:
    """Files split in two by a hash of their name: "dev" (errors read to write rules) and "held"
    (held out: only figures read), so that a rule's effect is measured on files it was not
    written from."""
    if part is None:
        return True
    return (zlib.crc32(Path(name).name.encode()) % 2 == 0) == (part == "dev")
