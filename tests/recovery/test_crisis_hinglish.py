"""Romanised Hindi is read as Hindi even without the commonest words, and other languages are
not. Written for this test, never used for training."""

from __future__ import annotations

import pytest

from bounceback.recovery.crisis_lang import candidates


@pytest.mark.parametrize(
    "text",
    # none has "hai", "nahi", "ka", "ki", "hu"... (the words read as Hindi before round 6)
    ["jeena bekaar lagta", "sab khatam sa lagta", "bahut akela lagta",
     "dil bilkul khali sa lagta"],
)
def test_romanised_hindi_without_the_commonest_words_is_read_as_hindi(text: str) -> None:
    assert "hi" in candidates(text)


@pytest.mark.parametrize(
    "text",
    ["ich habe mein Zimmer aufgeräumt und bin ab morgen frei",
     "se me hace tarde para la entrevista",
     "je suis passé par la gare, tu sais",
     "I logged the job in a new tab, par for the course",
     "non ho mai avuto un lavoro così"],
)
def test_other_languages_are_not_read_as_hindi(text: str) -> None:
    assert "hi" not in candidates(text)
