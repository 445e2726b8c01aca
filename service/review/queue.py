"""Reading the review queue: filters, order (needs_attention first, then fit tier, then age since intake)
and cursor pagination.

The default view is every draft still to be worked on (``OPEN_STATUSES``): exported and rejected drafts
are done and shown only when asked for (``status=...`` naming them, or ``status=all``). needs_attention
drafts come before everything else: a draft that failed must not hide behind a thousand strong ones.

The cursor is keyset pagination over (attention, tier_rank, intake_at, id); each status is read in the
order of ``ix_drafts_queue`` (status, tier_rank, intake_at) and the keys merged, so page N costs the same
as page 1 whatever the queue size."""
from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import and_, func, or_
from sqlmodel import select

from service.core.db import session_scope
from service.core.errors import InvalidInput
from service.core.models import Draft, User, utcnow
from service.core.schemas import DRAFT_KINDS, TIER_RANK

STATUSES = ("drafting", "pending_review", "in_review", "approved", "rejected", "exported", "needs_attention")
DONE_STATUSES = ("exported", "rejected")
OPEN_STATUSES = tuple(s for s in STATUSES if s not in DONE_STATUSES)
CLAIMABLE_STATUSES = ("pending_review", "in_review")  # in_review only with no live claim (see list_queue)
TIERS = ("strong", "possible", "poor", "none")
MAX_LIMIT = 500


@dataclass
class QueuePage:
    items: list[Draft]
    next_cursor: str | None
    needs_attention: int = 0  # how many drafts need attention under the same filters (the header count)
    statuses: list[str] = field(default_factory=list)  # the statuses this page was drawn from


def aware(dt: datetime | None) -> datetime | None:
    if dt is None:
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def attention_rank(status: str) -> int:
    return 0 if status == "needs_attention" else 1


def sort_key(d) -> tuple:
    """The queue order: needs_attention first, then fit tier, then oldest intake, then id."""
    return attention_rank(d.status), d.tier_rank, aware(d.intake_at), d.id


