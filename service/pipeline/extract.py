"""Semantic extraction through the gateway. THIN FOUNDATION VERSION: issue 4 deepens it."""
from __future__ import annotations

from ..llm import LlmRequest, get_gateway
from ..schemas import JobBrief, ParsedFields, SemanticBrief


def extract_brief(parsed: ParsedFields, *, job_id: int | None = None) -> JobBrief:
    messages = [{"role": "system", "content": "Extract a structured brief from the job post."},
                {"role": "user", "content": parsed.description}]
    result = get_gateway().run(LlmRequest(task="extract_brief", response_model=SemanticBrief, messages=messages,
                                          inputs={"parsed": parsed.model_dump(mode="json")}, job_id=job_id))
    return JobBrief(**parsed.model_dump(), **result.value.model_dump(), model=result.model)
