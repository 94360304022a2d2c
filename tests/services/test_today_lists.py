"""`today` lists the first interviews and tasks and counts the rest: a big search (a career
centre's, or months of follow-ups) costs the same as a small one."""

from __future__ import annotations

from bounceback.domain.models import Application, Task
from bounceback.services import Bounceback
from bounceback.services.today import LISTED
from tests_now import day


def test_tasks_past_the_list_are_counted_in_one_line(bb: Bounceback) -> None:
    app = bb.applications.add(Application(company="Acme", role="Analyst"))
    for n in range(LISTED + 5):
        bb.tasks.add(Task(title=f"Task {n:02d}", due=day(-(n % 3)), application_id=app.id))
    [due] = [s for s in bb.today() if s.key == "tasks"]
    assert len(due.items) == LISTED + 1 and due.more == 5
    assert due.items[-1].kind == "more" and due.items[-1].text.startswith("and 5 more")
    assert all(item.kind == "task" for item in due.items[:-1])
    bb.tasks.add(Task(title="Far off", due=day(30), application_id=app.id))
    assert [s for s in bb.today() if s.key == "tasks"][0].more == 5


def test_a_short_list_has_no_count_line(bb: Bounceback) -> None:
    bb.tasks.add(Task(title="Only one", due=day(0)))
    [due] = [s for s in bb.today() if s.key == "tasks"]
    assert [i.kind for i in due.items] == ["task"] and due.more == 0
