"""Async batches with a concurrency limit and a requests-per-minute limit.

``run_batch(items, fn, concurrency=8, rpm=0, progress=None)`` calls ``fn(item)`` for every item and
returns one ``BatchItem`` per input, in input order: its value, or the error it raised (a failed
item never stops the batch, and no item is run twice). ``fn`` may be a plain function (run in a
worker thread: the pipeline and the gateway's ``run`` are synchronous) or a coroutine function
(awaited, e.g. ``Gateway.arun``). ``rpm`` spaces item *starts*; model requests made inside items are
also held to ``DRAFTROOM_LLM_RPM`` by the gateway. Defaults come from ``DRAFTROOM_LLM_CONCURRENCY``
and ``DRAFTROOM_LLM_RPM``. ``progress(done, total, item)`` is called after each item finishes.
"""
from __future__ import annotations

import asyncio
import inspect
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Awaitable, Callable, Iterable

from service.core.config import get_settings
from service.llm.ratelimit import RateLimiter


@dataclass
class BatchItem:
    index: int
    item: Any
    value: Any = None
    error: BaseException | None = None
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.error is None


Progress = Callable[[int, int, BatchItem], None]


async def arun_batch(items: Iterable[Any], fn: Callable[[Any], Any] | Callable[[Any], Awaitable[Any]], *,
                     concurrency: int | None = None, rpm: int | None = None,
                     progress: Progress | None = None) -> list[BatchItem]:
    s = get_settings()
    concurrency = max(1, concurrency or s.llm_concurrency)
    rpm = s.llm_rpm if rpm is None else rpm
    work = list(items)
    results = [BatchItem(i, item) for i, item in enumerate(work)]
    limiter = RateLimiter(rpm)
    gate = asyncio.Semaphore(concurrency)
    is_async = inspect.iscoroutinefunction(fn)
    pool = None if is_async else ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="batch")
    loop = asyncio.get_running_loop()
    done = 0

    async def one(res: BatchItem) -> None:
        nonlocal done
        async with gate:
            await limiter.aacquire()
            start = time.perf_counter()
            try:
                if is_async:
                    res.value = await fn(res.item)
                else:
                    res.value = await loop.run_in_executor(pool, fn, res.item)
            except Exception as exc:  # recorded on the item; the batch goes on
                res.error = exc
            res.seconds = time.perf_counter() - start
            done += 1
            if progress:
                progress(done, len(results), res)

    try:
        await asyncio.gather(*(one(r) for r in results))
    finally:
        if pool:
            pool.shutdown(wait=True)
    return results


def run_batch(items: Iterable[Any], fn, concurrency: int | None = None, rpm: int | None = None,
              progress: Progress | None = None) -> list[BatchItem]:
    """Synchronous entry point (CLI commands): runs ``arun_batch`` in a fresh event loop."""
    return asyncio.run(arun_batch(items, fn, concurrency=concurrency, rpm=rpm, progress=progress))
