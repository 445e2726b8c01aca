"""Load: 50 concurrent API clients for 60 s against the offline engine, on SQLite (WAL) and PostgreSQL.

`draftroom serve` (uvicorn, its own process) on a scratch database; 50 asyncio clients (httpx, real
HTTP, 5 users' keys) loop over a mix of what API callers and reviewers do:

* 45 % create a draft (POST /v1/drafts, a unique team-written post, an Idempotency-Key); one create in
  five is sent twice with the same key — the second answer must be the same draft (replayed);
* 20 % read one of their drafts, 15 % read the queue;
* 20 % claim one of their drafts and edit it with a unique text (naming the version they read).

Afterwards the database is counted: jobs and drafts = distinct creates acknowledged (201), draft
versions = drafts + acknowledged edits + refused edits kept as 'stale' rows, and every acknowledged
edit's text is stored exactly once. Pass: no 5xx, nothing lost, nothing duplicated.

    .venv/bin/python bench/bench_load.py [--clients 50] [--seconds 60] [--db both|sqlite|postgres]
                                        [--server-workers 1]
"""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import time
import uuid
from collections import Counter

from _harness import api_key, api_server, machine, pct, point_at, scratch_db, team_post


class Tally:
    def __init__(self) -> None:
        self.status: Counter = Counter()
        self.by_op: dict[str, list[float]] = {}
        self.created: dict[int, str] = {}        # draft id -> creating client
        self.replay_mismatch = 0
        self.replays = 0
        self.replay_still_running = 0            # 409 "still running" answers to a same-key retry
        self.edits_ok: list[str] = []            # texts acknowledged with 200
        self.edits_refused = 0                   # 409 whose text was kept (kept_version)
        self.errors_5xx: list[str] = []
        self.transport_errors: Counter = Counter()

    def note(self, op: str, r, ms: float) -> None:
        self.status[r.status_code] += 1
        self.by_op.setdefault(op, []).append(ms)
        if r.status_code >= 500:
            self.errors_5xx.append(f"{op} {r.status_code} {r.text[:200]}")


async def client(n: int, http, keys: list[str], until: float, t: Tally, seed: int) -> None:
    rng = random.Random(seed)
    key = keys[n % len(keys)]
    headers = {"Authorization": f"Bearer {key}"}
    mine: list[int] = []
    i = 0
    while time.monotonic() < until:
        i += 1
        roll = rng.random()
        try:
            if roll < 0.45 or not mine:
                body = {"job_text": team_post(n * 100_000 + i)}
                idem = {"Idempotency-Key": uuid.uuid4().hex}
                start = time.perf_counter()
                r = await http.post("/v1/drafts", json=body, headers={**headers, **idem})
                t.note("create", r, (time.perf_counter() - start) * 1000)
                if r.status_code == 201:
                    did = r.json()["id"]
                    if did in t.created:
                        t.replay_mismatch += 1  # a new create must never return an existing draft
                    t.created[did] = f"c{n}"
                    mine.append(did)
                    if rng.random() < 0.2:  # the client "lost" the answer and retries with the same key
                        t.replays += 1
                        for attempt in range(10):
                            r2 = await http.post("/v1/drafts", json=body, headers={**headers, **idem})
                            t.note("create-retry", r2, 0.0)
                            if r2.status_code != 409:
                                break
                            t.replay_still_running += 1  # the key's record is not finished yet: retry later
                            await asyncio.sleep(0.2)
                        if r2.status_code != 201 or r2.json().get("id") != did:
                            t.replay_mismatch += 1
            elif roll < 0.65:
                start = time.perf_counter()
                r = await http.get(f"/v1/drafts/{rng.choice(mine)}", headers=headers)
                t.note("read", r, (time.perf_counter() - start) * 1000)
            elif roll < 0.80:
                start = time.perf_counter()
                r = await http.get("/v1/queue", params={"limit": 20}, headers=headers)
                t.note("queue", r, (time.perf_counter() - start) * 1000)
            else:
                did = rng.choice(mine)
                start = time.perf_counter()
                r = await http.post(f"/v1/drafts/{did}/claim", headers=headers)
                t.note("claim", r, (time.perf_counter() - start) * 1000)
                if r.status_code != 200:
                    continue
                text = f"Edited by client {n} at step {i}: {uuid.uuid4().hex}. We can start on Monday."
                start = time.perf_counter()
                r = await http.post(f"/v1/drafts/{did}/edit", json={"version": r.json()["version"], "text": text},
                                    headers=headers)
                t.note("edit", r, (time.perf_counter() - start) * 1000)
                if r.status_code == 200:
                    t.edits_ok.append(text)
                elif r.status_code == 409 and r.json().get("error", {}).get("kept_version"):
                    t.edits_refused += 1
        except Exception as exc:  # noqa: BLE001 - a transport failure is a figure, not a crash
            t.transport_errors[exc.__class__.__name__] += 1


