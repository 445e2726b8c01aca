"""Live contracts: the record (client, title, start, milestones, cadence, service line) and its log of
notes, tasks and pasted client messages, so check-ins, kickoffs, replies and follow-ups have real inputs.

``draft_for_contract`` drafts one message from the log and queues it for human review like any draft."""
from __future__ import annotations

from datetime import UTC, date, datetime

from sqlmodel import select

from service.accounts import audit
from service.contracts.milestones import adopt, contract_row, in_range
from service.core.db import get_or_404, session_scope
from service.core.errors import Conflict, InvalidInput, NotFound
from service.core.models import Contract, ContractEntry, Draft, Job
from service.core.workspace import Workspace, current_workspace
from service.llm import ledger

ENTRY_KINDS = ("note", "task", "client_message")
DRAFT_KINDS = ("checkin", "kickoff", "reply", "followup")
MAX_TEXT = 20_000


def _parse_date(value, field: str) -> datetime | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        in_range(value.date(), field)
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, date):
        in_range(value, field)
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    try:
        parsed = datetime.fromisoformat(str(value).strip())
    except ValueError:
        raise InvalidInput(f"'{value}' is not a date", field=field, fix="use YYYY-MM-DD") from None
    in_range(parsed.date(), field)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _milestones(raw) -> list[dict]:
    out = []
    for i, m in enumerate(raw or []):
        if isinstance(m, str):
            m = {"title": m}
        if not isinstance(m, dict) or not str(m.get("title") or "").strip():
            raise InvalidInput(f"milestone {i + 1} needs a title", field=f"milestones[{i}].title",
                               fix='give milestones as ["Title", ...] or [{"title": ..., "due": "YYYY-MM-DD"}]')
        due = _parse_date(m.get("due"), f"milestones[{i}].due")
        out.append({"title": " ".join(str(m["title"]).split())[:300], "due": due.date().isoformat() if due else None,
                    "done": bool(m.get("done", False))})
    return out


def _text(value: str | None, field: str, max_len: int = MAX_TEXT) -> str:
    text = (value or "").strip()
    if not text:
        raise InvalidInput(f"{field} is empty", field=field, fix=f"give a non-empty {field}")
    if len(text) > max_len:
        raise InvalidInput(f"{field} is {len(text)} characters; the limit is {max_len}", field=field)
    return text


def create_contract(*, client_name: str, title: str, started_at=None, cadence: str = "weekly", milestones=None,
                    service_line: str | None = None, job_id: int | None = None, user=None,
                    ws: Workspace | None = None) -> Contract:
    client_name = _text(client_name, "client_name", 200)
    title = _text(title, "title", 500)
    cadence = (cadence or "weekly").strip()[:40] or "weekly"
    if service_line:
        (ws or current_workspace()).service_line(service_line)  # raises InvalidInput naming the valid ids
    row = Contract(client_name=client_name, title=title, started_at=_parse_date(started_at, "started_at"),
                   cadence=cadence, milestones=_milestones(milestones), service_line=service_line, job_id=job_id)
    with session_scope() as s:
        if job_id is not None:
            get_or_404(s, Job, job_id, what="job", field="job_id", fix="omit job_id or use an id from POST /v1/jobs")
        s.add(row)
        s.flush()
        adopt(s, row)  # milestones get their own rows (and ids) at once: listed, each can be set by its id
        audit.log(s, user, "contract.create", "contract", row.id, title=title)
        return row


def get_contract(contract_id: int) -> Contract:
    with session_scope() as s:
        return contract_row(s, contract_id)


CONTRACT_STATUSES = ("active", "ended")


def list_contracts(status: str | None = None) -> list[Contract]:
    if status and status not in CONTRACT_STATUSES:  # "--status foo" listed nothing and said nothing (found trying)
        raise InvalidInput(f"unknown contract status '{status}'", field="status", fix="use one of: active, ended")
    with session_scope() as s:
        q = select(Contract).order_by(Contract.id)
        if status:
            q = q.where(Contract.status == status)
        return list(s.exec(q).all())


def end_contract(contract_id: int, *, user=None) -> Contract:
    """Mark a contract ended (the work is delivered or the client closed it): its follow-up may then be drafted, and
    the Due list stops asking for check-ins. Ending an ended contract is a 409."""
    with session_scope() as s:
        row = contract_row(s, contract_id)
        if row.status == "ended":
            raise Conflict(f"contract {contract_id} has already ended", field="status",
                           fix="draft its follow-up with 'draftroom followup'")
        row.status = "ended"
        audit.log(s, user, "contract.end", "contract", row.id)
        s.flush()
        return row


