"""Round 16 (speed): the faster crisis check decides exactly as the old one did.

The old path is kept here, verbatim: the phrase-list reader that ran every pattern on every
sentence (crisis_multi.read before round 16) and the n-gram model's per-sentence sums over
feature strings (CrisisModel._raw(sentence_features(s))). The new path skips a pattern (or the idioms' expression) when
the text lacks every string the pattern needs (crisis_needs.py) and looks each word's feature
ids up once per process. Both run over every text of corpora/crisis and generated long and odd
inputs, and must give the same level, the same signs (the reasons) and the same languages.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery import crisis, crisis_model, crisis_multi
from bounceback.recovery.crisis_encoder import EncoderScores
from bounceback.recovery.crisis_lexicon import Lexicon, available, lexicon
from bounceback.recovery.crisis_model import CLASSES, CrisisModel, sentence_features
from bounceback.recovery.crisis_multi import (
    SELF_EVIDENT,
    about_other,
    denied,
    negated,
    negated_inside,
    nothing_but,
)
from bounceback.recovery.crisis_needs import may_match, needs
from bounceback.recovery.crisis_urgent import SECRET, TONIGHT, clause_at
from recovery.corpus_share import at_least, share

CRISIS = Path(__file__).resolve().parents[2] / "corpora" / "crisis"
pytestmark = pytest.mark.slow


def old_without_idioms(sentence: str, lex: Lexicon) -> str:
    """crisis_multi.without_idioms before round 16: the idioms' expression on every sentence."""
    if lex.idiom_re is None:
        return sentence
    while True:
        cleaned = lex.idiom_re.sub(" ", sentence)
        if cleaned == sentence:
            return sentence
        sentence = cleaned


def old_read(parts: list[str], lex: Lexicon) -> list[tuple[str, CrisisLevel]]:
    """crisis_multi.read as it was before round 16 (main 9a4d967): every pattern, every sentence."""
    found: list[tuple[str, CrisisLevel]] = []
    cleaned = [old_without_idioms(sentence, lex) for sentence in parts]
    secret = bool(lex.joking) and SECRET.search(" | ".join(parts)) is not None
    for sentence, clean in zip(parts, cleaned, strict=True):
        joking = not secret and any(p.search(sentence) for p in lex.joking)
        reassured = lex.reassure is not None and bool(lex.reassure.search(clean))
        fiction = lex.fiction is not None and bool(lex.fiction.search(clean))
        for name, pattern in lex.explicit:
            for match in pattern.finditer(clean):
                if not nothing_but(clean, match) and (
                        negated(clean, match.start(), lex) or negated_inside(match, lex)):
                    if not reassured:
                        found.append((name + ":softened", CrisisLevel.SOFT))
                    else:
                        found.append((name + ":reassured", CrisisLevel.NONE))
                elif not nothing_but(clean, match) and denied(clean, match, lex):
                    found.append((name + ":softened", CrisisLevel.SOFT))
                elif not name.endswith(SELF_EVIDENT) and about_other(clean, match.start(), lex):
                    if not fiction:
                        found.append((name + ":softened", CrisisLevel.SOFT))
                elif joking and not TONIGHT.search(clause_at(clean, match.start(), match.end())):
                    found.append((name + ":softened", CrisisLevel.SOFT))
                else:
                    found.append((name, CrisisLevel.EXPLICIT))
        for name, pattern in lex.heavy:
            for match in pattern.finditer(clean):
                if negated(clean, match.start(), lex):
                    found.append((name + ":negated", CrisisLevel.NONE))
                else:
                    found.append((name, CrisisLevel.SOFT))
    if lex.together:
        joined = " | ".join(cleaned)
        for name, pattern in lex.together:
            if pattern.search(joined):
                found.append((name, CrisisLevel.EXPLICIT))
    return found


# Round 19: a model with floors (crisis_model.CrisisModel, round 18) sums every model's weights
# in one pass over one feature index. The old path knew one model: here each model is summed
# alone, over its own index and weights as its file holds them, and the sums put side by side.
_ALONE: dict[int, tuple[CrisisModel, ...]] = {}


def with_floors(own: CrisisModel, floors: list[CrisisModel]) -> CrisisModel:
    """own floored by floors, with the models it is made of kept for the old path."""
    model = own.floored(floors)
    _ALONE[id(model)] = (own, *floors)
    return model


def alone(model: CrisisModel) -> tuple[CrisisModel, ...]:
    """The models a reading of `model` sums, each as read alone (itself when it has no floors)."""
    if not model.floors:
        return (model,)
    if id(model) not in _ALONE and model is crisis_model.shipped_model():
        own = crisis_model.read_model(crisis_model.MODEL_PATH)
        floors = [CrisisModel.from_json(d) for d in crisis_model.read_floors()]
        _ALONE[id(model)] = (own, *floors)
    assert id(model) in _ALONE, "a model with floors the old path does not know"
    return _ALONE[id(model)]


