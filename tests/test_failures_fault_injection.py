"""30 jobs through the real HTTP path with 30% mixed faults (429 / 500 / timeout / malformed JSON):
every job ends drafted or in needs_attention with a reason; none lost, none duplicated; no call over
its retry budget. (bench/fault_injection.py runs the same with 200 jobs and prints figures.)"""
from __future__ import annotations

import os

os.environ.setdefault("INITIAL_RETRY_DELAY", "0.01")
os.environ.setdefault("JITTER", "0.01")


def test_fault_injection_30_jobs(db, monkeypatch):
    from bench.fault_injection import run

    for key in ("DRAFTROOM_MODEL", "OPENAI_API_BASE", "OPENAI_API_KEY", "DRAFTROOM_LLM_TIMEOUT_S"):
        monkeypatch.setenv(key, os.environ.get(key, ""))  # run() sets them; monkeypatch restores them
    f = run(30, 0.3, concurrency=8, hang_s=1.0, seed=5, quiet=True)
    assert f.get("drafted", 0) + f.get("needs_attention", 0) == 30
    assert f.get("lost_job", 0) == f.get("lost_draft", 0) == f.get("duplicated", 0) == 0
    assert f["calls_over_budget"] == 0 and f["max_attempts_per_call"] <= f["budget_per_call"]
    assert f["ledger_attempts"] >= f["gateway_calls"] and f["ledger_errors"] == f.get("needs_attention", 0)
    assert sum(v for k, v in f["server_outcomes"].items() if k != "ok") > 0  # faults really happened
