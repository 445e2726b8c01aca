"""Queue listing, filtering and claiming with 100,000 drafts on SQLite and PostgreSQL: p50/p95 (ms).

    .venv/bin/python bench/bench_queue.py                       # SQLite (temp file) and PostgreSQL
    .venv/bin/python bench/bench_queue.py --backends sqlite --drafts 20000
    BENCH_PG_URL=postgresql://postgres@127.0.0.1/postgres  (default; a scratch database is created and dropped)

Each timing calls the service layer (``review.list_queue`` / ``review.claim``) exactly as the API does,
in a fresh session, after a warm-up. Exactly ``--attention`` drafts (default 50) need attention, with
weak tiers and recent intake (the order that used to hide them); ``GET /v1/queue`` (in-process HTTP with
a real key) and ``draftroom queue`` (the command in-process, without interpreter start-up) must list all of
them first, and their p95 is printed too. Aim: p95 ≤ 50 ms."""
from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import create_engine, insert, text  # noqa: E402

STATUSES = [("pending_review", 60), ("in_review", 5), ("approved", 10), ("exported", 15), ("rejected", 8),
            ("pending_review", 2)]
TIERS = [("strong", 0), ("possible", 1), ("poor", 2), (None, 3)]
LINES = ["web_app", "api_backend", "shopify", "data"]


def _populate(url: str, n: int, seed: int = 7, attention: int = 50) -> set[int]:
    from service.core.models import Draft, DraftVersion, Job, User
    from service.review.state import content_hash

    rnd = random.Random(seed)
    eng = create_engine(url)
    now = datetime.now(UTC)
    statuses = [s for s, w in STATUSES for _ in range(w)]
    stuck = set(rnd.sample(range(1, n + 1), attention))  # needs_attention: weak tiers, recent intake
    with eng.begin() as conn:
        conn.execute(insert(User.__table__), [{"name": f"bench-{i}", "role": "bidder", "created_at": now,
                                               "disabled": False} for i in range(1, 11)])
        batch = 5000
        for start in range(0, n, batch):
            jobs, drafts, versions = [], [], []
            for i in range(start + 1, min(n, start + batch) + 1):
                at = now - timedelta(minutes=rnd.randint(0, 90 * 24 * 60))
                tier, rank = rnd.choice(TIERS)
                status = rnd.choice(statuses)
                if i in stuck:
                    status, (tier, rank) = "needs_attention", rnd.choice(TIERS[2:])
                    at = now - timedelta(minutes=rnd.randint(0, 60))
                claimed = rnd.randint(1, 10) if status == "in_review" else None
                body = f"Draft {i}: opening for the client, diagnosis, proof, next step and a call to action."
                jobs.append({"id": i, "created_at": at, "source_format": "text", "text_hash": f"{i:064d}",
                             "title": f"Bench job {i}", "raw_text": "bench", "status": "extracted",
                             "stage": "identified"})
                drafts.append({"id": i, "created_at": at, "updated_at": at, "job_id": i,
                               "kind": "proposal" if rnd.random() < 0.9 else "checkin", "status": status, "tier": tier,
                               "tier_rank": rank, "service_line": rnd.choice(LINES), "intake_at": at, "version": 1,
                               "claimed_by": claimed, "lock_expires_at": (now + timedelta(minutes=10)) if claimed else None,
                               "lint": {"checks": []}, "flags_acknowledged": False, "export_count": 0,
                               "attention_reason": "model timed out after 3 attempts" if i in stuck else None})
                versions.append({"draft_id": i, "number": 1, "created_at": at, "source": "ai", "text": body,
                                 "content_hash": content_hash(body)})
            conn.execute(insert(Job.__table__), jobs)
            conn.execute(insert(Draft.__table__), drafts)
            conn.execute(insert(DraftVersion.__table__), versions)
        if eng.dialect.name == "postgresql":
            for table in ("jobs", "drafts", "draft_versions"):
                conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"))
            conn.execute(text("ANALYZE"))
        else:
            conn.execute(text("ANALYZE"))
    eng.dispose()
    return stuck


def _time(fn, runs: int) -> tuple[float, float]:
    for _ in range(5):
        fn()
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    from service.core.stats import percentile  # the one percentile definition (runtime, evals, bench)

    return percentile(samples, 0.5), percentile(samples, 0.95)


