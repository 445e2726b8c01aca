"""Audit log: who did what, when, with which key. Written in the same transaction as the action it
records, so an action and its audit row commit (or roll back) together."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlmodel import Session, select

from service.accounts.auth import Principal
from service.core.db import session_scope
from service.core.errors import InvalidInput
from service.core.models import ApiKey, AuditEvent, User


def log(session: Session, actor: Principal | None, action: str, target_type: str = "",
        target_id: int | None = None, **detail) -> None:
    """Record an action. ``actor`` None means the system (a background worker)."""
    detail = {k: v for k, v in detail.items() if v is not None}
    if actor is not None:
        detail.setdefault("actor", actor.name)
    session.add(AuditEvent(user_id=actor.user_id if actor else None, api_key_id=actor.api_key_id if actor else None,
                           action=action, target_type=target_type, target_id=target_id, detail=detail or None))


@dataclass
class AuditPage:
    items: list[dict]
    next_cursor: int | None


def query(*, user_id: int | None = None, user: str | None = None, action: str | None = None,
          target_type: str | None = None, target_id: int | None = None, api_key_id: int | None = None,
          since: datetime | None = None, until: datetime | None = None, before_id: int | None = None,
          limit: int = 100) -> list[AuditEvent]:
    """Newest first. ``before_id`` pages backwards (pass the last id you saw)."""
    if not 1 <= limit <= 1000:
        raise InvalidInput("limit must be 1-1000", field="limit")
    with session_scope() as s:
        q = select(AuditEvent)
        if user:
            row = s.exec(select(User).where(User.name == user)).first()
            if row is None:
                raise InvalidInput(f"no user named '{user}'", field="user", fix="use an exact user name or user_id")
            user_id = row.id
        if user_id is not None:
            q = q.where(AuditEvent.user_id == user_id)
        if action:
            actions = [a.strip() for a in action.split(",") if a.strip()]
            q = q.where(AuditEvent.action.in_(actions)) if len(actions) > 1 else q.where(AuditEvent.action == actions[0])
        if target_type:
            q = q.where(AuditEvent.target_type == target_type)
        if target_id is not None:
            q = q.where(AuditEvent.target_id == target_id)
        if api_key_id is not None:
            q = q.where(AuditEvent.api_key_id == api_key_id)
        if since is not None:
            q = q.where(AuditEvent.at >= _aware(since))
        if until is not None:
            q = q.where(AuditEvent.at < _aware(until))
        if before_id is not None:
            q = q.where(AuditEvent.id < before_id)
        return list(s.exec(q.order_by(AuditEvent.id.desc()).limit(limit)))


def page(**filters) -> AuditPage:
    """``query`` plus who each user and key is, as JSON-ready dicts, and a cursor to the next page."""
    limit = filters.get("limit", 100)
    rows = query(**filters)
    with session_scope() as s:
        users = {u.id: u for u in s.exec(select(User).where(User.id.in_({r.user_id for r in rows if r.user_id})))}
        keys = {k.id: k for k in s.exec(select(ApiKey).where(ApiKey.id.in_({r.api_key_id for r in rows if r.api_key_id})))}
    items = []
    for r in rows:
        u, k = users.get(r.user_id), keys.get(r.api_key_id)
        items.append({"id": r.id, "at": _aware(r.at).isoformat(), "action": r.action, "target_type": r.target_type,
                      "target_id": r.target_id, "user_id": r.user_id, "user": u.name if u else None,
                      "role": u.role if u else None, "api_key_id": r.api_key_id,
                      "api_key_prefix": k.prefix if k else None, "via": "api key" if r.api_key_id else
                      ("person" if r.user_id else "system"), "detail": r.detail or {}})
    return AuditPage(items, rows[-1].id if len(rows) == limit and rows else None)


def _aware(dt: datetime) -> datetime:
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)
