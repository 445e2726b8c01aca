"""Service overhead: what Draftroom adds on top of the model's own latency.

`POST /v1/drafts` through a real uvicorn server (`draftroom serve`) and real HTTP, with the model being
the fake OpenAI-compatible server (own process) at a fixed latency per call, reached through the real
litellm + instructor path. For every request:

    overhead = end-to-end time seen by the client − sum of the model latencies the ledger recorded
               for that job (every gateway call: extract_brief, judge_fit, draft_proposal, revise_…)

The ledger latency is measured around litellm + instructor, so this overhead is Draftroom's own work:
HTTP, auth, parsing, prompts, rendering, lint, database writes. A second figure subtracts only the
configured model latency × calls (so it also charges litellm/instructor's own client-side work).
Aim: p95 overhead ≤ 25 ms.

    .venv/bin/python bench/bench_overhead.py [--requests 60] [--latency 0.2] [--db sqlite|postgres]

``--breakdown`` also drafts a few jobs in-process (FastAPI TestClient, same fake model) under cProfile
and prints where the non-model time goes, by Draftroom function (cumulative ms per draft).
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from pathlib import Path

from _harness import (
    api_key,
    api_server,
    fake_model,
    machine,
    pct,
    point_at,
    scratch_db,
    team_post,
)


def ledger_for(job_ids: list[int]) -> dict[int, list]:
    from sqlmodel import select

    from service.core.db import session_scope
    from service.core.models import LlmCall
    from service.llm import ledger

    ledger.flush()  # this process's queued rows (the server's were written when it stopped)
    out: dict[int, list] = {j: [] for j in job_ids}
    with session_scope() as s:
        for call in s.exec(select(LlmCall).where(LlmCall.job_id.in_(job_ids))):
            out[call.job_id].append(call)
    return out


def loadavg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def server_cpu_s() -> float:
    """CPU seconds (user + system) used so far by the `draftroom serve` process this bench started (found
    among this process's children by its command line): moves little with other load, unlike wall time."""
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[1]) != os.getpid():
                continue
            if b"serve" in (stat.parent / "cmdline").read_bytes():
                total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (OSError, IndexError, ValueError):
            continue
    return total


HOTSPOTS = [  # (label, file suffix, function) — the places the non-model time goes
    ("gateway.run (model call incl. litellm+instructor)", "service/llm/gateway.py", "run"),
    ("templates.render (all prompt/output renders)", "service/llm/templates.py", "render"),
    ("templates.template_source_hash", "service/llm/templates.py", "template_source_hash"),
    ("  of which jinja2 Environment.parse", "jinja2/environment.py", "parse"),
    ("lint.lint_proposal", "service/drafting/lint.py", "lint_proposal"),
    ("ledger.record (one row per call)", "service/llm/ledger.py", "record"),
    ("parse.parse_job", "service/intake/parse.py", "parse_job"),
    ("extract._merge / validation", "service/intake/extract.py", "_merge"),
    ("fit.assess_fit (rules)", "service/fit/assess.py", "assess_fit"),
    ("ai_versions.store_draft", "service/review/ai_versions.py", "store_draft"),
    ("auth.authenticate", "service/accounts/auth.py", "authenticate"),
    ("routes.drafts.full (response JSON)", "service/api/routes/drafts.py", "full"),
    ("routes.drafts.full_drafted (response JSON)", "service/api/routes/drafts.py", "full_drafted"),
    ("workspace.current_workspace", "service/core/workspace.py", "current_workspace"),
]


def good_answers(indices: list[int], out: Path) -> Path:
    """What a good model would answer for each post: the offline engine's own answers, recorded per task
    schema (the last one wins, so a letter the offline engine revised is the revised, lint-clean one).
    The fake model then answers these for the post whose key ("project #00042") is in the prompt, so the
    revision pass runs only when the letter really fails lint."""
    from service.accounts.auth import authenticate
    from service.llm import reset_gateway
    from service.llm.engines import OfflineEngine, register_engine, unregister_engine
    from service.workflows.proposals import draft_for_job

    seen: dict[str, object] = {}

    class Recording(OfflineEngine):
        def run(self, model, req):
            answer = super().run(model, req)
            seen[req.response_model.__name__] = answer.value.model_dump(mode="json")
            return answer

    engine = Recording()
    register_engine(lambda model: model == "offline", engine)
    answers: dict[str, dict] = {}
    with scratch_db("sqlite") as url:
        point_at(url, DRAFTROOM_MODEL="offline")
        user = authenticate(api_key("bidder"))
        try:
            for i in indices:
                seen = {}
                draft_for_job(team_post(i), user=user)
                answers[f"project #{i:05d}"] = seen
        finally:
            unregister_engine(engine)
            reset_gateway()
    out.write_text(json.dumps(answers), encoding="utf-8")
    return out


