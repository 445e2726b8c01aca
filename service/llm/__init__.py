"""The LLM gateway: the only place that talks to litellm / instructor.

Pipeline code calls ``get_gateway().run(LlmRequest(...))`` (or ``arun``) and gets back a
validated pydantic object plus call metadata. ``DRAFTROOM_MODEL=offline`` routes every task to the
deterministic offline engine, which says so in its results (``model == "offline"``).
"""
from service.llm.gateway import (
    Gateway,
    LlmRequest,
    LlmResult,
    get_gateway,
    reset_gateway,
)

__all__ = ["Gateway", "LlmRequest", "LlmResult", "get_gateway", "reset_gateway"]
