"""Posting text is untrusted: the title readers finish on any line, and a file of zeros or UTF-32
is refused, not stored as text. Found by the round-9 review; each failed before its fix (the pay
pattern backtracked exponentially, about twenty times longer per extra "plus X"; the reference
pattern quadratically; the UTF-16 guess took any file whose every other byte was zero)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from bounceback.domain.skills import UnreadableDocument
from bounceback.skills.documents import decode_text
from bounceback.skills.titleextras import without_pay, without_reference

# Lines that hung the readers: on the code before, the first took hours and the others seconds
# to minutes. Run in a child process so a regression fails (killed after a minute) instead of
# hanging the suite; a minute is not a speed target, it is a hang detector.
HOSTILE = [
    ("without_pay", "Sales Executive £30,000" + " plus car" * 12 + " (Leeds)?"),
    ("without_pay", "Cook £5 " + "a" * 40 + "!"),
    ("without_reference", "Nurse (id " + "1" * 8000 + "!"),
    ("without_reference", "ref " + "1" * 8000),
]


@pytest.mark.parametrize(("function", "line"), HOSTILE)
def test_a_hostile_title_line_does_not_hang_the_import(function: str, line: str) -> None:
    code = (
        "import sys; from bounceback.skills import titleextras as h; "
        f"print(len(h.{function}(sys.stdin.read())))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], input=line, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) > 0


@pytest.mark.parametrize(
    ("title", "clean"),
    [
        ("Sales Executive £30,000 plus car plus bonus plus commission", "Sales Executive"),
        ("Warehouse Team Leader £32,000 + Benefits", "Warehouse Team Leader"),
        ("Care Assistant | £12.50 per hour", "Care Assistant"),
        ("Cleaner £11.44/hour", "Cleaner"),
        ("Manager (£40k pa)", "Manager"),
        ("Driver £12 an hour", "Driver"),
    ],
)
def test_pay_still_comes_off_a_title(title: str, clean: str) -> None:
    assert without_pay(title) == clean


def test_a_reference_still_comes_off_a_title() -> None:
    assert without_reference("Senior Accountant - Ref No. FIN/2026/114") == "Senior Accountant"
    assert without_reference("Req ID: 55120 - Staff Nurse (ICU)") == "Staff Nurse (ICU)"


@pytest.mark.parametrize(
    "data",
    [b"\x00" * 4096, "Jane Doe\nStaff Nurse, Leeds\n".encode("utf-32-le")],
    ids=["zeros", "utf-32"],
)
def test_zeros_or_utf32_are_refused_not_read_as_utf16(data: bytes) -> None:
    with pytest.raises(UnreadableDocument, match="cv.txt"):
        decode_text(data, "cv.txt")


def test_utf16_without_its_mark_is_still_read() -> None:
    text = "Jane Doe\nStaff Nurse, Leeds\n"
    assert decode_text(text.encode("utf-16-le"), "cv.txt") == text
    assert decode_text(text.encode("utf-16-be"), "cv.txt") == text
