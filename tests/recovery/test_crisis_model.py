"""The crisis check's statistical layer: the shipped file, rebuilding it, cross-set floors."""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

import numpy as np
import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess
from bounceback.recovery.crisis_model import (
    CLASSES,
    FORMAT_VERSION,
    MODEL_PATH,
    read_model,
    shipped_model,
)
from bounceback.recovery.crisis_training import (
    AUTHORS,
    EMAIL_WEIGHT,
    HEAD_ROUNDS,
    RETIRED,
    RETIRED_ROUNDS,
    RETIRED_WEIGHT,
    SET_A,
    SET_D,
    TRAINED_ROUNDS,
    Example,
    corpus,
    model_bytes,
    sample_weights,
    summary,
    train,
)

ROOT = Path(__file__).resolve().parents[2]


def test_model_file_loads_and_has_a_format_version() -> None:
    data = json.loads(gzip.decompress(MODEL_PATH.read_bytes()))
    assert data["format_version"] == FORMAT_VERSION
    assert data["classes"] == ["explicit", "soft", "none"]
    assert len(data["weights"]) == 3 * len(data["vocabulary"]) > 1000
    model = shipped_model()
    assert model.score("i want to kill myself").explicit > model.score("i nailed it").explicit


def test_a_wrong_format_says_how_to_rebuild(tmp_path: Path) -> None:
    bad = tmp_path / "model.json.gz"
    bad.write_bytes(gzip.compress(json.dumps({"format_version": 0}).encode()))
    with pytest.raises(ValueError, match="train_crisis_model"):
        read_model(bad)


@pytest.mark.slow
def test_rebuilding_from_the_corpora_gives_the_same_file() -> None:
    examples = corpus(ROOT)
    sources = {e.source for e in examples}
    assert {"A", "D", "tests"} < sources
    assert {s for s in sources if s.startswith("author:")} == {
        "author:A", "author:B", "author:E", "author:F", "author:G", "author:K", "author:M",
        "author:N", "author:Q", "author:U", "author:V", "author:W", "author:Y", "author:AA",
        "author:AB", "author:AC"}
    assert any(s.startswith("emails:") for s in sources)
    assert {s for s in sources if s.startswith("retired:")} == {
        f"retired:round{k}" for k in TRAINED_ROUNDS}
    assert {e.level for e in examples if e.source.startswith("emails:")} == {"none"}
    assert all("heldout" not in str(p) and "corpora/blind" not in str(p)
               for p in (SET_A, SET_D, AUTHORS))
    assert {e.lang for e in examples} >= {"en", "es", "de", "fr", "pt", "it", "nl", "pl", "tr",
                                          "ru", "uk", "ar", "hi", "zh"}
    # Digests, not the bytes: on a mismatch pytest's diff of two files of megabytes ran for
    # hours (round 19's CI never finished: a phrase taken out of the tests' lists, which are
    # training data, left the shipped file one rebuild behind).
    rebuilt, shipped = model_bytes(train(examples)), MODEL_PATH.read_bytes()
    same = hashlib.sha256(rebuilt).hexdigest() == hashlib.sha256(shipped).hexdigest()
    assert same, ("the training texts changed (the tests' phrase lists are training data): run "
                  f"scripts/train_crisis_model.py and commit the model ({len(rebuilt)} bytes "
                  f"rebuilt, {len(shipped)} shipped)")


def test_the_retired_rounds_are_read_whole_and_a_fold_can_leave_one_out() -> None:
    # Round 27: the strangers' retired rounds are read for the guards and, once a retraining on
    # them passes the guards, for training (TRAINED_ROUNDS); the leave-one-round-out script
    # (scripts/crisis_retired_heldout.py) must hold its round out of a fold's training.
    everything, without = corpus(ROOT, RETIRED_ROUNDS), corpus(ROOT, rounds=())
    assert everything[:len(without)] == without
    retired = everything[len(without):]
    assert {e.source for e in retired} == {f"retired:round{k}" for k in RETIRED_ROUNDS}
    assert {e.level for e in retired} == {"explicit", "soft", "none"}
    assert len({e.lang for e in retired}) == 14 and len(retired) >= 8 * 700
    assert "blind" not in str(RETIRED)
    fold = corpus(ROOT, rounds=[k for k in RETIRED_ROUNDS if k != 12])
    assert "retired:round12" not in {e.source for e in fold}
    assert len(fold) == len(everything) - sum(e.source == "retired:round12" for e in retired)
    trained = {e.source for e in corpus(ROOT)} - {e.source for e in without}
    assert trained == {f"retired:round{k}" for k in TRAINED_ROUNDS}


