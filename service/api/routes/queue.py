"""The review queue: filters, order (tier, then age since intake), cursor pagination."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Query
from sqlmodel import select

from service.accounts.auth import Principal
from service.api.deps import SessionDep, current_user
from service.api.serialize import queue_item
from service.core.models import Job
from service.review import actions as review

router = APIRouter(prefix="/v1", tags=["review"])


@router.get("/queue")
def queue(s: SessionDep, status: str | None = Query(None, description="One status or a comma list, e.g. pending_review,in_review.",
                                     examples=["pending_review,in_review"]),
          tier: str | None = Query(None, description="strong, possible, poor, none (or a comma list)."),
          service_line: str | None = Query(None), kind: str | None = Query(None),
          assignee: str | None = Query(None, description="User id or name holding the lock; 'me' for yourself."),
          cursor: str | None = Query(None, description="next_cursor from the previous page."),
          limit: int = Query(50, ge=1, le=500), user: Principal = Depends(current_user)) -> dict:
    user.require("read")
    page = review.list_queue(status=status, tier=tier, service_line=service_line, kind=kind,
                             assignee=user.user_id if assignee == "me" else assignee, cursor=cursor, limit=limit)
    job_ids = {d.job_id for d in page.items if d.job_id}
    titles = {}
    if job_ids:
        titles = dict(s.exec(select(Job.id, Job.title).where(Job.id.in_(job_ids))).all())
    return {"items": [queue_item(d, titles.get(d.job_id)) for d in page.items], "next_cursor": page.next_cursor}
