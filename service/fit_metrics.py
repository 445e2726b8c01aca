"""Small statistics for fit scoring: ROC AUC, quadratic-weighted Cohen's kappa, confusion matrix."""
from __future__ import annotations

from typing import Sequence

TIER_ORDER = ("strong", "possible", "poor")


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


def confusion(expected: Sequence[str], predicted: Sequence[str], labels: Sequence[str] = TIER_ORDER) -> list[list[int]]:
    """matrix[i][j] = cases expected labels[i] and predicted labels[j]."""
    idx = {l: i for i, l in enumerate(labels)}
    m = [[0] * len(labels) for _ in labels]
    for e, p in zip(expected, predicted):
        m[idx[e]][idx[p]] += 1
    return m


def quadratic_kappa(expected: Sequence[str], predicted: Sequence[str], labels: Sequence[str] = TIER_ORDER) -> float:
    """Cohen's kappa with quadratic weights over the ordered labels (1 = perfect, 0 = chance)."""
    k = len(labels)
    m = confusion(expected, predicted, labels)
    n = sum(map(sum, m))
    if n == 0:
        return 0.0
    rows = [sum(r) for r in m]
    cols = [sum(m[i][j] for i in range(k)) for j in range(k)]
    w = [[(i - j) ** 2 / (k - 1) ** 2 for j in range(k)] for i in range(k)]
    observed = sum(w[i][j] * m[i][j] for i in range(k) for j in range(k)) / n
    chance = sum(w[i][j] * rows[i] * cols[j] for i in range(k) for j in range(k)) / (n * n)
    return 1.0 if chance == 0 else 1 - observed / chance


def format_confusion(m: list[list[int]], labels: Sequence[str] = TIER_ORDER) -> str:
    width = max(len(l) for l in labels) + 2
    head = "expected \\ scored".ljust(18) + "".join(l.rjust(width) for l in labels)
    lines = [head] + [labels[i].ljust(18) + "".join(str(v).rjust(width) for v in row) for i, row in enumerate(m)]
    return "\n".join(lines)
