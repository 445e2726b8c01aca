"""Request dependencies: who is calling; the documented Idempotency-Key header."""
from __future__ import annotations

from fastapi import Header

from ..auth import Principal, authenticate


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
