"""Ranking on real data: does a data-analytics workspace (evals/workspaces/data-analytics.yaml)
score that niche's posts in ../shared/data/jobs.jsonl above unrelated ones?

Label: category_group_heuristic == "data_ai" (a keyword guess, used only as a rough label).
Reports ROC AUC of the fit score (and of service_fit alone) for data_ai vs all other posts, and
vs clearly unrelated groups (marketing, design, writing, admin, finance). Run:
.venv/bin/python bench/measure_fit_ranking.py"""
from __future__ import annotations

import json
import time

from _fit_env import DATA, ROOT, setup

UNRELATED = {"marketing_sales", "design", "writing", "admin_support", "finance_legal_consulting"}


def main() -> None:
    setup()
    from service.core.stats import roc_auc
    from service.core.workspace import load_workspace
    from service.workflows.triage import score_record

    ws = load_workspace(ROOT / "evals" / "workspaces" / "data-analytics.yaml")
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    start = time.perf_counter()
    scored = []
    for row in rows:
        _, a = score_record(row, ws)
        service = next(c.score for c in a.criteria if c.name == "service_fit")
        scored.append((row.get("category_group_heuristic"), a.score, service, a.tier))
    wall = time.perf_counter() - start
    pos = [s for s in scored if s[0] == "data_ai"]
    print(f"posts: {len(scored)} (data_ai {len(pos)})  scored in {wall:.1f} s")
    for label, keep in (("data_ai vs all others", lambda g: True), ("data_ai vs unrelated groups", lambda g: g in UNRELATED),
                        ("data_ai vs dev", lambda g: g == "dev")):
        subset = [s for s in scored if s[0] == "data_ai" or keep(s[0])]
        y = [s[0] == "data_ai" for s in subset]
        print(f"{label:<30} n={len(subset):<5} AUC(score)={roc_auc([s[1] for s in subset], y):.3f}  "
              f"AUC(service_fit)={roc_auc([s[2] for s in subset], y):.3f}")
    for group in ("data_ai", "dev", "marketing_sales"):
        g = [s for s in scored if s[0] == group]
        share = {t: sum(1 for s in g if s[3] == t) / len(g) for t in ("strong", "possible", "poor")}
        print(f"{group:<16} tiers: " + "  ".join(f"{t} {v:.0%}" for t, v in share.items()))


if __name__ == "__main__":
    main()
