"""The review queue: filters, order (tier, then age since intake), cursor pagination."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Query
from sqlmodel import select

from ... import review
from ...auth import Principal
from ...db import session_scope
from ...models import Job
from ..deps import current_user
from ..serialize import queue_item

router = APIRouter(prefix="/v1", tags=["review"])


@router.get("/queue")
def queue(status: str | None = Query(None, description="One status or a comma list, e.g. pending_review,in_review.",
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
        with session_scope() as s:
            titles = dict(s.exec(select(Job.id, Job.title).where(Job.id.in_(job_ids))).all())
    return {"items": [queue_item(d, titles.get(d.job_id)) for d in page.items], "next_cursor": page.next_cursor}
