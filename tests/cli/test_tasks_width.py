"""`bounceback tasks` keeps each task's application number on the task's line (round 19, a
MINOR finding of round 18's review): appended to the title, an 80-column terminal wrapped
"(#N)" onto a line of its own, as `today` did before round 18."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import timedelta

import pytest

from bounceback.domain.models import Task
from bounceback.services import Bounceback
from conftest import NOW

REF = re.compile(r"\(#(\d+)\)|#(\d+) ")  # in its column; before the title when narrow
# Titles as long as a person types them: each pushes "(#N)" past 80 columns when appended.
TITLES = ("Send the thank-you note to the hiring manager and attach the portfolio link",
          "Follow up with the recruiter about the second interview and the salary band",
          "Prepare questions about the team's on-call rota, the budget and the travel")


@pytest.mark.parametrize("columns", [80, 40])
def test_each_tasks_application_number_stays_on_its_line(demo_bb: Bounceback, db_url: str,
                                                         columns: int) -> None:
    apps = [a.id for a in demo_bb.applications.list()[:3]]
    for title, app_id in zip(TITLES, apps, strict=True):
        demo_bb.tasks.add(Task(title=title, due=NOW.date() + timedelta(days=1),
                               application_id=app_id))
    env = {**os.environ, "COLUMNS": str(columns), "BOUNCEBACK_NOW": NOW.isoformat(),
           "BOUNCEBACK_FULL_CLI": "1"}
    done = subprocess.run(
        [sys.executable, "-c", "from bounceback.cli.entry import run; run()", "--db", db_url,
         "tasks"], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert max(len(line) for line in lines) <= columns
    shown: set[int] = set()
    for line in lines:
        for found in REF.finditer(line):
            # on a line that starts with the task's number and holds words of its title
            assert re.match(r"\s*\d+\s+\[", line), (columns, line)
            assert len(re.sub(r"[\d\s\[\]x#()-]", "", line)) > 5, (columns, line)
            shown.add(int(found.group(1) or found.group(2)))
    assert set(apps) <= shown
