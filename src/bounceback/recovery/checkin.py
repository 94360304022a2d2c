"""Reading and checking a check-in: taxonomy emotions with intensity 0-10, mood 1-5."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import datetime

from bounceback.domain.errors import InvalidValue
from bounceback.domain.recovery import (
    INTENSITY_MAX,
    INTENSITY_MIN,
    MOOD_MAX,
    MOOD_MIN,
    CheckIn,
    CrisisLevel,
    EmotionRating,
)
from bounceback.domain.vocabulary import Emotion, parse_enum

MOOD_LABELS = {1: "very low", 2: "low", 3: "okay", 4: "good", 5: "very good"}
SOMETHING_ELSE_MAX = 2000
HOPELESSNESS_SOFT = 8  # with mood 1, a check-in with hopelessness this strong gets a soft note

EMOTION_LABELS: dict[Emotion, str] = {
    Emotion.DISAPPOINTMENT: "disappointment",
    Emotion.SADNESS: "sadness",
    Emotion.ANGER: "anger",
    Emotion.FRUSTRATION: "frustration",
    Emotion.ANXIETY: "anxiety",
    Emotion.EMBARRASSMENT: "embarrassment",
    Emotion.SELF_DOUBT: "self-doubt",
    Emotion.HOPELESSNESS: "hopelessness",
    Emotion.NUMBNESS: "numbness",
    Emotion.RELIEF: "relief",
    Emotion.HOPE: "hope",
    Emotion.DETERMINATION: "determination",
}


def check_intensity(value: object, emotion: str = "") -> int:
    """An intensity as an int in 0..10, or a message that says which emotion and the range."""
    where = f" for {emotion}" if emotion else ""
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        raise InvalidValue(
            f"intensity{where} must be a whole number from {INTENSITY_MIN} to {INTENSITY_MAX}, "
            f"not {value!r}"
        ) from None
    if not INTENSITY_MIN <= number <= INTENSITY_MAX:
        raise InvalidValue(
            f"intensity{where} is {number}; use a number from {INTENSITY_MIN} (not at all) "
            f"to {INTENSITY_MAX} (as strong as it gets)"
        )
    return number


def check_mood(value: object) -> int:
    """A mood as an int in 1..5, or a message with the scale."""
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        raise InvalidValue(
            f"mood must be a whole number from {MOOD_MIN} to {MOOD_MAX}, not {value!r}"
        ) from None
    if not MOOD_MIN <= number <= MOOD_MAX:
        raise InvalidValue(
            f"mood is {number}; use {MOOD_MIN} (very low) to {MOOD_MAX} (very good)"
        )
    return number


def parse_emotion(word: str) -> Emotion:
    return parse_enum(Emotion, word, "emotion")


_PAIR = re.compile(r"^\s*([A-Za-z_\- ]+?)\s*(?:[=:]\s*(\S+))?\s*$")


def parse_ratings(spec: str | Iterable[str], default_intensity: int = 5) -> list[EmotionRating]:
    """Read "anger=7, sadness:4, relief" (or a list of such items) into ratings.

    An emotion without a number gets `default_intensity`. Naming one emotion twice is an error,
    so that a typo does not silently overwrite what the user meant.
    """
    parts = [spec] if isinstance(spec, str) else list(spec)
    items = [piece for part in parts for piece in part.split(",")]
    ratings: dict[Emotion, int] = {}
    for item in items:
        if not item.strip():
            continue
        match = _PAIR.match(item)
        if not match:
            raise InvalidValue(f"cannot read {item.strip()!r}; write it as emotion=intensity")
        emotion = parse_emotion(match.group(1))
        raw = match.group(2)
        intensity = check_intensity(raw if raw is not None else default_intensity, emotion.value)
        if emotion in ratings:
            raise InvalidValue(f"{emotion.value} is named twice; give it once with one intensity")
        ratings[emotion] = intensity
    return [EmotionRating(e, i) for e, i in ratings.items()]


def ratings_from_mapping(values: Mapping[str, object]) -> list[EmotionRating]:
    """Ratings from a form or JSON object {emotion: intensity}; blanks are skipped."""
    ratings = []
    seen: set[Emotion] = set()
    for word, raw in values.items():
        if raw is None or str(raw).strip() == "":
            continue
        emotion = parse_emotion(word)
        if emotion in seen:
            raise InvalidValue(f"{emotion.value} is named twice; give it once with one intensity")
        seen.add(emotion)
        ratings.append(EmotionRating(emotion, check_intensity(raw, emotion.value)))
    return ratings


def build_check_in(
    mood: object,
    ratings: Iterable[EmotionRating] = (),
    something_else: str = "",
    *,
    recorded_at: datetime,
    rejection_id: int | None = None,
) -> CheckIn:
    """A checked CheckIn: every value is validated before anything can be stored."""
    checked = [
        EmotionRating(parse_emotion(str(r.emotion)), check_intensity(r.intensity, str(r.emotion)))
        for r in ratings
    ]
    if len({r.emotion for r in checked}) != len(checked):
        raise InvalidValue("an emotion is named twice; give each once with one intensity")
    note = (something_else or "").strip()
    if len(note) > SOMETHING_ELSE_MAX:
        raise InvalidValue(
            f"'something else' is {len(note)} characters; keep it under {SOMETHING_ELSE_MAX} "
            "or write a journal entry instead"
        )
    return CheckIn(
        mood=check_mood(mood),
        recorded_at=recorded_at,
        emotions=sorted(checked, key=lambda r: (-r.intensity, r.emotion.value)),
        something_else=note,
        rejection_id=rejection_id,
    )


def strongest(check_in: CheckIn, limit: int = 3) -> list[EmotionRating]:
    """The emotions felt most, strongest first, leaving out zeros."""
    felt = [r for r in check_in.emotions if r.intensity > 0]
    return sorted(felt, key=lambda r: (-r.intensity, r.emotion.value))[:limit]


def reflect(check_in: CheckIn) -> str:
    """One calm sentence that mirrors the check-in back, without judging it."""
    felt = strongest(check_in)
    mood = MOOD_LABELS[check_in.mood]
    if not felt:
        return f"Thank you for checking in. Your mood is {mood} today."
    names = [EMOTION_LABELS[r.emotion] for r in felt]
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return f"Thank you for checking in. Mostly {listed} today, and your mood is {mood}."


def ratings_alarm(check_in: CheckIn) -> bool:
    """Very strong hopelessness at the lowest mood: a soft crisis note even without words."""
    return check_in.mood == 1 and check_in.intensity_of(Emotion.HOPELESSNESS) >= HOPELESSNESS_SOFT


def crisis_level(check_in: CheckIn) -> CrisisLevel:
    """crisis.assess_check_in's level. The crisis check's modules (~150 ms to import) load only
    when the check-in has words to read; without, its ratings alone decide."""
    if check_in.something_else and check_in.something_else.strip():
        from bounceback.recovery import crisis

        return crisis.assess_check_in(check_in).level
    return CrisisLevel.SOFT if ratings_alarm(check_in) else CrisisLevel.NONE
