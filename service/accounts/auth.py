"""Users, roles and API keys. Keys are shown once and stored as SHA-256 hashes.

A verified key is remembered in the process for ``KEY_CACHE_SECONDS`` (5 s), so a busy client costs one
key lookup every 5 s instead of one per request. Revoking a key or disabling a user in a process forgets
every remembered key of that process at once (the next request reads the database again); another process
(a second ``serve`` worker, the UI, the task worker) sees the change within ``KEY_CACHE_SECONDS``."""
from __future__ import annotations

import hashlib
import secrets
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import or_, update
from sqlmodel import select

from service.core import db as _db
from service.core.config import get_settings
from service.core.db import session_scope
from service.core.errors import (
    Conflict,
    DraftroomError,
    Forbidden,
    InvalidInput,
    NotFound,
    Unauthorized,
)
from service.core.models import ApiKey, User, utcnow

ROLES = ("owner", "manager", "bidder", "viewer", "api")

# What each role may do. One place for the rule; the API and the UI both ask ``can``.
PERMISSIONS: dict[str, set[str]] = {
    "owner": {"read", "read_text", "intake", "draft", "review", "approve", "export", "outcome", "metrics", "manage_users",
              "settings", "feedback", "audit"},
    "manager": {"read", "read_text", "intake", "draft", "review", "approve", "export", "outcome", "metrics", "manage_users",
                "settings", "feedback", "audit"},
    "bidder": {"read", "read_text", "intake", "draft", "review", "approve", "export", "outcome", "metrics", "feedback"},
    "viewer": {"read", "read_text", "metrics"},
    # API clients (alert tools, scripts): create drafts, poll their status, brief and fit, fetch exports of
    # approved drafts. Never approve, never read a draft's text before a person approved it.
    "api": {"read", "intake", "draft", "export"},
}
# What each permission lets a caller do (docs, the UI's team page and error messages).
PERMISSION_HELP: dict[str, str] = {
    "read": "read drafts' status, jobs and the queue", "read_text": "read draft text and versions before export", "intake": "submit jobs", "draft": "create drafts",
    "review": "claim, edit, reject and regenerate drafts", "approve": "approve drafts",
    "export": "export approved drafts", "outcome": "log what happened after a proposal",
    "metrics": "read the scorecard", "manage_users": "add users and keys", "settings": "change the workspace",
    "feedback": "mark fit scores wrong", "audit": "read the audit log",
}
assert "approve" not in PERMISSIONS["api"] and "read_text" not in PERMISSIONS["api"]
assert PERMISSIONS["viewer"] <= {"read", "read_text", "metrics"}

KEY_PREFIX = "dr_"
KEY_CACHE_SECONDS = 5.0
KEY_CACHE_SIZE = 1024
_verified: dict[tuple[str, str], tuple[Principal, float]] = {}  # (database, key hash) -> (who, verified at)
_verified_lock = threading.Lock()
_generation = 0  # bumped on every revoke/disable: a lookup that started before it is not remembered


@dataclass(frozen=True)
class Principal:
    """Who is acting: a person or an API client, with the key they used (if any)."""

    user_id: int
    name: str
    role: str
    api_key_id: int | None = None

    def can(self, action: str) -> bool:
        return action in PERMISSIONS.get(self.role, set())

    def require(self, action: str) -> None:
        if not self.can(action):
            roles = [r for r in ROLES if action in PERMISSIONS[r]]
            raise Forbidden(f"role '{self.role}' may not {PERMISSION_HELP.get(action, action.replace('_', ' '))}",
                            field="role", fix="ask for a key with role " + " or ".join(roles), needs=action)


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def _clean_signature(signature: str | None) -> str | None:
    if signature is None:
        return None
    signature = " ".join(signature.split())
    if len(signature) > 200:
        raise InvalidInput("a signature is at most 200 characters", field="signature", fix="use your first name")
    return signature or None


def set_signature(actor: Principal, name: str, signature: str | None) -> User:
    """Set (or, with an empty value, clear) how a person's drafts are signed. Anyone may set their own; an
    owner or manager may set anyone's."""
    if actor.name != name:
        actor.require("manage_users")
    value = _clean_signature(signature)
    with session_scope() as s:
        user = s.exec(select(User).where(User.name == name)).first()
        if user is None:
            raise NotFound(f"no user named '{name}'", field="name", fix="see 'draftroom users list'")
        user.signature = value
        s.add(user)
        s.flush()
        s.refresh(user)
        s.expunge(user)
        return user


def signature_of(user_id: int | None) -> str | None:
    """How the person's drafts are signed, or None for the workspace profile's default."""
    if user_id is None:
        return None
    with session_scope() as s:
        user = s.get(User, user_id)
        return user.signature if user is not None else None


def add_user(name: str, role: str, signature: str | None = None) -> tuple[User, str]:
    """Create a user and its first API key. Returns the key in clear text (shown once)."""
    name = " ".join(name.split())
    if not name or len(name) > 120:
        raise InvalidInput("user name must be 1-120 characters", field="name")
    if role not in ROLES:
        raise InvalidInput(f"unknown role '{role}'", field="role", fix="use one of: " + ", ".join(ROLES))
    with session_scope() as s:
        if s.exec(select(User).where(User.name == name)).first():
            raise Conflict(f"a user named '{name}' already exists", field="name", fix="pick another name")
        user = User(name=name, role=role, signature=_clean_signature(signature))
        s.add(user)
        s.flush()
        key = _new_key(s, user.id)
        return user, key


