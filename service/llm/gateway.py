"""One interface for every AI step: task name, response model, rendered messages, options."""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from pydantic import BaseModel

from ..config import get_settings
from ..errors import LLMFailure
from . import cache, ledger
from .offline import run_offline
from .ratelimit import request_limiter

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
    """Routes requests to the offline engine or to a real model, and records each call.

    Real-model calls go through the cache (when enabled for the request), the process-wide
    requests-per-minute limiter, then ``remote`` (instructor over a litellm Router). A failure after
    the whole retry budget is recorded (status ``error`` + error code) and raised as ``LLMFailure``
    with ``error_code``, ``task`` and ``attempts``; nothing is cached for it."""

    def __init__(self, model: str | None = None):
        self.model = model or get_settings().model

    @property
    def offline(self) -> bool:
        return self.model == "offline"

    def run(self, req: LlmRequest[T]) -> LlmResult[T]:
        if self.offline:
            return self._run_offline(req)
        start = time.perf_counter()
        key, hit = self._cached(req)
        if hit is not None:
            return self._hit(req, hit, start)
        from . import remote  # lazy: litellm costs seconds to import

        remote.router_for(self.model)  # import litellm and build the Router outside the measured latency
        limiter = request_limiter(get_settings().llm_rpm)
        if limiter:
            limiter.acquire()
        start = time.perf_counter()  # latency = the model call (not the import, not the rpm wait)
        try:
            answer = remote.run_remote(self.model, req)
        except remote.RemoteError as err:
            raise self._failed(req, err, start) from err
        return self._done(req, answer, key, start)

    async def arun(self, req: LlmRequest[T]) -> LlmResult[T]:
        if self.offline:
            return self._run_offline(req)
        start = time.perf_counter()
        key, hit = self._cached(req)
        if hit is not None:
            return self._hit(req, hit, start)
        from . import remote

        remote.router_for(self.model)
        limiter = request_limiter(get_settings().llm_rpm)
        if limiter:
            await limiter.aacquire()
        start = time.perf_counter()
        try:
            answer = await remote.arun_remote(self.model, req)
        except remote.RemoteError as err:
            raise self._failed(req, err, start) from err
        return self._done(req, answer, key, start)

    # -------------------------------------------------------------- helpers
    def _cached(self, req: LlmRequest[T]):
        if not cache.enabled(req):
            return None, None
        key = cache.cache_key(self.model, req)
        return key, cache.lookup(key, req.response_model)

    def _hit(self, req: LlmRequest[T], hit: "cache.Hit", start: float) -> LlmResult[T]:
        ms = (time.perf_counter() - start) * 1000
        call_id = ledger.record(req, model_requested=self.model, model_resolved=hit.model, latency_ms=ms,
                                attempts=0, cache_hit=True)
        return LlmResult(value=hit.value, model=hit.model, latency_ms=ms, attempts=0, cache_hit=True, call_id=call_id)

    def _done(self, req: LlmRequest[T], a, key: str | None, start: float) -> LlmResult[T]:
        ms = (time.perf_counter() - start) * 1000
        if key is not None:
            cache.store(key, model=a.model_resolved, task=req.task, value=a.value, input_tokens=a.input_tokens,
                        output_tokens=a.output_tokens, cost_usd=a.cost_usd)
        call_id = ledger.record(req, model_requested=self.model, model_resolved=a.model_resolved, latency_ms=ms,
                                input_tokens=a.input_tokens, output_tokens=a.output_tokens, cost_usd=a.cost_usd,
                                attempts=a.attempts)
        return LlmResult(value=a.value, model=a.model_resolved, input_tokens=a.input_tokens,
                         output_tokens=a.output_tokens, cost_usd=a.cost_usd, latency_ms=ms, attempts=a.attempts,
                         call_id=call_id)

    def _failed(self, req: LlmRequest[T], err, start: float) -> LLMFailure:
        ms = (time.perf_counter() - start) * 1000
        call_id = ledger.record(req, model_requested=self.model, model_resolved=None, latency_ms=ms,
                                input_tokens=err.input_tokens, output_tokens=err.output_tokens, attempts=err.attempts,
                                status="error", error_code=err.code, error_message=err.message[:500])
        return LLMFailure(f"{req.task} failed after {err.attempts} model request(s): {err.code} ({err.message[:200]})",
                          error_code=err.code, task=req.task, attempts=err.attempts, call_id=call_id)

    def _run_offline(self, req: LlmRequest[T]) -> LlmResult[T]:
        start = time.perf_counter()
        try:
            value = run_offline(req.task, req.response_model, req.inputs)
        except Exception as exc:
            ms = (time.perf_counter() - start) * 1000
            ledger.record(req, model_requested="offline", model_resolved="offline", latency_ms=ms,
                          status="error", error_code=exc.__class__.__name__, error_message=str(exc)[:500])
            raise LLMFailure(f"offline engine failed on task {req.task}: {exc}", error_code="offline_error",
                             task=req.task, attempts=1) from exc
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
