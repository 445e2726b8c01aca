"""Idempotency keys for POSTs: the same key + the same request replays the first response; the same
key with a different request is refused; a retry while the first is still running gets 409.

Keys are per user (two API clients may use the same key) and live 24 hours. Server errors (5xx) are
not stored, so a retry after a crash runs again. The record is inserted before the work starts (the
insert is the first statement of its transaction), so two concurrent first tries cannot both run."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from service.core.db import session_scope
from service.core.errors import Conflict, InvalidInput
from service.core.models import IdempotencyRecord, utcnow

TTL = timedelta(hours=24)
IN_PROGRESS_TIMEOUT = timedelta(minutes=10)  # a record stuck "running" this long is treated as abandoned
MAX_KEY = 200


@dataclass
class Replay:
    status_code: int
    body: dict | list | None


def request_hash(method: str, path: str, query: str, body: bytes) -> str:
    digest = hashlib.sha256()
    for part in (method.upper(), path, query):
        digest.update(part.encode() + b"\0")
    digest.update(body)
    return digest.hexdigest()


def check_key(key: str) -> str:
    key = key.strip()
    if not key or len(key) > MAX_KEY or any(ord(c) < 33 or ord(c) > 126 for c in key):
        raise InvalidInput(f"Idempotency-Key must be 1-{MAX_KEY} printable ASCII characters without spaces",
                           field="Idempotency-Key", fix="use a UUID per logical request")
    return key


def begin(user_id: int, key: str, req_hash: str) -> Replay | None:
    """Reserve the key for this request. Returns a ``Replay`` when the request already completed."""
    key = check_key(key)
    now = utcnow()
    try:
        with session_scope() as s:
            s.add(IdempotencyRecord(user_id=user_id, key=key, request_hash=req_hash, status_code=0, created_at=now))
            s.flush()
        return None
    except IntegrityError:
        pass
    with session_scope() as s:
        row = s.exec(select(IdempotencyRecord).where(IdempotencyRecord.user_id == user_id,
                                                     IdempotencyRecord.key == key)).first()
        if row is None:  # deleted in between: try once more
            s.add(IdempotencyRecord(user_id=user_id, key=key, request_hash=req_hash, status_code=0, created_at=now))
            return None
        created = row.created_at if row.created_at.tzinfo else row.created_at.replace(tzinfo=now.tzinfo)
        expired = now - created > TTL or (row.status_code == 0 and now - created > IN_PROGRESS_TIMEOUT)
        if expired:
            row.request_hash, row.status_code, row.response, row.created_at = req_hash, 0, None, now
            s.add(row)
            return None
        if row.request_hash != req_hash:
            raise InvalidInput("this Idempotency-Key was already used for a different request", field="Idempotency-Key",
                               fix="use a new key for a new request")
        if row.status_code == 0:
            raise Conflict("a request with this Idempotency-Key is still running", field="Idempotency-Key",
                           fix="retry in a few seconds to get its result")
        return Replay(row.status_code, row.response)


def finish(user_id: int, key: str, status_code: int, body) -> None:
    with session_scope() as s:
        row = s.exec(select(IdempotencyRecord).where(IdempotencyRecord.user_id == user_id,
                                                     IdempotencyRecord.key == key.strip())).first()
        if row is not None:
            row.status_code, row.response = status_code, body
            s.add(row)


def abandon(user_id: int, key: str) -> None:
    with session_scope() as s:
        s.connection().execute(delete(IdempotencyRecord.__table__).where(
            IdempotencyRecord.__table__.c.user_id == user_id, IdempotencyRecord.__table__.c.key == key.strip()))


def purge_expired() -> int:
    with session_scope() as s:
        result = s.connection().execute(delete(IdempotencyRecord.__table__).where(
            IdempotencyRecord.__table__.c.created_at < utcnow() - TTL))
        return result.rowcount or 0
