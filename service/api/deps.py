"""Request dependencies: who is calling."""
from __future__ import annotations

from fastapi import Header

from ..auth import Principal, authenticate


def current_user(authorization: str | None = Header(default=None)) -> Principal:
    key = None
    if authorization:
        scheme, _, value = authorization.partition(" ")
        key = value.strip() if scheme.lower() == "bearer" else None
    return authenticate(key)
