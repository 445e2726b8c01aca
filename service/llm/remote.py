"""The real-model path: instructor over a litellm Router.

Retry budget (set explicitly, never the libraries' defaults):

* the Router retries a failed HTTP call ``llm_retries`` times per model (429, 5xx, timeouts,
  connection errors), then tries each of ``fallback_models`` with the same retries;
* instructor re-asks ``llm_reasks`` times when the answer does not validate (malformed JSON or a
  pydantic error); a transport failure that exhausted the Router is not re-asked;
* the SDK's own retries are off (``max_retries=0`` on every deployment).

So one gateway call makes at most ``(reasks + 1) × (retries + 1) × (1 + len(fallbacks))`` HTTP
requests (``Budget.max_requests``); the ledger records how many it really made.

litellm is imported lazily (it costs seconds) and only in this package. Messages reach instructor
already rendered; ``context=`` is never passed, so instructor never renders job text as Jinja.
"""
from __future__ import annotations

import copy
import logging
import os
import threading
import time
import uuid
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from service.core.config import Settings, get_settings
from service.llm.types import Answer, EngineError

# Tasks whose call must carry no tools at all: the schema goes in the prompt (instructor JSON mode).
NO_TOOL_TASKS = frozenset({"extract_brief"})

ERROR_CODES = ("rate_limit", "server_error", "timeout", "invalid_output", "connection_error", "auth_error",
               "bad_request", "context_window", "provider_error")


@dataclass(frozen=True)
class Budget:
    reasks: int
    retries: int
    fallbacks: tuple[str, ...]

    @property
    def max_requests(self) -> int:
        return (self.reasks + 1) * (self.retries + 1) * (1 + len(self.fallbacks))

    @classmethod
    def from_settings(cls, s: Settings | None = None) -> "Budget":
        s = s or get_settings()
        return cls(reasks=s.llm_reasks, retries=s.llm_retries, fallbacks=tuple(s.fallback_models))


# ------------------------------------------------------------------ lazy litellm / instructor
_lock = threading.Lock()
_routers: dict[tuple, Any] = {}
_attempts: dict[str, int] = {}
_ready = False


def _litellm():
    global _ready
    os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")  # never download the cost map
    import litellm

    if not _ready:
        with _lock:
            if not _ready:
                litellm.suppress_debug_info = True
                # Their loggers print failed attempts with the model's input (job text): the ledger
                # records every failure with its code instead, and job text never goes to logs.
                for name in ("instructor", "LiteLLM", "LiteLLM Router", "LiteLLM Proxy", "litellm"):
                    logging.getLogger(name).setLevel(logging.CRITICAL)
                litellm.telemetry = False
                litellm.callbacks = [*(litellm.callbacks or []), _attempt_counter()]
                _ready = True
    return litellm


def _attempt_counter():
    """A litellm callback that counts HTTP requests per gateway call (keyed by our metadata tag)."""
    from litellm.integrations.custom_logger import CustomLogger

    class AttemptCounter(CustomLogger):
        def log_pre_api_call(self, model, messages, kwargs):
            meta = (kwargs.get("litellm_params") or {}).get("metadata") or {}
            key = meta.get("draftroom_call") if isinstance(meta, dict) else None
            if key:
                with _lock:
                    _attempts[key] = _attempts.get(key, 0) + 1

    return AttemptCounter()


def router_for(model: str, s: Settings | None = None):
    """One Router per (model, fallbacks, timeout, retries); deployments never retry on their own."""
    s = s or get_settings()
    key = (model, tuple(s.fallback_models), s.llm_timeout_s, s.llm_retries)
    with _lock:
        router = _routers.get(key)
    if router is not None:
        return router
    litellm = _litellm()
    names = [model, *[m for m in s.fallback_models if m != model]]
    model_list = [{"model_name": m, "litellm_params": {"model": m, "timeout": s.llm_timeout_s, "max_retries": 0}}
                  for m in names]
    router = litellm.Router(model_list=model_list, num_retries=s.llm_retries, timeout=s.llm_timeout_s,
                            fallbacks=[{model: names[1:]}] if len(names) > 1 else [],
                            max_fallbacks=max(1, len(names) - 1), disable_cooldowns=True)
    with _lock:
        _routers.setdefault(key, router)
        return _routers[key]


