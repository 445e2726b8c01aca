"""The request and result shapes every gateway call uses (shared by gateway, engines, ledger, cache)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from pydantic import BaseModel

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


@dataclass
class Answer:
    """What an engine returns for one request."""
    value: BaseModel
    model_resolved: str
    input_tokens: int = 0
    output_tokens: int = 0
    cost_usd: float = 0.0
    attempts: int = 1


class EngineError(Exception):
    """An engine failed after its whole retry budget."""

    def __init__(self, code: str, message: str, *, attempts: int = 1, input_tokens: int = 0, output_tokens: int = 0):
        super().__init__(message)
        self.code, self.message, self.attempts = code, message, attempts
        self.input_tokens, self.output_tokens = input_tokens, output_tokens
