"""What is due on live contracts (issue 19): a check-in due or overdue, a milestone overdue, no client
message for N days, a contract ending soon. ``compute`` is pure (facts + today + rules → items) so the
arithmetic is tested on its own; ``due_list`` loads the facts from the database. Dates are UTC days.

Rules (docs/accounts.md has worked examples):
- check-in: the latest check-in weekday on or before today (and on or after the start) with no approved
  check-in on or after it. ``due`` on that day, ``overdue`` after it.
- milestone: not done or cancelled, due date before today.
- quiet: no client message (else: since the start) for ``quiet_days`` days or more.
- ending: the end date is within ``ending_soon_days`` days, or has passed while the contract is active."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import func
from sqlmodel import select

from service.contracts.cadence import (
    days_label,
    effective_days,
    last_slot,
    slots_between,
)
from service.contracts.milestones import CLOSED, Milestone, milestones_in
from service.core.db import session_scope
from service.core.models import Contract, ContractEntry, ContractSchedule, Draft
from service.core.workspace import AccountRules, current_workspace

KINDS = ("checkin", "milestone", "quiet", "ending")
SENT = ("approved", "exported")


@dataclass(frozen=True)
class ContractFacts:
    contract_id: int
    client_name: str
    title: str
    status: str
    start: date
    checkin_days: tuple[int, ...]
    milestones: tuple[Milestone, ...] = ()
    last_checkin: date | None = None
    last_client_message: date | None = None
    ends_on: date | None = None
    client_contact: str | None = None


@dataclass(frozen=True)
class DueEntry:
    key: str
    kind: str
    contract_id: int
    client: str
    contract_title: str
    status: str  # due | overdue | soon | passed
    on: date  # the check-in day, milestone due date, last client message (or start), end date
    days: int  # days late (check-in, milestone), days quiet, days left (ending; negative once passed)
    reason: str
    draft_kind: str
    instructions: str
    milestone_id: int | None = None
    urgency: int = field(default=0, compare=False)

    def json(self) -> dict:
        body = asdict(self)
        body["on"] = self.on.isoformat()
        return body


def _day(d: date) -> str:
    return d.strftime("%a %d %b %Y")


def _checkin(f: ContractFacts, today: date) -> DueEntry | None:
    slot = last_slot(f.checkin_days, f.start, today)
    if slot is None or (f.last_checkin is not None and f.last_checkin >= slot):
        return None
    late = (today - slot).days
    since = f.last_checkin or f.start
    missed = slots_between(f.checkin_days, since if f.last_checkin else date.fromordinal(since.toordinal() - 1), today)
    last = f"last check-in {_day(f.last_checkin)}" if f.last_checkin else "no check-in yet"
    reason = (f"check-in due today ({days_label(f.checkin_days)}); {last}" if late == 0 else
              f"check-in overdue by {late} day{'s' * (late != 1)} (was due {_day(slot)}); {last}; "
              f"{missed} check-in day{'s' * (missed != 1)} missed")
    return DueEntry(f"checkin:{f.contract_id}:{slot.isoformat()}", "checkin", f.contract_id, f.client_name, f.title,
                    "due" if late == 0 else "overdue", slot, late, reason, "checkin",
                    "Scheduled check-in" + (f", {late} days late: do not apologise at length" if late else "") + ".",
                    urgency=late)


def _milestones(f: ContractFacts, today: date) -> list[DueEntry]:
    out = []
    for m in f.milestones:
        if m.status in CLOSED or m.due is None or m.due >= today:
            continue
        late = (today - m.due).days
        out.append(DueEntry(f"milestone:{f.contract_id}:{m.id}:{m.due.isoformat()}", "milestone", f.contract_id,
                            f.client_name, f.title, "overdue", m.due, late,
                            f"milestone '{m.title}' overdue by {late} day{'s' * (late != 1)} (due {_day(m.due)})",
                            "checkin", f"The milestone '{m.title}' was due {_day(m.due)} and is not done: say where "
                            "it stands, the new date, and what is needed to finish it.", m.id, urgency=late))
    return out


def _quiet(f: ContractFacts, today: date, rules: AccountRules) -> DueEntry | None:
    since = f.last_client_message or f.start
    quiet = (today - since).days
    if quiet < rules.quiet_days:
        return None
    what = f"last client message {_day(since)}" if f.last_client_message else f"none since the start, {_day(since)}"
    return DueEntry(f"quiet:{f.contract_id}:{since.isoformat()}", "quiet", f.contract_id, f.client_name, f.title,
                    "overdue", since, quiet, f"no client message for {quiet} days ({what}; limit {rules.quiet_days})",
                    "checkin", f"The client has not written for {quiet} days: keep it short and end with one easy "
                    "question they can answer in a line.", urgency=quiet - rules.quiet_days)


def _ending(f: ContractFacts, today: date, rules: AccountRules) -> DueEntry | None:
    if f.ends_on is None:
        return None
    left = (f.ends_on - today).days
    if left > rules.ending_soon_days:
        return None
    reason = (f"contract ends in {left} day{'s' * (left != 1)} ({_day(f.ends_on)})" if left >= 0 else
              f"contract end date passed {-left} day{'s' * (left != -1)} ago ({_day(f.ends_on)}) and it is still active")
    when = "The contract ends " + (f"in {left} days" if left >= 0 else "was due to end already")
    if not any(m.status == "done" for m in f.milestones):  # a follow-up would have nothing done to point to (it is
        # refused), so "Draft it" failed on every such contract (found trying, 2026-12-07): a check-in says what is left
        return DueEntry(f"ending:{f.contract_id}:{f.ends_on.isoformat()}", "ending", f.contract_id, f.client_name,
                        f.title, "soon" if left >= 0 else "passed", f.ends_on, left, reason, "checkin",
                        when + ": say what is done, what is left before the end date and what is needed from the "
                        "client to finish on time.", urgency=-left)
    return DueEntry(f"ending:{f.contract_id}:{f.ends_on.isoformat()}", "ending", f.contract_id, f.client_name, f.title,
                    "soon" if left >= 0 else "passed", f.ends_on, left, reason, "followup",
                    when + ": recap the results and offer one next step tied to the work.", urgency=-left)


def compute(facts: list[ContractFacts], today: date, rules: AccountRules) -> list[DueEntry]:
    """Every due item for active, started contracts; most urgent first, then by contract and key."""
    items: list[DueEntry] = []
    for f in facts:
        if f.status != "active" or f.start > today:
            continue
        items += [i for i in (_checkin(f, today), _quiet(f, today, rules), _ending(f, today, rules)) if i]
        items += _milestones(f, today)
    return sorted(items, key=lambda i: (-i.urgency, KINDS.index(i.kind), i.contract_id, i.key))


def _as_date(dt: datetime | None) -> date | None:
    if dt is None:
        return None
    return (dt if dt.tzinfo else dt.replace(tzinfo=UTC)).astimezone(UTC).date()


def load_facts(today: date, rules: AccountRules, contract_id: int | None = None) -> list[ContractFacts]:
    """Facts as of ``today``: check-ins approved and client messages logged after it are not counted."""
    end = datetime(today.year, today.month, today.day, tzinfo=UTC).replace(hour=23, minute=59, second=59)
    with session_scope() as s:
        q = select(Contract).where(Contract.status == "active").order_by(Contract.id)
        if contract_id is not None:
            q = q.where(Contract.id == contract_id)
        contracts = list(s.exec(q))
        ids = [c.id for c in contracts] or [-1]
        schedules = {r.contract_id: r for r in s.exec(select(ContractSchedule).where(ContractSchedule.contract_id.in_(ids)))}
        sent_at = func.coalesce(Draft.approved_at, Draft.created_at)
        checkins = dict(s.exec(select(Draft.contract_id, func.max(sent_at)).where(
            Draft.contract_id.in_(ids), Draft.kind == "checkin", Draft.status.in_(SENT), sent_at <= end)
            .group_by(Draft.contract_id)).all())
        messages = dict(s.exec(select(ContractEntry.contract_id, func.max(ContractEntry.created_at)).where(
            ContractEntry.contract_id.in_(ids), ContractEntry.kind == "client_message", ContractEntry.created_at <= end)
            .group_by(ContractEntry.contract_id)).all())
        out = []
        for c in contracts:
            sched = schedules.get(c.id)
            out.append(ContractFacts(
                contract_id=c.id, client_name=c.client_name, title=c.title, status=c.status,
                start=_as_date(c.started_at) or _as_date(c.created_at),
                checkin_days=effective_days(c, sched, rules.checkin_days), milestones=tuple(milestones_in(s, c)),
                last_checkin=_as_date(_parse(checkins.get(c.id))), last_client_message=_as_date(_parse(messages.get(c.id))),
                ends_on=sched.ends_on if sched else None, client_contact=sched.client_contact if sched else None))
        return out


def _parse(value) -> datetime | None:
    """``max()`` over a datetime column comes back as a string on SQLite."""
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def due_list(now: datetime | date | None = None, *, contract_id: int | None = None,
             rules: AccountRules | None = None) -> list[DueEntry]:
    today = now if isinstance(now, date) and not isinstance(now, datetime) else _as_date(now or datetime.now(UTC))
    rules = rules or current_workspace().accounts
    return compute(load_facts(today, rules, contract_id), today, rules)
