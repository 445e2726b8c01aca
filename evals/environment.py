"""Where an eval run executes: its own SQLite database (ledger and response cache live there, so eval
calls never mix with the team's review data), the model, and the cache switch; restored afterwards."""
from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

_KEYS = ("DRAFTROOM_DATABASE_URL", "DRAFTROOM_MODEL", "DRAFTROOM_LLM_CACHE")


def default_eval_db() -> str:
    from service.config import get_settings

    return f"sqlite:///{(Path(get_settings().home) / 'evals.db').resolve()}"


def _reset() -> None:
    from service.config import reset_settings
    from service.db import reset_engines
    from service.llm import reset_gateway

    reset_settings()
    reset_engines()
    reset_gateway()


@contextmanager
def eval_environment(*, model: str, db_url: str | None = None, use_cache: bool = True) -> Iterator[str]:
    """Point settings at the eval database and model for the duration of a run."""
    from service.db import ensure_schema

    url = db_url or default_eval_db()
    saved = {k: os.environ.get(k) for k in _KEYS}
    os.environ.update({"DRAFTROOM_DATABASE_URL": url, "DRAFTROOM_MODEL": model,
                       "DRAFTROOM_LLM_CACHE": "true" if use_cache else "false"})
    _reset()
    try:
        ensure_schema(url)
        yield url
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        _reset()


def last_call_id() -> int:
    from sqlalchemy import func
    from sqlmodel import select

    from service.db import session_scope
    from service.models import LlmCall

    with session_scope() as s:
        return s.exec(select(func.max(LlmCall.id))).one() or 0


def calls_since(marker: int) -> list:
    """Ledger rows written after ``marker`` (the calls of the case just run)."""
    from sqlmodel import select

    from service.db import session_scope
    from service.models import LlmCall

    with session_scope() as s:
        return list(s.exec(select(LlmCall).where(LlmCall.id > marker).order_by(LlmCall.id)))
