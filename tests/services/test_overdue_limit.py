"""The overdue list with a limit: the first rows and how many there are in all. A limit of 0
(a page that shows only the count) gives no rows and the true count; on SQLite and PostgreSQL."""

from __future__ import annotations

from bounceback.services import Bounceback


def test_a_limit_of_zero_gives_no_rows_and_the_whole_count(demo_bb: Bounceback) -> None:
    every, total = demo_bb.pipeline.overdue()
    assert every and total == len(every)
    assert demo_bb.pipeline.overdue(2) == (every[:2], total)
    assert demo_bb.pipeline.overdue(0) == ([], total)
