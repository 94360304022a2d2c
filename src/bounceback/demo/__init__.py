"""The demo job search: realistic, deterministic, used by `bounceback demo` and by the tests.

`build_document` returns the search in the export format (see storage/transfer.py), so the demo
is loaded by the same code as a user's import. Each capability adds its own rows through an
extension in EXTENSIONS: a function (doc: DemoDocument) -> None.
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


def build_document(size: str = "small", *, today: date, seed: int = 7) -> dict[str, Any]:
    if size not in SIZES:
        from bounceback.domain.errors import InvalidValue

        raise InvalidValue(f"demo size {size!r}: choose small, large or huge")
    doc = DemoDocument(today=today, seed=seed, count=SIZES[size])
    build_core(doc)
    for extend in EXTENSIONS:
        extend(doc)
    return doc.export()
