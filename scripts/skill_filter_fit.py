"""The arithmetic of scripts/train_skill_filter.py: a logistic regression with an L2 penalty
(Newton's method, numpy, only at development time), its scores, and F1 at a threshold."""

from __future__ import annotations

import numpy as np

PENALTY = 3.0


def matrix(table: list[dict[str, float]], names: list[str]) -> np.ndarray:
    return np.array([[r.get(n, 0.0) for n in names] for r in table], dtype=float)


def fit(
    x: np.ndarray, y: np.ndarray, penalty: float = PENALTY, weights: np.ndarray | None = None
) -> tuple[np.ndarray, ...]:
    """Standardised features (yes/no ones only centred), then Newton's method on the L2-penalised
    log-likelihood (each candidate counted `weights` times; once when None)."""
    sw = np.ones(len(y)) if weights is None else weights
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
        grad = z.T @ (sw * (p - y)) + reg * w
        hess = (z.T * (sw * p * (1 - p))) @ z + np.diag(reg + 1e-9)
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


def f_beta(p: float, r: float, beta: float) -> float:
    b2 = beta * beta
    return (1 + b2) * p * r / (b2 * p + r) if p + r else 0.0


def best_threshold(
    scores: np.ndarray, y: np.ndarray, labelled: int, beta: float = 1.0, min_recall: float = 0.0
) -> float:
    """The cut with the best F-beta (beta < 1 weighs precision more) on a grid of 0.01, among
    the cuts that keep recall at `min_recall` or more (all of them when none does)."""
    grid = np.round(np.arange(0.05, 0.90, 0.01), 2)
    enough = [t for t in grid if f1_at(scores, y, labelled, float(t))[2] >= min_recall]
    grid = np.array(enough) if enough else grid

    def key(t: float) -> tuple[float, float]:
        _f1, p, r, _tp, _found = f1_at(scores, y, labelled, t)
        return round(f_beta(p, r, beta), 4), -t

    return float(max(grid, key=key))


def curve(scores: np.ndarray, y: np.ndarray, labelled: int) -> list[str]:
    """Precision, recall, F1 and F0.5 at cuts 0.10 to 0.80 (to read, not to choose by eye)."""
    lines = []
    for t in np.round(np.arange(0.10, 0.81, 0.05), 2):
        f1, p, r, tp, found = f1_at(scores, y, labelled, float(t))
        lines.append(
            f"  cut {t:.2f}: P {p:.2f} R {r:.2f} F1 {f1:.2f} F0.5 {f_beta(p, r, 0.5):.2f} "
            f"(found {found}, right {tp})"
        )
    return lines
