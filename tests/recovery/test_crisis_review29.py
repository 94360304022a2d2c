"""Round 29's review: a long entry's doctor's question answered no (crisis38's step, taken out).

crisis38 gave a long entry the question instead of the full message where someone else (a GP, a
therapist, a helpline) asked about self-harm and the writer answered no, when the entry without
that question got no full message. A review with fresh eyes (texts written for the review in 14
languages, not taken from any corpus) found it lowered 12 of 124 of the writer's own statements:
the question was cut from its sentence's start, taking the writer's own plan in the same
sentence with it ("I've already got the pills counted out for Sunday, so when she asked if I
was sleeping I said no"), and the writer's lie was told in words no list holds ("what she
doesn't know is...", "I said no, because I'll be gone by the weekend"). It was taken out at the
merge (round 26's crisis30 was taken out for the same reason: test_crisis_review26_asked.py).
These texts keep the next try honest: each statement keeps at least what the check gives it
now, each everyday text gets no more (tests/data/recovery/review29_asked.json).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess

RANK = {CrisisLevel.NONE: 0, CrisisLevel.SOFT: 1, CrisisLevel.EXPLICIT: 2}
DATA = json.loads((Path(__file__).parent.parent / "data" / "recovery" / "review29_asked.json")
                  .read_text(encoding="utf-8"))


def test_the_review_holds_long_statements_in_every_language() -> None:
    langs = {row["lang"] for row in DATA["statements"]}
    assert len(DATA["statements"]) >= 120 and len(langs) == 14
    assert sum(row["least"] == "EXPLICIT" for row in DATA["statements"]) >= 130


@pytest.mark.parametrize("row", DATA["statements"], ids=lambda row: row["text"][:40])
def test_an_answer_to_someone_elses_question_lowers_no_statement(row: dict[str, str]) -> None:
    got = assess(row["text"]).level
    assert RANK[got] >= RANK[CrisisLevel[row["least"]]], (row["text"], got)


@pytest.mark.parametrize("row", DATA["everyday"], ids=lambda row: row["text"][:40])
def test_an_everyday_answer_gets_no_more_than_now(row: dict[str, str]) -> None:
    got = assess(row["text"]).level
    assert RANK[got] <= RANK[CrisisLevel[row["most"]]], (row["text"], got)
