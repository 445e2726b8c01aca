"""Audit log: who did what, when, with which key."""
from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, select

from .auth import Principal
from .db import session_scope
from .models import AuditEvent


def log(session: Session, actor: Principal | None, action: str, target_type: str = "",
        target_id: int | None = None, **detail) -> None:
    session.add(AuditEvent(user_id=actor.user_id if actor else None, api_key_id=actor.api_key_id if actor else None,
                           action=action, target_type=target_type, target_id=target_id, detail=detail or None))


def query(*, user_id: int | None = None, action: str | None = None, target_id: int | None = None,
          since: datetime | None = None, limit: int = 100) -> list[AuditEvent]:
    with session_scope() as s:
        q = select(AuditEvent)
        if user_id is not None:
            q = q.where(AuditEvent.user_id == user_id)
        if action:
            q = q.where(AuditEvent.action == action)
        if target_id is not None:
            q = q.where(AuditEvent.target_id == target_id)
        if since is not None:
            q = q.where(AuditEvent.at >= since)
        return list(s.exec(q.order_by(AuditEvent.id.desc()).limit(min(max(limit, 1), 1000))))
