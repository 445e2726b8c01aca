"""Scale-out: several `draftroom serve` APIs and task workers on PostgreSQL + Redis, N background drafts
with injected model faults; checks that every job is settled exactly once.

Everything it uses it starts and stops itself:

* a fresh PostgreSQL database (``draftroom_bench_*`` on ``--pg-url``, trust auth), dropped at the end;
* a Redis database number of its own on ``--redis`` (the highest-numbered empty one, claimed with a marker
  key; only that number is flushed, at the start and at the end);
* the fake OpenAI-compatible model (``tests/fakes/fake_openai.py``, ``FakeConfig.mixed``: the fault mix of
  ``bench/fault_injection.py``, evenly 429 / 500 / timeout / malformed JSON) in its own process;
* ``--apis`` `draftroom serve` processes on distinct ports and ``--workers`` `draftroom worker` processes
  (``DRAFTROOM_TASK_BACKEND=redis``).

Jobs go through the background path of the API: ``POST /v1/drafts?wait=false`` (202 + a ``drafting``
placeholder + a Huey task), one distinct team-written post each, round-robin over the APIs, with an
Idempotency-Key; a request that fails in transport or with a 5xx is re-sent with the same key to the next
API. ``--redeliver`` re-enqueues a share of the tasks a second time (a duplicate delivery, as a Redis
failover or a re-queue at worker start can cause). When no draft is left ``drafting``, the database is
checked: one job row and one draft per job, each draft ``pending_review`` with exactly one AI version or
``needs_attention`` with a reason and no version, exactly one terminal audit event per draft (``drafted``
or ``needs_attention``, naming the worker ``host:pid``), at most one ``draft_proposal`` ledger row per
draft. Prints the per-worker split, throughput, end-to-end p50/p95 (202 sent → terminal audit event), the
fault count and how the faulted calls ended. Exit status 0 only when every check passes; ``--json`` writes
the figures and checks (tests/scaleout/test_scaleout.py runs a small one).

    .venv/bin/python bench/bench_scaleout.py [--jobs 2000] [--apis 3] [--workers 3] [--threads 4]
        [--fault-rate 0.1] [--latency 0.2] [--redeliver 0.05] [--clients 24] [--json out.json]
"""
from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import _harness
from _harness import (
    PY,
    ROOT,
    free_port,
    machine,
    pct,
    point_at,
    scratch_db,
    team_post,
    wait_http,
)
from _scaleout_checks import check_settled, print_report

PG_DEFAULT = (os.environ.get("BENCH_PG_URL") or os.environ.get("DRAFTROOM_TEST_DATABASE_URL")
              or "postgresql://postgres@127.0.0.1:5432/postgres")
MARKER = "draftroom-bench-scaleout:owner"


# ------------------------------------------------------------------ the fake model, with its fault count
def serve_fake(port: int, rate: float, latency: float, hang: float, seed: int, out: str) -> None:
    """Child process: the fake server; on SIGTERM writes its outcome counts (ok / 429 / …) to ``out``."""
    import threading

    from tests.fakes.fake_openai import FakeConfig, FakeOpenAI

    srv = FakeOpenAI(FakeConfig.mixed(rate, latency_s=latency, hang_s=hang, seed=seed), port=port).start()
    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    signal.signal(signal.SIGINT, lambda *_: done.set())
    while not done.wait(5):
        with srv.state.lock:
            srv.state.requests.clear()  # bodies are kept for tests; a long run needs only the counts
    Path(out).write_text(json.dumps(dict(srv.outcomes)))
    srv.stop()


# ------------------------------------------------------------------ processes and stores
class Fleet:
    """Child processes started by this run; all stopped (terminate, then kill) on exit, whatever happens."""

    def __init__(self, logs: Path) -> None:
        self.logs, self.procs = logs, []

    def start(self, name: str, args: list[str], env: dict[str, str]) -> subprocess.Popen:
        sink = open(self.logs / f"{name}.log", "wb")  # noqa: SIM115 - closed in stop()  # noqa: SIM115 - closed in stop()
        proc = subprocess.Popen(args, cwd=ROOT, env={**os.environ, **env, "PYTHONUNBUFFERED": "1"},
                                stdout=sink, stderr=subprocess.STDOUT)
        self.procs.append((name, proc, sink))
        return proc

    def dead(self) -> list[str]:
        return [f"{n} (exit {p.returncode})" for n, p, _ in self.procs if p.poll() is not None]

    def stop(self) -> None:
        """Idempotent: terminate every child, kill what is still running after 20 s."""
        for _, proc, _ in self.procs:
            if proc.poll() is None:
                proc.terminate()
        for _, proc, sink in self.procs:
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            sink.close()


