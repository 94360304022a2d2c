"""Round 20 (the suite's time): how much of the corpus an oracle test reads.

An oracle test compares a faster path with the code it replaced, text by text. In the suite it
reads a fixed share of the corpus (every n-th text: each language and source is in it, and the
generated odd inputs are kept whole), which still fails on the bugs those tests guard; the whole
corpus is read with BOUNCEBACK_FULL_ORACLES=1, e.g.

    BOUNCEBACK_FULL_ORACLES=1 .venv/bin/pytest -q tests/recovery/test_crisis_speed.py \
        tests/recovery/test_crisis_encoder_fast.py tests/mail/test_classify_output_same.py
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")

FULL = os.environ.get("BOUNCEBACK_FULL_ORACLES", "") == "1"


def share(items: Sequence[T], every: int) -> list[T]:
    """Every `every`-th item (every item under BOUNCEBACK_FULL_ORACLES=1)."""
    return list(items) if FULL else list(items[::every])


def at_least(count: int, every: int) -> int:
    """A floor written for the whole corpus, scaled to the share read."""
    return count if FULL else count // every
