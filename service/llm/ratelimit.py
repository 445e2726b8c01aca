"""A requests-per-minute limiter shared by threads and asyncio tasks.

Requests are spaced evenly (``60 / rpm`` seconds apart), so a burst never exceeds the limit in any
window. ``rpm <= 0`` means unlimited."""
from __future__ import annotations

import asyncio
import threading
import time


class RateLimiter:
    def __init__(self, rpm: int | float):
        self.rpm = rpm
        self.interval = 60.0 / rpm if rpm and rpm > 0 else 0.0
        self._next = 0.0
        self._lock = threading.Lock()

    def _reserve(self) -> float:
        """Book the next slot; return how long the caller must wait for it."""
        if not self.interval:
            return 0.0
        with self._lock:
            now = time.monotonic()
            slot = max(now, self._next)
            self._next = slot + self.interval
            return slot - now

    def acquire(self) -> None:
        wait = self._reserve()
        if wait > 0:
            time.sleep(wait)

    async def aacquire(self) -> None:
        wait = self._reserve()
        if wait > 0:
            await asyncio.sleep(wait)


_shared: RateLimiter | None = None
_shared_lock = threading.Lock()


def request_limiter(rpm: int) -> RateLimiter | None:
    """The process-wide limiter for model requests (``DRAFTROOM_LLM_RPM``); None when unlimited."""
    global _shared
    if rpm <= 0:
        return None
    with _shared_lock:
        if _shared is None or _shared.rpm != rpm:
            _shared = RateLimiter(rpm)
        return _shared
