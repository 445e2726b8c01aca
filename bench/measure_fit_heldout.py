"""Fit on the held-out pairs (evals/datasets/fit_heldout): two labellers, agreed pairs only, split by a hash
of the pair id into a tuning half and a test half. Tune on `--half tuning`; report `--half test`.
Prints tier accuracy, quadratic kappa, the confusion matrix, strong-tier precision and recall, and ROC AUC
of the fit score for posts the labellers called strong/possible against posts they called poor, per
workspace and pooled. Every figure carries its count. Run: .venv/bin/python bench/measure_fit_heldout.py --half test [-v]"""
from __future__ import annotations

import argparse

from _fit_env import setup


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--half", choices=("tuning", "test"), required=True)
    ap.add_argument("-v", action="store_true", help="list every disagreement with the labellers' reasons")
    args = ap.parse_args()
    setup()
    from evals.fit_eval import load_heldout, run_heldout
    from service.core.stats import TIERS, format_confusion, roc_auc

    res, scores = run_heldout(args.half)
    n = len(res.expected)
    if not n:
        print("no pairs (is ../shared/data/jobs.jsonl present?)")
        return
    print(f"half: {args.half}  agreed pairs: {n}  labels: " +
          ", ".join(f"{t} {res.expected.count(t)}" for t in TIERS))
    right = sum(e == p for e, p in zip(res.expected, res.predicted))
    print(f"tier accuracy: {right}/{n} = {right / n:.1%}   quadratic kappa: {res.kappa:.3f} (n={n})")
    print("confusion (rows = labellers, columns = Draftroom):")
    print(format_confusion(res.matrix))
    said_strong = [e for e, p in zip(res.expected, res.predicted) if p == "strong"]
    hit = said_strong.count("strong")
    print(f"strong-tier precision: {hit}/{len(said_strong)}" + (f" = {hit / len(said_strong):.0%}" if said_strong else "") +
          f"   strong recall: {hit}/{res.expected.count('strong')}  (strong labels are rare: treat as indicative)")
    poor_as_strong = sum(1 for e, p in zip(res.expected, res.predicted) if e == "poor" and p == "strong")
    print(f"labelled poor but scored strong: {poor_as_strong}/{res.expected.count('poor')}")
    print("ROC AUC, fit score, relevant (strong|possible) vs poor:")
    rel = [e != "poor" for e in res.expected]
    for ws in sorted(set(res.workspaces)) + ["(all, pooled)"]:
        idx = [i for i, w in enumerate(res.workspaces) if ws.startswith("(") or w == ws]
        pos = sum(rel[i] for i in idx)
        auc = roc_auc([scores[i] for i in idx], [rel[i] for i in idx]) if 0 < pos < len(idx) else None
        print(f"  {ws:<24} relevant {pos:>2} / unrelated {len(idx) - pos:>3}  AUC " + (f"{auc:.3f}" if auc is not None else "n/a"))
    if args.v:
        reasons = {p["pair_id"]: p["reasons"][0] for p in load_heldout(args.half)}
        for pid, e, p in res.misses():
            print(f"  MISS {pid}: labelled {e}, scored {p} -- {reasons[pid][:110]}")


if __name__ == "__main__":
    main()
