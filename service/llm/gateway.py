"""One interface for every AI step: task name, response model, rendered messages, options."""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from pydantic import BaseModel

from ..config import get_settings
from ..errors import LLMFailure
from . import ledger
from .offline import run_offline

T = TypeVar("T", bound=BaseModel)


@dataclass
class LlmRequest(Generic[T]):
    task: str                      # e.g. "extract_brief", "draft_proposal"
    response_model: type[T]
    messages: list[dict[str, str]]  # rendered by our own sandboxed Jinja environment
    inputs: dict[str, Any] = field(default_factory=dict)  # structured inputs (the offline engine reads these)
    job_id: int | None = None
    draft_id: int | None = None
    template_id: str | None = None
    template_hash: str | None = None
    temperature: float | None = 0.2
    max_tokens: int | None = None
    use_cache: bool | None = None  # None = settings default


@dataclass
class LlmResult(Generic[T]):
    value: T
    model: str
    input_tokens: int = 0
    output_tokens: int = 0
    cost_usd: float = 0.0
    latency_ms: float = 0.0
    attempts: int = 1
    cache_hit: bool = False
    call_id: int | None = None


class Gateway:
    """Routes requests to the offline engine or to a real model, and records each call."""

    def __init__(self, model: str | None = None):
        self.model = model or get_settings().model

    @property
    def offline(self) -> bool:
        return self.model == "offline"

    def run(self, req: LlmRequest[T]) -> LlmResult[T]:
        if self.offline:
            return self._run_offline(req)
        from .remote import run_remote  # lazy: litellm costs seconds to import

        return run_remote(self.model, req)

    async def arun(self, req: LlmRequest[T]) -> LlmResult[T]:
        if self.offline:
            return self._run_offline(req)
        from .remote import arun_remote

        return await arun_remote(self.model, req)

    def _run_offline(self, req: LlmRequest[T]) -> LlmResult[T]:
        start = time.perf_counter()
        try:
            value = run_offline(req.task, req.response_model, req.inputs)
        except Exception as exc:
            ms = (time.perf_counter() - start) * 1000
            ledger.record(req, model_requested="offline", model_resolved="offline", latency_ms=ms,
                          status="error", error_code=exc.__class__.__name__, error_message=str(exc)[:500])
            raise LLMFailure(f"offline engine failed on task {req.task}: {exc}") from exc
        ms = (time.perf_counter() - start) * 1000
        call_id = ledger.record(req, model_requested="offline", model_resolved="offline", latency_ms=ms)
        return LlmResult(value=value, model="offline", latency_ms=ms, call_id=call_id)


_gateway: Gateway | None = None


def get_gateway() -> Gateway:
    global _gateway
    if _gateway is None or _gateway.model != get_settings().model:
        _gateway = Gateway()
    return _gateway


def reset_gateway() -> None:
    global _gateway
    _gateway = None
