"""A fake gateway with a response queue (layer 2 of the testing guide).

``install(monkeypatch, queue)`` makes ``get_gateway()`` return it. Each queue entry answers one call:
a pydantic object / dict (validated against the request's response model), an exception to raise,
or ``"offline"`` to let the offline engine answer. An empty queue answers offline. Every request is kept in
``requests`` (task, messages, inputs), so a test can assert on the prompts a real model would have seen."""
from __future__ import annotations

import dataclasses
from collections import deque

from service.core.errors import LLMFailure
from service.llm import gateway as gw
from service.llm.gateway import Gateway, LlmResult


def failure(task: str = "extract_brief", code: str = "rate_limit", attempts: int = 6) -> LLMFailure:
    return LLMFailure(f"{task} failed after {attempts} model request(s): {code} (fake)", error_code=code,
                      task=task, attempts=attempts)


class FakeGateway(Gateway):
    def __init__(self, queue=()):
        super().__init__("offline")
        self.queue = deque(queue)
        self.calls: list[str] = []
        self.requests: list = []

    def run(self, req):
        self.calls.append(req.task)
        self.requests.append(dataclasses.replace(req, messages=[dict(m) for m in req.messages]))
        item = self.queue.popleft() if self.queue else "offline"
        if isinstance(item, dict) and "task" in item:  # {"task": name, "answer": x}: only for that task
            if item["task"] != req.task:
                self.queue.appendleft(item)
                return super().run(req)
            item = item["answer"]
        if isinstance(item, BaseException):
            raise item
        if item == "offline":
            return super().run(req)
        value = req.response_model.model_validate(item if isinstance(item, dict) else item.model_dump())
        return LlmResult(value=value, model="fake")

    async def arun(self, req):
        return self.run(req)


def install(monkeypatch, queue=()) -> FakeGateway:
    fake = FakeGateway(queue)
    monkeypatch.setattr(gw, "_gateway", fake)
    monkeypatch.setattr(gw, "get_gateway", lambda: fake)
    import service.llm as llm_pkg

    monkeypatch.setattr(llm_pkg, "get_gateway", lambda: fake)
    for mod in ("service.intake.extract", "service.fit.assess", "service.drafting.proposal",
                "service.drafting.contract_messages"):
        import importlib

        m = importlib.import_module(mod)
        if hasattr(m, "get_gateway"):
            monkeypatch.setattr(m, "get_gateway", lambda: fake)
    return fake
