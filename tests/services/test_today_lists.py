"""`today` lists the first interviews and tasks and counts the rest: a big search (a career
centre's, or months of follow-ups) costs the same as a small one."""

from __future__ import annotations

from bounceback.domain.models import Application, Task
from bounceback.services import Bounceback
from bounceback.services.today import LISTED
from bounceback.storage.readmodel import due_queries
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


def test_recovery_windows_past_the_list_are_counted_in_one_line(bb: Bounceback) -> None:
    """A career centre's search has a hundred windows open at once: `today` works out the
    first LISTED and counts the rest (it worked out every one)."""
    for n in range(LISTED + 4):
        app = bb.applications.add(Application(company=f"Co {n}", role="Analyst",
                                              date_applied=day(-20)))
        assert app.id is not None
        bb.recovery.reject(app.id, on=day(-(n % 2)))
    [care] = [s for s in bb.today() if s.key == "recovery"]
    windows = [i for i in care.items if i.kind == "recovery"]
    assert len(windows) == LISTED and care.more == 4
    [more] = [i for i in care.items if i.kind == "more"]
    assert more.text.startswith("and 4 more recovery windows open")
    [whole] = [s for s in bb.today(whole="recovery") if s.key == "recovery"]
    assert len([i for i in whole.items if i.kind == "recovery"]) == LISTED + 4 and whole.more == 0


def test_feedback_follow_ups_past_the_list_are_counted_in_one_line(bb: Bounceback) -> None:
    for n in range(LISTED + 3):
        app = bb.applications.add(Application(company=f"Co {n}", role="Analyst",
                                              date_applied=day(-40)))
        assert app.id is not None
        bb.recovery.reject(app.id, on=day(-30))
        bb.learning.request_feedback(app.id, to_name=f"Person {n}", sent=True, follow_up_days=1)
    bb.learning.add_card("Why this role?")
    bb.learning.add_card("Tell me about a failure")
    [learn] = [s for s in bb.today(day(5)) if s.key == "learning"]
    asked = [i for i in learn.items if i.kind == "feedback_follow_up"]
    assert len(asked) == LISTED and learn.more == 3
    assert [i.text.split(" at ")[0].rsplit(" to ", 1)[1] for i in asked[:3]] == [  # oldest first
        "Person 0", "Person 1", "Person 2"]
    assert [i.text for i in learn.items if i.kind == "practice_due"] == [
        "2 practice cards due: `bounceback practice`"]  # read with the follow-ups
    assert [i for i in learn.items if i.kind == "more"][0].text.startswith("and 3 more feedback")
    [whole] = [s for s in bb.today(day(5), whole="learning") if s.key == "learning"]
    assert len([i for i in whole.items if i.kind == "feedback_follow_up"]) == LISTED + 3
    if bb.settings.database_url.startswith("sqlite"):  # read among the open requests only
        with bb.db.reader() as r:
            for sql in (f"SELECT count(*) {due_queries._FOLLOW_UPS}",):
                plan = " ".join(str(row[-1]) for row in r.all(
                    "EXPLAIN QUERY PLAN " + sql, on=day(5), let_go=day(-9)))
                assert "ix_feedback_requests_open" in plan, plan  # was SCAN f
