"""Contract milestones as rows (title, due date, status). The contract's ``milestones`` JSON is kept as
a mirror of these rows (check-in and kickoff drafting read it), rewritten after every change.

A contract created before these rows existed (or through a path that only wrote the JSON) is adopted:
its JSON milestones become rows the first time one of its milestones is changed here. Reads never write."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session, select

from service.accounts import audit
from service.core.db import get_or_404, session_scope
from service.core.errors import InvalidInput
from service.core.models import Contract, ContractMilestone, utcnow

STATUSES = ("open", "in_progress", "done", "cancelled")
CLOSED = {"done", "cancelled"}


@dataclass(frozen=True)
class Milestone:
    id: int | None
    contract_id: int
    position: int
    title: str
    due: date | None
    status: str

    def json(self) -> dict:
        return {"id": self.id, "contract_id": self.contract_id, "position": self.position, "title": self.title,
                "due": self.due.isoformat() if self.due else None, "status": self.status}


FIRST_DAY, LAST_DAY = date(1990, 1, 1), date(2100, 12, 31)  # a contract's dates: outside them, a typo ("0001-01-01")


def in_range(day: date, field: str) -> date:
    """``day`` when it can be a contract's date, else a 4xx naming the field (a start of 0001-01-01 had broken the Due
    list of every contract, and an as-of day of 9999-12-31 overflowed: found trying the product)."""
    if not FIRST_DAY <= day <= LAST_DAY:
        raise InvalidInput(f"'{day.isoformat()}' is outside {FIRST_DAY.year}-{LAST_DAY.year}", field=field,
                           fix="use a real date, YYYY-MM-DD")
    return day


def parse_day(value, field: str = "due") -> date | None:
    """A calendar day from a date, a datetime or 'YYYY-MM-DD…' text; None for empty; a 4xx naming the field else."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return in_range(value.date(), field)
    if isinstance(value, date):
        return in_range(value, field)
    try:
        return in_range(date.fromisoformat(str(value).strip()[:10]), field)
    except ValueError:
        raise InvalidInput(f"'{value}' is not a date", field=field, fix="use YYYY-MM-DD") from None


def _title(value: str | None) -> str:
    title = " ".join((value or "").split())
    if not title:
        raise InvalidInput("a milestone needs a title", field="title", fix="give a short title, e.g. 'Wireframes approved'")
    if len(title) > 300:
        raise InvalidInput(f"title is {len(title)} characters; the limit is 300", field="title")
    return title


def _status(value: str) -> str:
    if value not in STATUSES:
        raise InvalidInput(f"unknown milestone status '{value}'", field="status", fix="use one of: " + ", ".join(STATUSES))
    return value


def _from_row(r: ContractMilestone) -> Milestone:
    return Milestone(r.id, r.contract_id, r.position, r.title, r.due, r.status)


def _from_json(contract: Contract) -> list[Milestone]:
    out = []
    for i, m in enumerate(contract.milestones or []):
        if isinstance(m, str):
            m = {"title": m}
        if isinstance(m, dict) and str(m.get("title") or "").strip():
            try:
                due = parse_day(m.get("due"))
            except InvalidInput:
                due = None
            out.append(Milestone(-(i + 1), contract.id, i, str(m["title"]), due, "done" if m.get("done") else "open"))
    return out


def milestones_in(s: Session, contract: Contract) -> list[Milestone]:
    """The contract's milestones: its rows, or (not yet adopted) its JSON milestones."""
    rows = list(s.exec(select(ContractMilestone).where(ContractMilestone.contract_id == contract.id)
                       .order_by(ContractMilestone.position, ContractMilestone.id)))
    return [_from_row(r) for r in rows] if rows else _from_json(contract)


def list_milestones(contract_id: int) -> list[Milestone]:
    with session_scope() as s:
        return milestones_in(s, contract_row(s, contract_id))


