"""Where unexpected errors go: a file in the data folder, never the user's screen."""

from __future__ import annotations

import tempfile
import traceback
from pathlib import Path

from bounceback.domain.clock import SYSTEM


def report(exc: BaseException) -> Path:
    from bounceback.config import data_home

    text = f"{SYSTEM.now().isoformat()}\n" + "".join(traceback.format_exception(exc))
    for folder in (data_home(), Path(tempfile.gettempdir())):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / "bounceback-error.log"
            with path.open("a", encoding="utf-8") as handle:
                handle.write(text + "\n")
            return path
        except OSError:
            continue
    return Path("(nowhere: the data folder is not writable)")
