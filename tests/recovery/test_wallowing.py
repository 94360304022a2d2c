"""Wallowing: a gentle nudge only when low mood and a quiet search last past the thresholds."""

from __future__ import annotations

from datetime import date, datetime

from bounceback.domain.recovery import CheckIn
from bounceback.recovery.acknowledge import full_acknowledgement
from bounceback.recovery.wallowing import SHAMING_WORDS, Thresholds, check
from bounceback.recovery.window import open_window

START = date(2026, 3, 2)  # window of 3 days ends on 5 March


def _ci(day: int, mood: int) -> CheckIn:
    return CheckIn(mood=mood, recorded_at=datetime(2026, 3, day, 20))


def test_nudge_when_all_three_hold() -> None:
    window = open_window(1, START, 3)
    nudge = check([window], [_ci(6, 2), _ci(10, 1)], date(2026, 2, 20), date(2026, 3, 12))
    assert nudge is not None
    assert nudge.days_past_window == 7 and nudge.mean_mood == 1.5
    assert "talk to someone" in nudge.text


def test_no_nudge_before_the_threshold_or_inside_a_window() -> None:
    window = open_window(1, START, 3)
    moods = [_ci(6, 1)]
    assert check([window], moods, None, date(2026, 3, 11)) is None
    newer = open_window(2, date(2026, 3, 10), 3)
    assert check([window, newer], moods, None, date(2026, 3, 12)) is None


def test_no_nudge_when_mood_recovered_or_search_moved() -> None:
    window = open_window(1, START, 3)
    today = date(2026, 3, 14)
    assert check([window], [_ci(6, 1), _ci(12, 4)], None, today) is None
    assert check([window], [_ci(6, 1)], date(2026, 3, 9), today) is None
    assert check([window], [], None, today) is None


def test_thresholds_are_settings() -> None:
    window = open_window(1, START, 3)
    moods = [_ci(6, 3)]
    assert check([window], moods, None, date(2026, 3, 9)) is None
    assert check([window], moods, None, date(2026, 3, 9), Thresholds(3, 3)) is not None


def test_no_shaming_words_in_the_nudge_or_acknowledgements() -> None:
    window = open_window(1, START, 3)
    nudge = check([window], [_ci(6, 1)], None, date(2026, 3, 20))
    assert nudge is not None
    lowered = nudge.text.lower()
    for word in SHAMING_WORDS:
        assert word not in lowered, word
    assert full_acknowledgement  # the acknowledgements are checked in test_acknowledge
