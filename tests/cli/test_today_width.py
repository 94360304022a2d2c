"""`bounceback today` in a narrow terminal keeps each item's number on the item's first line
(round 18): appended to the text, an 80-column terminal wrapped "(#10)" onto a line of its own,
where it reads as belonging to nothing."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from bounceback.services import Bounceback
from conftest import NOW

REF = re.compile(r"\(#(\d+)\)|^• #(\d+) ")  # in its column; first, under 30 columns


def _today(db_url: str, columns: int) -> list[str]:
    env = {**os.environ, "COLUMNS": str(columns), "BOUNCEBACK_NOW": NOW.isoformat(),
           "BOUNCEBACK_FULL_CLI": "1"}
    done = subprocess.run(
        [sys.executable, "-c", "from bounceback.cli.entry import run; run()", "--db", db_url,
         "today"], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


@pytest.mark.parametrize("columns", [80, 40, 20])
def test_each_items_number_stays_on_the_items_line(demo_bb: Bounceback, db_url: str,
                                                   columns: int) -> None:
    wanted = {item.application_id for section in demo_bb.today() for item in section.items
              if item.application_id}
    assert len(wanted) >= 5  # the demo's Today has items of several applications
    lines = _today(db_url, columns)
    assert max(len(line) for line in lines) <= columns
    shown = set()
    for line in lines:
        for found in REF.finditer(line):
            # on a bullet's line, with words of the item before it
            assert line.lstrip().startswith("•"), (columns, line)
            if found.group(1):  # the text before its column
                assert len(line[:found.start()].strip()) > 5, (columns, line)
            else:  # the text after it
                assert len(line[found.end():].strip()) > 3, (columns, line)
            shown.add(int(found.group(1) or found.group(2)))
    assert shown == wanted


@pytest.mark.parametrize("columns", [80, 60, 44])
def test_no_item_ends_on_one_short_word_alone(demo_bb: Bounceback, db_url: str,
                                              columns: int) -> None:
    """Round 28: an 80-column terminal printed an interview's "round" and its "5" on two lines.
    An item's last line is never one short word alone, and every word of every item is shown
    in order."""
    lines = _today(db_url, columns)
    items: list[list[str]] = []
    for line in lines:
        text = REF.sub("", line).strip()
        if line.startswith("  •"):
            items.append([text.removeprefix("•").strip()])
        elif line.startswith("    ") and text and items:
            items[-1].append(text)
        elif items and items[-1]:  # a section's title or the gap after it: the item ends
            items.append([])
    wrapped = [item for item in items if len(item) > 1]
    assert wrapped  # the demo's Today has items that wrap at these widths
    for item in wrapped:
        assert " " in item[-1] or len(item[-1]) > 12, (columns, item)
    shown = {" ".join(" ".join(item).split()) for item in items if item}
    for section in demo_bb.today():
        for entry in section.items:
            assert " ".join(entry.text.split()) in shown, (columns, entry.text)