@contextlib.contextmanager
def redis_db(base: str, wanted: int | None):
    """A Redis database number nobody uses (empty, claimed with a marker key); flushed at the end."""
    import redis

    token = uuid.uuid4().hex
    for number in ([wanted] if wanted is not None else range(15, 0, -1)):
        client = redis.Redis.from_url(f"{base.rstrip('/')}/{number}")
        if client.dbsize() == 0 and client.set(MARKER, token, nx=True) and client.dbsize() == 1:
            break
        client.close()
    else:
        raise SystemExit(f"no empty Redis database to use on {base} (asked for {wanted}); nothing was flushed")
    try:
        yield f"{base.rstrip('/')}/{number}"
    finally:
        if client.get(MARKER) == token.encode():
            client.flushdb()
        client.close()


# ------------------------------------------------------------------ submitting
async def submit(apis: list[str], key: str, n: int, clients: int, redeliver: float, tally: dict) -> None:
    import httpx

    from service.workflows.tasks import enqueue_draft

    rng = random.Random(20)
    queue: asyncio.Queue = asyncio.Queue()
    for i in range(n):
        queue.put_nowait(i)
    headers = {"Authorization": f"Bearer {key}"}

    async def one(http, i: int) -> None:
        body, idem = {"job_text": team_post(300_000 + i)}, {"Idempotency-Key": f"scaleout-{i}"}
        sent = time.time()
        for attempt in range(5):
            base = apis[(i + attempt) % len(apis)]
            try:
                r = await http.post(f"{base}/v1/drafts", params={"wait": "false"}, json=body,
                                    headers={**headers, **idem})
            except httpx.HTTPError as exc:
                tally["transport_errors"][exc.__class__.__name__] = tally["transport_errors"].get(exc.__class__.__name__, 0) + 1
                await asyncio.sleep(0.5)
                continue
            tally["statuses"][r.status_code] = tally["statuses"].get(r.status_code, 0) + 1
            if r.status_code == 202:
                out = r.json()
                tally["jobs"][i] = {"sent": sent, "draft_id": out["id"], "job_id": out["job_id"],
                                    "api": (i + attempt) % len(apis), "attempts": attempt + 1}
                if rng.random() < redeliver:  # a duplicate delivery of the same task
                    await asyncio.to_thread(enqueue_draft, out["id"])
                    tally["redelivered"] += 1
                return
            if r.status_code < 500 and r.status_code != 409:
                tally["refused"].append(f"job {i}: {r.status_code} {r.text[:200]}")
                return
            await asyncio.sleep(0.5)  # 5xx, or 409 "still running" on a retried key: same key again
        tally["refused"].append(f"job {i}: no 202 after 5 attempts")

    async def loop(http) -> None:
        while not queue.empty():
            await one(http, queue.get_nowait())

    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(timeout=60, limits=limits) as http:
        await asyncio.gather(*(loop(http) for _ in range(clients)))


