"""The encoder's full message over a harmless idiom (round 19, issue 15).

The phrase lists and the n-gram model read a text without its harmless idioms ("het leven gaat
door", "life goes on", "me muero de risa": each language's [idiom] lines and English's
FALSE_RE); the sentence encoder reads the whole text, idiom included. Where the encoder alone
raised a text to the full message (the sign `encoder:explicit`: its reading with the n-gram
model's over ENCODER_FULL or the two models' sum), the reading may be the idiom's: "Het is niet
de baan die ik wilde, maar het leven gaat door." ("life goes on") is read by the encoder at
0.78-0.82, and without "het leven gaat door" at 0.06.

`hold` keeps that full message only when the whole check, run again on the text without its
idioms (the phrase lists and both models, as for any text), still gives it; otherwise the
question, whose answer shows every line. It never goes lower than the question, never touches a
full message a phrase list or the n-gram model gave, and never touches a text with no idiom.
(crisis_gentle.py, round 18, is the same reading for the question: it may lower a question only
an idiom earned to nothing; it never touches the full message.)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis_gentle import idiom_free

if TYPE_CHECKING:
    from bounceback.recovery.crisis import CrisisCheck

HELD = "idiom:asked"  # the sign of a full message the idiom alone gave, now the question
FROM_ENCODER = "encoder:explicit"


def hold(rules: CrisisCheck, found: CrisisCheck, text: str,
         reread: Callable[[str], CrisisCheck]) -> CrisisCheck:
    """found, or the question where the encoder's full message came from a harmless idiom (the
    text without its idioms, read again by the whole check, does not get the full message)."""
    if (found.level != CrisisLevel.EXPLICIT or rules.level == CrisisLevel.EXPLICIT
            or FROM_ENCODER not in found.signs):
        return found
    stripped = idiom_free(text, found.languages or rules.languages)
    if stripped is None or reread(stripped).level == CrisisLevel.EXPLICIT:
        return found
    return replace(found, level=CrisisLevel.SOFT, signs=(*found.signs, HELD))
