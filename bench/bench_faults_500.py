"""Fault injection at 500 jobs: the fake model fails 30 % of requests (429 / 500 / timeout / malformed
JSON, evenly) → every job ends drafted or in needs_attention with its reason; retries stay within the
budget; nothing is duplicated. Then the faults stop and every needs_attention draft is retried: all of
them must end drafted, still one draft per job.

The scenario itself is the gateway helper's ``bench/fault_injection.py`` (``run``), reused unchanged;
this script runs it at 500 jobs on SQLite or PostgreSQL and adds the recovery pass.

    .venv/bin/python bench/bench_faults_500.py [--jobs 500] [--fault-rate 0.3] [--concurrency 16]
                                               [--db sqlite|postgres]
"""
from __future__ import annotations

import argparse
import os
import time
from collections import Counter

from _harness import machine, point_at, scratch_db


def recovery_pass(concurrency: int) -> dict:
    """Faults off: retry every needs_attention draft; count end states per job."""
    from sqlmodel import select

    from service.core.config import reset_settings
    from service.core.db import session_scope
    from service.core.errors import DraftroomError
    from service.core.models import Draft, Job
    from service.llm import reset_gateway
    from service.llm.batch import run_batch
    from service.llm.remote import reset_routers
    from service.workflows.retry import retry_draft
    from tests.fakes.fake_openai import FakeConfig, FakeOpenAI

    with FakeOpenAI(FakeConfig(seed=5)) as srv:
        os.environ["OPENAI_API_BASE"] = srv.base_url
        reset_settings()
        reset_gateway()
        reset_routers()
        with session_scope() as s:
            waiting = [d.id for d in s.exec(select(Draft).where(Draft.status == "needs_attention"))]
        start = time.perf_counter()
        results = run_batch(waiting, retry_draft, concurrency=concurrency, rpm=0)
        seconds = time.perf_counter() - start
    failed = Counter(r.error.code if isinstance(r.error, DraftroomError) else r.error.__class__.__name__
                     for r in results if not r.ok)
    with session_scope() as s:
        per_job = Counter(d.job_id for d in s.exec(select(Draft)))
        states = Counter(d.status for d in s.exec(select(Draft)))
        jobs = len(s.exec(select(Job.id)).all())
    return {"retried": len(waiting), "retry_seconds": round(seconds, 1), "retry_failures": dict(failed),
            "draft_states_after": dict(states), "jobs": jobs, "jobs_with_one_draft": sum(v == 1 for v in per_job.values()),
            "jobs_with_more_than_one": sum(v > 1 for v in per_job.values())}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--jobs", type=int, default=500)
    ap.add_argument("--fault-rate", type=float, default=0.3)
    ap.add_argument("--concurrency", type=int, default=16)
    ap.add_argument("--hang", type=float, default=1.0, help="seconds a timeout fault stalls (client timeout 0.5 s)")
    ap.add_argument("--db", choices=("sqlite", "postgres"), default="sqlite")
    a = ap.parse_args()
    os.environ.setdefault("INITIAL_RETRY_DELAY", "0.05")
    print(f"machine: {machine()}")
    import fault_injection  # the gateway helper's scenario (bench/fault_injection.py)

    with scratch_db(a.db) as url:
        point_at(url)
        print(f"[{a.db}] phase 1: {a.jobs} jobs, {a.fault_rate:.0%} of model requests fail "
              f"(429/500/timeout/garbage), concurrency {a.concurrency}")
        figures = fault_injection.run(a.jobs, a.fault_rate, a.concurrency, hang_s=a.hang)
        ok1 = (figures.get("lost_job", 0) == figures.get("lost_draft", 0) == figures.get("duplicated", 0) == 0
               and figures["calls_over_budget"] == 0
               and figures.get("drafted", 0) + figures.get("needs_attention", 0) == a.jobs)
        print(f"[{a.db}] phase 1 RESULT: " + ("every job drafted or in needs_attention with its reason; none lost, "
                                             "none duplicated, every call within its retry budget" if ok1 else "FAILED"))
        print(f"[{a.db}] phase 2: faults off, retry every needs_attention draft")
        rec = recovery_pass(a.concurrency)
        for k, v in rec.items():
            print(f"{k:>26}: {v}")
        ok2 = (not rec["retry_failures"] and rec["jobs_with_more_than_one"] == 0
               and rec["draft_states_after"].get("pending_review", 0) == a.jobs)
        print(f"[{a.db}] phase 2 RESULT: " + ("every job drafted, one draft per job" if ok2 else "FAILED"))
    raise SystemExit(0 if ok1 and ok2 else 1)


if __name__ == "__main__":
    main()
