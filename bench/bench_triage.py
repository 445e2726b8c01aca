"""Triage every post in ../shared/data/jobs.jsonl with the offline engine (parse + extract + fit,
gateway calls recorded in the ledger, as `draftroom triage` does). Prints wall time and posts/s.
Goal: all 1,281 posts in under 30 s. Run: .venv/bin/python bench/bench_triage.py [--workspace FILE]"""
from __future__ import annotations

import argparse
import json
import time
from collections import Counter

from _fit_env import DATA, setup


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--workspace", default=None)
    args = ap.parse_args()
    setup()
    from service.core.config import DEMO_WORKSPACE
    from service.core.workspace import load_workspace
    from service.fit.assess import reason_codes
    from service.workflows.triage import score_record

    ws = load_workspace(args.workspace or DEMO_WORKSPACE)
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    tiers, reasons, by_rules, errors = Counter(), Counter(), 0, 0
    start, cpu0 = time.perf_counter(), time.process_time()
    for row in rows:
        try:
            _, a = score_record(row, ws)
        except Exception as exc:  # noqa: BLE001 - a benchmark reports failures instead of stopping
            errors += 1
            reasons[f"error:{exc.__class__.__name__}"] += 1
            continue
        tiers[a.tier] += 1
        by_rules += a.decided_by_rules
        reasons.update(reason_codes(a))
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu0
    print(f"posts: {len(rows)}  wall: {wall:.2f} s  rate: {len(rows) / wall:.0f} posts/s  (goal: < 30 s)")
    print(f"CPU: {cpu:.2f} s of this process  {len(rows) / cpu:.1f} posts per CPU-second  "
          f"({cpu * 1000 / len(rows):.1f} ms CPU/post; on a shared machine the CPU figure is the steadier one)")
    print(f"tiers: {dict(tiers)}  decided by rules (no judge_fit call): {by_rules}  errors: {errors}")
    print("top reasons:", ", ".join(f"{k} {v}" for k, v in reasons.most_common(6)))


if __name__ == "__main__":
    main()
