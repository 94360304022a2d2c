"""The fast header pass reads what the import needs, from messy real-world headers."""

from __future__ import annotations

from datetime import UTC, datetime

from bounceback.mail.headers import header_block, read_headers


def test_reads_folded_encoded_headers_and_thread_ids():
    raw = (
        b"Received: from x\r\n\tby y\r\n"
        b"From: =?utf-8?q?J=C3=BCrgen_M=C3=BCller?= <Juergen@Example.DE>\r\n"
        b"Subject: =?utf-8?b?SW50ZXJ2aWV3IGludml0YXRpb24=?=\r\n  for you\r\n"
        b"Date: Tue, 05 Mar 2024 09:30:00 +0100\r\n"
        b"Message-ID: <ABC@mail.example>\r\n"
        b"In-Reply-To: <first@example>\r\n"
        b"References: <zero@example>\r\n <first@example>\r\n"
        b"\r\n"
        b"Subject: not a header, the body\r\n"
    )
    headers = read_headers(raw)
    assert headers.sender.startswith("Jürgen Müller")
    assert headers.sender_address == "juergen@example.de"
    assert headers.sender_domain == "example.de"
    assert headers.subject == "Interview invitation for you"
    assert headers.date == datetime(2024, 3, 5, 8, 30, tzinfo=UTC)
    assert headers.key == "id:abc@mail.example"
    assert headers.thread_ids == ("zero@example", "first@example")


def test_without_message_id_the_key_is_a_stable_hash_of_the_headers():
    raw = b"From: a@example.org\nSubject: hello\n\nbody one"
    same = b"From: a@example.org\nSubject: hello\n\nbody two"
    other = b"From: a@example.org\nSubject: hello again\n\nbody one"
    assert read_headers(raw).key.startswith("h:")
    assert read_headers(raw).key == read_headers(same).key
    assert read_headers(raw).key != read_headers(other).key


def test_raw_latin1_bad_dates_and_missing_headers_do_not_fail():
    headers = read_headers(b"From: Ren\xe9 <rene@example.fr>\nDate: yesterday-ish\n\nx")
    assert headers.sender == "René <rene@example.fr>"
    assert headers.date is None
    assert headers.subject == ""
    empty = read_headers(b"")
    assert empty.sender == "" and empty.message_id is None


def test_header_block_stops_at_the_first_empty_line():
    assert header_block(b"A: 1\nB: 2\n\nC: 3\n") == b"A: 1\nB: 2\n"
    assert header_block(b"A: 1\r\n\r\nbody") == b"A: 1\r\n"
