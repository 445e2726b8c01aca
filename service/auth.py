"""Users, roles and API keys. Keys are shown once and stored as SHA-256 hashes."""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from sqlmodel import select

from .db import session_scope
from .errors import Conflict, Forbidden, InvalidInput, Unauthorized
from .models import ApiKey, User, utcnow

ROLES = ("owner", "manager", "bidder", "viewer", "api")

# What each role may do. One place for the rule; the API and the UI both ask ``can``.
PERMISSIONS: dict[str, set[str]] = {
    "owner": {"read", "intake", "draft", "review", "approve", "export", "outcome", "manage_users", "settings", "feedback", "audit"},
    "manager": {"read", "intake", "draft", "review", "approve", "export", "outcome", "manage_users", "settings", "feedback", "audit"},
    "bidder": {"read", "intake", "draft", "review", "approve", "export", "outcome", "feedback"},
    "viewer": {"read"},
    "api": {"read", "intake", "draft", "export"},
}

KEY_PREFIX = "dr_"


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
            raise Forbidden(f"role '{self.role}' may not {action.replace('_', ' ')}", field="role")


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def add_user(name: str, role: str) -> tuple[User, str]:
    """Create a user and its first API key. Returns the key in clear text (shown once)."""
    name = " ".join(name.split())
    if not name or len(name) > 120:
        raise InvalidInput("user name must be 1-120 characters", field="name")
    if role not in ROLES:
        raise InvalidInput(f"unknown role '{role}'", field="role", fix="use one of: " + ", ".join(ROLES))
    with session_scope() as s:
        if s.exec(select(User).where(User.name == name)).first():
            raise Conflict(f"a user named '{name}' already exists", field="name", fix="pick another name")
        user = User(name=name, role=role)
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


def authenticate(key: str | None) -> Principal:
    if not key:
        raise Unauthorized("missing API key", field="Authorization", fix="send 'Authorization: Bearer <key>'")
    with session_scope() as s:
        row = s.exec(select(ApiKey).where(ApiKey.key_hash == hash_key(key.strip()))).first()
        if row is None or row.revoked_at is not None:
            raise Unauthorized("invalid or revoked API key", field="Authorization",
                               fix="create one with 'draftroom users add NAME --role ROLE'")
        user = s.get(User, row.user_id)
        if user is None or user.disabled:
            raise Unauthorized("this key's user is disabled", field="Authorization")
        return Principal(user_id=user.id, name=user.name, role=user.role, api_key_id=row.id)


def principal_for(name: str) -> Principal:
    """A person acting without a key (CLI, UI sign-in)."""
    with session_scope() as s:
        user = s.exec(select(User).where(User.name == name)).first()
        if user is None or user.disabled:
            raise Unauthorized(f"no active user named '{name}'", field="user",
                               fix="create one with 'draftroom users add NAME --role ROLE'")
        return Principal(user_id=user.id, name=user.name, role=user.role)


def list_users() -> list[User]:
    with session_scope() as s:
        return list(s.exec(select(User).order_by(User.id)))
