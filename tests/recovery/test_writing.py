"""The writing exercise: cited prompts, the timer, offered on up to four days in the window."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from bounceback.domain.errors import InvalidValue
from bounceback.domain.recovery import JournalEntry, WritingKind
from bounceback.recovery.window import open_window
from bounceback.recovery.writing import (
    WritingTimer,
    check_entry_text,
    prompt_for,
    should_offer,
)

START = date(2026, 3, 2)


def _entry(day: date, rejection_id: int = 1) -> JournalEntry:
    return JournalEntry(
        text="words", written_at=datetime.combine(day, datetime.min.time()),
        rejection_id=rejection_id,
    )


def test_prompts_cite_the_studies() -> None:
    assert "Spera" in prompt_for(WritingKind.EXPRESSIVE, 1, 15).intro
    assert "Kreemers" in prompt_for(WritingKind.SELF_COMPASSION, 1, 15).intro


def test_each_day_gets_a_different_prompt_then_the_last_repeats() -> None:
    texts = [prompt_for(WritingKind.EXPRESSIVE, n, 15).text for n in range(1, 6)]
    assert len(set(texts[:4])) == 4 and texts[4] == texts[3]


def test_offered_at_most_once_a_day_and_on_four_days() -> None:
    window = open_window(1, START, 10)
    entries: list[JournalEntry] = []
    offered = []
    for offset in range(10):
        today = START + timedelta(days=offset)
        session = should_offer(window, entries, today)
        if session:
            offered.append(session)
            assert should_offer(window, [*entries, _entry(today)], today) is None
            entries.append(_entry(today))
    assert offered == [1, 2, 3, 4]


def test_not_offered_outside_the_window() -> None:
    window = open_window(1, START, 3)
    assert should_offer(window, [], START + timedelta(days=3)) is None
    assert should_offer(window, [_entry(START, rejection_id=2)], START) == 1


@pytest.mark.parametrize("text", ["", "   ", "\n\t", None])
def test_empty_entry_is_refused(text: str | None) -> None:
    with pytest.raises(InvalidValue, match="empty"):
        check_entry_text(text)


def test_timer_counts_minutes_and_caps_at_the_box() -> None:
    timer = WritingTimer(datetime(2026, 3, 2, 9, 0), 15)
    assert timer.minutes_spent(datetime(2026, 3, 2, 9, 6)) == 6.0
    assert timer.minutes_spent(datetime(2026, 3, 2, 10, 0)) == 15.0
    assert timer.is_over(datetime(2026, 3, 2, 9, 15))
    assert timer.remaining(datetime(2026, 3, 2, 9, 10)) == timedelta(minutes=5)


def test_journal_text_is_not_in_the_repr() -> None:
    assert "secret" not in repr(JournalEntry(text="secret", written_at=datetime(2026, 3, 2)))
