"""Re-run a failed AI step: ``POST /v1/drafts/{id}/retry`` and ``POST /v1/jobs/{id}/retry``."""
from __future__ import annotations

from fastapi import APIRouter, Depends

from service.accounts.auth import Principal
from service.api.deps import current_user
from service.api.schemas import TypedRoute
from service.api.schemas_more import RetryDraftOut, RetryJobOut
from service.workflows import retry as failures

router = APIRouter(tags=["retry"], route_class=TypedRoute)


@router.post("/v1/drafts/{draft_id}/retry")
def retry_draft(draft_id: int, user: Principal = Depends(current_user)) -> RetryDraftOut:
    """Draft again a proposal that failed (status needs_attention). 409 when it is not failed;
    502 (code llm_failure, with the reason) when the model fails again: the draft stays kept."""
    user.require("draft")
    draft = failures.retry_draft(draft_id, user=user)
    return {"id": draft.id, "status": draft.status, "version": draft.version, "job_id": draft.job_id,
            "model": draft.model, "tier": draft.tier}


@router.post("/v1/jobs/{job_id}/retry")
def retry_job(job_id: int, user: Principal = Depends(current_user)) -> RetryJobOut:
    """Re-run brief + fit for a job in needs_attention (a stored brief is reused)."""
    user.require("draft")
    result = failures.retry_job(job_id)
    return {"id": job_id, "status": result.job.status, "tier": result.fit.tier, "score": result.fit.score,
            "assessment_id": result.assessment_id, "brief_model": result.brief.model}
