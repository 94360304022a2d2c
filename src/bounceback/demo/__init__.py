"""The demo job search: realistic, deterministic, used by `bounceback demo` and by the tests.

`build` returns the search as rows by table (Python values); `build_document` returns it in the
export format (see storage/transfer.py). `bounceback demo` loads the rows in bulk into a new
database (storage/bulk.py); a test proves that gives the same records as importing the
document. Each capability adds its own rows through an extension in EXTENSIONS: a function
(doc: DemoDocument) -> None.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from bounceback.demo import learning as _learning
from bounceback.demo import recovery as _recovery
from bounceback.demo import skills as _skills
from bounceback.demo.builder import DemoDocument, build_core

Extension = Callable[[DemoDocument], None]

# Capabilities append their demo builders here (one import and one entry each).
EXTENSIONS: list[Extension] = [_learning.extend, _recovery.extend, _skills.extend]

SIZES = {"small": 60, "large": 5000, "huge": 50_000}


def build(size: str = "small", *, today: date, seed: int = 7) -> DemoDocument:
    """The demo search's rows by table, with dates as Python values."""
    if size not in SIZES:
        from bounceback.domain.errors import InvalidValue

        raise InvalidValue(f"demo size {size!r}: choose small, large or huge")
    doc = DemoDocument(today=today, seed=seed, count=SIZES[size])
    build_core(doc)
    for extend in EXTENSIONS:
        extend(doc)
    return doc


def build_document(size: str = "small", *, today: date, seed: int = 7) -> dict[str, Any]:
    """The demo search in the export format (what `bounceback import` reads)."""
    return build(size, today=today, seed=seed).export()
