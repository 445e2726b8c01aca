"""bench/bench_scaleout.py at a small size: 2 APIs and 2 workers on PostgreSQL + Redis, 30 background
drafts with model faults and duplicate task deliveries; every job must settle exactly once. Runs only
when DRAFTROOM_TEST_DATABASE_URL is set and Redis answers on 127.0.0.1:6379 (the bench creates and drops
its own database and uses, then flushes, an empty Redis database number). Asserts the checks, never time."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PG_URL = os.environ.get("DRAFTROOM_TEST_DATABASE_URL", "")
REDIS = "redis://127.0.0.1:6379"


def _redis_answers() -> bool:
    try:
        import redis

        return bool(redis.Redis.from_url(REDIS, socket_timeout=1, socket_connect_timeout=1).ping())
    except Exception:  # noqa: BLE001 - any failure means "not reachable"
        return False


pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not PG_URL, reason="PostgreSQL run needs DRAFTROOM_TEST_DATABASE_URL"),
    pytest.mark.skipif(bool(PG_URL) and not _redis_answers(), reason=f"the scale-out run needs Redis at {REDIS}"),
]


def test_small_scaleout_settles_every_job_exactly_once(tmp_path):
    out = tmp_path / "scaleout.json"
    env = {k: v for k, v in os.environ.items() if not k.startswith("DRAFTROOM_")}
    proc = subprocess.run([sys.executable, "bench/bench_scaleout.py", "--jobs", "30", "--apis", "2", "--workers", "2",
                           "--threads", "2", "--clients", "6", "--latency", "0.05", "--fault-rate", "0.1",
                           "--redeliver", "0.3", "--pg-url", PG_URL, "--redis", REDIS, "--timeout", "600",
                           "--json", str(out)], check=False, cwd=ROOT, env=env, capture_output=True, text=True, timeout=1200)
    assert out.exists(), proc.stdout[-3000:] + proc.stderr[-3000:]
    result = json.loads(out.read_text())
    assert result["checks"] and all(result["checks"].values()), (result["checks"], result["problems"])
    assert result["outcomes"]["drafted"] + result["outcomes"]["needs_attention"] == 30
    settled = sum(c["drafted"] + c["needs_attention"] for c in result["per_worker"].values())
    assert settled == 30 and set(result["per_worker"]) <= {"worker-1", "worker-2"}
    assert result["figures"]["redelivered"] > 0  # duplicate deliveries happened and changed nothing
    assert proc.returncode == 0, proc.stdout[-3000:]
