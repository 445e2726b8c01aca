"""Triage throughput through the gateway's batch API: does concurrency turn into wall time?

1,000 team-written jobs, the fake OpenAI-compatible server (own process) answering every call after a
fixed latency (300 ms), the real litellm + instructor path, concurrency 16, ledger on SQLite:

    ideal = gateway calls × model latency / concurrency          aim: wall ≤ 1.15 × ideal

Two ways of driving the batch (``--mode``):

* ``gateway``  — ``arun_batch`` over ``Gateway.arun`` (the async path): one real rendered
                 ``extract_brief`` request per job, exactly one model call each;
* ``pipeline`` — ``run_batch`` over the synchronous triage step (parse → extract_brief → fit,
                 ``score_record`` as ``draftroom triage`` runs it) in the batch's worker threads;
                 calls per job come from the ledger (extract_brief, plus judge_fit when the rules
                 do not decide).

    .venv/bin/python bench/bench_triage_concurrency.py [--jobs 1000] [--latency 0.3] [--concurrency 16]
                                                      [--mode both|gateway|pipeline]
"""
from __future__ import annotations

import argparse
import time
from collections import Counter

from _harness import fake_model, machine, point_at, scratch_db, team_post


def ledger_counts(since_id: int) -> tuple[int, Counter, Counter]:
    from sqlmodel import select

    from service.core.db import session_scope
    from service.core.models import LlmCall

    with session_scope() as s:
        rows = s.exec(select(LlmCall).where(LlmCall.id > since_id)).all()
    return len(rows), Counter(r.task for r in rows), Counter(r.status for r in rows)


def last_call_id() -> int:
    from sqlmodel import func, select

    from service.core.db import session_scope
    from service.core.models import LlmCall

    with session_scope() as s:
        return s.exec(select(func.max(LlmCall.id))).one() or 0


def run_gateway(n: int, offset: int, concurrency: int) -> tuple[float, list]:
    from service.core.schemas import SemanticBrief
    from service.intake.extract import build_messages
    from service.intake.parse import parse_job
    from service.llm import LlmRequest, get_gateway
    from service.llm.batch import run_batch

    gw = get_gateway()
    reqs = []
    for i in range(n):
        parsed = parse_job(team_post(offset + i))
        messages, tid, thash = build_messages(parsed)
        reqs.append(LlmRequest(task="extract_brief", response_model=SemanticBrief, messages=messages,
                               inputs={"parsed": parsed.model_dump(mode="json")}, template_id=tid,
                               template_hash=thash, temperature=0.0))
    start = time.perf_counter()
    results = run_batch(reqs, gw.arun, concurrency=concurrency, rpm=0)
    return time.perf_counter() - start, results


def run_pipeline(n: int, offset: int, concurrency: int) -> tuple[float, list]:
    from service.core.workspace import current_workspace
    from service.llm.batch import run_batch
    from service.workflows.triage import score_record

    ws = current_workspace()
    posts = [team_post(offset + i) for i in range(n)]
    start = time.perf_counter()
    results = run_batch(posts, lambda post: score_record(post, ws), concurrency=concurrency, rpm=0)
    return time.perf_counter() - start, results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--jobs", type=int, default=1000)
    ap.add_argument("--latency", type=float, default=0.3)
    ap.add_argument("--concurrency", type=int, default=16)
    ap.add_argument("--mode", choices=("both", "gateway", "pipeline"), default="both")
    ap.add_argument("--db", choices=("sqlite", "postgres"), default="sqlite")
    a = ap.parse_args()
    print(f"machine: {machine()}")
    print(f"jobs {a.jobs}, model latency {a.latency * 1000:.0f} ms, concurrency {a.concurrency}, ledger on {a.db}")
    modes = ("gateway", "pipeline") if a.mode == "both" else (a.mode,)
    with scratch_db(a.db) as url, fake_model(latency_s=a.latency) as base:
        point_at(url, DRAFTROOM_MODEL="openai/gpt-4o-mini", OPENAI_API_BASE=base, OPENAI_API_KEY="sk-fake",
                 DRAFTROOM_LLM_RETRIES="0", DRAFTROOM_LLM_CONCURRENCY=str(a.concurrency))
        from service.llm import get_gateway
        from service.llm.remote import router_for

        router_for(get_gateway().model)  # import litellm once, outside the measurement
        run_gateway(a.concurrency, 900_000, a.concurrency)  # warm connections and caches
        for k, mode in enumerate(modes):
            since = last_call_id()
            fn = run_gateway if mode == "gateway" else run_pipeline
            cpu = time.process_time()
            wall, results = fn(a.jobs, 100_000 * (k + 1), a.concurrency)
            cpu = time.process_time() - cpu
            calls, tasks, statuses = ledger_counts(since)
            failed = sum(1 for r in results if not r.ok)
            ideal = calls * a.latency / a.concurrency
            print(f"\n[{mode}] wall {wall:6.2f} s   gateway calls {calls} {dict(tasks)}   ideal {ideal:6.2f} s   "
                  f"ratio {wall / ideal:.3f} × ideal  (aim ≤ 1.15)")
            print(f"[{mode}] ledger statuses {dict(statuses)}   failed items {failed}   "
                  f"throughput {a.jobs / wall:.1f} jobs/s, {calls / wall:.1f} calls/s")
            print(f"[{mode}] CPU of this process {cpu:6.2f} s = {1000 * cpu / max(calls, 1):.1f} ms per call "
                  f"(one process: wall cannot fall below CPU ÷ cores, and the GIL runs Python on one of them)")
            if failed:
                err = next(r.error for r in results if not r.ok)
                print(f"[{mode}] first failure: {err.__class__.__name__}: {str(err)[:200]}")


if __name__ == "__main__":
    main()
