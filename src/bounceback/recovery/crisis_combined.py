"""The question where nothing was found: one combined reading of the crisis check's two models.

Where the phrase lists and the n-gram model (crisis_model.py) found nothing, the question came
from four thresholds on two models (round 12; kept beside this reading, crisis_decide.py): the
encoder's explicit at 0.7 with the n-gram model at 0.4, or their explicit readings adding up to
1.3, or their "explicit or heavy" to 1.7, and the encoder run from 0.35. A statement just under one line got nothing while the other model agreed,
and a text the n-gram model read at 0.35-0.4 needed the encoder at 0.9 or more. Here one
probability that the text is an explicit statement is read from both models' scores at once (a
logistic regression). The question comes from either: this reading or the thresholds (a safety
reading only adds; alone, this one took the question from 16 explicit statements held out that
the thresholds asked).

Fitted on out-of-fold readings only (each author's texts scored by an n-gram model and an
encoder head trained without that author's fold), explicit statements against ordinary texts, by
`scripts/crisis_combined_fit.py`, which prints the weights and the cut; the cut is the lowest at
which ordinary texts get no more gentle notes than the four thresholds gave them. Held out by
author (the regression and its cut fitted without the author) it showed resources on more
explicit statements for the same gentle notes (docs/crisis-safety.md, round 13).

The full message is not decided here: above any cut that spared ordinary texts, the combined
reading found twice as many heavy texts (which should be asked) as explicit statements.

The encoder runs for this reading only where the n-gram model reads explicit at least
RUN_EXPLICIT or explicit-or-heavy at least RUN_CONCERN (round 12's gates) and some encoder reading could lift the
combined reading over the cut (`best_case`); for the thresholds it runs from the same gates
(crisis_decide.needs_encoder takes either). Held out on the eight authors, not one question came
from under those gates; 0.4 and 0.75 would have cost 5 explicit statements their resources.
"""

from __future__ import annotations

import math
from itertools import product
from typing import NamedTuple

from bounceback.recovery.crisis_encoder import EncoderScores
from bounceback.recovery.crisis_model import Scores

FEATURES = ("ngram_explicit", "ngram_sentence", "ngram_concern", "encoder_explicit",
            "encoder_concern", "both_explicit")
_CLIP = 8.0
RUN_EXPLICIT = 0.35
RUN_CONCERN = 0.7


class Combined(NamedTuple):
    """The regression's weights (in FEATURES' order) and bias, and the question's cut."""

    weights: tuple[float, ...]
    bias: float
    question: float


# Fitted by scripts/crisis_combined_fit.py on authors A, F, N, W, AA, G, Q and Y (round 13).
SHIPPED = Combined(weights=(0.7676, 1.0177, 0.7839, 0.128, 0.3504, 0.1802), bias=-1.0891,
                   question=0.4526)


def logit(p: float) -> float:
    """The log-odds of a probability, clipped (a model's 0.9999 and 0.99999 say the same)."""
    p = min(max(p, 1e-6), 1 - 1e-6)
    return max(-_CLIP, min(_CLIP, math.log(p / (1 - p))))


def features(scores: Scores, explicit: float, concern: float) -> tuple[float, ...]:
    """The regression's inputs: each model's scores as log-odds, and how far both read an
    explicit statement (the lower of the two log-odds: "both fairly sure" says more than either
    alone)."""
    ngram = logit(max(scores.explicit, scores.sentence))
    return (logit(scores.explicit), logit(scores.sentence), logit(scores.concern),
            logit(explicit), logit(concern), min(ngram, logit(explicit)))


def probability(x: tuple[float, ...], model: Combined = SHIPPED) -> float:
    z = model.bias + sum(w * v for w, v in zip(model.weights, x, strict=True))
    return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))


def reading(scores: Scores, read: EncoderScores, model: Combined = SHIPPED) -> float:
    """The combined probability that the text is an explicit statement."""
    return probability(features(scores, read.explicit, read.concern), model)


def best_case(scores: Scores, model: Combined = SHIPPED) -> float:
    """The highest combined reading any encoder reading could give. The log-odds are linear in
    each encoder score's log-odds but for the kink where the encoder's explicit meets the n-gram
    model's, so the highest is at a corner or on that kink (an upper bound: it ignores that
    concern is at least explicit)."""
    kink = min(max(max(scores.explicit, scores.sentence), 0.0), 1.0)
    return max(probability(features(scores, e, c), model)
               for e, c in product((0.0, kink, 1.0), (0.0, 1.0)))


def worth_encoding(scores: Scores, model: Combined = SHIPPED) -> bool:
    """Whether the encoder could lift the combined reading over the question's cut."""
    ngram = max(scores.explicit, scores.sentence)
    return ((ngram >= RUN_EXPLICIT or scores.concern >= RUN_CONCERN)
            and best_case(scores, model) >= model.question)
