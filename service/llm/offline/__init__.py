"""The offline engine: deterministic implementations of every gateway task.

It never pretends to be a model: results carry ``model == "offline"`` in the gateway result,
and briefs/assessments/drafts built from them record it."""
from __future__ import annotations

from typing import Any, Callable

from pydantic import BaseModel

from ...errors import LLMFailure

_TASKS: dict[str, Callable[[dict[str, Any]], BaseModel]] = {}


def task(name: str):
    def register(fn: Callable[[dict[str, Any]], BaseModel]):
        _TASKS[name] = fn
        return fn

    return register


def run_offline(name: str, response_model: type[BaseModel], inputs: dict[str, Any]) -> BaseModel:
    _load_tasks()
    fn = _TASKS.get(name)
    if fn is None:
        raise LLMFailure(f"the offline engine has no task '{name}'")
    out = fn(inputs)
    return response_model.model_validate(out.model_dump() if isinstance(out, BaseModel) else out)


def _load_tasks() -> None:
    from . import drafting, extraction, fit  # noqa: F401  (register their tasks)
