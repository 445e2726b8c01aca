"""Per-call client work of the real model path: CPU that litellm + instructor (and the gateway around them)
spend on one call, with the model answering at once.

The requests are the ones a real draft makes (captured from ``draft_for_job`` on the fake model: extract_brief
in instructor's JSON mode, draft_proposal and the others with a tool), replayed against the fake
OpenAI-compatible server (`tests/fakes/fake_openai.py`, own process, latency 0). For each request kind it
prints the calling thread's CPU per call (``time.thread_time``) and the process's (all threads), for the
engine alone (``remote.run_remote``: instructor + litellm + HTTP) and for the whole ``Gateway.run`` (adds
the ledger row). ``--profile`` prints the top functions by own time under cProfile.

    .venv/bin/python bench/bench_llm_call.py [--calls 200] [--profile]
"""
from __future__ import annotations

import argparse
import statistics
import time

from _harness import api_key, fake_model, machine, point_at, scratch_db, team_post


def captured_requests(n_posts: int = 3) -> list:
    """The gateway requests of a few real drafts (every task a draft makes), in the order they were made."""
    from service.accounts.auth import authenticate
    from service.llm import get_gateway
    from service.workflows.proposals import draft_for_job

    engine = get_gateway().engine
    seen: list = []

    def capture(model, req, _run=engine.run):
        seen.append(req)
        return _run(model, req)

    engine.run = capture
    try:
        user = authenticate(api_key("bidder"))
        for i in range(n_posts):
            draft_for_job(team_post(30_000 + i), user=user)
    finally:
        del engine.run
    return seen


def measure(fn, reqs: list, calls: int) -> tuple[float, float, float]:
    """(thread CPU ms, process CPU ms, wall ms) per call over ``calls`` calls cycling through ``reqs``."""
    for req in reqs:  # warm: imports, routers, prepared models
        fn(req)
    t0, p0, w0 = time.thread_time(), time.process_time(), time.perf_counter()
    for i in range(calls):
        fn(reqs[i % len(reqs)])
    return ((time.thread_time() - t0) * 1000 / calls, (time.process_time() - p0) * 1000 / calls,
            (time.perf_counter() - w0) * 1000 / calls)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--calls", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=3, help="repeat each measurement; the median is printed")
    ap.add_argument("--profile", action="store_true")
    a = ap.parse_args()
    print(f"machine: {machine()}")
    with scratch_db("sqlite") as url, fake_model(latency_s=0.0) as base:
        point_at(url, DRAFTROOM_MODEL="openai/gpt-4o-mini", OPENAI_API_BASE=base, OPENAI_API_KEY="sk-fake",
                 DRAFTROOM_LLM_RETRIES="0")
        from service.llm import get_gateway, ledger, remote

        reqs = captured_requests()
        by_task: dict[str, list] = {}
        for req in reqs:
            by_task.setdefault(req.task, []).append(req)
        gw = get_gateway()
        print(f"requests captured: {len(reqs)} ({', '.join(f'{k} × {len(v)}' for k, v in by_task.items())}); "
              f"fake model latency 0; {a.calls} calls per figure, median of {a.rounds} rounds")
        print(f"{'what':<42} {'thread CPU/call':>16} {'process CPU/call':>17} {'wall/call':>10}")
        for label, fn in (("engine (instructor + litellm + HTTP)", lambda r: remote.run_remote(gw.model, r)),
                          ("Gateway.run (engine + ledger row)", gw.run)):
            for task, rs in [("all tasks (a draft's mix)", reqs), *by_task.items()]:
                runs = [measure(fn, rs, a.calls) for _ in range(a.rounds)]
                thread, proc, wall = (statistics.median(x) for x in zip(*runs))
                print(f"{label[:22] + ': ' + task:<42} {thread:13.2f} ms {proc:14.2f} ms {wall:7.2f} ms")
            ledger.flush()
        if a.profile:
            import cProfile
            import pstats

            prof = cProfile.Profile()
            prof.enable()
            for i in range(a.calls):
                gw.run(reqs[i % len(reqs)])
            prof.disable()
            ledger.flush()
            print(f"\ncProfile of {a.calls} Gateway.run calls, top 30 by own time (ms per call):")
            st = pstats.Stats(prof).stats
            rows = sorted(((v[2], v[3], f, ln, fn) for (f, ln, fn), v in st.items()), reverse=True)[:30]
            for tt, ct, f, ln, fn in rows:
                print(f"  {tt * 1000 / a.calls:6.3f} own {ct * 1000 / a.calls:7.3f} cum  {fn}  ({'/'.join(f.split('/')[-2:])}:{ln})")


if __name__ == "__main__":
    main()
