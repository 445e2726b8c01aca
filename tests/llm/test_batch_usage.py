"""Batch runner (concurrency, rpm spacing, order, errors), usage report and the llm CLI."""
from __future__ import annotations

import threading
import time
from datetime import timedelta

import pytest
from typer.testing import CliRunner

from service.core.db import session_scope
from service.core.errors import InvalidInput
from service.core.models import LlmCall, utcnow
from service.core.stats import percentile
from service.llm.batch import run_batch
from service.llm.ratelimit import RateLimiter
from service.llm.usage import parse_since, usage


def test_batch_keeps_order_records_errors_and_respects_concurrency():
    active, peak, lock = 0, 0, threading.Lock()

    def work(i):
        nonlocal active, peak
        with lock:
            active += 1
            peak = max(peak, active)
        time.sleep(0.01)
        with lock:
            active -= 1
        if i % 7 == 3:
            raise ValueError(f"item {i} is bad")
        return i * 2

    seen = []
    out = run_batch(range(40), work, concurrency=4, rpm=0, progress=lambda d, t, r: seen.append((d, t)))
    assert [r.item for r in out] == list(range(40))
    assert [r.value for r in out if r.ok] == [i * 2 for i in range(40) if i % 7 != 3]
    assert [str(r.error) for r in out if not r.ok] == [f"item {i} is bad" for i in range(40) if i % 7 == 3]
    assert 1 < peak <= 4
    assert sorted(seen) == [(d, 40) for d in range(1, 41)]


def test_batch_runs_coroutines():
    async def work(i):
        return -i

    assert [r.value for r in run_batch([1, 2, 3], work, concurrency=2)] == [-1, -2, -3]


def test_rate_limiter_books_evenly_spaced_slots(monkeypatch):
    # the clock is pinned: four reservations at one instant (a loaded CI machine once spread them by 10 ms, and the
    # spacing read 0.49; tests never measure wall-clock time)
    import service.llm.ratelimit as ratelimit
    from types import SimpleNamespace
    monkeypatch.setattr(ratelimit, "time", SimpleNamespace(monotonic=lambda: 1000.0, sleep=time.sleep))
    limiter = RateLimiter(rpm=120)  # one slot every 0.5 s
    waits = [limiter._reserve() for _ in range(4)]
    assert waits == [0.0, 0.5, 1.0, 1.5]
    assert RateLimiter(0)._reserve() == 0


def test_percentile_and_since():
    assert percentile([], 0.95) is None
    assert percentile([10, 20, 30, 40], 0.5) == 25 and percentile(list(range(1, 101)), 0.95) == 95.05
    now = utcnow()
    assert parse_since("7d", now) == now - timedelta(days=7) and parse_since("all") is None
    with pytest.raises(InvalidInput) as info:
        parse_since("last week")
    assert info.value.field == "since"


def _call(task, model, ms, *, status="ok", cache=False, days_ago=0, tokens=(100, 20), cost=0.001):
    return LlmCall(task=task, model_requested=model, model_resolved=model, latency_ms=ms, status=status,
                   cache_hit=cache, input_tokens=tokens[0], output_tokens=tokens[1], cost_usd=cost,
                   at=utcnow() - timedelta(days=days_ago))


def test_usage_groups_by_task_and_model(db):
    with session_scope() as s:
        for ms in (100, 200, 300, 400):
            s.add(_call("extract_brief", "openai/gpt-4o-mini", ms))
        s.add(_call("extract_brief", "openai/gpt-4o-mini", 5, cache=True, cost=0))
        s.add(_call("judge_fit", "offline", 1, status="error", tokens=(0, 0), cost=0))
        s.add(_call("judge_fit", "offline", 1, days_ago=30))
    rows = {(r.task, r.model): r for r in usage(utcnow() - timedelta(days=7))}
    ex = rows[("extract_brief", "openai/gpt-4o-mini")]
    assert (ex.calls, ex.cache_hits, ex.input_tokens, ex.p50_ms, ex.p95_ms) == (5, 1, 500, 250, 385)  # core.stats.percentile (linear)
    assert ex.cost_usd == pytest.approx(0.004)
    assert rows[("judge_fit", "offline")].calls == 1 and rows[("judge_fit", "offline")].errors == 1
    assert rows[("TOTAL", "")].calls == 6


def test_cli_usage_and_retry(db):
    from service.cli import app

    with session_scope() as s:
        s.add(_call("draft_proposal", "openai/gpt-4o-mini", 250))
    runner = CliRunner()
    out = runner.invoke(app, ["llm", "usage", "--since", "1d"])
    assert out.exit_code == 0, out.output
    assert "draft_proposal" in out.output and "p95 ms" in out.output and "TOTAL" in out.output
    bad = runner.invoke(app, ["llm", "usage", "--since", "soon"])
    assert bad.exit_code != 0
    keyless = runner.invoke(app, ["retry", "424242"])
    assert keyless.exit_code != 0 and "no API key" in str(keyless.exception)  # the CLI acts only as a keyed person
    from service.accounts.auth import add_user

    _owner, key = add_user("Olive", "owner")
    missing = runner.invoke(app, ["retry", "424242"], env={"DRAFTROOM_API_KEY": key})
    assert missing.exit_code != 0 and "does not exist" in str(missing.exception)
