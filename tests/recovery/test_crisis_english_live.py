"""Round 27 (speed): the English reader skips patterns that cannot match, and reads the same.

On a long entry the English reader runs only the patterns whose needed strings the text holds
(crisis_english_live.live) and tries each harmless idiom only where the clause may hold it
(crisis_english_live.clean). The oracle is the reader running every pattern and every idiom on
every clause (the path before round 27, still the one short texts take): on every long text of
corpora/crisis, the long retired sets and long entries joined from them, both must give the
same level, the same signs in the same order and the same languages.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery import crisis, crisis_english_live, crisis_english_read
from bounceback.recovery.crisis_english_live import EXPLICIT, SOFT, live

ROOT = Path(__file__).resolve().parents[2]


@contextmanager
def every_pattern() -> Iterator[None]:
    """The reader as before round 27: every pattern and every idiom on every clause."""
    saved = crisis_english_read.live, crisis_english_read.is_long
    crisis_english_read.live = lambda parts: (EXPLICIT, SOFT, True)
    crisis_english_read.is_long = lambda text: False
    try:
        yield
    finally:
        crisis_english_read.live, crisis_english_read.is_long = saved


def long_texts() -> list[str]:
    paths = sorted((ROOT / "corpora" / "crisis").rglob("*.jsonl"))
    paths += sorted((ROOT / "corpora" / "retired").glob("round1[35]/crisis/*a.jsonl"))
    texts = [json.loads(line)["text"] for path in paths
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    english = [t for t in texts if t.isascii() and len(t) > 40]
    joined = [" ".join(english[i:i + 12]) for i in range(0, len(english), 97)]
    return [t for t in texts if len(t) >= 200] + joined


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return long_texts()


def test_the_english_reading_is_the_same_on_every_long_text(texts: list[str]) -> None:
    assert len(texts) > 1000
    fast = [crisis._phrases(t) for t in texts]
    with every_pattern():
        slow = [crisis._phrases(t) for t in texts]
    differ = [i for i, (a, b) in enumerate(zip(fast, slow, strict=True)) if a != b]
    assert not differ, [texts[i][:80] for i in differ[:5]]
    # the reader did find things in them: the comparison is not between two empty readings
    assert sum(r.level == CrisisLevel.EXPLICIT for r in fast) > 200


def test_a_pattern_left_out_is_one_the_text_cannot_match() -> None:
    text = "i keep thinking about how everyone would be better off without me " * 8
    explicit, soft, _ = live([text])
    assert len(explicit) < len(EXPLICIT)
    names = {name for name, _ in explicit}
    for name, pattern in EXPLICIT:
        if pattern.search(text):
            assert name in names
    assert crisis.assess(text).level == CrisisLevel.EXPLICIT


def test_short_texts_run_every_pattern() -> None:
    assert live(["i want to die"]) == (EXPLICIT, SOFT, True)
    assert crisis_english_live.clean("dying to hear back, i want to die") == \
        crisis_english_live.clean("dying to hear back, i want to die", long=True)
