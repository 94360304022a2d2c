"""The kinds of file the Import page takes, each with the service call that reads it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bounceback.web.pages.extras import has

if TYPE_CHECKING:
    from bounceback.services import Bounceback


@dataclass
class Kind:
    key: str
    label: str
    extensions: tuple[str, ...]
    run: Callable[..., Any]
    describe: Callable[[Any], list[str]]
    ready: bool = True
    background: bool = False
    link: Callable[[Any], str | None] = lambda result: None

    @property
    def extensions_text(self) -> str:
        return " or ".join(self.extensions)


def _csv(bb: Bounceback, path: Path, job: Any) -> Any:
    return bb.data.import_csv(path.read_bytes())


def _csv_lines(report: Any) -> list[str]:
    lines = [f"{len(report.added)} applications added."]
    if report.skipped_duplicates:
        lines.append(f"{len(report.skipped_duplicates)} rows were already here and were skipped.")
    for error in report.errors[:50]:
        lines.append(f"Row {getattr(error, 'line', '?')}: {getattr(error, 'message', error)}")
    if report.ignored_columns:
        lines.append("Columns not used: " + ", ".join(report.ignored_columns) + ".")
    return lines


def _json(bb: Bounceback, path: Path, job: Any) -> Any:
    return bb.data.import_json(path)


def _json_lines(counts: Any) -> list[str]:
    return [f"{name.replace('_', ' ')}: {n}" for name, n in sorted(counts.items()) if n] or [
        "Nothing new: everything in the file was already here."]


def available(bb: Bounceback) -> dict[str, Kind]:
    kinds = {
        "csv": Kind("csv", "A spreadsheet of applications (CSV)", (".csv",), _csv, _csv_lines),
        "json": Kind("json", "A bounceback export (JSON)", (".json",), _json, _json_lines),
    }
    from bounceback.web.pages import capability_imports

    kinds.update(capability_imports.kinds(bb))
    return kinds


def detect(filename: str, chosen: str, kinds: dict[str, Kind]) -> str | None:
    name = filename.lower()
    if chosen in kinds and chosen != "auto":
        return chosen if name.endswith(kinds[chosen].extensions) else None
    found = [key for key, kind in kinds.items() if name.endswith(kind.extensions) and kind.ready]
    if len(found) > 1:
        return "ambiguous"
    return found[0] if found else None


__all__ = ["Kind", "available", "detect", "has"]
