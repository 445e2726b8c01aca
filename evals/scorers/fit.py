"""Fit scorers. Per case: the tier matches the label, and never the opposite tier (strong <-> poor is
critical). Over the suite: accuracy, quadratic-weighted kappa, confusion matrix, bootstrap CIs."""
from __future__ import annotations

from evals.core import Case, ScoreResult, score
from service.core.stats import TIERS, bootstrap_ci, confusion, quadratic_kappa


def score_fit(case: Case, output: dict) -> list[ScoreResult]:
    expected = case.expected.get("tier")
    got = output.get("tier")
    if got not in TIERS:
        return [score("tier_valid", False, f"tier {got!r} is not one of {', '.join(TIERS)}", critical=True)]
    results = [score("tier_valid", True, f"tier {got}", critical=True)]
    if expected is None:  # unlabelled (real posts): only validity and the distribution are reported
        return results
    results.append(score("tier_match", got == expected, f"expected {expected}, scored {got} ({output.get('score')})"))
    opposite = {expected, got} == {"strong", "poor"}
    results.append(score("tier_not_opposite", not opposite,
                         "off by two tiers" if opposite else "within one tier", critical=True))
    if case.expected.get("disqualifier"):
        ids = [d.get("id") for d in output.get("disqualifiers") or []]
        want = case.expected["disqualifier"]
        results.append(score("disqualifier_hit", want in ids, f"disqualifiers {ids}; expected {want}", critical=True))
    return results


def fit_metrics(pairs: list[tuple[str, str]]) -> dict:
    """``pairs`` = (expected, predicted) for every labelled, non-error case."""
    if not pairs:
        return {}
    exp = [e for e, _ in pairs]
    pred = [p for _, p in pairs]

    def acc(items):
        return sum(1 for e, p in items if e == p) / len(items)

    def kappa(items):
        return quadratic_kappa([e for e, _ in items], [p for _, p in items])

    out = {"fit.accuracy": acc(pairs), "fit.qwk": quadratic_kappa(exp, pred),
           "fit.confusion": {"labels": list(TIERS), "matrix": confusion(exp, pred)}, "fit.n_labelled": len(pairs)}
    ci = bootstrap_ci(pairs, acc)
    if ci:
        out["fit.accuracy_ci95"] = list(ci)
    ci = bootstrap_ci(pairs, kappa)
    if ci:
        out["fit.qwk_ci95"] = list(ci)
    return out
