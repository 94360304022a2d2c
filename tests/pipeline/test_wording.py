"""Numbers in plain words: rounded, never a promise, counts with every rate."""

from __future__ import annotations

import pytest

from bounceback.pipeline.wording import count_words, percent, percent_range, rate_with_count


@pytest.mark.parametrize(
    ("p", "text"),
    [(0, "0 %"), (0.001, "under 1 %"), (0.034, "3 %"), (0.349, "35 %"), (0.37, "35 %"),
     (0.964, "95 %"), (0.999, "over 95 %"), (1.0, "over 95 %")],
)
def test_percent_rounds_honestly(p: float, text: str) -> None:
    assert percent(p) == text


def test_ranges_counts_and_rates() -> None:
    assert percent_range(0.2, 0.5) == "20–50 %"
    assert percent_range(0.0, 0.004) == "0–1 %"
    assert count_words(10) == "ten" and count_words(11) == "11"
    assert rate_with_count(2, 3, 5) == "2 of 3"
    assert rate_with_count(3, 8, 5) == "3 of 8 (38 %)"
    assert rate_with_count(0, 0, 5) == "none yet"
