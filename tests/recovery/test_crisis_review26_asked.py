"""Round 26's review: someone else's question, answered no (crisis30, taken out).

crisis30 gave the question instead of the full message where someone else asked the writer about
thoughts of suicide and the writer answered no, naming a plain feeling ("my therapist asked if I
have suicidal thoughts - no, just angry"). A review with fresh eyes (texts written for the review
in the 14 languages, not taken from any corpus) found it lowered 112 of 267 of the writer's own
statements: a plan after the answer in the same sentence, "no, just tired of living", a "no"
hedged or taken back ("Well, sometimes", "pills ready tho"), questions the writer asked themself,
chatbots and forms. It was taken out the same day. These texts keep the next try honest: each
statement keeps at least what the check gave it before crisis30, and each everyday text the
check left below the full message gets no more (tests/data/recovery/review26_asked.json).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess

RANK = {CrisisLevel.NONE: 0, CrisisLevel.SOFT: 1, CrisisLevel.EXPLICIT: 2}
DATA = json.loads((Path(__file__).parent.parent / "data" / "recovery" / "review26_asked.json")
                  .read_text(encoding="utf-8"))


@pytest.mark.parametrize("row", DATA["statements"], ids=lambda row: row["text"][:40])
def test_an_answer_to_someone_elses_question_lowers_no_statement(row: dict[str, str]) -> None:
    got = assess(row["text"]).level
    assert RANK[got] >= RANK[CrisisLevel[row["least"]]], (row["text"], got)


@pytest.mark.parametrize("row", DATA["everyday"], ids=lambda row: row["text"][:40])
def test_an_everyday_answer_gets_no_more_than_before(row: dict[str, str]) -> None:
    got = assess(row["text"]).level
    assert RANK[got] <= RANK[CrisisLevel[row["most"]]], (row["text"], got)
