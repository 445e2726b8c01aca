"""Where an eval run executes: its own SQLite database (ledger and response cache live there, so eval
calls never mix with the team's review data), the model, and the cache switch; restored afterwards."""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


def default_eval_db() -> str:
    from service.core.config import get_settings

    return f"sqlite:///{(Path(get_settings().home) / 'evals.db').resolve()}"


def _reset() -> None:
    from service.core.db import reset_engines
    from service.llm import reset_gateway

    reset_engines()
    reset_gateway()


@contextmanager
def eval_environment(*, model: str, db_url: str | None = None, use_cache: bool = True) -> Iterator[str]:
    """Point settings at the eval database and model for the duration of a run (a settings override,
    not a change of the process environment)."""
    from service.core.config import overridden
    from service.core.db import ensure_schema

    url = db_url or default_eval_db()
    with overridden(database_url=url, model=model, llm_cache=use_cache):
        _reset()
        try:
            ensure_schema(url)
            yield url
        finally:
            _reset()


def last_call_id() -> int:
    from sqlalchemy import func
    from sqlmodel import select

    from service.core.db import session_scope
    from service.core.models import LlmCall
    from service.llm import ledger

    ledger.flush()
    with session_scope() as s:
        return s.exec(select(func.max(LlmCall.id))).one() or 0


def calls_since(marker: int) -> list:
    """Ledger rows written after ``marker`` (the calls of the case just run)."""
    from sqlmodel import select

    from service.core.db import session_scope
    from service.core.models import LlmCall
    from service.llm import ledger

    ledger.flush()
    with session_scope() as s:
        return list(s.exec(select(LlmCall).where(LlmCall.id > marker).order_by(LlmCall.id)))
