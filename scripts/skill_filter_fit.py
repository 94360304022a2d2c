"""The arithmetic of scripts/train_skill_filter.py: a logistic regression with an L2 penalty
(Newton's method, numpy, only at development time), its scores, and F1 at a threshold."""

from __future__ import annotations

import numpy as np

PENALTY = 3.0


def matrix(table: list[dict[str, float]], names: list[str]) -> np.ndarray:
    return np.array([[r.get(n, 0.0) for n in names] for r in table], dtype=float)


def fit(x: np.ndarray, y: np.ndarray, penalty: float = PENALTY) -> tuple[np.ndarray, ...]:
    """Standardised features (yes/no ones only centred), then Newton's method on the L2-penalised log-likelihood."""
    means = x.mean(axis=0)
    scales = x.std(axis=0)
    # A yes/no feature keeps its own scale, so that a rare one (a few candidates in a thousand)
    # is not blown up by its small spread and is held back by the penalty instead.
    binary = np.all((x == 0) | (x == 1), axis=0)
    scales[binary | (scales < 1e-9)] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - means) / scales])
    w = np.zeros(z.shape[1])
    reg = np.full(z.shape[1], penalty)
    reg[0] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(z @ w, -30, 30)))
        grad = z.T @ (p - y) + reg * w
        hess = (z.T * (p * (1 - p))) @ z + np.diag(reg + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-10:
            break
    return w, means, scales


def predict(w: np.ndarray, means: np.ndarray, scales: np.ndarray, x: np.ndarray) -> np.ndarray:
    z = np.hstack([np.ones((len(x), 1)), (x - means) / scales])
    return 1.0 / (1.0 + np.exp(-np.clip(z @ w, -30, 30)))


def f1_at(scores: np.ndarray, y: np.ndarray, labelled: int, threshold: float) -> tuple[float, ...]:
    kept = scores >= threshold
    tp = int((kept & (y == 1)).sum())
    found = int(kept.sum())
    p = tp / found if found else 0.0
    r = tp / labelled if labelled else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), p, r, tp, found


def best_threshold(scores: np.ndarray, y: np.ndarray, labelled: int) -> float:
    grid = np.round(np.arange(0.05, 0.90, 0.01), 2)
    return float(max(grid, key=lambda t: (round(f1_at(scores, y, labelled, t)[0], 4), -t)))
