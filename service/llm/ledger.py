"""The call ledger: one ``llm_calls`` row per gateway call."""
from __future__ import annotations

from service.core.db import session_scope
from service.core.models import LlmCall
from service.llm.types import LlmRequest


def record(req: LlmRequest, *, model_requested: str, model_resolved: str | None, latency_ms: float,
           input_tokens: int = 0, output_tokens: int = 0, cost_usd: float = 0.0, attempts: int = 1,
           cache_hit: bool = False, status: str = "ok", error_code: str | None = None,
           error_message: str | None = None) -> int | None:
    row = LlmCall(task=req.task, job_id=req.job_id, draft_id=req.draft_id, model_requested=model_requested,
                  model_resolved=model_resolved, template_id=req.template_id, template_hash=req.template_hash,
                  input_tokens=input_tokens, output_tokens=output_tokens, cost_usd=cost_usd,
                  latency_ms=round(latency_ms, 3), attempts=attempts, cache_hit=cache_hit, status=status,
                  error_code=error_code, error_message=error_message)
    with session_scope() as s:
        s.add(row)
        s.flush()
        return row.id
