"""Review UI render time with 10,000 drafts in the queue (AppTest, headless): p50/p95/max (ms).

    .venv/bin/python bench/bench_ui.py                      # temp SQLite, 10,000 drafts
    .venv/bin/python bench/bench_ui.py --drafts 50000 --runs 20
    .venv/bin/python bench/bench_ui.py --database-url postgresql://postgres@127.0.0.1/scratchdb   (must be empty)

The five demo jobs are drafted for real (brief, fit, lint), then cloned with SQL inserts so every queued
draft has a real brief and fit to render. Each timing is one full script run of the page (what a
browser rerun costs on the server: queries, lint, charts, dataframes), after a first cold run.
Aim: queue and review pages under one second. Prints figures; asserts nothing."""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
os.environ["DRAFTROOM_MODEL"] = "offline"


def populate(n: int) -> tuple[object, int]:
    from sqlalchemy import insert
    from sqlmodel import select

    from service.accounts.auth import add_user, authenticate
    from service.core.db import get_engine, session_scope
    from service.core.models import Draft, DraftVersion, FitAssessment, Job
    from service.workflows.proposals import draft_for_job

    _u, key = add_user("Bench Bidder", "bidder")
    me = authenticate(key)
    seeds = []
    for path in sorted((ROOT / "service" / "demo_jobs").glob("*.txt")):
        draft, _ = draft_for_job(path.read_text(encoding="utf-8"), user=me)
        seeds.append(draft.id)
    with session_scope() as s:
        protos = []
        for did in seeds:
            d = s.get(Draft, did)
            protos.append((s.get(Job, d.job_id), s.get(FitAssessment, d.assessment_id), d,
                           s.exec(select(DraftVersion).where(DraftVersion.draft_id == did)).one()))
    now = datetime.now(UTC)
    eng = get_engine()
    base = len(seeds)
    batch = 2000
    with eng.begin() as conn:
        for start in range(0, n, batch):
            jobs, fits, drafts, versions = [], [], [], []
            for k in range(start, min(n, start + batch)):
                job, fit, d, v = protos[k % len(protos)]
                i = base + k + 1
                at = now - timedelta(minutes=(k * 7) % (60 * 24 * 30))
                jobs.append({"id": i, "created_at": at, "source_format": job.source_format, "text_hash": f"{i:064d}",
                             "title": f"{job.title} ({i})", "raw_text": job.raw_text, "brief": job.brief,
                             "brief_model": job.brief_model, "status": "extracted", "stage": "identified"})
                fits.append({"id": i, "job_id": i, "created_at": at, "workspace_hash": fit.workspace_hash,
                             "score": fit.score, "tier": fit.tier, "service_line": fit.service_line, "model": fit.model,
                             "data": fit.data})
                drafts.append({"id": i, "created_at": at, "updated_at": at, "job_id": i, "assessment_id": i,
                               "kind": d.kind, "status": "pending_review", "tier": d.tier, "tier_rank": d.tier_rank,
                               "service_line": d.service_line, "intake_at": at, "version": 1,
                               "template_id": d.template_id, "template_hash": d.template_hash, "model": d.model,
                               "parts": d.parts, "lint": d.lint, "flags_acknowledged": False, "export_count": 0})
                versions.append({"draft_id": i, "number": 1, "created_at": at, "source": "ai", "text": v.text,
                                 "content_hash": v.content_hash, "lint": v.lint})
            conn.execute(insert(Job.__table__), jobs)
            conn.execute(insert(FitAssessment.__table__), fits)
            conn.execute(insert(Draft.__table__), drafts)
            conn.execute(insert(DraftVersion.__table__), versions)
    if eng.dialect.name == "postgresql":
        with eng.begin() as conn:
            for table in ("jobs", "fit_assessments", "drafts"):
                conn.exec_driver_sql(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
    return me, base + n


def time_page(name: str, me, runs: int, **session) -> tuple[float, list[float]]:
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_string(f"from review_ui.views import {name}\n{name}.render()\n", default_timeout=120)
    at.session_state["principal"] = me
    for k, v in session.items():
        at.session_state[k] = v
    t0 = time.perf_counter()
    at.run()
    cold = (time.perf_counter() - t0) * 1000
    if at.exception:
        raise SystemExit(f"{name} page failed: {at.exception[0].value}")
    warm = []
    for _ in range(runs):
        t0 = time.perf_counter()
        at.run()
        warm.append((time.perf_counter() - t0) * 1000)
    return cold, warm


def fmt(label: str, cold: float, warm: list[float]) -> str:
    warm = sorted(warm)
    p95 = warm[min(len(warm) - 1, int(round(0.95 * (len(warm) - 1))))]
    return (f"{label:<38} cold {cold:7.0f}   p50 {statistics.median(warm):6.0f}   p95 {p95:6.0f}   "
            f"max {warm[-1]:6.0f}   (n={len(warm)})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--drafts", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--database-url", default="")
    args = ap.parse_args()
    tmp = tempfile.TemporaryDirectory(prefix="bench-ui-")
    os.environ["DRAFTROOM_HOME"] = tmp.name
    os.environ["DRAFTROOM_DATABASE_URL"] = args.database_url or f"sqlite:///{tmp.name}/bench.db"
    from service.core.db import ensure_schema, get_engine

    ensure_schema()
    t0 = time.perf_counter()
    me, total = populate(args.drafts)
    print(f"database: {get_engine().dialect.name} · {total:,} drafts queued in {time.perf_counter() - t0:.1f} s")
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]} · times in ms (one full page run)")
    deep = total - 3  # a draft near the end of the queue order
    for label, name, session in [
        ("queue (50 rows, no filter)", "queue", {}),
        ("queue filtered: tier=poor", "queue", {"q_tier": "poor"}),
        ("review page (draft #3)", "review", {"draft_id": 3}),
        (f"review page (draft #{deep:,})", "review", {"draft_id": deep}),
    ]:
        cold, warm = time_page(name, me, args.runs, **session)
        print(fmt(label, cold, warm), flush=True)
    tmp.cleanup()


if __name__ == "__main__":
    main()
