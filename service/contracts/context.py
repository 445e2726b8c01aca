"""What contract drafting needs beyond the contract row and its log, read from the record: the milestone rows with
the time each was marked done, the time each logged entry was last marked done (from the audit log), the client's
confirmed signals, the day of the next scheduled check-in and the last client message.

A check-in reports what was finished since the last one (a milestone marked done, an older task marked done
later); a reply promises an answer "by" the next check-in day; a follow-up uses what the client confirmed."""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlmodel import select

from service.contracts.cadence import effective_days
from service.core.db import session_scope
from service.core.models import (
    AccountSignal,
    AuditEvent,
    Contract,
    ContractEntry,
    ContractMilestone,
    ContractSchedule,
)
from service.core.workspace import Workspace

SIGNAL_WINDOW = timedelta(days=90)  # how long a confirmed signal counts (the follow-up queue and drafting)


def aware(dt: datetime | None) -> datetime | None:
    """A stored time as UTC-aware (SQLite gives naive times back)."""
    return None if dt is None else (dt if dt.tzinfo else dt.replace(tzinfo=UTC))


def client_key(name: str) -> str:
    return " ".join((name or "").split()).casefold()


def next_update(days: tuple[int, ...], today: date) -> date:
    """The first check-in weekday after ``today`` (a reply's "I'll confirm it by ...")."""
    for ahead in range(1, 8):
        d = today + timedelta(days=ahead)
        if d.weekday() in days:
            return d
    return today + timedelta(days=7)


def _done_times(s, contract_id: int) -> dict[int, datetime]:
    """entry id -> when it was last marked done (entries marked done after being logged), from the audit log."""
    out: dict[int, datetime] = {}
    rows = s.exec(select(AuditEvent).where(AuditEvent.action == "contract.entry_done", AuditEvent.target_id == contract_id)
                  .order_by(AuditEvent.id))
    for r in rows:
        eid = (r.detail or {}).get("entry_id")
        if isinstance(eid, int):
            if (r.detail or {}).get("done"):
                out[eid] = aware(r.at)
            else:
                out.pop(eid, None)
    return out


def _signals(s, contract: Contract, now: datetime) -> list[dict]:
    """The client's confirmed signals of the last 90 days (every contract of the same client), newest first."""
    key = client_key(contract.client_name)
    ids = [cid for cid, name in s.exec(select(Contract.id, Contract.client_name)) if client_key(name) == key]
    rows = s.exec(select(AccountSignal).where(AccountSignal.contract_id.in_(ids or [-1]),
                                              AccountSignal.status == "confirmed"))
    recent = [r for r in rows if aware(r.created_at) >= now - SIGNAL_WINDOW]
    recent.sort(key=lambda r: (aware(r.created_at), r.id), reverse=True)
    return [{"id": r.id, "kind": r.kind, "text": r.text, "source": r.source, "entry_id": r.entry_id,
             "contract_id": r.contract_id} for r in recent]


def drafting_context(contract_id: int, ws: Workspace, now: datetime | None = None) -> dict:
    now = aware(now) or datetime.now(UTC)
    with session_scope() as s:
        contract = s.get(Contract, contract_id)
        sched = s.get(ContractSchedule, contract_id)
        rows = list(s.exec(select(ContractMilestone).where(ContractMilestone.contract_id == contract_id)
                           .order_by(ContractMilestone.position, ContractMilestone.id)))
        last_msg = s.exec(select(ContractEntry.created_at).where(ContractEntry.contract_id == contract_id,
                                                                 ContractEntry.kind == "client_message")
                          .order_by(ContractEntry.created_at.desc())).first()
        milestones = [{"title": r.title, "due": r.due.isoformat() if r.due else None, "done": r.status == "done",
                       "done_at": aware(r.done_at)} for r in rows if r.status != "cancelled"]
        days = effective_days(contract, sched, ws.accounts.checkin_days)
        start = aware(contract.started_at or contract.created_at)
        return {"milestones": milestones if rows else None, "done_at": _done_times(s, contract_id),
                "signals": _signals(s, contract, now), "next_update": next_update(days, now.date()), "checkin_days": days,
                "last_client_message": aware(last_msg), "start": start, "quiet_limit": ws.accounts.quiet_days}
