"""Fault injection: N team-written jobs drafted through the real litellm + instructor path against the
fake OpenAI server failing a share of calls (mixed 429 / 500 / timeout / malformed JSON).

Checks that every job ends either drafted (pending_review) or in needs_attention with a reason, none
lost and none duplicated, and that no gateway call went over its retry budget. Prints figures.

    .venv/bin/python bench/fault_injection.py --jobs 200 --fault-rate 0.3 --concurrency 16
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SERVICES = ["React dashboard", "Django REST API", "Shopify theme fix", "data pipeline in Python",
            "Next.js marketing site", "Postgres query tuning", "Stripe billing integration", "Flutter app screens"]


def team_job(i: int) -> str:
    """A small team-written job post, unique per i (so intake never dedupes two of them)."""
    svc = SERVICES[i % len(SERVICES)]
    return (f"{svc} for order #{i:04d}\n\nWe are a small company and need help with a {svc}. "
            f"The work covers ticket {i} in our backlog: clean up the existing code, add tests, and document it.\n"
            f"Budget: ${400 + 10 * (i % 30)}, fixed price. Expected within 2 weeks.\n"
            f"Skills: Python, JavaScript, SQL\nPayment method verified\n")


def check(job_ids: list[int]) -> dict:
    """Every job's end state from the database: drafted / needs_attention / lost, plus duplicates."""
    from sqlmodel import select

    from service.core.db import session_scope
    from service.core.models import Draft, Job

    out = Counter()
    with session_scope() as s:
        for jid in job_ids:
            job = s.get(Job, jid)
            drafts = s.exec(select(Draft).where(Draft.job_id == jid)).all()
            if job is None:
                out["lost_job"] += 1
                continue
            if len(drafts) > 1:
                out["duplicated"] += 1
            if len(drafts) == 0:
                out["lost_draft"] += 1
                continue
            d = drafts[0]
            if d.status == "pending_review" and d.version >= 1:
                out["drafted"] += 1
            elif d.status == "needs_attention" and (d.attention_reason or "").strip():
                out["needs_attention"] += 1
            else:
                out[f"other:{d.status}"] += 1
    return dict(out)


def run(n_jobs: int, fault_rate: float, concurrency: int, hang_s: float = 1.0, seed: int = 11,
        timeout_s: float = 0.5, quiet: bool = False) -> dict:
    """Run the scenario in the current process. The caller must have pointed DRAFTROOM_* at a database."""
    from sqlmodel import func, select

    from service.core.config import get_settings, reset_settings
    from service.core.db import session_scope
    from service.core.errors import LLMFailure
    from service.core.models import LlmCall
    from service.core.workspace import current_workspace
    from service.llm import reset_gateway
    from service.llm.batch import run_batch
    from service.llm.remote import Budget
    from service.workflows.proposals import draft_for_job
    from tests.fakes.fake_openai import FakeConfig, FakeOpenAI

    srv = FakeOpenAI(FakeConfig.mixed(fault_rate, hang_s=hang_s, seed=seed)).start()
    try:
        os.environ.update({"DRAFTROOM_MODEL": "openai/gpt-4o-mini", "OPENAI_API_BASE": srv.base_url,
                           "OPENAI_API_KEY": "sk-fake", "DRAFTROOM_LLM_TIMEOUT_S": str(timeout_s)})
        reset_settings()
        reset_gateway()
        budget = Budget.from_settings(get_settings())
        ws = current_workspace()
        from service.workflows.jobs import receive

        job_ids = [receive(team_job(i)).job.id for i in range(n_jobs)]
        texts = {jid: team_job(i) for i, jid in enumerate(job_ids)}

        def one(jid: int):
            try:
                draft, _ = draft_for_job(texts[jid], ws=ws)
                return ("drafted", draft.id)
            except LLMFailure as exc:
                return ("needs_attention", exc.extra.get("draft_id"))

        start = time.perf_counter()
        results = run_batch(job_ids, one, concurrency=concurrency, rpm=0)
        seconds = time.perf_counter() - start
        states = check(job_ids)
        with session_scope() as s:
            calls = s.exec(select(LlmCall)).all()
            over = [c for c in calls if c.attempts > budget.max_requests]
            n_calls = s.exec(select(func.count()).select_from(LlmCall)).one()
        figures = {
            "jobs": n_jobs, "fault_rate": fault_rate, "concurrency": concurrency, "seconds": round(seconds, 1),
            "jobs_per_s": round(n_jobs / seconds, 2), "batch_errors": sum(1 for r in results if not r.ok),
            **states, "gateway_calls": n_calls, "ledger_errors": sum(c.status == "error" for c in calls),
            "http_requests": sum(srv.outcomes.values()), "server_outcomes": dict(srv.outcomes),
            "ledger_attempts": sum(c.attempts for c in calls),
            "max_attempts_per_call": max((c.attempts for c in calls), default=0),
            "budget_per_call": budget.max_requests, "calls_over_budget": len(over),
        }
    finally:
        srv.stop()
    if not quiet:
        for k, v in figures.items():
            print(f"{k:>22}: {v}")
    return figures


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--jobs", type=int, default=200)
    p.add_argument("--fault-rate", type=float, default=0.3)
    p.add_argument("--concurrency", type=int, default=16)
    p.add_argument("--hang", type=float, default=1.0, help="seconds a timeout fault stalls (client timeout 0.5 s)")
    a = p.parse_args()
    os.environ.setdefault("INITIAL_RETRY_DELAY", "0.05")
    os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
    home = Path(tempfile.mkdtemp(prefix="draftroom-fault-"))
    os.environ["DRAFTROOM_HOME"] = str(home)
    os.environ["DRAFTROOM_DATABASE_URL"] = f"sqlite:///{home / 'draftroom.db'}"
    from service.core.db import ensure_schema

    ensure_schema()
    figures = run(a.jobs, a.fault_rate, a.concurrency, hang_s=a.hang)
    ok = figures.get("lost_job", 0) == figures.get("lost_draft", 0) == figures.get("duplicated", 0) == 0 \
        and figures["calls_over_budget"] == 0 and figures.get("drafted", 0) + figures.get("needs_attention", 0) == a.jobs
    print("RESULT:", "every job drafted or in needs_attention; none lost, none duplicated, all within budget"
          if ok else "FAILED")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
