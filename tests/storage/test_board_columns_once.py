"""The board's columns read in one statement (`board_queries.columns`) give what each column
read alone gives (`board_queries.column`): the same cards (what a card shows: round 18's
speed18 read no tags, description or notes for them), in the same order, for pages and offsets
of every size, on both engines."""

from __future__ import annotations

from bounceback.domain.vocabulary import Outcome, Stage
from bounceback.services import Bounceback
from bounceback.storage.readmodel import board_queries

COLUMNS = [
    [Stage.APPLIED.value], [Stage.SCREENING.value, Stage.INTERVIEWING.value],
    [Stage.OFFER.value], [o.value for o in Outcome], [Outcome.REJECTED.value],
    [], [Stage.APPLIED.value, Outcome.WITHDRAWN.value],
]


def test_columns_at_once_equal_each_column_alone(demo_bb: Bounceback) -> None:
    with demo_bb.db.reader() as r:
        for limit in (1, 3, 20, 500):
            for offset in (0, 2, 7):
                alone = [board_queries.column(r, wanted, limit, offset) for wanted in COLUMNS]
                together = board_queries.columns(r, COLUMNS, limit, offset)
                assert together == alone, (limit, offset)
        assert any(len(cards) > 3 for cards in board_queries.columns(r, COLUMNS, 20))
        assert board_queries.columns(r, COLUMNS, 0) == [[] for _ in COLUMNS]
