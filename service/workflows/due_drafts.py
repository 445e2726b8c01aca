"""The Due list as people use it: each item with the draft made from it, one-click drafting into the
review queue (the same ``store_draft`` path and the same human gate as every draft), and the periodic
scan that records when each item was first seen and when it was resolved, and alerts each new item once
through the alerts channel (``workflows.alerts.due_items``) where one is configured.

Drafting an item: ``draft_item`` recomputes the list (an item that is no longer due cannot be drafted),
refuses a second draft while the first is still open in the queue, and drafts with the contract
drafting (``contracts.records.draft_for_contract``) plus instructions that say why the message is due."""
from __future__ import annotations

import logging
from datetime import date, datetime, timedelta

from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from service.accounts import audit
from service.accounts.auth import Principal
from service.contracts.due import DueEntry, due_list
from service.core.db import session_scope
from service.core.errors import Conflict, NotFound
from service.core.models import Draft, DueItem, utcnow

log = logging.getLogger("draftroom.due")
OPEN_DRAFT = ("drafting", "pending_review", "in_review", "approved", "needs_attention")
CLAIM = timedelta(minutes=5)


def due_view(now: datetime | date | None = None, *, contract_id: int | None = None) -> list[dict]:
    """The Due list as JSON rows, with the draft already made from each item (if any)."""
    items = due_list(now, contract_id=contract_id)
    with session_scope() as s:
        rows = {r.key: r for r in s.exec(select(DueItem).where(DueItem.key.in_([i.key for i in items] or ["-"])))}
        draft_ids = [r.draft_id for r in rows.values() if r.draft_id]
        drafts = {d.id: d for d in s.exec(select(Draft).where(Draft.id.in_(draft_ids or [-1])))}
    out = []
    for i in items:
        row = rows.get(i.key)
        d = drafts.get(row.draft_id) if row and row.draft_id else None
        out.append({**i.json(), "first_seen_at": row.first_seen_at.isoformat() if row else None,
                    "draft_id": d.id if d else None, "draft_status": d.status if d else None})
    return out


def _upsert(s, item: DueEntry, now: datetime) -> DueItem:
    row = s.exec(select(DueItem).where(DueItem.key == item.key)).first()
    if row is None:
        row = DueItem(key=item.key, contract_id=item.contract_id, kind=item.kind, first_seen_at=now, last_seen_at=now,
                      detail={"reason": item.reason, "on": item.on.isoformat()})
        s.add(row)
        s.flush()
    return row


def draft_item(key: str, actor: Principal, *, now: datetime | date | None = None) -> Draft:
    """Draft the message for one Due item into the review queue. 404 when the key is not due now;
    409 while a draft made from it is still open (or being made)."""
    from service.contracts.records import draft_for_contract

    actor.require("draft")
    item = next((i for i in due_list(now) if i.key == key), None)
    if item is None:
        raise NotFound(f"'{key}' is not on the Due list now", field="key",
                       fix="list current items with 'draftroom due' (it may have been handled already)")
    stamp = utcnow()
    for attempt in range(2):
        try:
            with session_scope() as s:
                _upsert(s, item, stamp)
                s.connection().execute(text("UPDATE due_items SET kind = kind WHERE key = :k"), {"k": key})
                row = s.exec(select(DueItem).where(DueItem.key == key)).one()
                s.refresh(row)
                if row.draft_id:
                    d = s.get(Draft, row.draft_id)
                    if d is not None and d.status in OPEN_DRAFT:
                        raise Conflict(f"'{key}' was already drafted as draft {d.id} ({d.status})", field="key",
                                       fix=f"open draft {d.id} in the review queue", draft_id=d.id)
                claimed = (row.detail or {}).get("drafting_since")
                if claimed and stamp - datetime.fromisoformat(claimed) < CLAIM:
                    raise Conflict(f"'{key}' is being drafted by someone else right now", field="key",
                                   fix="wait a moment and reload the Due list")
                row.detail = {**(row.detail or {}), "drafting_since": stamp.isoformat()}
                s.add(row)
            break
        except IntegrityError:  # two first clicks inserted the same key: the second one re-reads it
            if attempt:
                raise
    try:
        draft = draft_for_contract(item.contract_id, item.draft_kind, user=actor, instructions=_instructions(item))
    finally:
        with session_scope() as s:
            row = s.exec(select(DueItem).where(DueItem.key == key)).one()
            row.detail = {k: v for k, v in (row.detail or {}).items() if k != "drafting_since"}
            s.add(row)
    with session_scope() as s:
        row = s.exec(select(DueItem).where(DueItem.key == key)).one()
        row.draft_id, row.drafted_by = draft.id, actor.user_id
        s.add(row)
        audit.log(s, actor, "due.draft", "draft", draft.id, key=key, kind=item.kind, reason=item.reason)
    return draft


def _instructions(item: DueEntry) -> str:
    """Why the message is due, and whom to address (the contract's client contact, set by a team member)."""
    from service.contracts.cadence import get_schedule

    sched = get_schedule(item.contract_id)
    contact = sched.client_contact if sched else None
    return item.instructions + (f" Address the message to {contact}." if contact else "")


def scan(now: datetime | None = None) -> dict:
    """Record the current Due list: new items get ``first_seen_at``, items no longer due get
    ``resolved_at``. Idempotent; the periodic task runs it. Returns the new items' keys and counts."""
    now = now or utcnow()
    items = due_list(now)
    keys = {i.key for i in items}
    new = []
    with session_scope() as s:
        for i in items:
            row = s.exec(select(DueItem).where(DueItem.key == i.key)).first()
            if row is None:
                new.append(i.key)
                row = _upsert(s, i, now)
            row.last_seen_at, row.resolved_at = now, None
            s.add(row)
        resolved = 0
        for row in s.exec(select(DueItem).where(DueItem.resolved_at.is_(None))):
            if row.key not in keys:
                row.resolved_at = now
                s.add(row)
                resolved += 1
    if new:
        log.info("due scan: %d new item(s): %s", len(new), ", ".join(new[:20]))
    alerted = _alert_new([i for i in items if i.key in set(new)], now)
    return {"open": len(items), "new": new, "resolved": resolved, "alerted": alerted}


def _alert_new(items: list[DueEntry], now: datetime) -> int:
    """Alert each item seen for the first time, once (a later scan does not see it as new again; two scans at
    once cannot both insert its row). The statuses are kept on the item's row."""
    from service.workflows.alerts import due_items

    try:
        sent = due_items(items)
    except Exception as exc:  # noqa: BLE001 - a bad alert setting never stops the scan
        log.warning("due scan: alerts not sent: %s", exc.__class__.__name__)
        return 0
    if not sent:
        return 0
    with session_scope() as s:
        for row in s.exec(select(DueItem).where(DueItem.key.in_(list(sent)))):
            row.detail = {**(row.detail or {}), "alerted_at": now.isoformat(), "alerts": sent[row.key]}
            s.add(row)
    return sum(1 for statuses in sent.values() if "sent" in statuses)


def run_due_scan() -> str:
    result = scan()
    return (f"{result['open']} open, {len(result['new'])} new, {result['resolved']} resolved, "
            f"{result['alerted']} alerted")


def register_periodic(huey) -> None:
    """Scan every 15 minutes on the existing task queue (``draftroom worker`` runs it)."""
    from huey import crontab

    huey.due_scan_task = huey.periodic_task(crontab(minute="*/15"), name="due_scan")(run_due_scan)
