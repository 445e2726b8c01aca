"""Read-only lookups the pages need for display (names and titles for a page of drafts, drafts of a
contract, recent briefs, key metadata). One batched query per page instead of one per row; nothing here changes data."""
from __future__ import annotations

from sqlmodel import select

from service.core.db import session_scope
from service.core.models import Job, User


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


def contract_drafts(contract_id: int) -> list:
    from service.core.models import Draft

    with session_scope() as s:
        return list(s.exec(select(Draft).where(Draft.contract_id == contract_id).order_by(Draft.id.desc()).limit(50)))


def recent_briefs(limit: int = 25) -> list[tuple[int, str, dict]]:
    """(job id, title, brief) of the most recent jobs that have a brief, newest first."""
    from service.core.models import Job as _Job

    with session_scope() as s:
        rows = s.exec(select(_Job.id, _Job.title, _Job.brief).where(_Job.brief.is_not(None))
                      .order_by(_Job.id.desc()).limit(limit))
        return [(jid, title, brief) for jid, title, brief in rows if brief]


def api_keys() -> list[dict]:
    """Key metadata for the team table (never the key itself: only its hash is stored)."""
    from service.core.models import ApiKey

    with session_scope() as s:
        return [{"key id": k.id, "user id": k.user_id, "prefix": k.prefix + "…", "created": k.created_at,
                 "revoked": k.revoked_at} for k in s.exec(select(ApiKey).order_by(ApiKey.id))]
