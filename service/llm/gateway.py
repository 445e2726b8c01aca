"""One interface for every AI step: task name, response model, rendered messages, options.

The gateway resolves the engine for its model string (``service.llm.engines``), applies the response
cache and the requests-per-minute limiter where the engine asks for them, and records every call in
the ledger. It holds no model-specific branch: the offline engine is registered like any model."""
from __future__ import annotations

import asyncio
import time

from service.core.config import get_settings
from service.core.errors import LLMFailure
from service.llm import cache, ledger
from service.llm.engines import Engine, engine_for
from service.llm.ratelimit import request_limiter
from service.llm.types import Answer, EngineError, LlmRequest, LlmResult, T

__all__ = ["Gateway", "LlmRequest", "LlmResult", "get_gateway", "reset_gateway"]


class Gateway:
    """Runs requests on the engine that serves ``model`` and records each call.

    A failure after the engine's whole retry budget is recorded (status ``error`` + error code) and
    raised as ``LLMFailure`` with ``error_code``, ``task`` and ``attempts``; nothing is cached for it."""

    def __init__(self, model: str | None = None):
        self.model = model or get_settings().model
        self.engine: Engine = engine_for(self.model)

    @property
    def offline(self) -> bool:
        """True when the deterministic offline engine answers (callers skip re-running its rules)."""
        return self.engine.name == "offline"

    def run(self, req: LlmRequest[T]) -> LlmResult[T]:
        start = time.perf_counter()
        key, hit = self._cached(req)
        if hit is not None:
            return self._hit(req, hit, start)
        self._prepare()
        limiter = request_limiter(get_settings().llm_rpm) if self.engine.rate_limited else None
        if limiter:
            limiter.acquire()
        start = time.perf_counter()  # latency = the model call (not the import, not the rpm wait)
        try:
            answer = self.engine.run(self.model, req)
        except EngineError as err:
            raise self._failed(req, err, start) from err
        return self._done(req, answer, key, start)

    async def arun(self, req: LlmRequest[T]) -> LlmResult[T]:
        """The async path never blocks the event loop on the database: the cache lookup, the cache
        store and the ledger row are written from a worker thread (``asyncio.to_thread``), so many
        in-flight calls wait on the model together instead of queueing behind each other's writes."""
        start = time.perf_counter()
        key, hit = await asyncio.to_thread(self._cached, req)
        if hit is not None:
            return await asyncio.to_thread(self._hit, req, hit, start)
        await asyncio.to_thread(self._prepare)
        limiter = request_limiter(get_settings().llm_rpm) if self.engine.rate_limited else None
        if limiter:
            await limiter.aacquire()
        start = time.perf_counter()
        try:
            answer = await self.engine.arun(self.model, req)
        except EngineError as err:
            ms = (time.perf_counter() - start) * 1000
            raise await asyncio.to_thread(self._failed, req, err, start, ms) from err
        ms = (time.perf_counter() - start) * 1000
        return await asyncio.to_thread(self._done, req, answer, key, start, ms)

    # -------------------------------------------------------------- helpers
    def _prepare(self) -> None:
        prepare = getattr(self.engine, "prepare", None)
        if prepare is not None:
            prepare(self.model)

    def _cached(self, req: LlmRequest[T]):
        if not self.engine.cacheable or not cache.enabled(req):
            return None, None
        key = cache.cache_key(self.model, req)
        return key, cache.lookup(key, req.response_model)

    def _hit(self, req: LlmRequest[T], hit: "cache.Hit", start: float) -> LlmResult[T]:
        ms = (time.perf_counter() - start) * 1000
        call_id = ledger.record(req, model_requested=self.model, model_resolved=hit.model, latency_ms=ms,
                                attempts=0, cache_hit=True)
        return LlmResult(value=hit.value, model=hit.model, latency_ms=ms, attempts=0, cache_hit=True, call_id=call_id)

    def _done(self, req: LlmRequest[T], a: Answer, key: str | None, start: float,
              ms: float | None = None) -> LlmResult[T]:
        ms = (time.perf_counter() - start) * 1000 if ms is None else ms
        if key is not None:
            cache.store(key, model=a.model_resolved, task=req.task, value=a.value, input_tokens=a.input_tokens,
                        output_tokens=a.output_tokens, cost_usd=a.cost_usd)
        call_id = ledger.record(req, model_requested=self.model, model_resolved=a.model_resolved, latency_ms=ms,
                                input_tokens=a.input_tokens, output_tokens=a.output_tokens, cost_usd=a.cost_usd,
                                attempts=a.attempts)
        return LlmResult(value=a.value, model=a.model_resolved, input_tokens=a.input_tokens,
                         output_tokens=a.output_tokens, cost_usd=a.cost_usd, latency_ms=ms, attempts=a.attempts,
                         call_id=call_id)

    def _failed(self, req: LlmRequest[T], err: EngineError, start: float, ms: float | None = None) -> LLMFailure:
        ms = (time.perf_counter() - start) * 1000 if ms is None else ms
        call_id = ledger.record(req, model_requested=self.model, model_resolved=None, latency_ms=ms,
                                input_tokens=err.input_tokens, output_tokens=err.output_tokens, attempts=err.attempts,
                                status="error", error_code=err.code, error_message=err.message[:500])
        return LLMFailure(f"{req.task} failed after {err.attempts} model request(s): {err.code} ({err.message[:200]})",
                          error_code=err.code, task=req.task, attempts=err.attempts, call_id=call_id)


_gateway: Gateway | None = None


def get_gateway() -> Gateway:
    global _gateway
    if _gateway is None or _gateway.model != get_settings().model:
        _gateway = Gateway()
    return _gateway


def reset_gateway() -> None:
    global _gateway
    _gateway = None
