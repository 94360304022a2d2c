"""How the sentence encoder's reading (crisis_encoder.py) joins the check's decision.

The encoder only raises a level, never lowers one:

- nothing found (no phrase, the n-gram model under its lines), and the combined reading of both
  models (crisis_combined.py) at least its cut: the question (whose answer shows every line);
- a phrase's full message the n-gram model disagreed with: the full message again when the
  encoder reads the text as explicit or heavy at least ENCODER_AGREES;
- the question, not from a rule that softened, negated or reassured a phrase, and the encoder
  reads explicit at least ENCODER_FULL while the n-gram model reads it at least
  ENCODER_FULL_NGRAM, or (where no phrase asked: a heavy phrase raises the bar, as for the n-gram
  model) the two readings add up to ENCODER_SUM: the full message, unless the
  text laughs, tells a story or puts a past behind it (crisis_soften.reason), which keeps the
  question as it does for a phrase.

It runs only where it can change something (needs_encoder): not on a text the check already
gives the full message, not on a text a rule quieted, where nothing was found only when some
encoder reading could lift the combined reading over its cut, and under a question only when
the n-gram model reads enough for the full message with the encoder: the encoder costs a few
milliseconds, the rest of the check about one, and most texts are ordinary.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis_combined import SHIPPED, Combined, reading, worth_encoding
from bounceback.recovery.crisis_encoder import EncoderScores
from bounceback.recovery.crisis_model import Scores

if TYPE_CHECKING:
    from bounceback.recovery.crisis import CrisisCheck

# Round 9: the encoder's question from 0.7 (0.85 before; round 13 replaced it by the combined
# reading) and its run from an n-gram reading of 0.4 (0.5 before), chosen on author Q held out
# (both models trained without Q): of the settings that added no full message to Q's ordinary
# texts and kept their gentle note at most 10 %, the one with the most resources per encoder run
# (Q: explicit statements given resources 86.5 % -> 90.8 %, ordinary texts asked 8.6 % -> 9.3 %);
# tested on author U: 76.6 % -> 83.6 %, 8.5 % -> 9.7 %. A lower ENCODER_FULL (0.8 or less) gave
# ordinary texts of Q the full message: kept.
ENCODER_FULL = 0.85
ENCODER_FULL_NGRAM = 0.5
# Round 10: where no phrase asked, the full message also when the encoder's explicit reading and
# the n-gram model's (of the text or one sentence) add up to ENCODER_SUM: "both fairly sure"
# (0.95 and 0.45, 0.7 and 0.7) is as telling as "one very sure, the other at half". Chosen on
# author V held out (both models trained without V): the lowest step (1.5, 1.45, 1.4, 1.35, 1.3)
# that gave none of V's ordinary texts the full message (1.35 gave one); V's explicit statements
# given the full message 415 -> 436 of 678. Tested then on author W, seen by neither model: 228 ->
# 238 of 336, W's ordinary texts given the full message unchanged; and on author Y, whom nothing
# had read: 197 -> 210 of 308 with the round's other changes, and 2 of Y's ordinary texts given
# the full message by it (Ukrainian and romanised Hindi, which the encoder does not know;
# docs/crisis-safety.md, round 10). The sum does not count over a heavy phrase: there the full
# message needs ENCODER_FULL. "I just want it all to end" (a heavy phrase; the n-gram model reads
# 0.68) is read by the encoder at 0.86 since round 11 and gets the full message; with a full
# stop, 0.81, and it keeps the question. Either shows every line (test_crisis_round13.py).
ENCODER_SUM = 1.4
# Round 10: a phrase's full message the n-gram model disagreed with (crisis.py, _agreed) stands
# when the encoder reads the text as explicit or heavy at least ENCODER_AGREES. Held out (V, W
# and Y, each scored by models that never saw it), the disagreement took the full message from
# 3 explicit statements (encoder 0.66, 0.69, 0.02) and 1 ordinary text (0.16); retrained on W
# and Y, the n-gram model disagreed with "feeling pretty suicidal after that call" (0.94) and
# "se eu morresse amanhã tanto faz" (0.80), statements the tests keep explicit.
ENCODER_AGREES = 0.6
# Round 11-12: where nothing was found, the question also from two readings that added up
# (FLOOR_SUM 1.3 of explicit, FLOOR_CONCERN 1.7 of "explicit or heavy") and the encoder's own
# explicit at 0.7 with the n-gram model at 0.4 (ENCODER_QUESTION, ENCODER_GATE), the encoder run
# from 0.35 (FLOOR_GATE). Round 13 replaced the four by one combined reading (crisis_combined.py).
_QUIETED = (":softened", ":reassured", ":negated", "model:disagrees")


def _why(text: str) -> str | None:
    """crisis.why (a laugh, a story, a past put behind), imported late: crisis.py imports this."""
    from bounceback.recovery.crisis import why

    return why(text)


def _quieted(signs: tuple[str, ...]) -> bool:
    return any(s.endswith(_QUIETED) for s in signs)


def _disagreed(rules: CrisisCheck, found: CrisisCheck) -> bool:
    """A phrase's full message the n-gram model did not agree with (the question instead)."""
    return rules.level == CrisisLevel.EXPLICIT and "model:disagrees" in found.signs


def needs_encoder(rules: CrisisCheck, found: CrisisCheck, scores: Scores, text: str = "",
                  model: Combined = SHIPPED) -> bool:
    """Whether the encoder could change this reading (the rules' and the decision's). Where it
    could not (nothing found and no encoder reading would lift the combined reading over its
    cut; a question a heavy phrase asked, with the n-gram model under ENCODER_FULL_NGRAM; a
    question over a laugh, a story or a past put behind), it is not run: it costs more than the
    rest of the check."""
    if _disagreed(rules, found):
        return True
    if found.level == CrisisLevel.EXPLICIT or _quieted((*rules.signs, *found.signs)):
        return False
    if found.level == CrisisLevel.NONE:
        return worth_encoding(scores, model)
    ngram = max(scores.explicit, scores.sentence)
    could = ngram >= ENCODER_FULL_NGRAM or (rules.level == CrisisLevel.NONE
                                            and ngram >= ENCODER_SUM - 1.0)
    return could and not (text and _why(text))


def with_encoder(rules: CrisisCheck, found: CrisisCheck, scores: Scores,
                 read: EncoderScores, text: str = "", model: Combined = SHIPPED) -> CrisisCheck:
    """The decision (found, from the rules' reading and the n-gram model) raised by the
    encoder's scores, never lowered; never over a phrase a rule softened, negated or reassured,
    and never to the full message for a text (when given) that laughs, tells a story or puts a
    past behind it."""
    if _disagreed(rules, found):
        if read.concern >= ENCODER_AGREES:
            return replace(rules, signs=(*rules.signs, "encoder:agrees"))
        return found
    if _quieted((*rules.signs, *found.signs)) or found.level == CrisisLevel.EXPLICIT:
        return found
    if found.level == CrisisLevel.NONE:
        if reading(scores, read, model) >= model.question:
            return replace(found, level=CrisisLevel.SOFT, signs=(*found.signs, "encoder:soft"))
        return found
    ngram = max(scores.explicit, scores.sentence)
    if (((read.explicit >= ENCODER_FULL and ngram >= ENCODER_FULL_NGRAM)
            or (rules.level == CrisisLevel.NONE and read.explicit + ngram >= ENCODER_SUM))
            and not (text and _why(text))):
        return replace(found, level=CrisisLevel.EXPLICIT, signs=(*found.signs, "encoder:explicit"))
    return found
