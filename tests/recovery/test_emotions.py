"""Emotion suggestions from text: taxonomy names only, negations respected, evaluated."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from bounceback.domain.vocabulary import Emotion
from bounceback.recovery.emotion_lexicon import CUES
from bounceback.recovery.emotions import suggest

ROOT = Path(__file__).resolve().parents[2]


def _names(text: str) -> list[str]:
    return [s.emotion.value for s in suggest(text)]


def test_every_emotion_has_cues() -> None:
    assert set(CUES) == set(Emotion)


def test_suggests_from_plain_words() -> None:
    assert "anger" in _names("I'm furious about how they treated me")
    assert "relief" in _names("Honestly a relief, the commute was long")


def test_negated_cue_is_not_suggested() -> None:
    assert "anger" not in _names("I'm not angry, just disappointed")
    assert "disappointment" in _names("I'm not angry, just disappointed")


def test_nothing_for_empty_text_and_at_most_three() -> None:
    assert suggest("") == [] and suggest(None) == []
    many = "sad, angry, anxious, embarrassed, hopeless, relieved, determined"
    assert len(suggest(many)) == 3


def test_intensifier_raises_the_starting_intensity() -> None:
    plain = suggest("I am sad")[0].intensity
    strong = suggest("I am really sad")[0].intensity
    assert strong > plain


def test_held_out_set_keeps_its_precision() -> None:
    """A floor under the figures in docs/recovery.md; fails if a change breaks the lexicon."""
    spec = importlib.util.spec_from_file_location("eval_emotions", ROOT / "bench/eval_emotions.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    data = ROOT / "tests/data/recovery"
    sets = [module.load(data / name) for name in
            ("emotions_dev.jsonl", "emotions_heldout.jsonl", "emotions_heldout2.jsonl")]
    assert sum(len(rows) for rows in sets) >= 100
    untuned = module.evaluate(sets[2])["micro"]
    assert untuned["precision"] >= 0.85 and untuned["recall"] >= 0.75
