"""Round 13: what "I just want it all to end" gets, and the question where nothing was found from
one combined reading of both models (crisis_combined.py; docs/crisis-safety.md, round 13)."""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import CrisisCheck, assess, crisis_message, rules_only
from bounceback.recovery.crisis_combined import SHIPPED, best_case
from bounceback.recovery.crisis_decide import needs_encoder, with_encoder
from bounceback.recovery.crisis_encoder import EncoderScores
from bounceback.recovery.crisis_model import Scores


@pytest.mark.parametrize("text", [
    "I just want it all to end",
    "I just want it all to end.",
    "honestly i just want it all to end",
])
def test_wanting_it_all_to_end_gets_at_least_the_question_and_its_yes_shows_every_line(
        text: str) -> None:
    # A heavy phrase; the encoder reads it at 0.81-0.86 explicit and the n-gram model at 0.68:
    # the full message or the question, never nothing.
    assert rules_only(text).level == CrisisLevel.SOFT
    found = assess(text)
    assert found.level != CrisisLevel.NONE, found
    message = crisis_message(found.level, "GB")
    assert message is not None and message.resources
    if message.asks:
        assert [v for v, _ in message.answers] == ["yes", "not_sure", "no"]
        assert message.if_yes  # shown with the lines on "yes" and "not sure"
        assert "116 123" in message.text  # the lines are part of the card, not only after "yes"


NOTHING = CrisisCheck(CrisisLevel.NONE, (), ("tr",))
FAINT = Scores(explicit=0.39, concern=0.66, sentence=0.39)  # under round 12's gate of 0.4


def test_a_sure_encoder_over_a_faint_ngram_reading_asks() -> None:
    # Round 12 gave this nothing: the encoder's own question needed the n-gram model at 0.4, and
    # the sums (0.39 + 0.9 = 1.29, 0.66 + 0.97 = 1.63) stayed under 1.3 and 1.7. The combined
    # reading (crisis_combined.py) asks, and the answer shows every line.
    assert needs_encoder(NOTHING, NOTHING, FAINT, "üç kelime burada yeter")
    found = with_encoder(NOTHING, NOTHING, FAINT, EncoderScores(0.9, 0.97), "üç kelime burada")
    assert found.level == CrisisLevel.SOFT and "encoder:combined" in found.signs


def test_an_unsure_encoder_over_a_faint_ngram_reading_still_gives_nothing() -> None:
    # Held out (authors A, F, N, W), 16 of the 17 texts the n-gram model read at 0.35-0.4 and
    # the encoder at 0.7-0.86 were ordinary ("the commute is killing me"): dropping the gate
    # outright asked 18 more ordinary texts for 2 explicit statements.
    quiet = Scores(explicit=0.37, concern=0.5, sentence=0.37)
    assert with_encoder(NOTHING, NOTHING, quiet, EncoderScores(0.86, 0.95)).level == CrisisLevel.NONE


def test_the_encoder_runs_only_where_its_reading_could_ask() -> None:
    low = Scores(explicit=0.1, concern=0.3, sentence=0.1)
    assert best_case(low) < SHIPPED.question
    assert not needs_encoder(NOTHING, NOTHING, low, "üç kelime burada")
    # whatever the encoder reads, the combined reading never lowers what was found
    asked = CrisisCheck(CrisisLevel.SOFT, ("model:soft",), ("tr",))
    assert with_encoder(NOTHING, asked, FAINT, EncoderScores(0.0, 0.0)) == asked


def test_skipping_the_encoder_never_skips_a_question_it_could_give() -> None:
    # needs_encoder leaves the encoder out where best_case stays under the cut: best_case must
    # bound the combined reading for every encoder reading (concern at least explicit).
    from bounceback.recovery.crisis_combined import reading

    steps = [i / 20 for i in range(21)]
    for ngram in (0.05, 0.2, 0.36, 0.5, 0.7):
        for concern in (0.1, 0.5, 0.75, 0.95):
            scores = Scores(explicit=ngram, concern=max(concern, ngram), sentence=ngram)
            bound = best_case(scores)
            for e in steps:
                for c in steps:
                    if c >= e:
                        assert reading(scores, EncoderScores(e, c)) <= bound + 1e-12


def test_where_nothing_was_found_the_encoder_runs_wherever_either_path_would_run_it() -> None:
    # The question comes from round 12's thresholds or the combined reading; the encoder's run
    # covers both paths' gates: round 12's (the n-gram model at FLOOR_GATE or its concern at
    # FLOOR_CONCERN - 1.0) and the combined reading's (worth_encoding). Where it is skipped, no
    # encoder reading asks by round 12's thresholds but one at 0.95 or more (round 12's gate,
    # kept: held out none of its 154 runs between 0.3 and 0.35 changed a reading).
    from bounceback.recovery.crisis_combined import worth_encoding
    from bounceback.recovery.crisis_decide import FLOOR_CONCERN, FLOOR_GATE, round12_asks

    steps = [i / 20 for i in range(21)]
    skipped = ran = 0
    for ngram in [i / 40 for i in range(41)]:
        for concern in [i / 40 for i in range(41)]:
            scores = Scores(explicit=ngram, concern=max(concern, ngram), sentence=ngram)
            round12_runs = ngram >= FLOOR_GATE or scores.concern >= FLOOR_CONCERN - 1.0
            runs = needs_encoder(NOTHING, NOTHING, scores, "üç kelime burada")
            assert runs == (round12_runs or worth_encoding(scores)), scores
            if runs:
                ran += 1
                continue
            skipped += 1
            assert not any(round12_asks(scores, EncoderScores(e, max(e, c)))
                           for e in steps for c in steps if e < 0.95)
    assert skipped and ran


# Held out by author (scripts/crisis_combined_fit.py), explicit statements round 12's thresholds
# asked and the combined reading alone (at the shipped cut) did not: n-gram scores (explicit,
# concern, sentence) and the encoder's (explicit, concern).
FELL_WITH_THE_COMBINED_READING_ALONE = [
    # "Passé la nuit à chercher sur internet comment mettre fin à ses jours sans souffrir."
    # (fr): the encoder's own question (n-gram 0.42 over ENCODER_GATE, encoder 0.95)
    (Scores(0.354, 0.502, 0.419), EncoderScores(0.952, 0.968)),
    # a farewell in Egyptian Arabic ("... ناوي يريّح الكل منه قريب"): the concern sum 0.79 + 0.95
    (Scores(0.259, 0.788, 0.31), EncoderScores(0.027, 0.95)),
    # "Hör auf zu jammern und tu's endlich. Du bist eh nur Ballast." (de): the encoder at 0.75
    (Scores(0.437, 0.673, 0.435), EncoderScores(0.749, 0.802)),
]


@pytest.mark.parametrize(("scores", "read"), FELL_WITH_THE_COMBINED_READING_ALONE)
def test_a_question_round_12_gave_is_never_taken_away_by_the_combined_reading(
        scores: Scores, read: EncoderScores) -> None:
    # A safety reading only adds: the question where nothing was found comes from either round
    # 12's thresholds or the combined reading, and the encoder runs for both.
    from bounceback.recovery.crisis_combined import reading
    from bounceback.recovery.crisis_decide import round12_asks

    assert reading(scores, read) < SHIPPED.question  # the combined reading alone: nothing
    assert round12_asks(scores, read)
    assert needs_encoder(NOTHING, NOTHING, scores, "üç kelime burada")
    found = with_encoder(NOTHING, NOTHING, scores, read, "üç kelime burada")
    assert found.level == CrisisLevel.SOFT, found
    message = crisis_message(found.level, "GB")
    assert message is not None and message.asks and message.resources