def reset_routers() -> None:
    with _lock:
        _routers.clear()
        _clients.clear()


_clients: dict[tuple, Any] = {}
_prepared: dict[type, Any] = {}


def _client(model: str, task: str, async_: bool):
    """One instructor client per (Router, mode, sync/async): building it per call cost a few ms."""
    import instructor

    router = router_for(model)
    mode = instructor.Mode.JSON if task in NO_TOOL_TASKS else instructor.Mode.TOOLS
    key = (id(router), mode, async_)
    client = _clients.get(key)
    if client is None:
        fn = router.acompletion if async_ else router.completion
        client = _clients.setdefault(key, instructor.from_litellm(fn, mode=mode, async_client=async_))
    return client


def prepared_model(response_model: type) -> type:
    """The response model as instructor wants it, built once per model class.

    Given a plain pydantic class, instructor wraps it in a new ``ResponseSchema`` subclass on every
    call (``pydantic.create_model``) and so also misses its own schema cache, which is keyed by that
    class: ~25 ms + ~14 ms of CPU per call under cProfile, on the event loop in the async path. A class
    that is already a ``ResponseSchema`` is used as it is, so we wrap once; the JSON schema (which the
    JSON mode pastes into the prompt on every call) is computed once too. The schema is a pure function
    of the class, so the prompt and the validation are the same as before."""
    model = _prepared.get(response_model)
    if model is not None:
        return model
    from instructor.v2.core.function_calls import ResponseSchema, response_schema

    if not (isinstance(response_model, type) and issubclass(response_model, BaseModel)) or issubclass(
            response_model, ResponseSchema):
        return response_model
    wrapped = response_schema(response_model)
    schema = wrapped.model_json_schema()

    def model_json_schema(cls, *args, **kwargs):
        if args or kwargs:
            return super(wrapped, cls).model_json_schema(*args, **kwargs)
        return copy.deepcopy(schema)

    wrapped.model_json_schema = classmethod(model_json_schema)
    _remember_async_validator_check(wrapped)
    with _lock:
        return _prepared.setdefault(response_model, wrapped)


_checked: set[type] = set()


def _remember_async_validator_check(model: type) -> None:
    """instructor walks every attribute of every nested model on each call (two or three times) to
    refuse async validators. Our prepared classes never change, so the check runs once for each and is
    remembered; any other class still gets instructor's full check."""
    from instructor.v2.core import patch
    from instructor.v2.validation import async_validators

    original = getattr(async_validators.reject_async_validators, "__wrapped__", None)
    if original is None:
        original = async_validators.reject_async_validators

        def reject_async_validators(response_model):
            if isinstance(response_model, type) and response_model in _checked:
                return
            original(response_model)

        reject_async_validators.__wrapped__ = original
        async_validators.reject_async_validators = reject_async_validators
        if getattr(patch, "reject_async_validators", None) is original:
            patch.reject_async_validators = reject_async_validators
    original(model)  # raises for a model with an async validator: it is then never remembered
    _checked.add(model)


def _kwargs(model: str, req, call_key: str) -> dict:
    s = get_settings()
    kw: dict[str, Any] = {"model": model, "messages": req.messages, "response_model": prepared_model(req.response_model),
                          "max_retries": s.llm_reasks + 1,  # instructor counts attempts, not re-asks
                          "timeout": s.llm_timeout_s, "metadata": {"draftroom_call": call_key}}
    if req.temperature is not None:
        kw["temperature"] = req.temperature
    if req.max_tokens is not None:
        kw["max_tokens"] = req.max_tokens
    return kw  # never ``context=``: job text must not be rendered as a template


# ------------------------------------------------------------------ results and errors
def _usage(obj) -> tuple[int, int]:
    if obj is None:
        return 0, 0
    get = obj.get if isinstance(obj, dict) else (lambda k, d=None: getattr(obj, k, d))
    return int(get("prompt_tokens", 0) or 0), int(get("completion_tokens", 0) or 0)