def contract_row(s: Session, contract_id: int, lock: bool = False) -> Contract:
    if lock:  # take the row's write lock first (SQLite: the transaction's first statement)
        from sqlalchemy import text

        s.connection().execute(text("UPDATE contracts SET status = status WHERE id = :id"), {"id": contract_id})
    return get_or_404(s, Contract, contract_id, what="contract", field="contract_id",
                      fix="list contracts with 'draftroom contract list'")


def adopt(s: Session, contract: Contract) -> list[ContractMilestone]:
    rows = list(s.exec(select(ContractMilestone).where(ContractMilestone.contract_id == contract.id)
                       .order_by(ContractMilestone.position, ContractMilestone.id)))
    if rows:
        return rows
    now = utcnow()
    for m in _from_json(contract):
        row = ContractMilestone(contract_id=contract.id, position=m.position, title=m.title[:300], due=m.due,
                                status=m.status, done_at=now if m.status == "done" else None)
        s.add(row)
        rows.append(row)
    s.flush()
    return rows


def _mirror(contract: Contract, rows: list[ContractMilestone]) -> None:
    contract.milestones = [{"title": r.title, "due": r.due.isoformat() if r.due else None, "done": r.status == "done"}
                           for r in sorted(rows, key=lambda r: (r.position, r.id or 0)) if r.status != "cancelled"]


def add_milestone(contract_id: int, title: str, *, due=None, status: str = "open", user=None) -> Milestone:
    if user is not None:
        user.require("draft")
    title, due_d, status = _title(title), parse_day(due), _status(status)
    with session_scope() as s:
        contract = contract_row(s, contract_id, lock=True)
        rows = adopt(s, contract)
        row = ContractMilestone(contract_id=contract_id, position=max((r.position for r in rows), default=-1) + 1,
                                title=title, due=due_d, status=status, done_at=utcnow() if status == "done" else None)
        s.add(row)
        s.flush()
        _mirror(contract, [*rows, row])
        s.add(contract)
        audit.log(s, user, "milestone.add", "contract", contract_id, milestone_id=row.id, title=title,
                  due=due_d.isoformat() if due_d else None, status=status)
        return _from_row(row)


def update_milestone(contract_id: int, milestone_id: int, *, title: str | None = None, due=None,
                     clear_due: bool = False, status: str | None = None, user=None) -> Milestone:
    """Change a milestone's title, due date or status. Ids come from ``list_milestones`` (an adopted
    contract's JSON milestones are addressed by position: ``milestone_id`` = -(position + 1))."""
    if user is not None:
        user.require("draft")
    new_title = _title(title) if title is not None else None
    new_due = parse_day(due)
    new_status = _status(status) if status is not None else None
    with session_scope() as s:
        contract = contract_row(s, contract_id, lock=True)
        rows = adopt(s, contract)
        row = next((r for r in rows if r.id == milestone_id), None) if milestone_id > 0 else None
        if row is None and milestone_id < 0:
            row = next((r for r in rows if r.position == -milestone_id - 1), None)
        if row is None:
            raise InvalidInput(f"contract {contract_id} has no milestone {milestone_id}", field="milestone_id",
                               fix=f"list them with 'draftroom contract milestone list {contract_id}'")
        before = {"title": row.title, "due": row.due.isoformat() if row.due else None, "status": row.status}
        if new_title is not None:
            row.title = new_title
        if new_due is not None:
            row.due = new_due
        elif clear_due:
            row.due = None
        if new_status is not None and new_status != row.status:
            row.status = new_status
            row.done_at = utcnow() if new_status == "done" else None
        row.updated_at = utcnow()
        s.add(row)
        s.flush()
        _mirror(contract, rows)
        s.add(contract)
        audit.log(s, user, "milestone.update", "contract", contract_id, milestone_id=row.id, before=before,
                  after={"title": row.title, "due": row.due.isoformat() if row.due else None, "status": row.status})
        return _from_row(row)
