"""Scorecard and audit log."""
from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Depends, Query

from service.accounts import audit
from service.accounts.auth import Principal
from service.api.deps import current_user
from service.api.schemas import TypedRoute
from service.api.schemas_more import AuditPageOut, PeriodReportOut
from service.workflows.speed import scorecard_with_speed as build_scorecard

router = APIRouter(prefix="/v1", tags=["metrics & audit"], route_class=TypedRoute)


@router.get("/metrics/scorecard")
def scorecard(weeks: int = Query(4, ge=1, le=104), user: Principal = Depends(current_user)) -> PeriodReportOut:
    """Weekly scorecard: outcomes per template version (sent, viewed, replied, interviewed, won, lost, no reply)
    and speed to lead per tier and person; honest denominators (postings that never hired leave them), low-sample
    marks (< 3)."""
    user.require("metrics")
    return build_scorecard(weeks)


@router.get("/audit")
def audit_log(user_name: str | None = Query(None, alias="user", description="Exact user name."),
              user_id: int | None = Query(None), action: str | None = Query(None, description="e.g. approve,export"),
              target_type: str | None = Query(None), target_id: int | None = Query(None),
              api_key_id: int | None = Query(None), since: datetime | None = Query(None),
              until: datetime | None = Query(None), cursor: int | None = Query(None, description="next_cursor."),
              limit: int = Query(100, ge=1, le=1000), user: Principal = Depends(current_user)) -> AuditPageOut:
    """Who did what, when, with which key. Newest first."""
    user.require("audit")
    page = audit.page(user=user_name, user_id=user_id, action=action, target_type=target_type, target_id=target_id,
                      api_key_id=api_key_id, since=since, until=until, before_id=cursor, limit=limit)
    return {"items": page.items, "next_cursor": page.next_cursor}
