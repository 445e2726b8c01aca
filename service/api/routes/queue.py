"""The review queue: needs_attention first, then tier, then age since intake; filters, cursor pagination;
"next item" (claim the next draft a reviewer may take, expired claims included)."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Query, Response
from pydantic import BaseModel, ConfigDict, Field
from sqlmodel import select

from service.accounts.auth import Principal
from service.api.deps import SessionDep, current_user
from service.api.routes.drafts import full
from service.api.schemas import DraftOut, QueueOut, TypedRoute
from service.api.serialize import queue_item
from service.core.models import Job
from service.review import actions as review

router = APIRouter(prefix="/v1", tags=["review"], route_class=TypedRoute)


@router.get("/queue")
def queue(s: SessionDep,
          status: str | None = Query(None, description="One status or a comma list, e.g. needs_attention or "
                                     "pending_review,in_review; 'all' for every status. Default: every open draft "
                                     "(exported and rejected left out).", examples=["pending_review,in_review"]),
          tier: str | None = Query(None, description="strong, possible, poor, none (or a comma list)."),
          service_line: str | None = Query(None), kind: str | None = Query(None),
          assignee: str | None = Query(None, description="User id or name holding the lock; 'me' for yourself."),
          cursor: str | None = Query(None, description="next_cursor from the previous page."),
          limit: int = Query(50, ge=1, le=500), user: Principal = Depends(current_user)) -> QueueOut:
    """needs_attention drafts first (with their reason in `status_note`), then fit tier, then oldest intake."""
    user.require("read")
    page = review.list_queue(status=status, tier=tier, service_line=service_line, kind=kind,
                             assignee=user.user_id if assignee == "me" else assignee, cursor=cursor, limit=limit)
    job_ids = {d.job_id for d in page.items if d.job_id}
    titles = {}
    if job_ids:
        titles = dict(s.exec(select(Job.id, Job.title).where(Job.id.in_(job_ids))).all())
    return {"items": [queue_item(d, titles.get(d.job_id)) for d in page.items], "next_cursor": page.next_cursor,
            "needs_attention": page.needs_attention, "statuses": page.statuses}


class NextBody(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{}, {"tier": "strong"}]})
    tier: str | None = Field(None, description="strong, possible, poor, none (or a comma list).")
    service_line: str | None = None
    kind: str | None = None
    minutes: int | None = Field(None, ge=1, le=1440, description="Lock length (default DRAFTROOM_LOCK_MINUTES).")


@router.post("/queue/next", responses={204: {"description": "Nothing is waiting that you may claim."}})
def next_item(response: Response, body: NextBody | None = None, user: Principal = Depends(current_user)) -> DraftOut:
    """Claim the next draft in queue order that you may take now: pending review, or in review whose claim
    expired. 204 when nothing is waiting."""
    body = body or NextBody()
    view = review.claim_next(user, body.minutes, tier=body.tier, service_line=body.service_line, kind=body.kind)
    if view is None:
        return Response(status_code=204)
    return full(view, user)
