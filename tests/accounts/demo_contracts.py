"""A team-written demo: 10 contracts over 8 weeks (Mon 6 Jan - Thu 27 Feb 2025) with a deterministic
clock. Every date below is written by hand; ``EXPECTED_DUE`` in test_due_demo.py is worked out by hand
from them (docs/accounts.md walks through it). Invented names; no real client data."""
from __future__ import annotations

from datetime import UTC, date, datetime

from sqlmodel import select

from service.contracts import cadence, milestones
from service.contracts import records as svc
from service.core.db import session_scope
from service.core.models import Contract, ContractEntry, Draft, DraftVersion

AS_OF = date(2025, 2, 27)  # Thursday, week 8


def at(day: str, hour: int = 10) -> datetime:
    return datetime.fromisoformat(day).replace(hour=hour, tzinfo=UTC)


def _entry(cid: int, day: str, text: str, kind: str = "note", done: bool = False) -> None:
    with session_scope() as s:
        s.add(ContractEntry(contract_id=cid, created_at=at(day, 9), kind=kind, text=text, done=done))


def _checkin_sent(cid: int, day: str, status: str = "exported") -> None:
    """A check-in draft that a person approved (and exported) on ``day``."""
    with session_scope() as s:
        d = Draft(kind="checkin", contract_id=cid, status=status, created_at=at(day, 8), updated_at=at(day, 11),
                  intake_at=at(day, 8), approved_at=at(day, 11) if status in ("approved", "exported") else None,
                  template_id="checkin.j2")
        s.add(d)
        s.flush()
        s.add(DraftVersion(draft_id=d.id, number=1, text="Completed: (demo)", content_hash="d" * 64,
                           created_at=at(day, 8)))


def _contract(client: str, title: str, start: str, cadence_text: str = "weekly", json_milestones=None) -> int:
    cid = svc.create_contract(client_name=client, title=title, started_at=start, cadence=cadence_text).id
    if json_milestones:  # the legacy path: a contract whose milestones exist only as JSON (made before rows were)
        with session_scope() as s:
            s.get(Contract, cid).milestones = svc._milestones(json_milestones)
    return cid