def run_backend(label: str, url: str, n: int, runs: int, attention: int = 50) -> list[tuple[str, str, float, float]]:
    from fastapi.testclient import TestClient
    from typer.testing import CliRunner

    from service.accounts.auth import Principal, add_user
    from service.api.app import create_app
    from service.cli import app as cli_app
    from service.core import db as dbmod
    from service.core.config import reset_settings
    from service.review import actions as review

    os.environ["DRAFTROOM_DATABASE_URL"] = url
    reset_settings()
    dbmod.reset_engines()
    dbmod.upgrade(url)
    t0 = time.perf_counter()
    stuck = _populate(dbmod.normalise_url(url), n, attention=attention)
    print(f"[{label}] inserted {n:,} drafts ({attention} need attention) in {time.perf_counter() - t0:.1f}s", flush=True)
    dbmod.reset_engines()
    _user, key = add_user(f"bench-reader-{uuid.uuid4().hex[:6]}", "bidder")
    client = TestClient(create_app())
    auth = {"Authorization": f"Bearer {key}"}
    runner = CliRunner()

    # the attention drafts come first: API, CLI and the service, default view
    first = client.get(f"/v1/queue?limit={attention}", headers=auth).json()
    api_ok = {i["id"] for i in first["items"]} == stuck and first["needs_attention"] == attention
    out = runner.invoke(cli_app, ["queue", "--limit", str(attention), "--key", key]).stdout.splitlines()
    cli_ids = {int(line.split("\t", 1)[0][1:]) for line in out if line.startswith("#")}
    cli_ok = cli_ids == stuck and out[0].startswith(f"{attention} need attention")
    print(f"[{label}] the {attention} needs_attention drafts first: GET /v1/queue {'yes' if api_ok else 'NO'}, "
          f"draftroom queue {'yes' if cli_ok else 'NO'}", flush=True)
    if not (api_ok and cli_ok):
        raise SystemExit(f"[{label}] needs_attention drafts are not listed first")

    page2 = review.list_queue(status="pending_review", limit=50)
    deep = page2
    for _ in range(20):  # a cursor 20 pages deep
        deep = review.list_queue(status="pending_review", limit=50, cursor=deep.next_cursor)

    def http_queue():
        r = client.get("/v1/queue?limit=50", headers=auth)
        assert r.status_code == 200

    import contextlib
    import io

    from service.cli.review import queue as queue_command

    def cli_queue():  # the command's body as 'draftroom queue' runs it (schema check, key, list, print)
        with contextlib.redirect_stdout(io.StringIO()):
            queue_command(status=None, show_all=False, tier=None, service_line=None, kind=None, assignee=None,
                          limit=50, cursor=None, as_json=False, key=key)

    def cli_queue_typer():  # plus typer building the whole command tree (once per process in real use)
        r = runner.invoke(cli_app, ["queue", "--limit", "50", "--key", key])
        assert r.exit_code == 0

    cases = {
        "GET /v1/queue (default view, HTTP)": http_queue,
        "draftroom queue (command body)": cli_queue,
        "draftroom queue (+ typer parse)": cli_queue_typer,
        "list: default view, first 50": lambda: review.list_queue(limit=50),
        "list: status=all, first 50": lambda: review.list_queue(status="all", limit=50),
        "list: status=pending_review": lambda: review.list_queue(status="pending_review", limit=50),
        "list: status=pending_review,in_review": lambda: review.list_queue(status="pending_review,in_review", limit=50),
        "list: claimable (next item)": lambda: review.list_queue(claimable=True, limit=20),
        "filter: status+tier=strong": lambda: review.list_queue(status="pending_review", tier="strong", limit=50),
        "filter: status+service_line": lambda: review.list_queue(status="pending_review", service_line="shopify",
                                                                  limit=50),
        "filter: status+kind=checkin": lambda: review.list_queue(status="pending_review", kind="checkin", limit=50),
        "filter: assignee=3": lambda: review.list_queue(assignee=3, limit=50),
        "page 21 via cursor": lambda: review.list_queue(status="pending_review", limit=50, cursor=deep.next_cursor),
    }
    rows = []
    for name, fn in cases.items():
        p50, p95 = _time(fn, runs)
        rows.append((label, name, p50, p95))
        print(f"[{label}] {name:40} p50 {p50:7.2f} ms   p95 {p95:7.2f} ms", flush=True)
    from sqlmodel import select

    from service.core.db import session_scope
    from service.core.models import Draft

    with session_scope() as s:
        ids = list(s.exec(select(Draft.id).where(Draft.status == "pending_review").limit(runs + 10)))
    actor = Principal(user_id=1, name="bench-1", role="bidder")
    it = iter(ids)
    p50, p95 = _time(lambda: review.claim(next(it), actor), runs)
    rows.append((label, "claim (lock + audit row, commit)", p50, p95))
    print(f"[{label}] {'claim (lock + audit row, commit)':40} p50 {p50:7.2f} ms   p95 {p95:7.2f} ms", flush=True)
    dbmod.reset_engines()
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--drafts", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=200)
    ap.add_argument("--backends", default="sqlite,postgres")
    ap.add_argument("--attention", type=int, default=50, help="How many drafts need attention")
    args = ap.parse_args()
    rows = []
    if "sqlite" in args.backends:
        with tempfile.TemporaryDirectory() as tmp:
            rows += run_backend("sqlite", f"sqlite:///{tmp}/bench.db", args.drafts, args.runs, args.attention)
    if "postgres" in args.backends:
        from sqlalchemy.engine import make_url

        from service.core.db import normalise_url

        base = make_url(normalise_url(os.environ.get("BENCH_PG_URL", "postgresql://postgres@127.0.0.1/postgres")))
        name = f"draftroom_bench_{uuid.uuid4().hex[:8]}"
        admin = create_engine(base, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            rows += run_backend("postgres", base.set(database=name).render_as_string(hide_password=False),
                                args.drafts, args.runs, args.attention)
        finally:
            from service.core import db as dbmod

            dbmod.reset_engines()
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    print("\n| backend | operation | p50 ms | p95 ms | p95 ≤ 50 ms |\n|---|---|---:|---:|---|")
    for label, name, p50, p95 in rows:
        print(f"| {label} | {name} | {p50:.2f} | {p95:.2f} | {'yes' if p95 <= 50 else 'NO'} |")


if __name__ == "__main__":
    main()
