"""Model engines and their registry: the gateway asks ``engine_for(model)`` and never branches on a
model name itself (the way simonw/llm registers models through one hook).

An engine answers ``run(model, request)`` / ``arun(model, request)`` with an ``Answer`` or raises
``EngineError``. Two are registered here: ``offline`` (deterministic task functions that the domain
packages register with ``offline_task``) and, for every other model string, litellm + instructor
(``service.llm.remote``). Tests and plugins add their own with ``register_engine``."""
from __future__ import annotations

from typing import Any, Callable, Protocol

from pydantic import BaseModel

from service.core.config import OFFLINE_MODEL
from service.llm.types import Answer, EngineError, LlmRequest


class Engine(Protocol):
    name: str
    cacheable: bool      # answers may be stored in the response cache
    rate_limited: bool   # calls count against DRAFTROOM_LLM_RPM

    def run(self, model: str, req: LlmRequest) -> Answer: ...

    async def arun(self, model: str, req: LlmRequest) -> Answer: ...


_ENGINES: list[tuple[Callable[[str], bool], Engine]] = []


def register_engine(matches: Callable[[str], bool], engine: Engine) -> None:
    """Serve every model string for which ``matches`` is true (newest registration wins)."""
    _ENGINES.insert(0, (matches, engine))


def unregister_engine(engine: Engine) -> None:
    _ENGINES[:] = [(m, e) for m, e in _ENGINES if e is not engine]


def engine_for(model: str) -> Engine:
    for matches, engine in _ENGINES:
        if matches(model):
            return engine
    raise EngineError("no_engine", f"no engine serves the model '{model}'")


# ------------------------------------------------------------------ the offline engine
OfflineTask = Callable[[dict[str, Any]], Any]
_OFFLINE_TASKS: dict[str, OfflineTask] = {}


def offline_task(name: str) -> Callable[[OfflineTask], OfflineTask]:
    """Register the offline implementation of a gateway task (used by the domain packages)."""
    def register(fn: OfflineTask) -> OfflineTask:
        _OFFLINE_TASKS[name] = fn
        return fn

    return register


class OfflineEngine:
    """Deterministic implementations of every gateway task. It never pretends to be a model: its
    answers carry ``model == "offline"``."""

    name = OFFLINE_MODEL
    cacheable = False
    rate_limited = False

    def run(self, model: str, req: LlmRequest) -> Answer:
        fn = _OFFLINE_TASKS.get(req.task)
        if fn is None:
            raise EngineError("offline_error", f"the offline engine has no task '{req.task}'")
        try:
            out = fn(req.inputs)
            value = req.response_model.model_validate(out.model_dump() if isinstance(out, BaseModel) else out)
        except Exception as exc:
            raise EngineError("offline_error", f"offline engine failed on task {req.task}: {exc}") from exc
        return Answer(value=value, model_resolved=OFFLINE_MODEL)

    async def arun(self, model: str, req: LlmRequest) -> Answer:
        return self.run(model, req)


class LitellmEngine:
    """Any litellm model string, through instructor and a litellm Router (imported lazily)."""

    name = "litellm"
    cacheable = True
    rate_limited = True

    def prepare(self, model: str) -> None:
        from service.llm import remote

        remote.router_for(model)  # import litellm and build the Router outside the measured latency

    def run(self, model: str, req: LlmRequest) -> Answer:
        from service.llm import remote

        return remote.run_remote(model, req)

    async def arun(self, model: str, req: LlmRequest) -> Answer:
        from service.llm import remote

        return await remote.arun_remote(model, req)


register_engine(lambda model: True, LitellmEngine())
register_engine(lambda model: model == OFFLINE_MODEL, OfflineEngine())
