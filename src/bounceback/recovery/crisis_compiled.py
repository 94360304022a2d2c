"""The crisis check's compiled form, kept in the cache folder: a process's first check reads it
instead of compiling it again.

Round 18 (issue 15: every write command of the CLI pays the check's first use). A fresh
process spent about 0.75 s of processor time making the check ready: 0.3 s compiling the 15
phrase lists' ~2,200 regular expressions, 0.25 s parsing them again for the strings each needs
(crisis_needs.py), 0.16-0.4 s reading the n-gram model's gzipped JSON (192,000 features). What
is kept here, in `crisis-compiled/` beside the encoder's files (BOUNCEBACK_CACHE_DIR or the
user's cache folder):

- per phrase file, `lexicon-<lang>-<stamp>.marshal`: each pattern's program as Python's own
  compiler makes it (`re._compiler._code`: the flags, the code, the groups) and its needed
  strings. A pattern is made again with `_sre.compile` from that program: the same object
  `re.compile` returns (Pattern objects compare their code: tests/recovery/test_crisis_compiled.py
  asserts equality for every pattern of every file);
- per model file, `model-<stamp>.marshal` (the features in order, the bias, the weights' shape
  and digest) and `model-<stamp>.f64` (the weights' bytes, mapped read-only: every process that
  maps the file shares one copy in the system's file cache).

Never stale: the stamp is a SHA-256 of everything the kept form is made from (the phrase file's
or model file's bytes, this module's and crisis_needs.py's source, Python's version and its
regular expression engine's MAGIC). A changed phrase file, model or Python gives another name,
so the kept form is rebuilt (older files of the same kind are removed). Each file starts with
a SHA-256 of the rest: a damaged, cut or foreign file is ignored and rebuilt, never a traceback.
A folder that cannot be written leaves the check as it was before (compiled in the process).
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import contextlib
import gc
import hashlib
import logging
import marshal
import os
import re
import sys
import tempfile
from array import array
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from re import _compiler as sre_compile  # type: ignore[attr-defined]
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import TYPE_CHECKING, Any

import numpy as np

from bounceback.recovery import crisis_needs
from bounceback.recovery.crisis_encoder_table import CACHE_ENV
from bounceback.recovery.crisis_needs import Needs

if TYPE_CHECKING:
    from bounceback.recovery.crisis_model import CrisisModel

log = logging.getLogger(__name__)

FORMAT = 1
FOLDER = "crisis-compiled"
DISABLE_ENV = "BOUNCEBACK_CRISIS_COMPILED"  # "off": compile in the process, keep nothing
KEEP = 4  # files of one kind kept (the newest)
_NAME = re.compile(r"(lexicon-[a-z_]+|model)-[0-9a-f]{24}\.(marshal|f64)")

# One pattern's program: flags, code (the engine's 32-bit words as bytes: one object, not a
# list of numbers, read and freed at once), groups, group index, index group, needed strings.
Program = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...], Needs]
CODE = "I" if array("I").itemsize == 4 else "L"  # _sre's code words are 32 bits


def folder() -> Path | None:
    """The kept forms' folder, or None when keeping is turned off."""
    if os.environ.get(DISABLE_ENV, "").lower() in ("off", "0", "false", "no"):
        return None
    env = os.environ.get(CACHE_ENV)
    if env:
        return Path(env).expanduser() / FOLDER
    from platformdirs import user_cache_dir

    from bounceback.config import APP_NAME

    return Path(user_cache_dir(APP_NAME, appauthor=False)) / FOLDER


@lru_cache(maxsize=1)
def _engine() -> bytes:
    """What a kept program depends on besides its own input: the code that makes it, Python's
    version and its regular expression engine."""
    sources = (Path(__file__), Path(crisis_needs.__file__))
    made = b"".join(p.read_bytes() for p in sources)
    return f"{FORMAT}|{sys.version}|{sre_constants.MAGIC}|{sys.byteorder}|".encode() + made


def stamp(data: bytes) -> str:
    """The name part of a kept form made from `data`."""
    return hashlib.sha256(_engine() + b"\0" + data).hexdigest()[:24]


def program(pattern: str, flags: int = 0) -> Program:
    """What re.compile(pattern, flags) compiles, and the strings a match needs (one parse)."""
    tree = sre_parse.parse(pattern, flags)
    found = None if (flags | tree.state.flags) & crisis_needs.NO_CASE \
        else crisis_needs.of_tree(tree)
    code = array(CODE, sre_compile._code(tree, flags)).tobytes()
    groupindex = dict(tree.state.groupdict)
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (flags | tree.state.flags, code, tree.state.groups - 1, groupindex,
            tuple(indexgroup), found)


def pattern_of(pattern: str, kept: Program) -> re.Pattern[str]:
    """The pattern object re.compile makes, from its program."""
    flags, code, groups, groupindex, indexgroup, _ = kept
    made: re.Pattern[str] = _sre.compile(pattern, flags, array(CODE, code).tolist(), groups,
                                         groupindex, indexgroup)
    return made


