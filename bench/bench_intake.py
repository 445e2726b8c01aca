"""Intake benchmarks (issue 18): webhook deliveries with duplicates and malformed bodies, and speed to lead
(webhook POST → draft in the queue → alert at a local receiver). Prints figures; asserts nothing.

    .venv/bin/python bench/bench_intake.py deliveries --n 1000            # 20 % duplicates, 10 % malformed
    .venv/bin/python bench/bench_intake.py latency --n 40                 # offline engine
    .venv/bin/python bench/bench_intake.py latency --n 40 --model fake    # fake model, 300 ms per call
    .venv/bin/python bench/bench_intake.py polling                        # saved searches, 429s and timeouts injected
    add --backend redis to use RedisHuey (DRAFTROOM_REDIS_URL, default db 13) instead of SqliteHuey

Everything runs as in production: `draftroom serve` (uvicorn) and `draftroom worker` in their own
processes on a scratch database; the bench process sends the webhooks and runs the alert receiver
(Apprise json:// to an HTTP server on 127.0.0.1). All job texts are team-written and generated here."""
from __future__ import annotations

import argparse
import contextlib
import json
import random
import threading
import time
import zlib
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from _harness import (
    api_key,
    api_server,
    fake_model,
    machine,
    pct,
    point_at,
    scratch_db,
    worker_process,
)

SECRET = "bench-secret"


def strong_job(i: int) -> dict:
    return {"id": f"~01{i:016x}", "title": f"FastAPI backend for invoice matching, batch {i}",
            "description": ("We run a small accounting SaaS and need an experienced Python developer to build a FastAPI "
                            "backend that matches incoming invoices to purchase orders. Deliverables: REST API endpoints "
                            "for upload and matching, a PostgreSQL schema with migrations, Docker setup and tests. The "
                            "existing data model is documented and sample files are ready. Milestone 1 is the upload "
                            f"endpoint within two weeks. Reference number {i}."),
            "url": f"https://www.upwork.com/jobs/~01{i:016x}", "budget": {"type": "fixed", "amount": 3000 + i % 50},
            "skills": ["Python", "FastAPI", "PostgreSQL", "Docker"],
            "client": {"country": "Germany", "payment_verified": True, "total_spent": 25000, "rating": 4.9, "reviews": 12}}


def poor_job(i: int) -> dict:
    return {"id": f"~02{i:016x}", "title": f"Logo for a bakery, test task {i}",
            "description": f"Unpaid test task first: three logo sketches for our bakery number {i}. Small budget.",
            "budget": {"type": "fixed", "amount": 20}, "skills": ["Logo Design"],
            "client": {"country": "Canada", "payment_verified": False, "total_spent": 0}}


MALFORMED = [
    lambda i: json.dumps({**strong_job(i), "title": ""}).encode(),
    lambda i: json.dumps({k: v for k, v in strong_job(i).items() if k != "description"}).encode(),
    lambda i: json.dumps({**strong_job(i), "budget": {"type": "fixed"}}).encode(),
    lambda i: json.dumps({**strong_job(i), "budget": {"type": "hourly", "min": 90, "max": 20}}).encode(),
    lambda i: json.dumps({**strong_job(i), "client": {"payment_verified": "perhaps"}}).encode(),
    lambda i: json.dumps({**strong_job(i), "skills": "Python"}).encode(),
    lambda i: json.dumps({**strong_job(i), "posted_at": "the day after tomorrow-ish"}).encode(),
    lambda i: b"{\"id\": \"~01broken\", \"title\": ",
    lambda i: json.dumps([strong_job(i)]).encode(),
    lambda i: json.dumps({"jobs": []}).encode(),
]


class Receiver:
    def __init__(self) -> None:
        self.arrivals: dict[str, float] = {}
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
                title = body.get("title", "")
                outer.arrivals.setdefault(title.split("batch ")[-1], time.time())
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *a):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


def _rows(sql: str, **params):
    from sqlalchemy import text

    from service.core.db import get_engine

    with get_engine().connect() as c:
        return list(c.execute(text(sql), params))


def _drain(timeout: float) -> float:
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if not _rows("SELECT id FROM intake_deliveries WHERE status IN ('queued', 'processing')"):
            return time.monotonic() - start
        time.sleep(0.25)
    return float("nan")


def _env(url: str, home: Path, a, receiver: Receiver, model_base: str | None) -> dict:
    env = {"DRAFTROOM_DATABASE_URL": url, "DRAFTROOM_HOME": str(home), "DRAFTROOM_TASK_BACKEND": a.backend,
           "DRAFTROOM_REDIS_URL": a.redis_url, "DRAFTROOM_WEBHOOK_SECRET_GENERIC": SECRET,
           "DRAFTROOM_ALERT_URLS": f"strong,possible,poor=json://127.0.0.1:{receiver.port}/alert",
           "DRAFTROOM_UPWORK_POLL_MINUTES": "0"}
    if model_base:  # the fake model's tiers are arbitrary: draft and alert every tier so each job is measured
        env.update(DRAFTROOM_MODEL="openai/gpt-4o-mini", OPENAI_API_BASE=model_base, OPENAI_API_KEY="sk-fake",
                   DRAFTROOM_LLM_RETRIES="0", DRAFTROOM_AUTODRAFT_TIERS="strong,possible,poor")
    return env


