"""Request dependencies: who is calling; the documented Idempotency-Key header."""
from __future__ import annotations

from typing import Annotated, Iterator

from fastapi import Depends, Header
from sqlmodel import Session

from service.accounts.auth import Principal, authenticate
from service.core.db import session_scope


def current_user(authorization: str | None = Header(default=None, description="`Bearer <API key>`")) -> Principal:
    key = None
    if authorization:
        scheme, _, value = authorization.partition(" ")
        key = value.strip() if scheme.lower() == "bearer" else None
    return authenticate(key)


def idempotency_key(idempotency_key: str | None = Header(
        default=None, alias="Idempotency-Key",
        description="Optional. Retrying a POST with the same key replays the first response (24 h) instead of "
                    "doing the work twice; the same key with a different body is refused.")) -> str | None:
    return idempotency_key  # handled by GuardMiddleware; declared here so OpenAPI documents it


def request_session() -> Iterator[Session]:
    """One database session for the route's own reads (committed when the route returns)."""
    with session_scope() as session:
        yield session


SessionDep = Annotated[Session, Depends(request_session)]