class Programs:
    """Programs of one phrase file's patterns: the kept ones, and any made meanwhile."""

    def __init__(self, path: Path | None, kept: dict[str, Program]) -> None:
        self.path = path
        self.kept = kept
        self.made = 0

    def get(self, pattern: str) -> Program:
        found = self.kept.get(pattern)
        if found is None:
            found = program(pattern)  # raises re.error on a wrong pattern, as re.compile
            self.kept[pattern] = found
            self.made += 1
        return found

    def compile(self, pattern: str) -> re.Pattern[str]:
        return pattern_of(pattern, self.get(pattern))

    def needs(self, pattern: re.Pattern[str]) -> Needs:
        """crisis_needs.needs(pattern), from the program (a pattern this made)."""
        kept = self.kept.get(pattern.pattern)
        if kept is None or kept[0] != pattern.flags:
            return crisis_needs.needs(pattern)
        return kept[5]

    def save(self) -> None:
        """Writes the programs when any was made here (a first use, or a changed file)."""
        if self.made and self.path is not None:
            try:
                payload = marshal.dumps(self.kept)
            except ValueError as exc:  # never expected: nothing kept, the check unchanged
                log.info("crisis check: programs not kept (%s)", exc)
                return
            _write(self.path, payload)
            self.made = 0


def programs(lang: str, text: str) -> Programs:
    """The kept programs of a phrase file with this text (empty when none are kept)."""
    where = folder()
    if where is None:
        return Programs(None, {})
    path = where / f"lexicon-{lang}-{stamp(text.encode('utf-8'))}.marshal"
    kept = _read(path, _is_programs)
    return Programs(path, kept if kept is not None else {})


def _is_programs(value: Any) -> bool:
    return isinstance(value, dict) and all(
        isinstance(k, str) and isinstance(v, tuple) and len(v) == 6 and isinstance(v[1], bytes)
        and len(v[1]) % 4 == 0
        for k, v in value.items())


def cached_model(path: Path, read: Callable[[Path], CrisisModel]) -> CrisisModel:
    """The n-gram model of a model file: from its kept form when there is one for these very
    bytes, else read (`read`) and kept."""
    from bounceback.recovery.crisis_model import CrisisModel

    where = folder()
    try:
        data = path.read_bytes() if where is not None else b""
    except OSError:  # a missing model: `read` says what is wrong and how to rebuild it
        where = None
    if where is None:
        return read(path)
    base = where / f"model-{stamp(data)}"
    fields = _read(base.with_suffix(".marshal"), _is_model)
    if fields is not None:
        vocabulary, bias, rows, digest = fields
        with contextlib.suppress(OSError, ValueError):
            weights = _weights(base.with_suffix(".f64"), rows, digest)
            return CrisisModel(vocabulary, weights, np.array(bias, dtype=np.float64))
    model = read(path)
    try:
        weights = np.ascontiguousarray(model.weights, dtype="<f8")
        _write(base.with_suffix(".f64"), weights.tobytes(), head=False)
        _write(base.with_suffix(".marshal"), marshal.dumps((
            list(model.index), [float(b) for b in model.bias], weights.shape[0],
            hashlib.sha256(weights.tobytes()).digest())))
    except OSError as exc:  # a folder that cannot be written: nothing kept
        log.info("crisis check: the model's kept form not written (%s)", exc)
    return model


def _is_model(value: Any) -> bool:
    return (isinstance(value, tuple) and len(value) == 4 and isinstance(value[0], list)
            and isinstance(value[1], list) and isinstance(value[2], int) and value[2] > 0
            and isinstance(value[3], bytes))


def _weights(path: Path, rows: int, digest: bytes) -> np.ndarray:
    """The weights' file mapped read-only, checked against its digest."""
    weights = np.memmap(path, dtype="<f8", mode="r")
    if weights.size % rows or hashlib.sha256(weights.data).digest() != digest:
        raise ValueError("the model's weights file does not match")
    return np.asarray(weights.reshape(rows, -1))


def _read(path: Path, valid: Callable[[Any], bool]) -> Any:
    """A kept file's content; None when it is missing, damaged or not what it should be."""
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    digest, payload = raw[:32], raw[32:]
    if hashlib.sha256(payload).digest() != digest:
        if raw:
            log.info("crisis check: %s is damaged; made again", path.name)
        return None
    paused = gc.isenabled()
    gc.disable()  # hundreds of thousands of new strings and lists, none in a cycle
    try:
        value = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return None
    finally:
        if paused:
            gc.enable()
    return value if valid(value) else None


def _write(path: Path, payload: bytes, head: bool = True) -> None:
    """Written whole under a temporary name, then renamed (a reader never sees half a file);
    older files of the same kind are removed. A folder that cannot be written keeps nothing."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".kept-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as out:
                if head:
                    out.write(hashlib.sha256(payload).digest())
                out.write(payload)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        log.info("crisis check: %s not written (%s)", path.name, exc)
        return
    _prune(path)


def _prune(path: Path) -> None:
    """Keeps the newest KEEP files of this one's kind (a few installs with different phrase
    files or models may share the folder: each would else remove the others' and rebuild)."""
    kind = path.name.rsplit("-", 1)[0] + "-"
    others = []
    for old in path.parent.glob(f"{kind}*{path.suffix}"):
        if old.name != path.name and _NAME.fullmatch(old.name):
            with contextlib.suppress(OSError):
                others.append((old.stat().st_mtime, old))
    for _, old in sorted(others, reverse=True)[KEEP - 1:]:
        with contextlib.suppress(OSError):  # in use on a platform that refuses, or gone
            old.unlink()