def deliveries(a) -> None:
    import httpx

    rng = random.Random(18)
    n_bad, n_dup = a.n // 10, a.n // 5
    n_good = a.n - n_bad - n_dup
    good = [(f"good{i}", json.dumps(strong_job(i) if i % 4 else poor_job(i)).encode()) for i in range(n_good)]
    dups = [rng.choice(good) for _ in range(n_dup)]
    bad = [(f"bad{i}", MALFORMED[i % len(MALFORMED)](100_000 + i)) for i in range(n_bad)]
    batch = good + dups + bad
    rng.shuffle(batch)
    receiver = Receiver()
    with scratch_db(a.db) as url:
        home = point_at(url)
        key = api_key("api")
        env = _env(url, home, a, receiver, None)
        with api_server(env) as base, worker_process(env, a.workers), httpx.Client(base_url=base, timeout=60) as http:
            def send(item):
                name, body = item
                headers = {"Content-Type": "application/json"}
                if zlib.crc32(name.encode()) % 2:
                    headers["Authorization"] = f"Bearer {key}"
                else:
                    from service.intake.webhooks import sign
                    headers["X-Draftroom-Signature"] = sign(SECRET, body)
                r = http.post("/v1/intake/webhook/generic", content=body, headers=headers)
                err = r.json().get("error", {}) if r.status_code >= 400 else {}
                return name, r.status_code, err.get("field")

            start = time.monotonic()
            with ThreadPoolExecutor(a.clients) as pool:
                results = list(pool.map(send, batch))
            sent_s = time.monotonic() - start
            drain_s = _drain(a.timeout)
        by_name: dict[str, list[int]] = {}
        for name, status, _f in results:
            by_name.setdefault(name, []).append(status)
        good_names = {n for n, _ in good}
        once = sum(1 for n in good_names if by_name[n].count(202) == 1 and all(s in (200, 202) for s in by_name[n]))
        bad_4xx = sum(1 for n, s, f in results if n.startswith("bad") and 400 <= s < 500 and f)
        five = sum(1 for _, s, _f in results if s >= 500)
        jobs = {r[0]: r[1] for r in _rows("SELECT upwork_id, count(*) FROM jobs GROUP BY upwork_id")}
        final = {r[0]: r[1] for r in _rows("SELECT upwork_id, status FROM intake_deliveries WHERE status != 'rejected'")}
        ids = {json.loads(b)["id"] for n, b in good}
        lost = sum(1 for i in ids if jobs.get(i) != 1 or final.get(i) not in ("drafted", "kept"))
        doubled = sum(1 for c in jobs.values() if c > 1)
        rejected_rows = _rows("SELECT count(*) FROM intake_deliveries WHERE status = 'rejected'")[0][0]
        statuses = _rows("SELECT status, count(*) FROM intake_deliveries GROUP BY status ORDER BY status")
    print(f"machine: {machine()}; db {a.db}; backend {a.backend}; {a.clients} clients; worker threads {a.workers}")
    print(f"deliveries sent: {len(batch)} = {n_good} good + {n_dup} duplicates + {n_bad} malformed")
    print(f"good jobs accepted exactly once (one 202, every replay 200): {once}/{n_good}")
    print(f"malformed answered 4xx naming a field: {bad_4xx}/{n_bad}; 5xx answers: {five}")
    print(f"jobs stored: {sum(jobs.values())} (distinct {len(jobs)}), stored twice: {doubled}, lost: {lost}")
    print(f"rejected payloads kept: {rejected_rows}; delivery statuses: {dict((s, c) for s, c in statuses)}")
    print(f"sending took {sent_s:.1f} s ({len(batch) / sent_s:.0f} req/s); queue drained {drain_s:.1f} s later")