def wait_log(path: Path, text: str, fleet: Fleet, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while text not in path.read_text(errors="replace"):
        if fleet.dead() or time.monotonic() > deadline:
            raise RuntimeError(f"{path.stem} did not start: {', '.join(fleet.dead()) or 'timed out'}")
        time.sleep(0.2)


def drafting_left(draft_ids: list[int]) -> int:
    from sqlmodel import func, select

    from service.core.db import session_scope
    from service.core.models import Draft

    with session_scope() as s:
        return s.exec(select(func.count()).select_from(Draft)
                      .where(Draft.status == "drafting", Draft.id.in_(draft_ids))).one()


def wait_settled(fleet: Fleet, draft_ids: list[int], timeout: float) -> float:
    """Poll until no draft is left ``drafting``; returns the wall-clock time it happened."""
    deadline, last_print = time.monotonic() + timeout, 0.0
    while True:
        left = drafting_left(draft_ids)
        if left == 0:
            return time.time()
        if fleet.dead():
            raise RuntimeError(f"a process stopped during the run: {', '.join(fleet.dead())}")
        if time.monotonic() > deadline:
            raise RuntimeError(f"{left} drafts still 'drafting' after {timeout:.0f} s")
        if time.monotonic() - last_print > 15:
            last_print = time.monotonic()
            print(f"  … {len(draft_ids) - left:,} of {len(draft_ids):,} settled   load {os.getloadavg()[0]:.1f}",
                  flush=True)
        time.sleep(1.0)


# ------------------------------------------------------------------ the run
def run(a, logs: Path) -> dict:
    fleet = Fleet(logs)
    _harness.PG_BASE = a.pg_url
    with contextlib.ExitStack() as stack:
        redis_url = stack.enter_context(redis_db(a.redis, a.redis_db))
        url = stack.enter_context(scratch_db("postgres"))
        stack.callback(fleet.stop)  # runs first on the way out: no process outlives the databases
        print(f"database {url.rsplit('/', 1)[-1]}, task queue {redis_url}, logs {logs}")
        timeout_s = max(2.0, a.latency * 4 + 1)
        fake_port, fake_counts = free_port(), logs / "fake_outcomes.json"
        fake = fleet.start("fake_model", [PY, str(Path(__file__).resolve()), "--serve-fake", str(fake_port),
                                          str(a.fault_rate), str(a.latency), str(timeout_s + 0.5), "7",
                                          str(fake_counts)], {"PYTHONPATH": str(ROOT)})
        env = {"DRAFTROOM_DATABASE_URL": url, "DRAFTROOM_TASK_BACKEND": "redis", "DRAFTROOM_REDIS_URL": redis_url,
               "DRAFTROOM_WORKER_PERIODIC": "false", "DRAFTROOM_MODEL": "openai/gpt-4o-mini",
               "OPENAI_API_BASE": f"http://127.0.0.1:{fake_port}/v1", "OPENAI_API_KEY": "sk-fake",
               "DRAFTROOM_LLM_TIMEOUT_S": str(timeout_s), "INITIAL_RETRY_DELAY": "0.05",
               "LITELLM_LOCAL_MODEL_COST_MAP": "True"}
        home = point_at(url, Path(tempfile.mkdtemp(prefix="home-", dir=logs)), **env)
        env["DRAFTROOM_HOME"] = str(home)
        key = _harness.api_key("bidder", "scaleout-bench")
        cli = [PY, "-c", "from service.cli import main; main()"]
        ports = [free_port() for _ in range(a.apis)]
        apis = [f"http://127.0.0.1:{p}" for p in ports]
        api_procs = [fleet.start(f"api-{k + 1}", cli + ["serve", "--port", str(p)], env) for k, p in enumerate(ports)]
        workers = [fleet.start(f"worker-{k + 1}", cli + ["worker", "--workers", str(a.threads)], env)
                   for k in range(a.workers)]
        wait_http(f"http://127.0.0.1:{fake_port}/v1/models", proc=fake)
        for base, proc in zip(apis, api_procs):
            wait_http(base + "/healthz", seconds=180, proc=proc)
        for k in range(a.workers):
            wait_log(logs / f"worker-{k + 1}.log", "Huey consumer started", fleet, seconds=180)
        load_start = os.getloadavg()[0]
        print(f"{a.apis} APIs, {a.workers} workers × {a.threads} threads up; sending {a.jobs:,} jobs "
              f"(wait=false, round-robin, {a.clients} clients); load average {load_start:.1f}", flush=True)
        tally = {"jobs": {}, "statuses": {}, "transport_errors": {}, "refused": [], "redelivered": 0}
        t0 = time.time()
        asyncio.run(submit(apis, key, a.jobs, a.clients, a.redeliver, tally))
        t_sent = time.time()
        print(f"sent in {t_sent - t0:.1f} s ({a.jobs / (t_sent - t0):.1f} jobs/s); statuses {tally['statuses']}; "
              f"re-delivered {tally['redelivered']} tasks", flush=True)
        draft_ids = [j["draft_id"] for j in tally["jobs"].values()]
        t_done = wait_settled(fleet, draft_ids, a.timeout)
        load_end = os.getloadavg()[0]
        worker_pids = {proc.pid: f"worker-{k + 1}" for k, proc in enumerate(workers)}
        fleet.stop()
        result = check_settled(tally, a.jobs, worker_pids, logs)
        result["fake_outcomes"] = json.loads(fake_counts.read_text()) if fake_counts.exists() else {}
        e2e = result.pop("e2e_s")
        result["figures"] = {
            "jobs": a.jobs, "apis": a.apis, "workers": a.workers, "threads": a.threads, "fault_rate": a.fault_rate,
            "latency_s": a.latency, "client_timeout_s": timeout_s, "send_s": round(t_sent - t0, 1),
            "wall_s": round(t_done - t0, 1), "jobs_per_s": round(a.jobs / (t_done - t0), 2),
            "e2e_p50_s": round(pct(e2e, 50), 2), "e2e_p95_s": round(pct(e2e, 95), 2),
            "load_start": round(load_start, 1), "load_end": round(load_end, 1),
            "statuses": tally["statuses"], "transport_errors": tally["transport_errors"],
            "redelivered": tally["redelivered"], "retried_sends": sum(j["attempts"] > 1 for j in tally["jobs"].values()),
        }
        return result


def _interrupted(*_) -> None:
    raise KeyboardInterrupt


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--serve-fake":
        port, rate, latency, hang, seed, out = sys.argv[2:8]
        serve_fake(int(port), float(rate), float(latency), float(hang), int(seed), out)
        return
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--jobs", type=int, default=2000)
    ap.add_argument("--apis", type=int, default=3)
    ap.add_argument("--workers", type=int, default=3, help="`draftroom worker` processes")
    ap.add_argument("--threads", type=int, default=4, help="threads per worker process (draftroom worker --workers)")
    ap.add_argument("--fault-rate", type=float, default=0.1, help="share of model requests that fail")
    ap.add_argument("--latency", type=float, default=0.2, help="fake model latency per call, seconds")
    ap.add_argument("--redeliver", type=float, default=0.05, help="share of tasks enqueued a second time")
    ap.add_argument("--clients", type=int, default=24, help="concurrent HTTP clients sending the jobs")
    ap.add_argument("--timeout", type=float, default=3600, help="seconds to wait for every job to settle")
    ap.add_argument("--pg-url", default=PG_DEFAULT, help="PostgreSQL server (a database is created and dropped)")
    ap.add_argument("--redis", default="redis://127.0.0.1:6379", help="Redis server, without a database number")
    ap.add_argument("--redis-db", type=int, default=None, help="database number (default: highest empty one)")
    ap.add_argument("--json", type=Path, default=None, help="also write the checks and figures here")
    ap.add_argument("--keep-logs", action="store_true", help="keep the processes' logs even when every check passes")
    a = ap.parse_args()
    for name in ("jobs", "apis", "workers", "threads", "clients"):
        if getattr(a, name) < 1:
            ap.error(f"--{name} must be at least 1")
    if not 0 <= a.fault_rate < 1 or not 0 <= a.redeliver <= 1:
        ap.error("--fault-rate must be in [0, 1) and --redeliver in [0, 1]")
    for sig in (signal.SIGINT, signal.SIGTERM):  # Ctrl-C and `kill` both stop everything and clean up
        signal.signal(sig, _interrupted)
    print(f"machine: {machine()}")
    logs = Path(tempfile.mkdtemp(prefix="draftroom-scaleout-"))
    ok = False
    try:
        result = run(a, logs)
        ok = print_report(result)
        if a.json:
            a.json.write_text(json.dumps(result, indent=1, default=str))
    except KeyboardInterrupt:
        import logging

        logging.getLogger("asyncio").setLevel(logging.CRITICAL)  # the cancelled senders' "never retrieved"
        print("interrupted: processes stopped, database dropped, Redis database flushed")
    except RuntimeError as exc:
        print(f"FAILED: {exc}")
    finally:
        if ok and not a.keep_logs:
            import shutil

            shutil.rmtree(logs, ignore_errors=True)
        else:
            print(f"logs kept in {logs}")
    raise SystemExit(0 if ok else 1)


if __name__ == "__main__":
    main()
