"""The team-written labelled set (evals/datasets/fit): agreement floors per workspace."""
from __future__ import annotations

from collections import Counter

import pytest

from evals.fit_eval import load_cases, run_eval
from service.core.stats import confusion, quadratic_kappa, roc_auc

FLOOR_ACCURACY = 0.85
FLOOR_KAPPA = 0.85


@pytest.fixture
def result(db):
    return run_eval(load_cases())


def test_labelled_set_is_big_enough_and_covers_two_workspaces():
    cases = load_cases()
    assert len(cases) >= 60
    per_ws = Counter(c["workspace"] for c in cases)
    assert per_ws["demo"] >= 30 and per_ws["copywriter"] >= 20
    for ws in ("demo", "copywriter"):
        assert {c["expected_tier"] for c in cases if c["workspace"] == ws} == {"strong", "possible", "poor"}


@pytest.mark.parametrize("workspace", ["demo", "copywriter"])
def test_tier_agreement_floor(result, workspace):
    sub = result.subset(workspace)
    assert sub.accuracy >= FLOOR_ACCURACY, f"{workspace}: accuracy {sub.accuracy:.3f}; misses {sub.misses()}"
    assert sub.kappa >= FLOOR_KAPPA, f"{workspace}: quadratic kappa {sub.kappa:.3f}; misses {sub.misses()}"


def test_no_strong_job_is_scored_poor_or_the_reverse(result):
    m = result.matrix
    assert m[0][2] == 0 and m[2][0] == 0, m


def test_metrics_are_correct_on_known_inputs():
    assert quadratic_kappa(["strong", "possible", "poor"], ["strong", "possible", "poor"]) == 1.0
    assert quadratic_kappa(["strong", "poor"], ["poor", "strong"]) < 0
    assert confusion(["strong", "poor"], ["possible", "poor"]) == [[0, 1, 0], [0, 0, 0], [0, 0, 1]]
    assert roc_auc([1, 2, 3, 4], [False, False, True, True]) == 1.0
    assert roc_auc([1, 1], [True, False]) == 0.5
    assert roc_auc([1, 2], [True, True]) is None
