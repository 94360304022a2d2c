"""Today's page over a long list: the first lines, and a count of every line not shown."""

from __future__ import annotations


def test_today_counts_every_task_not_shown(web) -> None:  # type: ignore[no-untyped-def]
    from bounceback.domain.models import Task
    from bounceback.services.today import LISTED
    from tests_now import day

    for n in range(LISTED + 5):
        web.bb.tasks.add(Task(title=f"Task {n:02d}", due=day(0)))
    page = web.get("/").text
    assert f"And {LISTED + 5 - 8} more: show them all" in page
    everything = web.get("/?all=tasks").text
    assert "Task 29" in everything and "more due by tomorrow" not in everything