def test_the_strangers_notes_and_the_emails_weigh_less_than_a_helpers_text() -> None:
    # Round 28: trained at full weight the retired notes raised ordinary training texts to the
    # full message (crisis34); each weighs RETIRED_WEIGHT of a helper's text of its level, an
    # email EMAIL_WEIGHT, and the encoder's head trains on no retired round (HEAD_ROUNDS).
    examples = [Example("a", "none", "author:A"), Example("b", "none", "retired:round8"),
                Example("c", "none", "emails:A"), Example("d", "explicit", "author:A"),
                Example("e", "explicit", "retired:round9")]
    w = sample_weights(examples, np.array([CLASSES.index(e.level) for e in examples]))
    assert w.sum() == pytest.approx(1)
    assert w[1] / w[0] == pytest.approx(RETIRED_WEIGHT) and w[2] / w[0] == pytest.approx(EMAIL_WEIGHT)
    assert w[4] / w[3] == pytest.approx(RETIRED_WEIGHT)
    assert 0 < RETIRED_WEIGHT < 1 and HEAD_ROUNDS == ()


def _confusion(held: list[Example], kept: list[Example]) -> dict[str, float]:
    from collections import Counter

    model = train(kept)
    return summary(Counter((e.level, assess(e.text, model).level.value) for e in held))


@pytest.mark.slow
def test_trained_on_set_a_it_generalises_to_set_d() -> None:
    # Floors a little under the measured cross-set figures (docs/crisis-safety.md): trained on
    # A and the test phrases, tested on D which it never saw. Measured with the round-3
    # thresholds: 75 % full message, 88 % any note, the full message on 3 of 70 ordinary texts
    # (a model trained on one small English set fires more often than the shipped one).
    examples = corpus(ROOT)
    tests = [e for e in examples if e.source == "tests"]
    figures = _confusion(
        [e for e in examples if e.source == "D"],
        [e for e in examples if e.source == "A"] + tests,
    )
    assert figures["explicit_any_note"] >= 0.85
    assert figures["explicit_as_explicit"] >= 0.7
    assert figures["none_explicit"] <= 0.05
    assert figures["none_soft"] <= 0.06


@pytest.mark.parametrize(
    "text",
    [
        "we crushed the quarterly targets at my last job",
        "the hiring freeze killed three of my applications",
        "i'm dead keen on the product role",
        "that coffee saved my life this morning",
        "the bus was so full i thought i would die, anyway i made it on time",
        "my old team lead is a killer at negotiation",
        "i shot my shot and sent the follow-up email",
        "honestly the portfolio review went fine, onwards",
        "the recruiter's silence is deafening but i'll chase on monday",
        "i cut my cover letter down to one page",
    ],
)
def test_harmless_idioms_stay_silent(text: str) -> None:
    # Written for this test, never used for training.
    assert assess(text).level == CrisisLevel.NONE, (text, shipped_model().score(text))


@pytest.mark.parametrize(
    "text",
    [
        # an employer's words, pasted as the rejection's own text (the model once asked about
        # the first: "decided" reads like a plan)
        "We have decided to move forward with other candidates.",
        "After careful consideration we decided not to proceed.",
        "Unfortunately we will not be moving forward with your application.",
    ],
)
def test_an_employers_rejection_words_get_no_card(text: str) -> None:
    assert assess(text).level == CrisisLevel.NONE, (text, shipped_model().score(text))


@pytest.mark.parametrize(
    "text",
    [
        "been looking up how many of my tablets it would take",
        "i dont think the world needs me in it any more",
        "i've started writing letters to my kids in case i'm not around",
    ],
)
def test_unseen_worrying_phrasings_get_at_least_a_note(text: str) -> None:
    # Written for this test, never used for training.
    assert assess(text).level != CrisisLevel.NONE, (text, shipped_model().score(text))


def test_the_model_never_lowers_what_the_rules_found() -> None:
    assert assess("I want to kill myself").level == CrisisLevel.EXPLICIT
    assert assess("I'm not suicidal, but lately everything feels pointless").level == CrisisLevel.SOFT


@pytest.mark.parametrize("text", ["tired", "so done", "meh"])
def test_a_word_or_two_is_left_to_the_rules(text: str) -> None:
    # the model reads too little of a check-in's one word to ask about it
    assert assess(text).level == CrisisLevel.NONE, (text, shipped_model().score(text))
    assert assess("kms").level == CrisisLevel.EXPLICIT
