"""Offline engine throughput: extract + score + draft for every real post in ../shared/data/jobs.jsonl.

Per post: parse the record, extract its brief, assess fit (``score_record``, as ``draftroom triage``),
then draft a proposal (``draft_proposal``: render, lint, at most one revision) — all with the offline
engine, every gateway call recorded in the ledger (a throwaway SQLite file). Prints posts/s, per-stage
p50/p95, peak RSS (``resource``) and the peak of Python allocations (``tracemalloc``, a second pass,
because tracing slows the code it measures). ``--store`` runs the stored path instead
(``draft_for_job``: job row, brief, fit, draft and version rows).

    .venv/bin/python bench/bench_offline.py [--limit N] [--store] [--no-trace]
"""
from __future__ import annotations

import argparse
import json
import resource
import time
import tracemalloc

from _harness import DATA, machine, pct, point_at, scratch_db


def load_posts(limit: int) -> list[dict]:
    if not DATA.exists():
        raise SystemExit(f"real data not found at {DATA} (evaluation-only; it is never copied into the repo)")
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows[:limit] if limit else rows


def one_pipeline(record: dict, ws, times: dict[str, list[float]]) -> None:
    from service.drafting.proposal import draft_proposal
    from service.workflows.triage import score_record

    t0 = time.perf_counter()
    brief, fit = score_record(record, ws)
    t1 = time.perf_counter()
    draft_proposal(brief, fit, ws)
    t2 = time.perf_counter()
    times["extract+score"].append((t1 - t0) * 1000)
    times["draft"].append((t2 - t1) * 1000)
    times["total"].append((t2 - t0) * 1000)


def one_stored(record: dict, ws, times: dict[str, list[float]]) -> None:
    from service.workflows.proposals import draft_for_job

    t0 = time.perf_counter()
    raw = record.get("raw_text") or f"{record.get('title') or ''}\n\n{record.get('description') or ''}"
    draft_for_job(raw, ws=ws)
    times["total"].append((time.perf_counter() - t0) * 1000)


def run(posts: list[dict], ws, store: bool) -> tuple[float, dict, int, dict]:
    from service.core.errors import DraftroomError

    times: dict[str, list[float]] = {"extract+score": [], "draft": [], "total": []}
    errors: dict[str, int] = {}
    fn = one_stored if store else one_pipeline
    start = time.perf_counter()
    for record in posts:
        try:
            fn(record, ws, times)
        except DraftroomError as exc:  # a benchmark reports failures rather than stopping
            errors[exc.code] = errors.get(exc.code, 0) + 1
    return time.perf_counter() - start, times, sum(errors.values()), errors


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=0, help="only the first N posts (0 = all)")
    ap.add_argument("--store", action="store_true", help="full stored path (draft_for_job) instead of the pipeline")
    ap.add_argument("--no-trace", action="store_true", help="skip the tracemalloc pass")
    a = ap.parse_args()
    posts = load_posts(a.limit)
    print(f"machine: {machine()}")
    with scratch_db("sqlite") as url:
        point_at(url, DRAFTROOM_MODEL="offline")
        from service.core.workspace import current_workspace

        ws = current_workspace()
        run(posts[:20], ws, a.store)  # warm imports, regex caches, templates
        rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        wall, times, n_err, errors = run(posts, ws, a.store)
        rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        mode = "stored path (draft_for_job)" if a.store else "pipeline (score_record + draft_proposal)"
        print(f"posts: {len(posts)}   mode: {mode}   engine: offline   ledger: SQLite")
        print(f"wall {wall:.2f} s   {len(posts) / wall:.1f} posts/s   errors {n_err} {errors or ''}")
        for stage, values in times.items():
            if values:
                print(f"  {stage:<14} p50 {pct(values, 50):7.1f} ms   p95 {pct(values, 95):7.1f} ms   "
                      f"max {max(values):7.1f} ms")
        print(f"peak RSS (ru_maxrss): {rss1 / 1024:.0f} MiB (was {rss0 / 1024:.0f} MiB before the timed pass)")
        if not a.no_trace:
            tracemalloc.start()
            run(posts, ws, a.store)
            current, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            print(f"tracemalloc over a second pass: peak {peak / 2**20:.1f} MiB, still held at the end "
                  f"{current / 2**20:.1f} MiB")


if __name__ == "__main__":
    main()
