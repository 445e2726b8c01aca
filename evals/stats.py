"""Small, dependency-free statistics for the eval suites (pure functions, deterministic)."""
from __future__ import annotations

import random
import statistics
from typing import Callable, Sequence

from service.review_diff import levenshtein  # noqa: F401  (re-exported for evals)

TIERS = ("strong", "possible", "poor")


def mean(xs: Sequence[float]) -> float | None:
    xs = [x for x in xs if x is not None]
    return sum(xs) / len(xs) if xs else None


def stdev(xs: Sequence[float]) -> float:
    xs = [x for x in xs if x is not None]
    return statistics.pstdev(xs) if len(xs) > 1 else 0.0


def median(xs: Sequence[float]) -> float | None:
    xs = [x for x in xs if x is not None]
    return statistics.median(xs) if xs else None


def percentile(xs: Sequence[float], q: float) -> float | None:
    xs = sorted(x for x in xs if x is not None)
    if not xs:
        return None
    k = (len(xs) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def confusion(expected: Sequence[str], predicted: Sequence[str], labels: Sequence[str] = TIERS) -> list[list[int]]:
    """matrix[i][j] = number of cases expected labels[i] and predicted labels[j]."""
    idx = {label: i for i, label in enumerate(labels)}
    m = [[0] * len(labels) for _ in labels]
    for e, p in zip(expected, predicted):
        if e in idx and p in idx:
            m[idx[e]][idx[p]] += 1
    return m


def quadratic_kappa(expected: Sequence[str], predicted: Sequence[str], labels: Sequence[str] = TIERS) -> float | None:
    """Cohen's kappa with quadratic weights over ordered labels: 1 perfect, 0 chance. None if undefined."""
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
    values.sort()
    return (values[int(alpha / 2 * (len(values) - 1))], values[int((1 - alpha / 2) * (len(values) - 1))])


def f1(predicted: set, expected: set) -> tuple[float, float, float]:
    """Precision, recall, F1 of two sets. Both empty = perfect."""
    if not predicted and not expected:
        return 1.0, 1.0, 1.0
    tp = len(predicted & expected)
    p = tp / len(predicted) if predicted else 0.0
    r = tp / len(expected) if expected else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)
