"""Which language an email is written in: py3langid (BSD-3-Clause), whose model ships in its wheel.

py3langid's own model file is LZMA-compressed and takes most of a second to open, longer than
`emails classify` may spend on 10,000 messages. So the first use keeps the decompressed tables
(restricted to the languages below) in the user's cache folder, and later runs map them back
in a few milliseconds. The cache holds only the public model, never any email; when it cannot
be written (read-only home, full disk) detection still works, just with the slower start.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
from functools import cache
from pathlib import Path
from typing import Any, Literal

# The languages bounceback reads (first), and neighbours it must not mistake them for.
SUPPORTED = ("en", "de", "fr", "es", "nl", "it", "pt", "pl", "sv")
LANGUAGES = (*SUPPORTED, "da", "no", "fi", "cs", "sk", "ro", "hu", "tr", "ru", "uk", "el",
             "ca", "gl", "af", "ja", "zh", "ar", "hi")
CACHE_FORMAT = 2
MAX_CHARS = 64
_MAGIC = b"bounceback-langid\n"
_lock = threading.Lock()


def cache_dir() -> Path:
    """Where the decompressed model is kept: $BOUNCEBACK_CACHE, else the platform's cache."""
    configured = os.environ.get("BOUNCEBACK_CACHE")
    if configured:
        return Path(configured).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("bounceback", appauthor=False))


def _source() -> tuple[Path, str]:
    import py3langid
    from py3langid import langid

    path = Path(langid.MODEL_DIR) / langid.MODEL_FILE
    stat = path.stat()
    version = getattr(py3langid, "__version__", "")
    return path, f"{version}:{stat.st_size}:{stat.st_mtime_ns}:{','.join(LANGUAGES)}"


def _from_cache(path: Path, stamp: str) -> Any | None:
    """The identifier over the cached tables, mapped read-only (pages load as they are used)."""
    import mmap

    try:
        with path.open("rb") as fh:
            raw = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return None
    if raw[: len(_MAGIC)] != _MAGIC:
        return None
    try:
        head_end = raw.find(b"\n", len(_MAGIC))
        header = json.loads(raw[len(_MAGIC):head_end])
        if header.get("format") != CACHE_FORMAT or header.get("stamp") != stamp:
            return None
        import numpy as np

        view = memoryview(raw)
        offset = head_end + 1
        parts: dict[str, Any] = {}
        for name, dtype, count in header["arrays"]:
            size = np.dtype(dtype).itemsize * count
            if offset + size > len(raw):
                return None
            chunk = view[offset: offset + size]
            parts[name] = (np.frombuffer(chunk, dtype=dtype) if dtype.startswith("float")
                           else chunk.cast(_typecode(dtype)))
            offset += size
        ptc = parts["ptc"].reshape(-1, len(header["classes"]))
        pc = parts["pc"]
    except (ValueError, KeyError, TypeError):
        return None
    from py3langid.langid import LanguageIdentifier

    return LanguageIdentifier(ptc, pc, header["classes"], parts["nextmove"], parts["output"],
                              tk_row=parts["row"])


def _typecode(dtype: str) -> Literal["H", "I", "i"]:
    codes: dict[str, Literal["H", "I", "i"]] = {"uint16": "H", "uint32": "I", "int32": "i"}
    return codes[dtype]


def _write_cache(path: Path, stamp: str, identifier: Any) -> None:
    import numpy as np

    from bounceback.files import write_atomic

    arrays = {
        "ptc": np.ascontiguousarray(identifier.nb_ptc, dtype=np.float32),  # fast to multiply
        "pc": np.ascontiguousarray(identifier.nb_pc, dtype=np.float32),
        "nextmove": np.frombuffer(identifier.tk_nextmove, dtype=f"uint{8 * identifier.tk_nextmove.itemsize}"),
        "row": np.frombuffer(identifier.tk_row, dtype=f"uint{8 * identifier.tk_row.itemsize}"),
        "output": np.asarray(identifier.tk_output, dtype=np.int32),
    }
    header = {"format": CACHE_FORMAT, "stamp": stamp, "classes": list(identifier.nb_classes),
              "arrays": [(name, str(a.dtype), int(a.size)) for name, a in arrays.items()]}
    blob = b"".join([_MAGIC, json.dumps(header).encode(), b"\n",
                     *(a.tobytes() for a in arrays.values())])
    write_atomic(path, blob)


def _restricted(identifier: Any) -> Any:
    """A copy of the identifier holding only LANGUAGES' columns (smaller, faster to score)."""
    from py3langid.langid import LanguageIdentifier

    keep = [i for i, c in enumerate(identifier.nb_classes) if c in LANGUAGES]
    classes = [identifier.nb_classes[i] for i in keep]
    return LanguageIdentifier(identifier.nb_ptc[:, keep].copy(), identifier.nb_pc[keep].copy(),
                              classes, identifier.tk_nextmove, identifier.tk_output,
                              tk_row=identifier.tk_row)


@cache
def identifier() -> Any:
    """py3langid's identifier over LANGUAGES, from the cache when it is there."""
    with _lock:
        source, stamp = _source()
        cached = cache_dir() / "langid-model.bin"
        found = _from_cache(cached, stamp)
        if found is not None:
            return found
        from py3langid.langid import LanguageIdentifier

        found = _restricted(LanguageIdentifier.from_model_file(source))
        # With no cache folder to write to, every run opens py3langid's own model instead.
        with contextlib.suppress(OSError):
            _write_cache(cached, stamp, found)
        return found


def detect(subject: str, text: str) -> str:
    """The ISO 639-1 code of the language an email is written in ("en" when it has no words).

    Reads the subject and the start of the (already cleaned) body."""
    sample = f"{subject}\n{text[:MAX_CHARS]}"
    if not any(c.isalpha() for c in sample):
        return "en"
    lang, _ = identifier().classify(sample)
    return str(lang)
