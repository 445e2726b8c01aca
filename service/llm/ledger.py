"""The call ledger: one ``llm_calls`` row per gateway call.

Each row carries what it takes to trace a letter or a score back to its prompt: the template id and the
template hash (template + partials, or the code-built prompt's own hash for ``judge_fit``), the hash of the
rendered prompt (``prompt_hash``: sha256 of the messages exactly as sent, with each untrusted block's random
boundary id replaced by its order of appearance so the same prompt rendered twice has the same hash), and the
job and draft ids. A proposal is drafted before its draft row exists, so the drafting workflow links its
calls to the stored draft afterwards (``link_draft``)."""
from __future__ import annotations

import hashlib
import json

from sqlmodel import select

from service.core.db import session_scope
from service.core.models import LlmCall
from service.llm.cache import stable_messages
from service.llm.types import LlmRequest


def prompt_hash(messages: list[dict]) -> str:
    """sha256 of the rendered messages (role and content, in order), boundary ids normalised."""
    payload = json.dumps(stable_messages(messages), sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(payload.encode()).hexdigest()


def record(req: LlmRequest, *, model_requested: str, model_resolved: str | None, latency_ms: float,
           input_tokens: int = 0, output_tokens: int = 0, cost_usd: float = 0.0, attempts: int = 1,
           cache_hit: bool = False, status: str = "ok", error_code: str | None = None,
           error_message: str | None = None) -> int | None:
    row = LlmCall(task=req.task, job_id=req.job_id, draft_id=req.draft_id, model_requested=model_requested,
                  model_resolved=model_resolved, template_id=req.template_id, template_hash=req.template_hash,
                  prompt_hash=prompt_hash(req.messages) if req.messages else None,
                  input_tokens=input_tokens, output_tokens=output_tokens, cost_usd=cost_usd,
                  latency_ms=round(latency_ms, 3), attempts=attempts, cache_hit=cache_hit, status=status,
                  error_code=error_code, error_message=error_message)
    with session_scope() as s:
        s.add(row)
        s.flush()
        return row.id


def link_draft(call_ids: list[int], draft_id: int) -> int:
    """Set ``draft_id`` on ledger rows made before the draft existed (never overwrites another draft's id).
    Returns how many rows were linked."""
    if not call_ids:
        return 0
    linked = 0
    with session_scope() as s:
        for call in s.exec(select(LlmCall).where(LlmCall.id.in_(list(call_ids)))):
            if call.draft_id is None:
                call.draft_id = draft_id
                s.add(call)
                linked += 1
    return linked