def old_sentence_raw(self: CrisisModel, sentence: str) -> tuple[np.ndarray, int]:
    """The n-gram model's sums before round 16: every feature string looked up each time (each
    model alone, for a model with floors)."""
    features = sentence_features(sentence)
    totals = []
    for model in alone(self):
        assert not model.floors
        get = model.index.get
        ids = [i for i in (get(f) for f in features) if i is not None]
        totals.append(model.weights[ids].sum(axis=0) if ids else np.zeros(len(CLASSES)))
    return np.concatenate(totals), len(features)


@contextmanager
def old_path(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    with monkeypatch.context() as patch:
        patch.setattr(crisis_multi, "read", old_read)
        patch.setattr(crisis, "read_language", old_read)
        patch.setattr(crisis_multi, "without_idioms", old_without_idioms)
        patch.setattr(crisis_model, "without_idioms", old_without_idioms)
        patch.setattr(CrisisModel, "_sentence_raw", old_sentence_raw)
        yield


def corpus_texts() -> list[str]:
    texts: list[str] = []
    for path in [*sorted((CRISIS / "authors").glob("*.jsonl")), *sorted(CRISIS.glob("*.jsonl"))]:
        texts += [json.loads(line)["text"] for line in
                  path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts


def generated(texts: list[str]) -> list[str]:
    """Long and odd inputs: empty, blank, emoji only, 10 KB, mixed scripts, noise."""
    rng = random.Random(16)
    by_script = {name: [t for t in texts if re.search(pattern, t)][:50] for name, pattern in (
        ("cyrillic", "[\u0400-\u04ff]"), ("arabic", "[\u0600-\u06ff]"),
        ("devanagari", "[\u0900-\u097f]"), ("han", "[\u4e00-\u9fff]"), ("latin", "^[ -~]+$"))}
    out = ["", " ", "\n\n\t", ".", "?!...", "😂", "😂😂😂 🙄🙄", "💀" * 400, "🙂 " * 3000,
           "a" * 10_000, "kms", "KMS!!!", "x" * 50 + " " + "y" * 50, "\u200b\u200b",
           "ذذذذذذ", "ййййййй", "死死死死死死"]
    for _ in range(60):
        picks = [rng.choice(group) for group in by_script.values() if group]
        rng.shuffle(picks)
        out.append(rng.choice([" ", ". ", "\n", " | ", "，"]).join(picks))
    for size in (1_000, 2_000, 3_000, 10_000, 10_000):
        parts: list[str] = []
        while sum(len(p) + 1 for p in parts) < size:
            parts.append(rng.choice(texts))
        out.append(" ".join(parts)[:size])
        out.append(" ".join(parts).replace(".", ",")[:size])  # one run-on sentence
        out.append(" ".join(p.replace(".", "") for p in parts)[:size])
    alphabet = "".join(sorted({c for t in texts[::50] for c in t}))
    for _ in range(60):
        out.append("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 400))))
    for _ in range(40):
        words = [w for t in rng.sample(texts, 6) for w in t.split()]
        rng.shuffle(words)
        out.append(" ".join(words))
    return out


@pytest.fixture(scope="module")
def everything() -> list[str]:
    texts = corpus_texts()
    assert len(texts) > 10_000
    return texts + generated(texts)


@pytest.fixture(scope="module")
def inputs(everything: list[str]) -> list[str]:
    """Round 20: every 4th corpus text and every generated input (the whole corpus with
    BOUNCEBACK_FULL_ORACLES=1, tests/recovery/corpus_share.py)."""
    texts = corpus_texts()
    return share(texts, 4) + everything[len(texts):]


def a_floor(texts: list[str]) -> CrisisModel:
    """An earlier model unlike the shipped one, as a floor: a third of its features with other
    weights, and features it lacks that the texts have (a floor's own features: the one index
    holds them after the current model's)."""
    own = crisis_model.read_model(crisis_model.MODEL_PATH)
    vocabulary = sorted(own.index, key=own.index.__getitem__)[::3]
    lacking = sorted({f for t in texts[::40] for f in crisis_model.text_features(t)}
                     - own.index.keys())
    assert len(lacking) > 1000
    vocabulary += lacking[::2]
    rng = np.random.default_rng(19)
    weights = rng.normal(0.0, 0.6, (len(vocabulary), len(CLASSES)))
    return CrisisModel(vocabulary, weights, own.bias + np.array([0.4, 0.1, -0.3]))


@pytest.fixture(scope="module")
def floored(everything: list[str]) -> CrisisModel:
    """The shipped model with the floors it has and one more, unlike it."""
    own = crisis_model.read_model(crisis_model.MODEL_PATH)
    floors = [CrisisModel.from_json(d) for d in crisis_model.read_floors()]
    return with_floors(own, [*floors, a_floor(everything)])


def _reading(text: str) -> EncoderScores:
    """A stand-in for the encoder's reading, fixed per text and spread over [0, 1] (the encoder
    is unchanged by round 16: what is compared is how both paths decide around it)."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    explicit = digest[0] / 255
    return EncoderScores(explicit, min(1.0, explicit + digest[1] / 255 * (1 - explicit)))


def _compare(texts: list[str], monkeypatch: pytest.MonkeyPatch) -> list[crisis.CrisisCheck]:
    new = [crisis.assess(t) for t in texts]
    with old_path(monkeypatch):
        old = [crisis.assess(t) for t in texts]
    differ = [(t[:80], o, n) for t, o, n in zip(texts, old, new, strict=True) if o != n]
    assert not differ, differ[:5]
    return new


def test_old_and_new_paths_decide_alike(inputs: list[str],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """A share of corpora/crisis (every 4th text; every one with BOUNCEBACK_FULL_ORACLES=1)
    and every generated input: the same level, signs and
    languages, with a fixed stand-in reading wherever the decision asks for the encoder."""
    asked: list[str] = []

    def stand_in(text: str) -> EncoderScores:
        asked.append(text)
        return _reading(text)

    monkeypatch.setattr(crisis, "encoder_scores", stand_in)
    new = _compare(inputs, monkeypatch)
    assert {c.level for c in new} == set(CrisisLevel)  # every level was decided somewhere
    assert len(asked) > at_least(1000, 4)  # and the encoder's branch was taken


def test_old_and_new_paths_decide_alike_with_floors(inputs: list[str], floored: CrisisModel,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Round 19: the same with a model that has floors (each model summed alone on the old
    path), on every third input; the floor changes decisions, so it is really read."""
    monkeypatch.setattr(crisis, "encoder_scores", _reading)
    texts = inputs[::3]
    plain = [crisis.assess(t) for t in texts]
    monkeypatch.setattr(crisis, "shipped_model", lambda: floored)
    new = _compare(texts, monkeypatch)
    assert sum(a.level != b.level for a, b in zip(new, plain, strict=True)) > 10


def test_old_and_new_paths_decide_alike_with_the_encoder(
        inputs: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Every 10th input with the real encoder, its reading computed once per text."""
    read: dict[str, EncoderScores | None] = {}
    real = crisis.encoder_scores

    def once(text: str) -> EncoderScores | None:
        if text not in read:
            read[text] = real(text)
        return read[text]

    monkeypatch.setattr(crisis, "encoder_scores", once)
    _compare(inputs[::10], monkeypatch)
    assert any(r is not None for r in read.values())


def test_the_old_path_is_really_the_old_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """A negative control: the patched-in old reader is the one crisis.py calls."""
    calls: list[int] = []

    def counting(parts: list[str], lex: Lexicon) -> list[tuple[str, CrisisLevel]]:
        calls.append(1)
        return old_read(parts, lex)

    monkeypatch.setattr(crisis, "read_language", counting)
    crisis.rules_only("quiero morir")
    assert calls


@pytest.mark.parametrize("which", ["shipped", "floored"])
def test_model_sums_are_identical(inputs: list[str], floored: CrisisModel, which: str) -> None:
    """The n-gram model's per-sentence sums, bit for bit, cached and not (round 19: also with
    one floor more than the shipped model has, each model's sums side by side)."""
    model = crisis_model.shipped_model() if which == "shipped" else floored
    assert len(alone(model)) == 1 + len(model.floors)
    for text in inputs[::3]:
        for sentence in crisis_model.text_sentences(text):
            old_total, old_count = old_sentence_raw(model, sentence)
            for _ in range(2):  # the second time from the cache of word ids
                total, count = model._sentence_raw(sentence)
                assert count == old_count
                assert np.array_equal(total, old_total)


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"\b(quiero|quisiera) (\w+ )?morir\b", {"morir"}),
    (r"\b(tirarme|saltar) (del|de un)\b", {"tirarme", "saltar"}),
    (r"\bkms\b|\bunalive me\b", {"kms", "unalive me"}),
    (r"\b(a|b)?c", {"c"}),
    (r"\b\w+ (xy|yz)", {"xy", "yz"}),
    (r"(?:ab)+cde", {"cde"}),
    (r"\b(ab|\w)", None),  # one option needs nothing
    (r"[a-z]+", None),
    (r"(?i)morir", None),  # case folded: no test
    (r"(?i:morir)", None),
])
def test_needs(pattern: str, expected: set[str] | None) -> None:
    found = needs(re.compile(pattern))
    assert (set(found) if found is not None else None) == expected


def test_needs_never_skip_a_pattern_that_matches(inputs: list[str]) -> None:
    """For every pattern of every list, on every sentence where it matches, its needs hold (the
    idioms removed, as the reader sees the sentence)."""
    sentences = {s for t in inputs[::16] for s in crisis_multi.sentences(crisis.fold(t))}
    for lang in (*available(), "global"):
        lex = lexicon(lang)
        assert lex is not None
        patterns = [*zip(lex.explicit, lex.explicit_needs, strict=True),
                    *zip(lex.heavy, lex.heavy_needs, strict=True)]
        for sentence in sentences:
            if lex.idiom_re is not None and not may_match(lex.idiom_needs, sentence):
                assert lex.idiom_re.search(sentence) is None, (lang, sentence)
            clean = old_without_idioms(sentence, lex)
            assert crisis_multi.without_idioms(sentence, lex) == clean
            for (name, pattern), needed in patterns:
                if not may_match(needed, clean):
                    assert pattern.search(clean) is None, (lang, name, clean)