def count_rows(t: Tally) -> dict:
    from sqlmodel import func, select

    from service.core.db import session_scope
    from service.core.models import Draft, DraftVersion, Job

    with session_scope() as s:
        jobs = s.exec(select(func.count()).select_from(Job)).one()
        drafts = s.exec(select(func.count()).select_from(Draft)).one()
        versions = s.exec(select(func.count()).select_from(DraftVersion)).one()
        stale = s.exec(select(func.count()).select_from(DraftVersion).where(DraftVersion.source == "stale")).one()
        texts = Counter(s.exec(select(DraftVersion.text).where(DraftVersion.source == "human")).all())
    missing = sum(1 for x in t.edits_ok if texts[x] == 0)
    doubled = sum(1 for x in t.edits_ok if texts[x] > 1)
    return {"jobs": jobs, "drafts": drafts, "versions": versions, "stale_versions": stale,
            "edit_texts_missing": missing, "edit_texts_duplicated": doubled}


async def drive(base: str, keys: list[str], clients: int, seconds: float) -> Tally:
    import httpx

    t = Tally()
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=120, limits=limits) as http:
        until = time.monotonic() + seconds
        await asyncio.gather(*(client(n, http, keys, until, t, seed=n) for n in range(clients)))
    return t


def one_db(kind: str, clients: int, seconds: float, server_workers: int = 1) -> bool:
    with scratch_db(kind) as url:
        home = point_at(url, DRAFTROOM_MODEL="offline")
        keys = [api_key("bidder") for _ in range(5)]
        env = {"DRAFTROOM_DATABASE_URL": url, "DRAFTROOM_HOME": str(home), "DRAFTROOM_MODEL": "offline"}
        with api_server(env, workers=server_workers) as base:
            load_before = os.getloadavg()[0]
            start = time.perf_counter()
            t = asyncio.run(drive(base, keys, clients, seconds))
            wall = time.perf_counter() - start
            load_after = os.getloadavg()[0]
        rows = count_rows(t)
    created = len(t.created)
    expected_versions = created + len(t.edits_ok) + rows["stale_versions"]
    ok = (not t.errors_5xx and not t.transport_errors and t.replay_mismatch == 0 and rows["jobs"] == created
          and rows["drafts"] == created and rows["versions"] == expected_versions
          and rows["edit_texts_missing"] == 0 and rows["edit_texts_duplicated"] == 0)
    total = sum(t.status.values())
    print(f"\n[{kind}] server workers {server_workers}; load average {load_before:.1f} → {load_after:.1f}")
    print(f"[{kind}] {clients} clients × {seconds:.0f} s: {total} requests in {wall:.1f} s "
          f"({total / wall:.1f} req/s); statuses {dict(sorted(t.status.items()))}")
    for op, values in sorted(t.by_op.items()):
        if op != "create-retry":
            print(f"[{kind}]   {op:<7} n={len(values):5d}   p50 {pct(values, 50):7.0f} ms   p95 {pct(values, 95):7.0f} ms")
    print(f"[{kind}] 5xx: {len(t.errors_5xx)}   transport errors: {dict(t.transport_errors) or 0}")
    for line in t.errors_5xx[:3]:
        print(f"[{kind}]   e.g. {line}")
    print(f"[{kind}] creates acknowledged {created} (+{t.replays} same-key retries, {t.replay_mismatch} not replayed; "
          f"{t.replay_still_running} retries answered 409 'still running' after the 201 had arrived); "
          f"rows: jobs {rows['jobs']}, drafts {rows['drafts']}")
    print(f"[{kind}] edits acknowledged {len(t.edits_ok)}, refused-but-kept {t.edits_refused}; versions {rows['versions']} "
          f"(expected {expected_versions}); edit texts missing {rows['edit_texts_missing']}, "
          f"duplicated {rows['edit_texts_duplicated']}")
    print(f"[{kind}] RESULT: {'no 5xx, no lost or duplicated writes' if ok else 'FAILED'}")
    return ok


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--db", choices=("both", "sqlite", "postgres"), default="both")
    ap.add_argument("--server-workers", type=int, default=1, help="uvicorn worker processes (draftroom serve --workers)")
    a = ap.parse_args()
    print(f"machine: {machine()}  (clients and server share these cores)")
    kinds = ("sqlite", "postgres") if a.db == "both" else (a.db,)
    results = [one_db(k, a.clients, a.seconds, a.server_workers) for k in kinds]
    raise SystemExit(0 if all(results) else 1)


if __name__ == "__main__":
    main()
