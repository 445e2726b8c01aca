"""Read-only lookups the pages need for display (names and titles for a page of drafts, a draft's
contract log). One batched query per page instead of one per row; nothing here changes data."""
from __future__ import annotations

from sqlmodel import select

from service.db import session_scope
from service.models import Contract, ContractEntry, Job, User


def job_titles(job_ids: list[int | None]) -> dict[int, str]:
    ids = sorted({i for i in job_ids if i is not None})
    if not ids:
        return {}
    with session_scope() as s:
        return {jid: title for jid, title in s.exec(select(Job.id, Job.title).where(Job.id.in_(ids)))}


def user_names(user_ids: list[int | None] | None = None) -> dict[int, str]:
    with session_scope() as s:
        q = select(User.id, User.name)
        if user_ids is not None:
            ids = sorted({i for i in user_ids if i is not None})
            if not ids:
                return {}
            q = q.where(User.id.in_(ids))
        return {uid: name for uid, name in s.exec(q)}


def contract_log(contract_id: int | None) -> tuple[Contract | None, list[ContractEntry]]:
    if contract_id is None:
        return None, []
    with session_scope() as s:
        contract = s.get(Contract, contract_id)
        entries = list(s.exec(select(ContractEntry).where(ContractEntry.contract_id == contract_id)
                              .order_by(ContractEntry.id)))
        return contract, entries
