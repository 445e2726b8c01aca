"""Reading the review queue: filters, order (fit tier, then age since intake) and cursor pagination.

The cursor is keyset pagination over (tier_rank, intake_at, id), the order of ``ix_drafts_queue``,
so page N costs the same as page 1 whatever the queue size."""
from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import and_, or_
from sqlmodel import select

from service.core.db import session_scope
from service.core.errors import InvalidInput
from service.core.models import Draft, User, utcnow
from service.core.schemas import DRAFT_KINDS, TIER_RANK

STATUSES = ("drafting", "pending_review", "in_review", "approved", "rejected", "exported", "needs_attention")
TIERS = ("strong", "possible", "poor", "none")
MAX_LIMIT = 500


@dataclass
class QueuePage:
    items: list[Draft]
    next_cursor: str | None


def aware(dt: datetime | None) -> datetime | None:
    if dt is None:
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def encode_cursor(d: Draft) -> str:
    raw = json.dumps([d.tier_rank, aware(d.intake_at).isoformat(), d.id]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[int, datetime, int]:
    try:
        pad = "=" * (-len(cursor) % 4)
        rank, at, did = json.loads(base64.urlsafe_b64decode(cursor + pad))
        return int(rank), aware(datetime.fromisoformat(at)), int(did)
    except Exception:
        raise InvalidInput("cursor is not one this server issued", field="cursor",
                           fix="pass next_cursor from the previous page unchanged, or omit it") from None


def _split(value: str | list[str] | None, allowed: tuple[str, ...], field: str) -> list[str]:
    if value is None or value == "":
        return []
    items = value if isinstance(value, (list, tuple)) else str(value).split(",")
    items = [i.strip() for i in items if i and i.strip()]
    bad = [i for i in items if i not in allowed]
    if bad:
        raise InvalidInput(f"unknown {field} '{bad[0]}'", field=field, fix="use one of: " + ", ".join(allowed))
    return items


def _assignee_id(s, assignee: int | str | None) -> int | None:
    if assignee is None or assignee == "":
        return None
    if isinstance(assignee, int):
        return assignee
    text = str(assignee).strip()
    if text.isascii() and text.isdigit():  # not '²' or '٣': str.isdigit() accepts those, int() does not
        if len(text) > 18:
            raise InvalidInput("assignee id is out of range", field="assignee", fix="pass a user id or an exact user name")
        return int(text)
    user = s.exec(select(User).where(User.name == str(assignee))).first()
    if user is None:
        raise InvalidInput(f"no user named '{assignee}'", field="assignee", fix="pass a user id or an exact user name")
    return user.id


def list_queue(*, status: str | list[str] | None = None, tier: str | list[str] | None = None,
               service_line: str | None = None, kind: str | list[str] | None = None,
               assignee: int | str | None = None, cursor: str | None = None, limit: int = 50) -> QueuePage:
    """Drafts ordered by fit tier, then age since intake (oldest first: speed to lead).

    ``status``, ``tier`` and ``kind`` take one value, a comma-separated string or a list; ``tier``
    'none' means no fit tier (contract drafts). ``assignee`` is a user id or name: drafts whose lock
    that user holds (expired locks included until someone else claims)."""
    statuses = _split(status, STATUSES, "status")
    tiers = _split(tier, TIERS, "tier")
    kinds = _split(kind, DRAFT_KINDS, "kind")
    if not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT:
        raise InvalidInput(f"limit must be 1-{MAX_LIMIT}", field="limit")
    with session_scope() as s:
        q = select(Draft)
        if tiers:
            ranks = [TIER_RANK.get(None if t == "none" else t, 3) for t in tiers]
            q = q.where(Draft.tier_rank == ranks[0]) if len(ranks) == 1 else q.where(Draft.tier_rank.in_(ranks))
        if service_line:
            q = q.where(Draft.service_line == service_line)
        if kinds:
            q = q.where(Draft.kind == kinds[0]) if len(kinds) == 1 else q.where(Draft.kind.in_(kinds))
        who = _assignee_id(s, assignee)
        if who is not None:
            q = q.where(Draft.claimed_by == who)
        if cursor:
            rank, at, did = decode_cursor(cursor)
            q = q.where(or_(Draft.tier_rank > rank,
                            and_(Draft.tier_rank == rank, Draft.intake_at > at),
                            and_(Draft.tier_rank == rank, Draft.intake_at == at, Draft.id > did)))
        order = (Draft.tier_rank, Draft.intake_at, Draft.id)
        # One index-ordered query per status (ix_drafts_queue = status, tier_rank, intake_at), merged here:
        # an IN (...) or no status filter would make the database sort every matching row instead.
        rows = []
        if who is not None:  # a person's claimed drafts are few: ix_drafts_claimed_by, then sort
            if statuses:
                q = q.where(Draft.status.in_(statuses))
            rows = s.exec(q.order_by(*order).limit(limit + 1)).all()
        elif len(statuses) == 1:
            rows = s.exec(q.where(Draft.status == statuses[0]).order_by(*order).limit(limit + 1)).all()
        else:  # merge keys only, then load the page's rows
            keys = []
            kq = q.with_only_columns(Draft.tier_rank, Draft.intake_at, Draft.id)
            for st in statuses or STATUSES:
                keys += s.connection().execute(kq.where(Draft.status == st).order_by(*order).limit(limit + 1)).all()
            keys.sort(key=lambda k: (k[0], aware(k[1]), k[2]))
            ids = [k[2] for k in keys[:limit + 1]]
            rows = s.exec(select(Draft).where(Draft.id.in_(ids or [-1]))).all() if ids else []
        rows = sorted(rows, key=lambda d: (d.tier_rank, aware(d.intake_at), d.id))[:limit + 1]
    more = len(rows) > limit
    rows = rows[:limit]
    return QueuePage(rows, encode_cursor(rows[-1]) if more and rows else None)


def lock_holder(draft: Draft, now: datetime | None = None) -> int | None:
    """The user whose lock on the draft is still live, else None."""
    now = now or utcnow()
    if draft.claimed_by is not None and draft.lock_expires_at is not None and aware(draft.lock_expires_at) > now:
        return draft.claimed_by
    return None


def age_seconds(draft: Draft, now: datetime | None = None) -> float:
    return round(((now or utcnow()) - aware(draft.intake_at)).total_seconds(), 1)
