"""Suggesting check-in emotions from what the candidate wrote, offline, from a cue lexicon.

Suggestions only pre-select; the candidate always chooses. Evaluated by bench/eval_emotions.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bounceback.domain.vocabulary import Emotion
from bounceback.recovery.emotion_lexicon import CUES

_NEGATORS = {"not", "never", "no", "isn't", "wasn't", "don't", "didn't", "hardly"}
_INTENSIFIERS = {"so", "really", "very", "extremely", "totally", "completely", "utterly", "deeply",
                 "incredibly", "honestly", "absolutely"}
_SOFTENERS = {"bit", "little", "slightly", "kind", "kinda", "somewhat", "part"}
_COMPILED = {e: [re.compile(p) for p in cues] for e, cues in CUES.items()}
_WORDS = re.compile(r"[a-z']+")
_SPLIT = re.compile(r"[.!?;,\n]+|\s(?:but|though|although)\s")
# "I'm not giving up": the negation belongs to the cue itself, not before it.
_SELF_NEGATING = {"not giving up", "not what i", "not good", "not smart", "not strong",
                  "not experienced", "not cut out"}

THRESHOLD = 1.0
MAX_SUGGESTIONS = 3


@dataclass(frozen=True)
class EmotionSuggestion:
    emotion: Emotion
    score: float
    intensity: int  # a starting point for the slider, 0..10


def _words_before(clause: str, start: int) -> list[str]:
    """The last three words before a cue: where negators, intensifiers and softeners stand."""
    return _WORDS.findall(clause[:start])[-3:]


def _negated(words: list[str]) -> bool:
    return any(w in _NEGATORS for w in words)


def _intensity(words: list[str]) -> int:
    level = 6
    if any(w in _INTENSIFIERS for w in words):
        level += 2
    if any(w in _SOFTENERS for w in words):
        level -= 2
    return max(1, min(10, level))


def scores(text: str) -> dict[Emotion, tuple[float, int]]:
    """Per emotion: the number of un-negated cues found, and the strongest intensity hint."""
    found: dict[Emotion, tuple[float, int]] = {}
    lowered = text.lower().replace("\u2019", "'")
    for clause in _SPLIT.split(lowered):
        if not clause.strip():
            continue
        for emotion, patterns in _COMPILED.items():
            for pattern in patterns:
                for match in pattern.finditer(clause):
                    cue = match.group(0)
                    before = _words_before(clause, match.start())
                    negatable = not any(cue.startswith(s) for s in _SELF_NEGATING)
                    if negatable and _negated(before):
                        continue
                    score, intensity = found.get(emotion, (0.0, 0))
                    hint = _intensity(before)
                    found[emotion] = (score + 1.0, max(intensity, hint))
    return found


def suggest(text: str | None, limit: int = MAX_SUGGESTIONS) -> list[EmotionSuggestion]:
    """Up to `limit` emotions to pre-select, most cues first; nothing for an empty text."""
    if not text or not text.strip():
        return []
    ranked = sorted(
        ((e, s, i) for e, (s, i) in scores(text).items() if s >= THRESHOLD),
        key=lambda item: (-item[1], list(Emotion).index(item[0])),
    )
    return [EmotionSuggestion(e, s, i) for e, s, i in ranked[:limit]]
