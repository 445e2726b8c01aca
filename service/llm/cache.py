"""Exact-match, persistent response cache (table ``llm_cache``).

The key covers everything that changes the answer: the model string, the rendered messages, the
parameters (temperature, max tokens), the task and a hash of the response model's JSON schema, so
changing a prompt template or a pydantic field misses the cache. Only validated answers are stored;
errors never are. On by default for eval runs (``LlmRequest.use_cache=True``), else
``DRAFTROOM_LLM_CACHE``. The offline engine is deterministic and cheap, so it is never cached."""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel
from sqlalchemy.exc import IntegrityError
from sqlmodel import delete, select

from service.core.config import get_settings
from service.core.db import session_scope
from service.core.models import LlmCacheEntry


def schema_hash(model: type[BaseModel]) -> str:
    return hashlib.sha256(json.dumps(model.model_json_schema(), sort_keys=True).encode()).hexdigest()


_BOUNDARY_ID = re.compile(r"(<<<(?:END )?UNTRUSTED[^>\n]{0,200}? id=)([0-9a-f]{8,64})(>>>)")


def stable_messages(messages: list[dict]) -> list[dict]:
    """The messages with each untrusted block's random boundary id replaced by its order of appearance, so
    the same prompt rendered twice has the same cache key (the ids change on every render)."""
    seen: dict[str, str] = {}

    def name(m: re.Match) -> str:
        return m.group(1) + seen.setdefault(m.group(2), f"b{len(seen) + 1}") + m.group(3)

    return [{**msg, "content": _BOUNDARY_ID.sub(name, msg["content"])} if isinstance(msg.get("content"), str) else msg
            for msg in messages]


def cache_key(model: str, req) -> str:
    payload = {"model": model, "task": req.task, "messages": stable_messages(req.messages),
               "temperature": req.temperature, "max_tokens": req.max_tokens, "schema": schema_hash(req.response_model)}
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()


def enabled(req) -> bool:
    return bool(req.use_cache) if req.use_cache is not None else get_settings().llm_cache


@dataclass
class Hit:
    value: BaseModel
    model: str
    input_tokens: int
    output_tokens: int
    cost_usd: float


def lookup(key: str, response_model: type[BaseModel]) -> Hit | None:
    """The stored answer for ``key`` (counted as a hit), or None. An entry that no longer validates
    against the response model is treated as a miss."""
    with session_scope() as s:
        row = s.get(LlmCacheEntry, key)
        if row is None or row.response is None:
            return None
        try:
            value = response_model.model_validate(row.response)
        except Exception:
            return None
        row.hits += 1
        s.add(row)
        return Hit(value, row.model, row.input_tokens, row.output_tokens, row.cost_usd)


def store(key: str, *, model: str, task: str, value: BaseModel, input_tokens: int = 0, output_tokens: int = 0,
          cost_usd: float = 0.0) -> None:
    response: dict[str, Any] = value.model_dump(mode="json")
    try:
        with session_scope() as s:
            if s.get(LlmCacheEntry, key) is None:
                s.add(LlmCacheEntry(key=key, model=model[:200], task=task[:60], response=response,
                                    input_tokens=input_tokens, output_tokens=output_tokens, cost_usd=cost_usd))
    except IntegrityError:  # a concurrent call stored the same key first: same answer class, keep theirs
        pass


def stats() -> dict[str, int]:
    with session_scope() as s:
        rows = s.exec(select(LlmCacheEntry)).all()
        return {"entries": len(rows), "hits": sum(r.hits for r in rows)}


def clear(task: str | None = None) -> int:
    with session_scope() as s:
        stmt = delete(LlmCacheEntry)
        if task:
            stmt = stmt.where(LlmCacheEntry.task == task)
        return s.exec(stmt).rowcount or 0