def seed() -> dict[str, int]:
    ids = {}
    # C1 Northwind: everything on time -> nothing due
    c = ids["northwind"] = _contract("Northwind Tea", "Shop analytics", "2025-01-06")
    cadence.set_schedule(c, checkin_days="mon,thu", client_contact="Maya")
    milestones.add_milestone(c, "Tracking plan", due="2025-01-31", status="done")
    milestones.add_milestone(c, "Dashboards live", due="2025-03-14")
    _entry(c, "2025-02-25", "Shipped the cohort chart", "task", done=True)
    _entry(c, "2025-02-26", "Looks great, thanks!", "client_message")
    _checkin_sent(c, "2025-02-27")
    # C2 Bluebird: check-in due today (Mon+Thu, last Mon 24), milestone overdue 7 days
    c = ids["bluebird"] = _contract("Bluebird Dental", "Booking widget", "2025-01-06")
    cadence.set_schedule(c, checkin_days="every Monday and Thursday", client_contact="Dr. Okafor")
    m = milestones.add_milestone(c, "Calendar sync", due="2025-02-20")
    milestones.update_milestone(c, m.id, status="in_progress")
    _entry(c, "2025-02-25", "Finished the reminder e-mails template", "task", done=True)
    _entry(c, "2025-02-26", "Added the cancellation flow", "task", done=True)
    _entry(c, "2025-02-26", "Working on the Google Calendar token refresh", "note")
    _entry(c, "2025-02-25", "Can patients pick a dentist?", "client_message")
    _checkin_sent(c, "2025-02-24")
    # C3 Cobalt: cadence 'weekly' names no day -> workspace default Monday; last check-in Mon 10 Feb;
    # last client message Wed 12 Feb (15 days quiet)
    c = ids["cobalt"] = _contract("Cobalt Freight", "Rate calculator", "2025-01-13")
    _entry(c, "2025-02-12", "Any news on the fuel surcharge?", "client_message")
    _entry(c, "2025-02-20", "Finished the fuel surcharge table", "task", done=True)
    _checkin_sent(c, "2025-02-10")
    # C4 Dune: cadence text 'every Tuesday and Friday'; last check-in Fri 21; ends Fri 7 Mar (8 days)
    c = ids["dune"] = _contract("Dune Outdoor", "Product feed cleanup", "2025-01-20", "every Tuesday and Friday")
    cadence.set_schedule(c, ends_on="2025-03-07")
    _entry(c, "2025-02-24", "Deduplicated 1,200 product variants", "task", done=True)
    _entry(c, "2025-02-27", "Please also check the kids range", "client_message")
    _checkin_sent(c, "2025-02-21")
    # C5 Ember: ended -> nothing, even with an overdue milestone and no messages
    c = ids["ember"] = _contract("Ember Studio", "Logo refresh", "2025-01-06")
    milestones.add_milestone(c, "Final files", due="2025-01-31")
    with session_scope() as s:
        s.get(Contract, c).status = "ended"
    # C6 Fjord: check-ins on Wednesdays, on time; no client message since the start (Mon 3 Feb, 24 days);
    # a cancelled and a done milestone in the past, one due today (not overdue yet)
    c = ids["fjord"] = _contract("Fjord Labs", "Lab inventory app", "2025-02-03")
    cadence.set_schedule(c, checkin_days="wed")
    for title, due, status in (("Barcode scan", "2025-02-14", "cancelled"), ("Stock list", "2025-02-26", "done"),
                               ("Low-stock alerts", "2025-02-27", "open")):
        milestones.add_milestone(c, title, due=due, status=status)
    _entry(c, "2025-02-25", "Finished the stock list screens", "task", done=True)
    _checkin_sent(c, "2025-02-26")
    # C7 Garnet: starts Mon 3 Mar -> nothing yet
    c = ids["garnet"] = _contract("Garnet Legal", "Intake form", "2025-03-03")
    cadence.set_schedule(c, checkin_days="mon")
    # C8 Harbor: milestones only as JSON (legacy path); 'API v1' due Fri 7 Feb not done (20 days);
    # Friday check-ins on time; end date Fri 21 Feb passed 6 days ago, still active
    c = ids["harbor"] = _contract("Harbor Books", "Inventory API", "2025-01-06", json_milestones=[
        {"title": "Data model", "due": "2025-01-24", "done": True}, {"title": "API v1", "due": "2025-02-07"}])
    cadence.set_schedule(c, checkin_days="fri", ends_on="2025-02-21")
    _entry(c, "2025-02-24", "Can we extend by two weeks?", "client_message")
    _checkin_sent(c, "2025-02-21")
    # C9 Iris: Mon+Thu, last approved check-in Thu 20; a newer one still pending review does not count;
    # last client message Thu 20 (exactly 7 days: quiet); a message on Fri 28 is after the clock
    c = ids["iris"] = _contract("Iris Health", "Patient portal", "2025-01-27")
    cadence.set_schedule(c, checkin_days="mon,thu")
    _entry(c, "2025-02-20", "When will the portal be ready?", "client_message")
    _entry(c, "2025-02-28", "Hello?", "client_message")
    _entry(c, "2025-02-24", "Finished the login with two-factor codes", "task", done=True)
    _entry(c, "2025-02-25", "Blocked: waiting on the hosting account", "note")
    _checkin_sent(c, "2025-02-20")
    _checkin_sent(c, "2025-02-27", status="pending_review")
    # C10 Juniper: Monday check-in on time; client wrote Fri 21 (6 days: not quiet); ends Fri 14 Mar
    # (15 days: not soon); a milestone due Wed 26 still open (1 day)
    c = ids["juniper"] = _contract("Juniper Farms", "Order tracking", "2025-01-06")
    cadence.set_schedule(c, checkin_days="mon", ends_on="2025-03-14")
    milestones.add_milestone(c, "Driver app beta", due="2025-02-26")
    _entry(c, "2025-02-21", "Drivers like the beta", "client_message")
    _entry(c, "2025-02-24", "Finished the route map", "task", done=True)
    _checkin_sent(c, "2025-02-24")
    return ids


def milestone_id(contract_id: int, title: str) -> int:
    return next(m.id for m in milestones.list_milestones(contract_id) if m.title == title)


def entries(contract_id: int) -> dict[int, ContractEntry]:
    with session_scope() as s:
        return {e.id: e for e in s.exec(select(ContractEntry).where(ContractEntry.contract_id == contract_id))}
