"""The one statistics module (runtime, evals and bench all use it): means, percentiles, confusion
matrices, Cohen's kappa (plain and quadratic-weighted), ROC AUC, bootstrap intervals, precision/recall.

Conventions, the same everywhere: ``percentile(xs, q)`` takes ``q`` in 0..1 and interpolates linearly
between closest ranks (numpy's default); every statistic that is undefined for its input (no values,
one class only) returns ``None`` rather than a number that looks like a result."""
from __future__ import annotations

import random
import statistics
from typing import Callable, Sequence

TIERS = ("strong", "possible", "poor")
TIER_ORDER = TIERS


def _present(xs: Sequence[float | None]) -> list[float]:
    return [x for x in xs if x is not None]


def mean(xs: Sequence[float | None]) -> float | None:
    xs = _present(xs)
    return sum(xs) / len(xs) if xs else None


def stdev(xs: Sequence[float | None]) -> float:
    xs = _present(xs)
    return statistics.pstdev(xs) if len(xs) > 1 else 0.0


def median(xs: Sequence[float | None]) -> float | None:
    return percentile(xs, 0.5)


def percentile(xs: Sequence[float | None], q: float) -> float | None:
    """Linear interpolation between closest ranks; ``q`` in 0..1. None for no values."""
    if not 0 <= q <= 1:
        raise ValueError("q must be between 0 and 1")
    xs = sorted(_present(xs))
    if not xs:
        return None
    k = (len(xs) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def summary(xs: Sequence[float | None], qs: Sequence[float] = (0.5, 0.75, 0.9, 0.95, 0.99)) -> dict:
    """n, mean, the given percentiles (keys p50, p75, …) and max: what benchmarks print."""
    xs = _present(xs)
    if not xs:
        return {"n": 0}
    out = {"n": len(xs), "mean": mean(xs)}
    out.update({f"p{round(q * 100)}": percentile(xs, q) for q in qs})
    out["max"] = max(xs)
    return out


def confusion(expected: Sequence[str], predicted: Sequence[str], labels: Sequence[str] = TIERS) -> list[list[int]]:
    """matrix[i][j] = number of cases expected labels[i] and predicted labels[j] (unknown labels skipped)."""
    idx = {label: i for i, label in enumerate(labels)}
    m = [[0] * len(labels) for _ in labels]
    for e, p in zip(expected, predicted):
        if e in idx and p in idx:
            m[idx[e]][idx[p]] += 1
    return m


def format_confusion(m: list[list[int]], labels: Sequence[str] = TIERS) -> str:
    width = max(len(label) for label in labels) + 2
    head = "expected \\ scored".ljust(18) + "".join(label.rjust(width) for label in labels)
    rows = [labels[i].ljust(18) + "".join(str(v).rjust(width) for v in row) for i, row in enumerate(m)]
    return "\n".join([head] + rows)


def accuracy(expected: Sequence[str], predicted: Sequence[str]) -> float | None:
    pairs = list(zip(expected, predicted))
    return sum(1 for e, p in pairs if e == p) / len(pairs) if pairs else None


def quadratic_kappa(expected: Sequence[str], predicted: Sequence[str], labels: Sequence[str] = TIERS) -> float | None:
    """Cohen's kappa with quadratic weights over ordered labels: 1 perfect, 0 chance. None if undefined
    (no cases, or both raters always gave one and the same label... then 1.0 when they agree)."""
    k = len(labels)
    m = confusion(expected, predicted, labels)
    n = sum(map(sum, m))
    if n == 0:
        return None
    rows = [sum(r) for r in m]
    cols = [sum(m[i][j] for i in range(k)) for j in range(k)]
    w = [[(i - j) ** 2 / (k - 1) ** 2 for j in range(k)] for i in range(k)]
    observed = sum(w[i][j] * m[i][j] for i in range(k) for j in range(k)) / n
    chance = sum(w[i][j] * rows[i] * cols[j] for i in range(k) for j in range(k)) / (n * n)
    if chance == 0:
        return 1.0 if observed == 0 else None
    return 1 - observed / chance


def cohen_kappa(a: Sequence[bool], b: Sequence[bool]) -> float | None:
    """Unweighted kappa for two binary raters (judge vs human). None when undefined."""
    n = len(a)
    if n == 0 or n != len(b):
        return None
    po = sum(1 for x, y in zip(a, b) if x == y) / n
    pa, pb = sum(a) / n, sum(b) / n
    pe = pa * pb + (1 - pa) * (1 - pb)
    if pe == 1:
        return 1.0 if po == 1 else None
    return (po - pe) / (1 - pe)


def roc_auc(scores: Sequence[float], labels: Sequence[bool]) -> float | None:
    """Probability that a random positive scores above a random negative (ties count half).
    None when either class is empty."""
    pairs = sorted(zip(scores, labels), key=lambda p: p[0])
    n_pos = sum(1 for _, y in pairs if y)
    n_neg = len(pairs) - n_pos
    if not n_pos or not n_neg:
        return None
    rank_sum, i = 0.0, 0
    while i < len(pairs):
        j = i
        while j < len(pairs) and pairs[j][0] == pairs[i][0]:
            j += 1
        avg_rank = (i + 1 + j) / 2  # ranks are 1-based
        rank_sum += avg_rank * sum(1 for _, y in pairs[i:j] if y)
        i = j
    return (rank_sum - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)


def bootstrap_ci(items: Sequence, stat: Callable[[Sequence], float | None], *, n: int = 1000,
                 alpha: float = 0.05, seed: int = 7) -> tuple[float, float] | None:
    """Percentile bootstrap interval of ``stat`` over ``items`` (fixed seed: reruns agree)."""
    items = list(items)
    if len(items) < 2:
        return None
    rng = random.Random(seed)
    values = []
    for _ in range(n):
        v = stat([items[rng.randrange(len(items))] for _ in items])
        if v is not None:
            values.append(v)
    if not values:
        return None
    return percentile(values, alpha / 2), percentile(values, 1 - alpha / 2)


def f1(predicted: set, expected: set) -> tuple[float, float, float]:
    """Precision, recall, F1 of two sets. Both empty = perfect."""
    if not predicted and not expected:
        return 1.0, 1.0, 1.0
    tp = len(predicted & expected)
    p = tp / len(predicted) if predicted else 0.0
    r = tp / len(expected) if expected else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)