def _new_key(session, user_id: int) -> str:
    key = KEY_PREFIX + secrets.token_urlsafe(32)
    session.add(ApiKey(user_id=user_id, prefix=key[:10], key_hash=hash_key(key)))
    return key


def issue_key(user_id: int) -> str:
    with session_scope() as s:
        if s.get(User, user_id) is None:
            raise InvalidInput(f"user {user_id} does not exist", field="user_id")
        return _new_key(s, user_id)


def revoke_key(api_key_id: int) -> None:
    with session_scope() as s:
        row = s.get(ApiKey, api_key_id)
        if row is None:
            raise InvalidInput(f"key {api_key_id} does not exist", field="key_id")
        row.revoked_at = utcnow()
        s.add(row)
    forget_verified_keys()


def forget_verified_keys() -> None:
    """Drop every key this process remembers as verified (after a revoke or disable, and between databases)."""
    global _generation
    with _verified_lock:
        _generation += 1
        _verified.clear()


def authenticate(key: str | None) -> Principal:
    if not key:
        raise Unauthorized("missing API key", field="Authorization", fix="send 'Authorization: Bearer <key>'")
    cache_key = (get_settings().resolved_database_url, hash_key(key.strip()))
    now = time.monotonic()
    hit = _verified.get(cache_key)
    if hit is not None and now - hit[1] < KEY_CACHE_SECONDS:
        return hit[0]
    generation = _generation
    principal = _verify(cache_key[1])
    with _verified_lock:
        if generation == _generation:  # no revoke/disable ran meanwhile
            if len(_verified) >= KEY_CACHE_SIZE:
                _verified.clear()
            _verified[cache_key] = (principal, now)
    return principal


def _verify(key_hash: str) -> Principal:
    with session_scope() as s:
        row = s.exec(select(ApiKey).where(ApiKey.key_hash == key_hash)).first()
        if row is None or row.revoked_at is not None:
            raise Unauthorized("invalid or revoked API key", field="Authorization",
                               fix="create one with 'draftroom users add NAME --role ROLE'")
        user = s.get(User, row.user_id)
        if user is None or user.disabled:
            raise Unauthorized("this key's user is disabled", field="Authorization")
        principal = Principal(user_id=user.id, name=user.name, role=user.role, api_key_id=row.id)
        stale_use = row.last_used_at is None or utcnow() - _aware(row.last_used_at) > timedelta(minutes=1)
    if stale_use:
        _touch_key(row.id)
    return principal


def _touch_key(key_id: int) -> None:
    """Record when a key was last used: at most one write a minute per key, in its own short
    transaction whose first statement is the write (no read-then-write upgrade on SQLite)."""
    now = utcnow()
    try:
        with session_scope() as s:
            t = ApiKey.__table__
            s.connection().execute(update(t).where(t.c.id == key_id, or_(t.c.last_used_at.is_(None),
                                                                      t.c.last_used_at < now - timedelta(minutes=1)))
                                   .values(last_used_at=now))
    except DraftroomError:  # bookkeeping only: never fail a request over it
        pass


def _aware(dt: datetime) -> datetime:
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def principal_for(name: str) -> Principal:
    """A principal by name, without a key: demo seeding and tests only. The CLI, the API and the UI act
    only as the person whose key they were given (``authenticate``)."""
    with session_scope() as s:
        user = s.exec(select(User).where(User.name == name)).first()
        if user is None or user.disabled:
            raise Unauthorized(f"no active user named '{name}'", field="user",
                               fix="create one with 'draftroom users add NAME --role ROLE'")
        return Principal(user_id=user.id, name=user.name, role=user.role)


def has_users() -> bool:
    """Whether any user exists (an empty database lets its first owner be created without a key)."""
    with session_scope() as s:
        return s.exec(select(User.id).limit(1)).first() is not None


def list_users() -> list[User]:
    with session_scope() as s:
        return list(s.exec(select(User).order_by(User.id)))


def list_keys(user_id: int | None = None) -> list[dict]:
    """Key metadata (never the key): prefix, owner, role, created, last used, revoked."""
    with session_scope() as s:
        q = select(ApiKey, User).where(ApiKey.user_id == User.id)
        if user_id is not None:
            q = q.where(ApiKey.user_id == user_id)
        return [{"id": k.id, "prefix": k.prefix, "user_id": u.id, "user": u.name, "role": u.role,
                 "created_at": k.created_at, "last_used_at": k.last_used_at, "revoked_at": k.revoked_at}
                for k, u in s.exec(q.order_by(ApiKey.id))]


def set_disabled(user_id: int, disabled: bool = True) -> None:
    with session_scope() as s:
        user = s.get(User, user_id)
        if user is None:
            raise InvalidInput(f"user {user_id} does not exist", field="user_id")
        user.disabled = disabled
        s.add(user)
    forget_verified_keys()


_db.before_reset(forget_verified_keys)