def encode_cursor(d: Draft) -> str:
    raw = json.dumps([attention_rank(d.status), d.tier_rank, aware(d.intake_at).isoformat(), d.id]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[int, int, datetime, int]:
    try:
        pad = "=" * (-len(cursor) % 4)
        values = json.loads(base64.urlsafe_b64decode(cursor + pad))
        if len(values) == 3:  # a cursor from before needs_attention came first
            values = [1, *values]
        attn, rank, at, did = values
        return int(attn), int(rank), aware(datetime.fromisoformat(at)), int(did)
    except Exception:
        raise InvalidInput("cursor is not one this server issued", field="cursor",
                           fix="pass next_cursor from the previous page unchanged, or omit it") from None


def expand_statuses(status: str | list[str] | None) -> list[str]:
    """None or '' → the open statuses (the default view); 'all' → every status; else the named ones."""
    if status is None or status == "" or status == []:
        return list(OPEN_STATUSES)
    if status == "all" or status == ["all"]:
        return list(STATUSES)
    return _split(status, STATUSES, "status")


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


def _after(st: str, cursor: tuple[int, int, datetime, int] | None):
    """The keyset condition for rows of status ``st`` after ``cursor``; None = no condition; False = none."""
    if cursor is None:
        return None
    attn, rank, at, did = cursor
    mine = attention_rank(st)
    if mine != attn:
        return None if mine > attn else False
    return or_(Draft.tier_rank > rank, and_(Draft.tier_rank == rank, Draft.intake_at > at),
               and_(Draft.tier_rank == rank, Draft.intake_at == at, Draft.id > did))


def _after_key(key, after) -> bool:
    """The keyset condition of ``list_queue`` applied in Python (the assignee path: few rows)."""
    st, rank, at, did = key
    return after is None or (attention_rank(st), rank, aware(at), did) > after


def list_queue(*, status: str | list[str] | None = None, tier: str | list[str] | None = None,
               service_line: str | None = None, kind: str | list[str] | None = None,
               assignee: int | str | None = None, cursor: str | None = None, limit: int = 50,
               claimable: bool = False, now: datetime | None = None) -> QueuePage:
    """Drafts ordered needs_attention first, then by fit tier, then age since intake (oldest first: speed
    to lead).

    ``status`` takes one value, a comma-separated string or a list; none means the open drafts (exported
    and rejected are left out), 'all' means every status. ``tier`` and ``kind`` likewise; ``tier`` 'none'
    means no fit tier (contract drafts). ``assignee`` is a user id or name: drafts whose lock that user
    holds (expired locks included until someone else claims). ``claimable``: only drafts a reviewer may
    claim now (pending review, or in review with an expired or no claim): what "Next item" takes."""
    statuses = expand_statuses(status)
    if claimable:
        statuses = [st for st in statuses if st in CLAIMABLE_STATUSES]
    tiers = _split(tier, TIERS, "tier")
    kinds = _split(kind, DRAFT_KINDS, "kind")
    if not isinstance(limit, int) or isinstance(limit, bool) or not 1 <= limit <= MAX_LIMIT:
        raise InvalidInput(f"limit must be 1-{MAX_LIMIT}", field="limit")
    after = decode_cursor(cursor) if cursor else None
    now = now or utcnow()
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
        base = q

        def of_status(query, st: str):
            query = query.where(Draft.status == st)
            if claimable and st == "in_review":
                query = query.where(or_(Draft.lock_expires_at.is_(None), Draft.lock_expires_at <= now))
            cond = _after(st, after)
            return None if cond is False else (query if cond is None else query.where(cond))

        order = (Draft.tier_rank, Draft.intake_at, Draft.id)
        # One index-ordered query per status (ix_drafts_queue = status, tier_rank, intake_at), merged here:
        # an IN (...) or no status filter would make the database sort every matching row instead.
        keys = []
        kq = base.with_only_columns(Draft.status, Draft.tier_rank, Draft.intake_at, Draft.id)
        if who is not None:  # a person's claimed drafts are few: ix_drafts_claimed_by, then sort here
            mine = kq.where(Draft.status.in_(statuses))
            if claimable:
                mine = mine.where(or_(Draft.status != "in_review", Draft.lock_expires_at.is_(None),
                                      Draft.lock_expires_at <= now))
            keys = [k for k in s.connection().execute(mine).all() if _after_key(k, after)]
        for st in statuses if who is None else ():
            one = of_status(kq, st)
            if one is not None:
                keys += s.connection().execute(one.order_by(*order).limit(limit + 1)).all()
        keys.sort(key=lambda k: (attention_rank(k[0]), k[1], aware(k[2]), k[3]))
        ids = [k[3] for k in keys[:limit + 1]]
        rows = s.exec(select(Draft).where(Draft.id.in_(ids))).all() if ids else []
        rows = sorted(rows, key=sort_key)[:limit + 1]
        attention = 0
        if "needs_attention" in statuses:
            cq = base.with_only_columns(func.count()).where(Draft.status == "needs_attention")
            attention = s.connection().execute(cq).scalar_one()
    more = len(rows) > limit
    rows = rows[:limit]
    return QueuePage(rows, encode_cursor(rows[-1]) if more and rows else None, attention, statuses)


def claim_expired(draft: Draft, now: datetime | None = None) -> bool:
    """In review, claimed once, and the claim's lease is over: anyone may claim it again."""
    return (draft.status == "in_review" and draft.claimed_by is not None and draft.lock_expires_at is not None
            and aware(draft.lock_expires_at) <= (now or utcnow()))


def lock_holder(draft: Draft, now: datetime | None = None) -> int | None:
    """The user whose lock on the draft is still live, else None."""
    now = now or utcnow()
    if draft.claimed_by is not None and draft.lock_expires_at is not None and aware(draft.lock_expires_at) > now:
        return draft.claimed_by
    return None


def age_seconds(draft: Draft, now: datetime | None = None) -> float:
    return round(((now or utcnow()) - aware(draft.intake_at)).total_seconds(), 1)


WAITING_FOR_WORKER = "waiting for a worker"


def status_note(draft: Draft, now: datetime | None = None) -> str | None:
    """What the status alone does not say: why it needs attention, an expired claim, a queued draft no
    worker has picked up yet. Shown next to the status in the API, the CLI and the UI."""
    now = now or utcnow()
    if draft.status == "needs_attention":
        return draft.attention_reason or "needs attention"
    if claim_expired(draft, now):
        return "claim expired: anyone may claim it"
    if draft.status == "drafting":
        if draft.lease_expires_at is not None and aware(draft.lease_expires_at) > now:
            return "a worker is drafting it"
        return WAITING_FOR_WORKER
    return None