def _cost(resolved: str, completion, tokens_in: int, tokens_out: int) -> float:
    litellm = _litellm()
    try:
        p, c = litellm.cost_per_token(model=resolved, prompt_tokens=tokens_in, completion_tokens=tokens_out)
        return float(p + c)
    except Exception:  # unknown model in litellm's cost map: use what litellm put on the response, else 0
        hidden = getattr(completion, "_hidden_params", None) or {}
        return float(hidden.get("response_cost") or 0.0)


def _resolved(model: str, completion) -> str:
    hidden = getattr(completion, "_hidden_params", None) or {}
    group = (hidden.get("additional_headers") or {}).get("x-litellm-model-group")
    return str(group or hidden.get("litellm_model_name") or getattr(completion, "model", None) or model)


def classify(exc: BaseException) -> str:
    """Our error code for a failure (the ledger and needs_attention reasons use it)."""
    litellm = _litellm()
    from pydantic import ValidationError

    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        checks = ((litellm.RateLimitError, "rate_limit"), (litellm.Timeout, "timeout"),
                  (litellm.ContextWindowExceededError, "context_window"),
                  (litellm.AuthenticationError, "auth_error"), (litellm.PermissionDeniedError, "auth_error"),
                  (litellm.APIConnectionError, "connection_error"), (litellm.BadRequestError, "bad_request"),
                  (litellm.InternalServerError, "server_error"), (litellm.ServiceUnavailableError, "server_error"),
                  (ValidationError, "invalid_output"), (ValueError, "invalid_output"))
        for cls, code in checks:
            if isinstance(exc, cls):
                if code == "server_error" and "connection error" in str(exc).lower():
                    return "connection_error"  # litellm reports a refused/unreachable host as a 500
                return code
        status = getattr(exc, "status_code", None)
        if isinstance(status, int):
            return "rate_limit" if status == 429 else "server_error" if status >= 500 else "bad_request"
        exc = exc.__cause__ or exc.__context__
    return "provider_error"


def _short(exc: BaseException) -> str:
    root = exc.__cause__ or exc
    text = " ".join(str(root).split())
    return f"{root.__class__.__name__}: {text[:300]}"


def _finish(model: str, value, completion, call_key: str) -> Answer:
    with _lock:
        attempts = _attempts.pop(call_key, 1)
    tin, tout = _usage(getattr(completion, "usage", None))
    resolved = _resolved(model, completion)
    return Answer(value=value, model_resolved=resolved, input_tokens=tin, output_tokens=tout,
                        cost_usd=_cost(resolved, completion, tin, tout), attempts=max(1, attempts))


def _fail(exc: BaseException, call_key: str) -> EngineError:
    with _lock:
        attempts = _attempts.pop(call_key, 0)
    tin, tout = _usage(getattr(exc, "total_usage", None))
    return EngineError(classify(exc), _short(exc), attempts=max(1, attempts), input_tokens=tin, output_tokens=tout)


def run_remote(model: str, req) -> Answer:
    call_key = uuid.uuid4().hex
    client = _client(model, req.task, async_=False)
    try:
        value, completion = client.chat.completions.create_with_completion(**_kwargs(model, req, call_key))
    except Exception as exc:  # every provider / validation failure becomes one EngineError
        raise _fail(exc, call_key) from exc
    return _finish(model, value, completion, call_key)


async def arun_remote(model: str, req) -> Answer:
    call_key = uuid.uuid4().hex
    client = _client(model, req.task, async_=True)
    try:
        value, completion = await client.chat.completions.create_with_completion(**_kwargs(model, req, call_key))
    except Exception as exc:
        raise _fail(exc, call_key) from exc
    return _finish(model, value, completion, call_key)


def elapsed_ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def missing_key_variables(model: str) -> list[str]:
    """The environment variables the provider of ``model`` needs and that are not set (litellm's own table);
    empty for the offline engine and for providers that need none (a local server)."""
    if model == "offline":
        return []
    try:
        env = _litellm().validate_environment(model=model)
    except Exception:  # noqa: BLE001  (an unknown provider: litellm cannot say; the first call will)
        return []
    return list(env.get("missing_keys") or [])
