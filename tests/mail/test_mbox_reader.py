"""The mbox splitter agrees with Python's mailbox module and keeps memory bounded."""

from __future__ import annotations

import io
import mailbox
from pathlib import Path

import pytest

from bounceback.mail.mbox_reader import NotAnMbox, is_envelope, split_mbox, unquote_from
from mail.mailkit import mbox_bytes, sample_messages


def split(data: bytes, **kwargs: int) -> list:
    return list(split_mbox(io.BytesIO(data), **kwargs))


@pytest.mark.parametrize("chunk_size", [7, 64, 1000, 8 << 20])
def test_splits_like_the_mailbox_module_at_any_chunk_size(tmp_path: Path, chunk_size: int):
    data = mbox_bytes(sample_messages(40))
    path = tmp_path / "box.mbox"
    path.write_bytes(data)
    box = mailbox.mbox(str(path))
    expected = [box.get_bytes(key) for key in box.iterkeys()]
    pieces = split(data, chunk_size=chunk_size)
    assert len(pieces) == len(expected) == 40
    for piece, want in zip(pieces, expected, strict=True):
        assert piece.data.rstrip(b"\n") == want.rstrip(b"\n")
        assert data[piece.offset:].startswith(b"From ")
    assert pieces[-1].end == len(data)
    assert [p.end for p in pieces[:-1]] == [p.offset for p in pieces[1:]]


def test_resumes_from_a_message_offset():
    data = mbox_bytes(sample_messages(10))
    pieces = split(data)
    middle = pieces[6].offset
    stream = io.BytesIO(data)
    stream.seek(middle)
    resumed = list(split_mbox(stream, start=middle))
    assert [p.offset for p in resumed] == [p.offset for p in pieces[6:]]
    assert [p.data for p in resumed] == [p.data for p in pieces[6:]]


def test_crlf_and_leading_blank_lines():
    data = b"\r\n" + mbox_bytes(sample_messages(3)).replace(b"\n", b"\r\n")
    pieces = split(data, chunk_size=50)
    assert len(pieces) == 3
    assert pieces[0].data.startswith(b"Content-Type") or b"Subject:" in pieces[0].data


def test_an_unquoted_from_line_in_a_body_does_not_cut_the_message():
    data = (
        b"From a@example.org Mon Mar  4 10:00:00 2024\nSubject: one\n\n"
        b"From what I heard, it went well.\n\n"
        b"From b@example.org Mon Mar  4 11:00:00 2024\nSubject: two\n\nhello\n"
    )
    pieces = split(data)
    assert len(pieces) == 2
    assert b"From what I heard" in pieces[0].data


def test_a_huge_message_is_cut_to_the_cap_and_the_next_one_still_read():
    huge = b"Subject: big\n\n" + b"x" * 999 + b"\n"
    data = (
        b"From a@example.org Mon Mar  4 10:00:00 2024\n" + huge * 300
        + b"From b@example.org Mon Mar  4 11:00:00 2024\nSubject: small\n\nhi\n"
    )
    pieces = split(data, chunk_size=4096, max_message=20_000)
    assert len(pieces) == 2
    assert pieces[0].truncated and len(pieces[0].data) == 20_000
    assert pieces[0].end - pieces[0].offset > 290_000
    assert not pieces[1].truncated and pieces[1].data.startswith(b"Subject: small")


def test_not_an_mbox_and_empty():
    with pytest.raises(NotAnMbox):
        split(b"%PDF-1.7\n...")
    assert split(b"") == []
    assert split(b"\n\n") == []


def test_envelope_lines_and_unquoting():
    assert is_envelope(b"From 1781234567890@xxx Wed Jan 11 10:22:33 +0000 2023")
    assert is_envelope(b"From - Thu Jan 01 00:00:00 1970")
    assert not is_envelope(b"From 9:30 on we will talk")
    assert unquote_from(b"a\n>From b\n>>From c\n") == b"a\nFrom b\n>From c\n"
