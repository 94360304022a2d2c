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


@pytest.mark.parametrize("columns", [80, 40, 20])
def test_each_items_number_stays_on_the_items_line(demo_bb: Bounceback, db_url: str,
                                                   columns: int) -> None:
    wanted = {item.application_id for section in demo_bb.today() for item in section.items
              if item.application_id}
    assert len(wanted) >= 5  # the demo's Today has items of several applications
    env = {**os.environ, "COLUMNS": str(columns), "BOUNCEBACK_NOW": NOW.isoformat(),
           "BOUNCEBACK_FULL_CLI": "1"}
    done = subprocess.run(
        [sys.executable, "-c", "from bounceback.cli.entry import run; run()", "--db", db_url,
         "today"], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
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
