"""Check-in cadence per contract: which weekdays a check-in is owed, the client's contact person and the
planned end date (``ContractSchedule``), and the arithmetic the Due list uses.

A schedule's weekdays come from, in order: the contract's own schedule row, the weekdays named in its
``cadence`` text ("every Monday and Thursday", "mon,thu", "twice a week" = Mon+Thu, "daily" = Mon-Fri),
the workspace default (``accounts.checkin_days``)."""
from __future__ import annotations

import re
from datetime import date, timedelta

from service.accounts import audit
from service.contracts.milestones import parse_day
from service.core.db import get_or_404, session_scope
from service.core.errors import InvalidInput
from service.core.models import Contract, ContractSchedule, utcnow

DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DAY_RE = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b", re.IGNORECASE)
_PRESETS = {"daily": (0, 1, 2, 3, 4), "every weekday": (0, 1, 2, 3, 4), "weekdays": (0, 1, 2, 3, 4),
            "twice a week": (0, 3), "three times a week": (0, 2, 4)}
FIX_DAYS = "name weekdays, e.g. 'mon,thu' or 'every Monday and Thursday'"


def parse_days(text: str | None) -> tuple[int, ...]:
    """Weekday numbers (Monday = 0) named in a cadence text; () when it names none."""
    low = " ".join((text or "").lower().replace(",", " , ").split())
    found = sorted({DAY_NAMES.index(m.group(1).lower()) for m in _DAY_RE.finditer(low)})
    if found:
        return tuple(found)
    for phrase, days in _PRESETS.items():
        if phrase in low:
            return days
    return ()


def days_label(days: tuple[int, ...]) -> str:
    return ",".join(DAY_NAMES[d] for d in days)


def check_days(text: str, field: str = "checkin_days") -> tuple[int, ...]:
    days = parse_days(text)
    if not days:
        raise InvalidInput(f"'{text}' names no weekday", field=field, fix=FIX_DAYS)
    return days


def effective_days(contract: Contract, schedule: ContractSchedule | None, default: str) -> tuple[int, ...]:
    return (parse_days(schedule.checkin_days if schedule else None) or parse_days(contract.cadence)
            or parse_days(default) or (0,))


def last_slot(days: tuple[int, ...], start: date, today: date) -> date | None:
    """The latest check-in day on or before ``today`` and on or after ``start``; None before the first."""
    for back in range(7):
        d = today - timedelta(days=back)
        if d < start:
            return None
        if d.weekday() in days:
            return d
    return None


def slots_between(days: tuple[int, ...], after: date, until: date) -> int:
    """How many check-in days fall in (after, until]."""
    n, d = 0, after + timedelta(days=1)
    while d <= until:
        n += d.weekday() in days
        d += timedelta(days=1)
    return n


def get_schedule(contract_id: int) -> ContractSchedule | None:
    with session_scope() as s:
        get_or_404(s, Contract, contract_id, what="contract", field="contract_id",
                   fix="list contracts with 'draftroom contract list'")
        return s.get(ContractSchedule, contract_id)


def set_schedule(contract_id: int, *, checkin_days: str | None = None, client_contact: str | None = None,
                 ends_on=None, clear_ends_on: bool = False, user=None) -> ContractSchedule:
    """Create or update a contract's schedule; fields left None keep their value."""
    if user is not None:
        user.require("draft")
    days = check_days(checkin_days) if checkin_days is not None else None
    if client_contact is not None:
        client_contact = " ".join(client_contact.split())
        if len(client_contact) > 200:
            raise InvalidInput("client_contact is over 200 characters", field="client_contact")
    end = parse_day(ends_on, "ends_on")
    with session_scope() as s:
        contract = get_or_404(s, Contract, contract_id, what="contract", field="contract_id",
                              fix="list contracts with 'draftroom contract list'")
        row = s.get(ContractSchedule, contract_id) or ContractSchedule(contract_id=contract_id)
        if days is not None:
            row.checkin_days = days_label(days)
        if client_contact is not None:
            row.client_contact = client_contact or None
        if end is not None:
            start = contract.started_at.date() if contract.started_at else None
            if start and end < start:
                raise InvalidInput(f"ends_on {end} is before the contract started ({start})", field="ends_on",
                                   fix="give a date on or after the start date")
            row.ends_on = end
        elif clear_ends_on:
            row.ends_on = None
        row.updated_at = utcnow()
        s.add(row)
        s.flush()
        audit.log(s, user, "contract.schedule", "contract", contract_id, checkin_days=row.checkin_days,
                  client_contact=row.client_contact, ends_on=row.ends_on.isoformat() if row.ends_on else None)
        return row


def schedule_json(contract: Contract, schedule: ContractSchedule | None, default: str) -> dict:
    return {"contract_id": contract.id, "checkin_days": days_label(effective_days(contract, schedule, default)),
            "from": "schedule" if schedule and schedule.checkin_days else
                    "cadence" if parse_days(contract.cadence) else "workspace default",
            "client_contact": schedule.client_contact if schedule else None,
            "ends_on": schedule.ends_on.isoformat() if schedule and schedule.ends_on else None}
