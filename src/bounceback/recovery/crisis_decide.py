"""How the sentence encoder's reading (crisis_encoder.py) joins the check's decision.

The encoder only raises a level, never lowers one:

- nothing found (no phrase, the n-gram model under its lines), and either of two readings asks:
  the question (whose answer shows every line). Round 12's thresholds (the encoder's explicit at
  least ENCODER_QUESTION with the n-gram model at ENCODER_GATE, or the two models' readings
  adding up to FLOOR_SUM or FLOOR_CONCERN), or the combined reading of both models
  (crisis_combined.py) at least its cut. A safety reading only adds: round 13's combined reading
  alone asked 36 explicit statements more held out but took the question from 16 that round 12
  asked, so the two are joined, never swapped (docs/crisis-safety.md, round 13);
- a phrase's full message the n-gram model disagreed with: the full message again when the
  encoder reads the text as explicit or heavy at least ENCODER_AGREES;
- the question, not from a rule that softened, negated or reassured a phrase, and the encoder
  reads explicit at least ENCODER_FULL while the n-gram model reads it at least
  ENCODER_FULL_NGRAM, or (where no phrase asked: a heavy phrase raises the bar, as for the n-gram
  model) the two readings add up to ENCODER_SUM: the full message, unless the
  text laughs, tells a story or puts a past behind it (crisis_soften.reason), which keeps the
  question as it does for a phrase.

It runs only where it can change something (needs_encoder): not on a text the check already
gives the full message, not on a text a rule quieted, where nothing was found only when either
reading could ask with some encoder reading (the n-gram model at FLOOR_GATE, or its concern at
FLOOR_CONCERN - 1.0; the combined reading's own gates lie inside these), and under a question
only when the n-gram model reads enough for the full message with the encoder: the encoder
costs a few milliseconds, the rest of the check about one, and most texts are ordinary.
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

# Round 9: the question from 0.7 (0.85 before) and the encoder run from an n-gram reading of 0.4
# (0.5 before), chosen on author Q held out (both models trained without Q): of the settings that
# added no full message to Q's ordinary texts and kept their gentle note at most 10 %, the one
# with the most resources per encoder run (Q: explicit statements given resources 86.5 % ->
# 90.8 %, ordinary texts asked 8.6 % -> 9.3 %); tested on author U: 76.6 % -> 83.6 %, 8.5 % ->
# 9.7 %. A lower ENCODER_FULL (0.8 or less) gave ordinary texts of Q the full message: kept.
ENCODER_QUESTION = 0.7
ENCODER_FULL = 0.85
ENCODER_FULL_NGRAM = 0.5
ENCODER_GATE = 0.4
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
# Round 16: ENCODER_SUM per language (the language the detector ranks first; ENCODER_SUM for any
# other): 1.3 for Hindi and Ukrainian, the two languages the encoder does not know (it reads
# their explicit statements lower: medians 0.51 and 0.70 held out, Russian's 0.83), fitted on
# authors A, F, N, W and tested on AA, G, Q, Y and AB, AC as crisis.FULL_FROM.
SUM_FROM: dict[str, float] = {"hi": 1.3, "uk": 1.3}
# Round 10: a phrase's full message the n-gram model disagreed with (crisis.py, _agreed) stands
# when the encoder reads the text as explicit or heavy at least ENCODER_AGREES. Held out (V, W
# and Y, each scored by models that never saw it), the disagreement took the full message from
# 3 explicit statements (encoder 0.66, 0.69, 0.02) and 1 ordinary text (0.16); retrained on W
# and Y, the n-gram model disagreed with "feeling pretty suicidal after that call" (0.94) and
# "se eu morresse amanhã tanto faz" (0.80), statements the tests keep explicit.
ENCODER_AGREES = 0.6
# Round 11: the resources are the floor. Where nothing was found and no rule lowered a phrase,
# the question (whose answer shows every line) when the two models' readings add up: the
# n-gram model's explicit (of the text or one sentence) and the encoder's explicit at least
# FLOOR_SUM, or their "explicit or heavy" at least FLOOR_CONCERN. Each model alone stops at a
# hard threshold (0.55-0.65, 0.8, 0.7), and retraining moves statements across it: adding
# authors W and Y moved 71 of the earlier authors' explicit statements from the question to
# nothing (and 26 back), most within 0.05 of a threshold. Chosen held out by author on A, B, E,
# F, M, N, W and Y (each scored by models trained without its group of authors): explicit
# statements given nothing 174 -> 156 of 3,941, heavy texts asked 1,261 -> 1,325 of 1,493,
# ordinary texts given the question 363 -> 386 of 2,612; lower sums bought fewer statements per
# ordinary text asked. Tested on author AA, whom nothing had read (docs/crisis-safety.md,
# round 11).
FLOOR_SUM = 1.3
FLOOR_CONCERN = 1.7
# Round 12: where nothing was found, the encoder runs for the floor from an n-gram explicit
# reading of FLOOR_GATE (FLOOR_SUM - 1.0 = 0.3 before), or a concern of FLOOR_CONCERN - 1.0: under
# 0.35 the floor needs the encoder at 0.95 or more, and held out (authors A, F, N and W, each
# scored by models trained without them) none of the 154 runs between 0.3 and 0.35 changed a
# reading. Tested on AA, G, Q and Y: the encoder ran on 35.1 % -> 30.8 % of their texts, and not
# one reading changed (docs/crisis-safety.md, round 12). Round 13: the combined reading runs the
# encoder only inside these gates (crisis_combined.RUN_EXPLICIT, RUN_CONCERN), so they cover both.
FLOOR_GATE = 0.35
_QUIETED = (":softened", ":reassured", ":negated", "model:disagrees")


def _sum_for(check: CrisisCheck) -> float:
    """The two models' sum for the full message in the language the detector ranks first."""
    return SUM_FROM.get(check.languages[0] if check.languages else "", ENCODER_SUM)


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
    could not (nothing found and no encoder reading would ask by either reading: round 12's
    thresholds or the combined reading over its cut; a question a heavy phrase asked, with the n-gram model under ENCODER_FULL_NGRAM; a
    question over a laugh, a story or a past put behind), it is not run: it costs more than the
    rest of the check."""
    if _disagreed(rules, found):
        return True
    if found.level == CrisisLevel.EXPLICIT or _quieted((*rules.signs, *found.signs)):
        return False
    if found.level == CrisisLevel.NONE:
        return (_floor_possible(max(scores.explicit, scores.sentence), scores.concern)
                or worth_encoding(scores, model))
    ngram = max(scores.explicit, scores.sentence)
    could = ngram >= ENCODER_FULL_NGRAM or (rules.level == CrisisLevel.NONE
                                            and ngram >= _sum_for(rules) - 1.0)
    return could and not (text and _why(text))


def _floor_possible(ngram: float, concern: float) -> bool:
    """Whether the encoder's reading (at most 1) could lift nothing to the question by round 12's
    thresholds (under FLOOR_GATE only with the encoder at 0.95 or more: not worth its run)."""
    return ngram >= FLOOR_GATE or concern >= FLOOR_CONCERN - 1.0


def round12_asks(scores: Scores, read: EncoderScores) -> bool:
    """Round 12's question where nothing was found: the encoder's own (with the n-gram model at
    ENCODER_GATE), or the two models' readings adding up (the floor)."""
    ngram = max(scores.explicit, scores.sentence)
    return ((ngram >= ENCODER_GATE and read.explicit >= ENCODER_QUESTION)
            or ngram + read.explicit >= FLOOR_SUM
            or scores.concern + read.concern >= FLOOR_CONCERN)


