"""The checks and the report of bench/bench_scaleout.py: read the settled run back from the database."""
from __future__ import annotations

from collections import Counter, defaultdict
from datetime import UTC
from pathlib import Path

TERMINAL = ("drafted", "needs_attention")


def _epoch(at) -> float:
    return (at if at.tzinfo else at.replace(tzinfo=UTC)).timestamp()


def check_settled(tally: dict, n_jobs: int, worker_pids: dict[int, str], logs: Path) -> dict:
    """Exactly-once checks, per-worker split, fault figures and end-to-end seconds for the submitted jobs."""
    from sqlmodel import select

    from service.core.db import session_scope
    from service.core.models import AuditEvent, Draft, DraftVersion, Job, LlmCall

    sent = tally["jobs"]
    draft_ids = {j["draft_id"] for j in sent.values()}
    with session_scope() as s:
        jobs = s.exec(select(Job.id)).all()
        drafts = {d.id: (d.job_id, d.status, d.version, d.attention_reason) for d in s.exec(select(Draft))}
        versions = Counter(s.exec(select(DraftVersion.draft_id)).all())
        events = defaultdict(list)
        for e in s.exec(select(AuditEvent).where(AuditEvent.action.in_(TERMINAL), AuditEvent.target_type == "draft")):
            events[e.target_id].append((e.action, _epoch(e.at), (e.detail or {}).get("worker")))
        calls = s.exec(select(LlmCall.task, LlmCall.draft_id, LlmCall.status, LlmCall.attempts, LlmCall.error_code)).all()

    per_job = Counter(job_id for job_id, *_ in drafts.values())
    bad_state, bad_events = [], []
    for did in draft_ids:
        _, status, version, reason = drafts.get(did, (None, None, None, None))
        ok = ((status == "pending_review" and version == 1 and versions[did] == 1)
              or (status == "needs_attention" and version == 0 and versions[did] == 0 and (reason or "").strip()))
        if not ok:
            bad_state.append((did, status, version, versions[did]))
        terminal = events.get(did, [])
        expected = "drafted" if status == "pending_review" else status
        if len(terminal) != 1 or terminal[0][0] != expected:
            bad_events.append((did, status, [t[0] for t in terminal]))
    proposal_rows = Counter(d for task, d, *_ in calls if task == "draft_proposal" and d is not None)
    checks = {
        "every job sent and answered 202": len(sent) == n_jobs and not tally["refused"],
        "one job row per post": len(jobs) == n_jobs and len({j["job_id"] for j in sent.values()}) == n_jobs,
        "one draft per job, none lost": len(drafts) == n_jobs and all(per_job[j["job_id"]] == 1 for j in sent.values())
                                        and draft_ids <= set(drafts),
        "drafted (1 AI version) or needs_attention (reason, no version)": not bad_state,
        "exactly one terminal audit event per draft": not bad_events,
        "at most one draft_proposal model call per draft": all(v <= 1 for v in proposal_rows.values()),
    }
    names = {}
    for worker in {t[2] for evs in events.values() for t in evs}:
        pid = int(str(worker).rsplit(":", 1)[-1]) if worker and str(worker).rsplit(":", 1)[-1].isdigit() else None
        names[worker] = worker_pids.get(pid, f"unknown ({worker})")
    split = Counter()
    for did in draft_ids:
        for action, _, worker in events.get(did, []):
            split[(names.get(worker, "none"), action)] += 1
    per_worker = {w: {a: split[(w, a)] for a in TERMINAL} for w in sorted({w for w, _ in split})}
    e2e = [evs[0][1] - sent_job["sent"] for sent_job in sent.values() if (evs := events.get(sent_job["draft_id"]))]
    reasons = Counter((drafts[d][3] or "").split(":", 1)[0] for d in draft_ids
                      if d in drafts and drafts[d][1] == "needs_attention")
    ok_calls = [c for c in calls if c[2] == "ok"]
    huey = Counter()
    for log in logs.glob("worker-*.log"):
        text = log.read_text(errors="replace")
        huey["unhandled task exceptions"] += text.count("Unhandled exception in task")
        huey["task retries"] += text.count("will be retried")
    return {
        "checks": checks,
        "problems": {"refused": tally["refused"][:5], "bad_state": bad_state[:5], "bad_events": bad_events[:5],
                     "duplicate_draft_proposal_rows": [d for d, v in proposal_rows.items() if v > 1][:5]},
        "outcomes": {"drafted": sum(drafts[d][1] == "pending_review" for d in draft_ids if d in drafts),
                     "needs_attention": sum(drafts[d][1] == "needs_attention" for d in draft_ids if d in drafts)},
        "per_worker": per_worker,
        "faults": {
            "ledger_calls": len(calls), "ledger_attempts": sum(c[3] for c in calls),
            "calls_ok_first_try": sum(c[3] == 1 for c in ok_calls),
            "calls_ok_after_retry": sum(c[3] > 1 for c in ok_calls),
            "calls_failed": dict(Counter(c[4] or "unknown" for c in calls if c[2] == "error")),
            "max_attempts_per_call": max((c[3] for c in calls), default=0),
            "needs_attention_reasons": dict(reasons), "worker_logs": dict(huey),
        },
        "e2e_s": e2e,
    }


def print_report(result: dict) -> bool:
    f, faults = result["figures"], result["faults"]
    print(f"\nsettled {f['jobs']:,} jobs in {f['wall_s']} s (sending took {f['send_s']} s): {f['jobs_per_s']} jobs/s; "
          f"end to end (202 sent → settled) p50 {f['e2e_p50_s']} s, p95 {f['e2e_p95_s']} s; "
          f"load average {f['load_start']} → {f['load_end']}")
    print(f"outcomes: {result['outcomes']}; HTTP statuses {f['statuses']}, transport errors {f['transport_errors']}, "
          f"jobs re-sent with the same key {f['retried_sends']}, tasks delivered twice {f['redelivered']}")
    print("per worker (terminal events it wrote):")
    for name, counts in result["per_worker"].items():
        print(f"  {name:<10} drafted {counts['drafted']:5d}   needs_attention {counts['needs_attention']:4d}")
    total = sum(result["fake_outcomes"].values())
    faulted = total - result["fake_outcomes"].get("ok", 0)
    print(f"model requests {total:,}, faulted {faulted:,} ({faulted / max(total, 1):.1%}): {result['fake_outcomes']}")
    print(f"gateway calls {faults['ledger_calls']:,} ({faults['ledger_attempts']:,} attempts): ok first try "
          f"{faults['calls_ok_first_try']:,}, ok after retry {faults['calls_ok_after_retry']:,}, failed after the "
          f"retry budget {faults['calls_failed']} (max {faults['max_attempts_per_call']} attempts per call)")
    print(f"needs_attention reasons: {faults['needs_attention_reasons']}; worker logs: {faults['worker_logs']}")
    print("checks:")
    for name, ok in result["checks"].items():
        print(f"  {'ok  ' if ok else 'FAIL'} {name}")
    for name, items in result["problems"].items():
        if items:
            print(f"  e.g. {name}: {items}")
    ok = all(result["checks"].values())
    print("RESULT:", "every job settled exactly once" if ok else "FAILED")
    return ok