def latency(a) -> None:
    import httpx

    receiver = Receiver()
    ctx = fake_model(latency_s=a.latency) if a.model == "fake" else contextlib.nullcontext(None)
    with scratch_db(a.db) as url, ctx as model_base:
        home = point_at(url)
        key = api_key("api")
        env = _env(url, home, a, receiver, model_base)
        with api_server(env) as base, worker_process(env, a.workers), httpx.Client(base_url=base, timeout=120) as http:
            t0s, post_ms = {}, []
            for i in range(a.warmup + a.n):
                job = strong_job(500_000 + i)
                tag = str(500_000 + i)
                t0s[tag] = time.time()
                start = time.perf_counter()
                r = http.post("/v1/intake/webhook/generic", json=job, headers={"Authorization": f"Bearer {key}"})
                post_ms.append((time.perf_counter() - start) * 1000)
                if r.status_code != 202:
                    raise SystemExit(f"job {i}: HTTP {r.status_code} {r.text[:200]}")
                deadline = time.time() + 120
                while tag not in receiver.arrivals and time.time() < deadline:
                    time.sleep(0.005)
                time.sleep(a.gap)
            rows = _rows("SELECT d.upwork_id, r.created_at FROM intake_deliveries d JOIN drafts r ON r.id = d.draft_id")
    drafted = {}
    for uid, created in rows:
        created = created if not isinstance(created, str) else datetime.fromisoformat(created)
        created = created if created.tzinfo else created.replace(tzinfo=UTC)
        drafted[str(int(uid[3:], 16))] = created.timestamp()
    tags = [str(500_000 + i) for i in range(a.warmup, a.warmup + a.n)]
    to_draft = [(drafted[t] - t0s[t]) * 1000 for t in tags if t in drafted]
    to_alert = [(receiver.arrivals[t] - t0s[t]) * 1000 for t in tags if t in receiver.arrivals]
    model = "offline engine" if a.model == "offline" else f"fake model {a.latency * 1000:.0f} ms per call"
    print(f"machine: {machine()}; db {a.db}; backend {a.backend}; {model}; {a.n} strong jobs, one at a time, "
          f"{a.gap:.1f} s apart")
    print(f"POST answered: p50 {pct(post_ms[a.warmup:], 50):.0f} ms, p95 {pct(post_ms[a.warmup:], 95):.0f} ms")
    print(f"POST → draft in queue: p50 {pct(to_draft, 50):.0f} ms, p95 {pct(to_draft, 95):.0f} ms ({len(to_draft)}/{a.n})")
    print(f"POST → alert delivered: p50 {pct(to_alert, 50):.0f} ms, p95 {pct(to_alert, 95):.0f} ms ({len(to_alert)}/{a.n})")


def polling(a) -> None:
    """Saved searches against the fake GraphQL server with random 429s (with and without Retry-After), 5xx
    and slow answers past the timeout; new jobs appear on top between polls; searches overlap."""
    from service.intake.upwork_api import UpworkClient
    from service.workflows import polling as pl
    from tests.intake.fake_upwork import FakeUpwork, node

    fake = FakeUpwork([node(i) for i in range(20)], page_size=10)
    fake.faults = [(0.15, "429", None), (0.10, "429", 2), (0.05, "500", None), (0.10, "timeout", 1.2)]
    rounds, per_round = a.n or 6, 7
    with scratch_db(a.db) as url:
        point_at(url, DRAFTROOM_UPWORK_POLL_MINUTES="1")
        for name in ("python apis", "fastapi", "backend"):
            pl.add_search(name, name)
        client = UpworkClient(token="good-token", url=fake.url, min_interval_s=0.05, timeout_s=0.5,
                              max_backoff_s=a.max_backoff, max_attempts=5)
        start, errors, next_id = time.monotonic(), 0, 1000
        for r in range(rounds):
            for _ in range(per_round):  # new jobs are posted, newest first
                fake.nodes.insert(0, node(next_id))
                next_id += 1
            for search in pl.list_searches():
                pl.poll(search, client)
            errors += sum(1 for s_ in pl.list_searches() if s_.last_status == "error")
        took = time.monotonic() - start
        keys = [r[0] for r in _rows("SELECT dedupe_key FROM intake_deliveries")]
        ids = {n["ciphertext"] for n in fake.nodes}
        stored = {k.removeprefix("upwork:") for k in keys}
    fake.close()
    print(f"machine: {machine()}; {rounds} rounds × 3 overlapping saved searches, {per_round} new jobs per round")
    print(f"requests: {len(fake.requests)}; faults injected: {dict(sorted(fake.injected.items()))}")
    print(f"back-off waits: {len(client.waits)}, max {max(client.waits, default=0):.1f} s (limit {a.max_backoff:.0f} s), "
          f"total {sum(client.waits):.1f} s; polls that gave up after 5 attempts: {errors}")
    print(f"jobs on the fake: {len(ids)}; stored: {len(keys)} rows, {len(set(keys))} distinct, "
          f"duplicates {len(keys) - len(set(keys))}, missing {len(ids - stored)}; took {took:.1f} s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("scenario", choices=("deliveries", "latency", "polling"))
    ap.add_argument("--n", type=int, default=None)
    ap.add_argument("--db", choices=("sqlite", "postgres"), default="sqlite")
    ap.add_argument("--backend", choices=("sqlite", "redis"), default="sqlite")
    ap.add_argument("--redis-url", default="redis://127.0.0.1:6379/13")
    ap.add_argument("--model", choices=("offline", "fake"), default="offline")
    ap.add_argument("--latency", type=float, default=0.3, help="fake model seconds per call")
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--warmup", type=int, default=3)
    ap.add_argument("--gap", type=float, default=1.0, help="seconds between latency jobs (an idle queue between leads)")
    ap.add_argument("--timeout", type=float, default=900)
    ap.add_argument("--max-backoff", type=float, default=8.0, help="polling: DRAFTROOM_UPWORK_MAX_BACKOFF_S")
    a = ap.parse_args()
    a.n = a.n or {"deliveries": 1000, "latency": 40, "polling": 6}[a.scenario]
    {"deliveries": deliveries, "latency": latency, "polling": polling}[a.scenario](a)


if __name__ == "__main__":
    main()