def _asked(found: CrisisCheck, scores: Scores, read: EncoderScores,
           model: Combined) -> CrisisCheck:
    """Nothing found: the question when either reading asks (a safety reading only adds), each
    with its sign (encoder:soft, encoder:floor, encoder:combined)."""
    ngram = max(scores.explicit, scores.sentence)
    if ngram >= ENCODER_GATE and read.explicit >= ENCODER_QUESTION:
        return replace(found, level=CrisisLevel.SOFT, signs=(*found.signs, "encoder:soft"))
    if round12_asks(scores, read):
        return replace(found, level=CrisisLevel.SOFT, signs=(*found.signs, "encoder:floor"))
    if reading(scores, read, model) >= model.question:
        return replace(found, level=CrisisLevel.SOFT, signs=(*found.signs, "encoder:combined"))
    return found


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
        return _asked(found, scores, read, model)
    ngram = max(scores.explicit, scores.sentence)
    if (((read.explicit >= ENCODER_FULL and ngram >= ENCODER_FULL_NGRAM)
            or (rules.level == CrisisLevel.NONE and read.explicit + ngram >= _sum_for(rules)))
            and not (text and _why(text))):
        return replace(found, level=CrisisLevel.EXPLICIT, signs=(*found.signs, "encoder:explicit"))
    return found
