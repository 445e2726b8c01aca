"""/healthz while the worst hostile requests are in flight, and the hostile corpus against a real server.

Starts the real API (`draftroom serve`, uvicorn) on a scratch SQLite database, stores a draft with two
8,000-word versions, then for each worst case keeps firing it from a client thread for --seconds while
another thread polls /healthz every 50 ms. Prints the worst case's own latency and /healthz p50 / p95 /
max while it runs, and the status codes of the whole hostile corpus (tests/hardening: corpus.py +
corpus_gate.py) sent over real HTTP. Texts are generated; nothing is copied from real data. Nothing here
asserts time.

    .venv/bin/python bench/bench_hostile.py [--seconds 5] [--words 8000]
"""
from __future__ import annotations

import argparse
import collections
import json
import random
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx  # noqa: E402

from bench._harness import api_key, api_server, machine, pct, point_at, scratch_db  # noqa: E402

VOCAB = ("the dashboard api react data model chart weekly delivery client scope budget milestone ship test "
         "deploy review design feature fix bug query report export page user team call plan week day").split()


def long_text(n: int, seed: int) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(VOCAB) for _ in range(n))


def seed_big_draft(words: int, owner) -> int:
    from service.review import actions as review
    from tests.api.helpers import make_draft

    d = make_draft(long_text(words, 1))
    review.claim(d.id, owner)
    review.edit(d.id, long_text(words, 2), 1, owner)  # an unrelated rewrite: the diff's worst case
    review.release(d.id, owner)
    return d.id


def hammer(client: httpx.Client, method: str, path: str, stop: threading.Event, out: list, **kw) -> None:
    while not stop.is_set():
        t = time.perf_counter()
        r = client.request(method, path, **kw)
        out.append((time.perf_counter() - t, r.status_code))


def poll_health(client: httpx.Client, stop: threading.Event, out: list) -> None:
    while not stop.is_set():
        t = time.perf_counter()
        r = client.get("/healthz")
        out.append((time.perf_counter() - t, r.status_code))
        time.sleep(0.05)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seconds", type=float, default=5.0)
    ap.add_argument("--words", type=int, default=8000)
    args = ap.parse_args()
    print(f"machine: {machine()}")
    with scratch_db("sqlite") as url:
        home = point_at(url)
        from service.accounts.auth import authenticate

        key = api_key("owner", "bench-owner")
        owner = authenticate(key)
        big = seed_big_draft(args.words, owner)
        small = seed_big_draft(60, owner)
        env = {"DRAFTROOM_DATABASE_URL": url, "DRAFTROOM_HOME": str(home), "DRAFTROOM_MODEL": "offline",
               "DRAFTROOM_TASK_BACKEND": "immediate"}
        with api_server(env) as base:
            headers = {"Authorization": f"Bearer {key}"}
            cases = [
                (f"diff 2 x {args.words} words", "GET", f"/v1/drafts/{big}/diff", {}),
                (f"versions 2 x {args.words} words", "GET", f"/v1/drafts/{big}/versions", {}),
                ("edit 50,000 chars (stale: kept)", "POST", f"/v1/drafts/{small}/edit",
                 {"json": {"version": 1, "text": "a" * 50_000}}),
                ("lone surrogate job JSON", "POST", "/v1/drafts",
                 {"content": b'{"job": {"title": "x\\ud800", "description": "y"}}',
                  "headers": {"content-type": "application/json"}}),
                ("JSON nested 5,000 deep", "POST", f"/v1/drafts/{small}/approve",
                 {"content": b"[" * 5000 + b"]" * 5000, "headers": {"content-type": "application/json"}}),
                ("queue assignee=\u00b2", "GET", "/v1/queue?assignee=%C2%B2", {}),
                ("body over the limit (2.2 MB)", "POST", "/v1/drafts",
                 {"content": b'{"job_text": "' + b"a" * 2_200_000 + b'"}',
                  "headers": {"content-type": "application/json"}}),
            ]
            print(f"\n{'worst case in flight':<34} {'n':>4} {'case p50 s':>10} {'case max s':>10} "
                  f"{'statuses':<14} {'healthz n':>9} {'p50 ms':>7} {'p95 ms':>7} {'max ms':>7}")
            for name, method, path, kw in cases:
                stop, work, health = threading.Event(), [], []
                with httpx.Client(base_url=base, headers=headers, timeout=120) as c1, \
                        httpx.Client(base_url=base, timeout=30) as c2:
                    threads = [threading.Thread(target=hammer, args=(c1, method, path, stop, work), kwargs=kw),
                               threading.Thread(target=poll_health, args=(c2, stop, health))]
                    for t in threads:
                        t.start()
                    time.sleep(args.seconds)
                    stop.set()
                    for t in threads:
                        t.join()
                statuses = ",".join(f"{k}x{v}" for k, v in sorted(collections.Counter(s for _, s in work).items()))
                hl = [t * 1000 for t, s in health]
                bad_health = sum(1 for _, s in health if s != 200)
                print(f"{name:<34} {len(work):>4} {pct([t for t, _ in work], 50):>10.3f} "
                      f"{max(t for t, _ in work):>10.3f} {statuses:<14} {len(hl):>9} {pct(hl, 50):>7.1f} "
                      f"{pct(hl, 95):>7.1f} {max(hl):>7.1f}" + (f"  ({bad_health} non-200!)" if bad_health else ""))
            corpus_over_http(base, key, small)


def corpus_over_http(base: str, key: str, seed_id: int) -> None:
    from tests.hardening.test_api_bad_input import CASES

    codes: collections.Counter = collections.Counter()
    fives = []
    with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {key}"}, timeout=120) as c:
        seed = c.get(f"/v1/drafts/{seed_id}").json()
        for case in CASES:
            path = case.path.replace("{seed}", str(seed_id)).replace("{seed_job}", str(seed.get("job_id")))
            headers = dict(case.headers)
            kw = {"content": case.content} if case.content is not None else (
                {"json": case.json} if case.json is not None else {})
            try:
                if headers.get("authorization") == "":  # no key at all
                    headers.pop("authorization")
                    with httpx.Client(base_url=base, timeout=120) as anon:
                        r = anon.request(case.method, path, headers=headers, **kw)
                else:
                    r = c.request(case.method, path, headers=headers, **kw)
            except httpx.LocalProtocolError:  # a header httpx itself refuses to send (e.g. "Bearer    ")
                codes["not sent"] += 1
                continue
            codes[f"{r.status_code // 100}xx"] += 1
            if r.status_code >= 500:
                fives.append((case.id, r.status_code))
    print(f"\nhostile corpus over HTTP: {sum(codes.values())} requests: "
          + ", ".join(f"{k}: {v}" for k, v in sorted(codes.items())) + f"; 5xx cases: {fives or 'none'}")
    json.dumps(fives)


if __name__ == "__main__":
    main()
