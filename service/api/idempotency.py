"""Idempotency keys for POSTs: the same key + the same request replays the first response; the same
key with a different request is refused; a retry while the first is still running gets 409.

Keys are per user (two API clients may use the same key) and live 24 hours. Server errors (5xx) are
not stored, so a retry after a failure runs again. The record is inserted before the work starts (the
insert is the first statement of its transaction), so two concurrent first tries cannot both run.

Crash recovery: while a request runs, the middleware refreshes ``heartbeat_at`` every ``HEARTBEAT``
seconds. A record still "running" whose last heartbeat is older than ``LEASE`` belongs to a request
that died with its process (kill -9, OOM, power loss): a retry with the same key takes it over and
runs the work again instead of answering 409 forever. The result is stored before the response is
sent, so a client that retries the moment it gets its answer is replayed, never told "still running"."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, timedelta

from sqlalchemy import and_, delete, or_, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from service.core.db import session_scope
from service.core.errors import Conflict, InvalidInput
from service.core.models import IdempotencyRecord, utcnow

TTL = timedelta(hours=24)
HEARTBEAT = 5.0  # seconds between heartbeats of a running request
LEASE = timedelta(seconds=30)  # a running record with no heartbeat for this long belongs to a dead request
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
            s.add(IdempotencyRecord(user_id=user_id, key=key, request_hash=req_hash, status_code=0, created_at=now,
                                    heartbeat_at=now))
            s.flush()
        return None
    except IntegrityError:
        pass
    with session_scope() as s:
        row = s.exec(select(IdempotencyRecord).where(IdempotencyRecord.user_id == user_id,
                                                     IdempotencyRecord.key == key)).first()
        if row is None:  # deleted in between: try once more
            s.add(IdempotencyRecord(user_id=user_id, key=key, request_hash=req_hash, status_code=0, created_at=now,
                                    heartbeat_at=now))
            return None
        created = _aware(row.created_at)
        beat = _aware(row.heartbeat_at or row.created_at)
        dead = row.status_code == 0 and now - beat > LEASE
        if now - created > TTL or dead:
            # Take the record over with a conditional update, so two retries of one dead request
            # cannot both win (the loser sees the winner's fresh heartbeat and gets 409).
            t = IdempotencyRecord.__table__
            still_stale = or_(t.c.created_at < now - TTL,
                              and_(t.c.status_code == 0, or_(t.c.heartbeat_at.is_(None),
                                                             t.c.heartbeat_at < now - LEASE)))
            taken = s.connection().execute(update(t).where(t.c.id == row.id, still_stale).values(
                request_hash=req_hash, status_code=0, response=None, created_at=now, heartbeat_at=now))
            if taken.rowcount == 1:
                return None
            raise Conflict("a request with this Idempotency-Key is still running", field="Idempotency-Key",
                           fix="retry in a few seconds to get its result")
        if row.request_hash != req_hash:
            raise InvalidInput("this Idempotency-Key was already used for a different request", field="Idempotency-Key",
                               fix="use a new key for a new request")
        if row.status_code == 0:
            raise Conflict("a request with this Idempotency-Key is still running", field="Idempotency-Key",
                           fix="retry in a few seconds to get its result")
        return Replay(row.status_code, row.response)


def heartbeat(user_id: int, key: str) -> None:
    """The request is still alive: push its lease forward (one short UPDATE)."""
    t = IdempotencyRecord.__table__
    with session_scope() as s:
        s.connection().execute(update(t).where(t.c.user_id == user_id, t.c.key == key.strip(), t.c.status_code == 0)
                               .values(heartbeat_at=utcnow()))


def _aware(dt):
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


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