def breakdown(url: str, base: str, n: int = 8, top: int = 15) -> None:
    """In-process profile of what POST /v1/drafts runs (auth, draft_for_job, the response JSON):
    cumulative ms per draft for the hot spots. (cProfile sees only this thread, so the route's
    body is called directly rather than through TestClient's worker thread.)"""
    import cProfile
    import pstats

    from service.accounts.auth import authenticate
    from service.api.routes import drafts as route
    from service.review.actions import get_draft
    from service.workflows.proposals import draft_for_job

    # the answer exactly as create_draft builds it (an older tree without full_drafted: the general read)
    answer = getattr(route, "full_drafted", None) or (lambda draft_id, user: route.full(get_draft(draft_id), user))

    point_at(url, DRAFTROOM_MODEL="openai/gpt-4o-mini", OPENAI_API_BASE=base, OPENAI_API_KEY="sk-fake",
             DRAFTROOM_LLM_RETRIES="0")
    key = api_key("bidder")

    def one(i: int) -> None:
        user = authenticate(key)
        draft, _ = draft_for_job(team_post(i), user=user)
        json.dumps(answer(draft.id, user), default=str)

    from service.llm import get_gateway

    engine = get_gateway().engine
    in_model = [0.0]

    def timed_run(model, req, _run=engine.run):  # CPU of this thread inside the ledger's latency window
        t = time.thread_time()
        try:
            return _run(model, req)
        finally:
            in_model[0] += time.thread_time() - t

    engine.run = timed_run
    for i in range(3):
        one(20_000 + i)
    in_model[0] = 0.0
    cpu0, wall0, thread0 = time.process_time(), time.perf_counter(), time.thread_time()
    for i in range(n):
        one(20_050 + i)
    cpu = (time.process_time() - cpu0) * 1000 / n
    thread = (time.thread_time() - thread0) * 1000 / n
    model_cpu = in_model[0] * 1000 / n
    del engine.run
    print(f"\nin-process, no profiler, {n} drafts: {(time.perf_counter() - wall0) * 1000 / n:.0f} ms wall, "
          f"**{cpu:.0f} ms CPU per draft** (this process, all threads: Draftroom + litellm/instructor client work; "
          f"the model is another process). CPU time barely moves with other load on the machine; wall time does.")
    print(f"request thread: {thread:.1f} ms CPU per draft, of which {model_cpu:.1f} ms inside model calls "
          f"(litellm + instructor, within the ledger's latency) → **Draftroom's own request-path CPU: "
          f"{thread - model_cpu:.1f} ms per draft** (auth, intake, fit, prompts, lint, database, response JSON)")
    prof = cProfile.Profile()
    start = time.perf_counter()
    prof.enable()
    for i in range(n):
        one(20_100 + i)
    prof.disable()
    wall = (time.perf_counter() - start) * 1000 / n
    stats = pstats.Stats(prof).stats  # {(file, line, fn): (cc, nc, tt, ct, callers)}
    print(f"\nbreakdown (in-process under cProfile, {n} drafts; the profiler inflates times): {wall:.0f} ms per draft")
    for label, suffix, fn in HOTSPOTS:
        hits = [v for (f, _l, name), v in stats.items() if f.endswith(suffix) and name == fn]
        ct, calls = sum(v[3] for v in hits), sum(v[1] for v in hits)
        print(f"  {label:<52} {ct * 1000 / n:7.1f} ms/draft  ({calls / n:.1f} calls/draft)")
    waits = ("select", "poll", "acquire", "sleep", "recv", "recv_into", "wait", "read", "readinto")
    own = sorted(((v[2], f, name) for (f, _l, name), v in stats.items() if name.strip("<>{}").split()[-1] not in waits
                  and "method 'acquire'" not in name and "select" not in name), reverse=True)[:top]
    print(f"  top {top} by own time (waits on the model excluded):")
    for tt, f, name in own:
        print(f"    {tt * 1000 / n:6.1f} ms/draft  {name}  ({'/'.join(Path(f).parts[-2:])})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--requests", type=int, default=60)
    ap.add_argument("--warmup", type=int, default=5)
    ap.add_argument("--latency", type=float, default=0.2, help="fake model latency per call, seconds")
    ap.add_argument("--db", choices=("sqlite", "postgres"), default="sqlite")
    ap.add_argument("--breakdown", action="store_true", help="also profile in-process and print hot spots")
    ap.add_argument("--drafts", type=int, default=8, help="drafts per in-process measurement of --breakdown")
    ap.add_argument("--log", type=Path, default=None, help="write the API server's log here")
    ap.add_argument("--good-model", action="store_true",
                    help="the fake answers what a good model would (the offline engine's brief, judgement and a "
                         "letter that passes lint), so the revision pass runs only when it would in real use")
    a = ap.parse_args()
    import httpx

    print(f"machine: {machine()}")
    load0 = loadavg()
    answers = None
    if a.good_model:
        indices = [10_000 + i for i in range(a.warmup + a.requests)] + [20_000 + i for i in range(3)] + \
                  [20_050 + i for i in range(a.drafts)] + [20_100 + i for i in range(a.drafts)]
        answers = good_answers(indices, Path(tempfile.mkdtemp(prefix="draftroom-bench-")) / "answers.json")
    with scratch_db(a.db) as url, fake_model(latency_s=a.latency, answers=answers) as base:
        home = point_at(url)
        key = api_key("bidder")
        env = {"DRAFTROOM_DATABASE_URL": url, "DRAFTROOM_HOME": str(home), "DRAFTROOM_MODEL": "openai/gpt-4o-mini",
               "OPENAI_API_BASE": base, "OPENAI_API_KEY": "sk-fake", "DRAFTROOM_LLM_RETRIES": "0",
               "DRAFTROOM_TASK_BACKEND": "immediate"}
        with api_server(env, log=a.log) as api, httpx.Client(base_url=api, timeout=120,
                                                            headers={"Authorization": f"Bearer {key}"}) as http:
            rows = []
            for i in range(a.warmup + a.requests):
                if i == a.warmup:
                    cpu0 = server_cpu_s()
                start = time.perf_counter()
                r = http.post("/v1/drafts", json={"job_text": team_post(10_000 + i)})
                ms = (time.perf_counter() - start) * 1000
                if r.status_code != 201:
                    raise SystemExit(f"request {i}: HTTP {r.status_code}: {r.text[:300]}")
                if i >= a.warmup:
                    rows.append((r.json()["job_id"], ms))
            server_cpu = (server_cpu_s() - cpu0) * 1000 / a.requests
        calls = ledger_for([j for j, _ in rows])
        if a.breakdown:
            breakdown(url, base, n=a.drafts)
    over_ledger, over_config, e2e, n_calls, model_ms, by_task = [], [], [], [], [], {}
    for job_id, ms in rows:
        cs = calls[job_id]
        model = sum(c.latency_ms for c in cs)
        e2e.append(ms)
        n_calls.append(len(cs))
        model_ms.extend(c.latency_ms for c in cs)
        over_ledger.append(ms - model)
        over_config.append(ms - len(cs) * a.latency * 1000)
        for c in cs:
            by_task[c.task] = by_task.get(c.task, 0) + 1
    print(f"fake model answers: {'a good model (offline engine answers per post)' if a.good_model else 'schema-valid quotes (every letter fails lint: one revision per draft)'}")
    print(f"db: {a.db}   model latency per call (fake server): {a.latency * 1000:.0f} ms   requests: {len(rows)} "
          f"(after {a.warmup} warm-up)")
    print(f"gateway calls per draft: mean {statistics.mean(n_calls):.2f} (by task over all drafts: {by_task})")
    print(f"end-to-end per POST /v1/drafts:   p50 {pct(e2e, 50):7.1f} ms   p95 {pct(e2e, 95):7.1f} ms")
    print(f"model latency per call (ledger):  p50 {pct(model_ms, 50):7.1f} ms   p95 {pct(model_ms, 95):7.1f} ms")
    print(f"OVERHEAD (e2e − ledger latency):  p50 {pct(over_ledger, 50):7.1f} ms   p95 {pct(over_ledger, 95):7.1f} ms"
          f"   (aim: p95 ≤ 25 ms)")
    print(f"server CPU per POST /v1/drafts:    {server_cpu:7.1f} ms   (the `draftroom serve` process: Draftroom + "
          f"litellm/instructor client work + uvicorn; the figure other load inflates least)")
    print(f"e2e − calls × configured latency: p50 {pct(over_config, 50):7.1f} ms   p95 {pct(over_config, 95):7.1f} ms"
          f"   (also charges litellm + instructor client work)")
    paths: dict[str, list[float]] = {}
    for (job_id, _ms), over in zip(rows, over_ledger):
        tasks = sorted({c.task for c in calls[job_id]} - {"extract_brief", "draft_proposal"})
        paths.setdefault(" + ".join(tasks) or "brief + letter only", []).append(over)
    for path, values in sorted(paths.items(), key=lambda kv: -len(kv[1])):
        print(f"  overhead of drafts with {path:<28} n={len(values):3d}   p50 {pct(values, 50):7.1f} ms   "
              f"max {max(values):7.1f} ms")
    print(f"load average at the start / end: {load0} / {loadavg()}   (2 cores: above ~1 other processes share them)")


if __name__ == "__main__":
    main()
