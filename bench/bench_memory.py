"""Worker memory: N background drafts through ONE `draftroom worker` process, its RSS every 1,000 drafts.

The bench stores N team-written posts and their ``drafting`` placeholders (``tasks.submit``, the path of
``POST /v1/drafts?wait=false``) on a scratch database and enqueues them; one `draftroom worker` process
(its own process, one thread by default) drafts them with the offline engine (or the fake model with
``--fake``). Every ``--every`` settled drafts the bench reads the worker's VmRSS / VmHWM from
/proc/<pid>/status and prints a line, so growth is visible: a bounded worker levels off after the first
thousand (imports, caches filling up) and stays flat. The worker runs with its restart policy
(``--max-tasks``, default the product's ``DRAFTROOM_WORKER_MAX_TASKS``, 5,000; 0 = never restart, which shows the
raw growth); a planned restart keeps the PID, so the same /proc entry is read throughout, and the highest RSS
sampled (every 0.2 s) is printed at the end.

    .venv/bin/python bench/bench_memory.py [--jobs 10000] [--every 1000] [--threads 1] [--db sqlite|postgres]
                                          [--fake] [--latency 0] [--max-tasks N]
"""
from __future__ import annotations

import argparse
import os
import shutil
import threading
import time
from pathlib import Path

from _harness import fake_model, machine, point_at, scratch_db, team_post, worker_process


def rss_kib(pid: int) -> tuple[int, int]:
    """(VmRSS, VmHWM) of a process in KiB, from /proc."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key] = int(value.split()[0])
    return fields.get("VmRSS", 0), fields.get("VmHWM", 0)


def settled() -> int:
    from sqlmodel import func, select

    from service.core.db import session_scope
    from service.core.models import Draft

    with session_scope() as s:
        return s.exec(select(func.count()).select_from(Draft).where(Draft.status != "drafting")).one()


def submit_all(n: int, offset: int, errors: list) -> None:
    from service.workflows.tasks import submit

    try:
        for i in range(n):
            submit(team_post(offset + i), None)
    except BaseException as exc:  # noqa: BLE001 - reported by the main thread
        errors.append(exc)


def run(a, url: str, model_env: dict[str, str]) -> bool:
    home = point_at(url, DRAFTROOM_TASK_BACKEND="sqlite", DRAFTROOM_WORKER_PERIODIC="false", **model_env)
    ok = False
    try:
        ok = measure(a, url, home, model_env)
    finally:
        if ok:
            shutil.rmtree(home, ignore_errors=True)
        else:
            print(f"kept the worker's log: {home / 'worker.log'}")
    return ok


def measure(a, url: str, home: Path, model_env: dict[str, str]) -> bool:
    env = {"DRAFTROOM_DATABASE_URL": url, "DRAFTROOM_HOME": str(home), "DRAFTROOM_TASK_BACKEND": "sqlite",
           "DRAFTROOM_WORKER_PERIODIC": "false", **model_env}
    if a.max_tasks is not None:
        env["DRAFTROOM_WORKER_MAX_TASKS"] = str(a.max_tasks)
    log = home / "worker.log"
    with worker_process(env, a.threads, log) as proc:
        time.sleep(1.0)
        idle, _ = rss_kib(proc.pid)
        print(f"worker pid {proc.pid}, {a.threads} thread(s); RSS before the first draft: {idle / 1024:.1f} MiB")
        errors: list = []
        feeder = threading.Thread(target=submit_all, args=(a.jobs, 700_000, errors), daemon=True)
        start = time.perf_counter()
        feeder.start()
        print(f"{'drafts':>7} {'RSS MiB':>8} {'peak MiB':>9} {'+ since 1st mark':>16} {'s':>7} {'drafts/s':>9}")
        marks: list[tuple[int, int]] = []
        next_mark, last, highest = a.every, 0, 0
        while last < a.jobs:
            if proc.poll() is not None:
                print(f"worker exited with {proc.returncode}; see {log}")
                return False
            if errors:
                print(f"submitting failed: {errors[0]!r}")
                return False
            last = settled()
            highest = max(highest, rss_kib(proc.pid)[0])
            while last >= next_mark:
                rss, hwm = rss_kib(proc.pid)
                marks.append((next_mark, rss))
                grown = (rss - marks[0][1]) / 1024
                took = time.perf_counter() - start
                print(f"{next_mark:7d} {rss / 1024:8.1f} {hwm / 1024:9.1f} {grown:+16.1f} {took:7.0f} "
                      f"{next_mark / took:9.1f}", flush=True)
                next_mark += a.every
            time.sleep(0.2)
        restarts = log.read_text(errors="replace").count("worker restarted with fresh memory")
    print(f"highest RSS sampled: {highest / 1024:.1f} MiB; planned restarts: {restarts}")
    if restarts:
        print(f"RESULT: highest RSS {highest / 1024:.1f} MiB over {a.jobs:,} drafts, with {restarts} planned "
              f"restart(s) of the worker (its memory starts afresh at each)")
    elif len(marks) >= 3:
        # Growth per 1,000 drafts after the second mark (the first thousand fills caches and imports).
        (n1, r1), (n2, r2) = marks[1], marks[-1]
        per_k = (r2 - r1) / 1024 / ((n2 - n1) / 1000)
        print(f"RESULT: RSS {marks[0][1] / 1024:.1f} MiB after {marks[0][0]:,} drafts, {r2 / 1024:.1f} MiB after "
              f"{n2:,}; growth after the first {n1:,}: {per_k:+.2f} MiB per 1,000 drafts")
    return True


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--jobs", type=int, default=10_000)
    ap.add_argument("--every", type=int, default=1_000)
    ap.add_argument("--threads", type=int, default=1, help="threads of the one worker process")
    ap.add_argument("--db", choices=("sqlite", "postgres"), default="sqlite")
    ap.add_argument("--fake", action="store_true", help="the fake OpenAI model (real litellm path) instead of offline")
    ap.add_argument("--latency", type=float, default=0.0, help="fake model latency per call (with --fake)")
    ap.add_argument("--max-tasks", type=int, default=None,
                    help="the worker's restart policy (default: the product's, 5000; 0 = never restart)")
    a = ap.parse_args()
    if a.jobs < 1 or a.every < 1:
        ap.error("--jobs and --every must be at least 1")
    print(f"machine: {machine()}   load average at start: {os.getloadavg()[0]:.1f}")
    print(f"{a.jobs:,} drafts through one worker process, {'fake model' if a.fake else 'offline engine'}, {a.db}")
    with scratch_db(a.db) as url:
        if a.fake:
            with fake_model(latency_s=a.latency) as base:
                ok = run(a, url, {"DRAFTROOM_MODEL": "openai/gpt-4o-mini", "OPENAI_API_BASE": base,
                                  "OPENAI_API_KEY": "sk-fake"})
        else:
            ok = run(a, url, {"DRAFTROOM_MODEL": "offline"})
    print(f"load average at end: {os.getloadavg()[0]:.1f}")
    raise SystemExit(0 if ok else 1)


if __name__ == "__main__":
    main()
