"""Tokens per proposal for 5,000-character posts, counted with litellm's token counter on the real
requests, and proof that redrafting a job never re-extracts it.

Each post is drafted through the real path (``draft_for_job`` → litellm + instructor → the fake
OpenAI server, here in-process so the exact HTTP bodies can be read back). Every request body is
counted with ``litellm.token_counter(model, messages=…, tools=…)`` — the rendered messages plus the
schema instructor sends (tools in TOOLS mode; in JSON mode the schema is inside the system message).
Posts: 5,000-character cuts of the real posts that are that long (../shared/data/jobs.jsonl, read at
run time, never copied) and team-written posts padded to 5,000 characters.

Aim: ≤ 3,000 input tokens per draft (the draft_proposal request). The whole proposal (extract_brief +
judge_fit when the rules do not decide + draft_proposal + revise_proposal when lint fails) is printed too.

Redraft check: the same job is drafted again (``draft_for_stored_job``, what POST /v1/drafts with
``job_id`` runs) and regenerated after a reject (``review.regenerate``); the ledger must show exactly one
extract_brief call for the job.

    .venv/bin/python bench/bench_tokens.py [--posts 12] [--chars 5000] [--count-model gpt-4o-mini]
"""
from __future__ import annotations

import argparse
import json
import os
from collections import defaultdict

from _harness import DATA, machine, pct, point_at, scratch_db, team_post


def posts_of(chars: int, n: int) -> list[tuple[str, str]]:
    """(label, text) pairs: real posts cut to ``chars`` and team-written posts padded to ``chars``."""
    out: list[tuple[str, str]] = []
    if DATA.exists():
        for line in DATA.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            text = f"{rec.get('title') or ''}\n\n{rec.get('description') or ''}"
            if len(text) >= chars:
                out.append(("real", text[:chars]))
            if len(out) >= n // 2:
                break
    k = 0
    while len(out) < n:
        out.append(("team", team_post(50_000 + k, chars)))
        k += 1
    return out


def task_of(body: dict) -> str:
    tools = body.get("tools") or []
    if not tools:
        return "extract_brief"  # the only JSON-mode (no tools) task
    name = (tools[0].get("function") or {}).get("name", "")
    if name == "ProposalParts":
        return "revise_proposal" if any(m.get("role") == "assistant" for m in body.get("messages", [])) \
            else "draft_proposal"
    return f"{name}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--posts", type=int, default=12)
    ap.add_argument("--chars", type=int, default=5000)
    ap.add_argument("--count-model", default="gpt-4o-mini", help="tokenizer litellm uses for counting")
    a = ap.parse_args()
    os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
    import litellm  # benchmarks only; the product imports litellm lazily inside service/llm/

    from tests.fakes.fake_openai import FakeConfig, FakeOpenAI

    print(f"machine: {machine()}")
    posts = posts_of(a.chars, a.posts)
    per_task: dict[str, list[int]] = defaultdict(list)
    per_proposal: list[int] = []
    ledger_in: list[int] = []
    redraft_ok, redraft_checked = 0, 0
    with scratch_db("sqlite") as url, FakeOpenAI(FakeConfig(seed=3)) as srv:
        point_at(url, DRAFTROOM_MODEL="openai/gpt-4o-mini", OPENAI_API_BASE=srv.base_url, OPENAI_API_KEY="sk-fake",
                 DRAFTROOM_LLM_RETRIES="0")
        from sqlmodel import select

        from service.accounts.auth import Principal, add_user
        from service.core.db import session_scope
        from service.core.models import LlmCall
        from service.review import actions as review
        from service.workflows.proposals import (
            draft_for_job,
            draft_for_stored_job,
            regenerate,
        )

        user, _ = add_user("bench-tokens", "bidder")
        actor = Principal(user_id=user.id, name=user.name, role=user.role)
        for label, text in posts:
            srv.reset()
            draft, result = draft_for_job(text, user=actor)
            bodies = list(srv.requests)
            total = 0
            for body in bodies:
                n = litellm.token_counter(model=a.count_model, messages=body["messages"], tools=body.get("tools"))
                per_task[task_of(body)].append(n)
                total += n
            per_proposal.append(total)
            # redraft twice: POST /v1/drafts {job_id} path, then reject + regenerate
            again = draft_for_stored_job(result.job.id, user=actor)
            view = review.reject(again.id, again.version, actor, "other", "bench: redraft check")
            regenerate(again.id, actor)
            with session_scope() as s:
                calls = s.exec(select(LlmCall).where(LlmCall.job_id == result.job.id)).all()
            ledger_in.extend(c.input_tokens for c in calls if c.task == "draft_proposal")
            extracts = sum(1 for c in calls if c.task == "extract_brief")
            drafts = sum(1 for c in calls if c.task == "draft_proposal")
            redraft_checked += 1
            redraft_ok += extracts == 1 and drafts == 3
            if extracts != 1:
                print(f"  job {result.job.id}: {extracts} extract_brief calls after 3 drafts (expected 1)")
            del view
    print(f"posts: {len(posts)} × {a.chars:,} characters ({sum(1 for p in posts if p[0] == 'real')} real cuts, "
          f"{sum(1 for p in posts if p[0] == 'team')} team-written); counted with litellm.token_counter "
          f"(model={a.count_model}) on the HTTP request bodies (messages + tool schema)")
    for task, values in sorted(per_task.items()):
        print(f"  {task:<16} requests {len(values):3d}   input tokens p50 {pct(values, 50):6.0f}   "
              f"p95 {pct(values, 95):6.0f}   max {max(values):6.0f}")
    draft_max = max(per_task.get("draft_proposal", [0]))
    print(f"DRAFT REQUEST (draft_proposal) input tokens: max {draft_max} (aim ≤ 3,000)")
    print(f"whole proposal (every request for one post): p50 {pct(per_proposal, 50):.0f}   "
          f"p95 {pct(per_proposal, 95):.0f}   max {max(per_proposal)}")
    if ledger_in:
        print(f"ledger input_tokens for draft_proposal (the fake server's chars/4 estimate): "
              f"p50 {pct(ledger_in, 50):.0f}   max {max(ledger_in)}")
    print(f"REDRAFT: {redraft_ok}/{redraft_checked} jobs drafted 3 times (first draft, redraft by job id, "
          f"regenerate after reject) with exactly one extract_brief call in the ledger")


if __name__ == "__main__":
    main()