def set_entry_done(contract_id: int, entry_id: int, *, done: bool = True, user=None) -> ContractEntry:
    """Mark a logged note or task done (or open again): a check-in's "Completed" lists only done entries."""
    with session_scope() as s:
        contract_row(s, contract_id)
        row = get_or_404(s, ContractEntry, entry_id, what="entry", field="entry_id",
                         fix=f"see the log with 'draftroom contract show {contract_id}'")
        if row.contract_id != contract_id:
            raise NotFound(f"contract {contract_id} has no entry {entry_id}", field="entry_id",
                           fix=f"see the log with 'draftroom contract show {contract_id}'")
        row.done = done
        audit.log(s, user, "contract.entry_done", "contract", contract_id, entry_id=entry_id, done=done)
        s.flush()
        return row


def add_entry(contract_id: int, text: str, *, kind: str = "note", done: bool = False, due=None,
              user=None) -> ContractEntry:
    if kind not in ENTRY_KINDS:
        raise InvalidInput(f"unknown entry kind '{kind}'", field="kind", fix="use note, task or client_message")
    get_contract(contract_id)
    row = ContractEntry(contract_id=contract_id, kind=kind, text=_text(text, "text"), done=bool(done),
                        due=_parse_date(due, "due"), author_id=getattr(user, "user_id", None))
    with session_scope() as s:
        s.add(row)
        s.flush()
        audit.log(s, user, "contract.entry", "contract", contract_id, kind=kind, entry_id=row.id)
        return row


def list_entries(contract_id: int) -> list[ContractEntry]:
    get_contract(contract_id)
    with session_scope() as s:
        return list(s.exec(select(ContractEntry).where(ContractEntry.contract_id == contract_id)
                           .order_by(ContractEntry.created_at, ContractEntry.id)).all())


def last_checkin_at(contract_id: int) -> datetime | None:
    with session_scope() as s:
        row = s.exec(select(Draft).where(Draft.contract_id == contract_id, Draft.kind == "checkin",
                                         Draft.status.in_(("approved", "exported")))
                     .order_by(Draft.created_at.desc())).first()
        return row.created_at if row else None


def draft_for_contract(contract_id: int, kind: str, *, message: str | None = None, user=None,
                       instructions: str | None = None, ws: Workspace | None = None) -> Draft:
    """Draft a check-in, kickoff, reply or follow-up from the contract log and queue it for review.

    A reply stores the pasted client message in the log first, so it is kept even if drafting fails."""
    from service.drafting.contract_messages import draft_contract_message
    from service.review.ai_versions import store_draft

    if kind not in DRAFT_KINDS:
        raise InvalidInput(f"unknown draft kind '{kind}'", field="kind", fix="use " + ", ".join(DRAFT_KINDS))
    contract = get_contract(contract_id)
    if kind == "reply":
        message = _text(message, "message")
        add_entry(contract_id, message, kind="client_message", user=user)
    ws = ws or current_workspace()
    entries = list_entries(contract_id)
    since = last_checkin_at(contract_id) if kind == "checkin" else None
    from service.contracts.cadence import get_schedule
    from service.contracts.context import drafting_context

    schedule = get_schedule(contract_id)
    outcome = draft_contract_message(kind, contract, entries, ws, message=message, instructions=instructions,
                                     since=since, client_contact=schedule.client_contact if schedule else None,
                                     context=drafting_context(contract_id, ws))
    draft = store_draft(outcome, contract_id=contract_id, user=user)
    ledger.link_draft(outcome.call_ids, draft.id)  # the calls ran before the draft row existed
    with session_scope() as s:
        audit.log(s, user, "contract.draft", "draft", draft.id, contract_id=contract_id, kind=kind)
    return draft


def contract_json(c: Contract, entries: list[ContractEntry] | None = None) -> dict:
    body = {"id": c.id, "client_name": c.client_name, "title": c.title, "cadence": c.cadence,
            "started_at": c.started_at.isoformat() if c.started_at else None, "milestones": c.milestones or [],
            "status": c.status, "service_line": c.service_line, "job_id": c.job_id,
            "created_at": c.created_at.isoformat() if c.created_at else None}
    if entries is not None:
        body["entries"] = [entry_json(e) for e in entries]
    return body


def entry_json(e: ContractEntry) -> dict:
    return {"id": e.id, "contract_id": e.contract_id, "kind": e.kind, "text": e.text, "done": e.done,
            "due": e.due.isoformat() if e.due else None, "created_at": e.created_at.isoformat() if e.created_at else None}
