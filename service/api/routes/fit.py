"""Fit feedback over HTTP: "this score is wrong" on a job's fit assessment, as the review UI does.

Both call ``service.fit.feedback.record_feedback``; bad input is a 4xx naming the field and the fix."""
from __future__ import annotations

from fastapi import APIRouter, Depends
from pydantic import BaseModel, ConfigDict, Field

from service.accounts.auth import Principal
from service.api.deps import current_user, idempotency_key
from service.api.schemas import TypedRoute
from service.api.schemas_more import FitFeedbackListOut, FitFeedbackOut
from service.fit.feedback import (
    REASONS,
    assessment_for_job,
    list_feedback,
    record_feedback,
)

router = APIRouter(prefix="/v1/jobs", tags=["fit"], dependencies=[Depends(idempotency_key)], route_class=TypedRoute)


class FitFeedbackIn(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"reasons": ["service_mismatch"], "expected_tier": "poor", "note": "a Unity job, not a Shopify one"}]})
    reasons: list[str] = Field(default_factory=list, description="One or more of: " + ", ".join(REASONS))
    expected_tier: str | None = Field(None, description="strong, possible or poor")
    criterion: str | None = Field(None, description="The criterion that is wrong, e.g. service_fit")
    note: str = Field("", description="What is wrong (required with reason 'other'); at most 2,000 characters")
    assessment_id: int | None = Field(None, description="Default: the job's latest fit assessment")


@router.post("/{job_id}/fit-feedback", status_code=201)
def post_fit_feedback(job_id: int, body: FitFeedbackIn, user: Principal = Depends(current_user)) -> FitFeedbackOut:
    """Report that a job's fit score is wrong (stored with who said it; exported as eval cases)."""
    user.require("feedback")
    assessment_id = assessment_for_job(job_id, body.assessment_id)
    fb = record_feedback(assessment_id, reasons=body.reasons, expected_tier=body.expected_tier,
                         criterion=body.criterion, note=body.note, user_id=user.user_id)
    return fb.model_dump(mode="json")


@router.get("/{job_id}/fit-feedback")
def get_fit_feedback(job_id: int, user: Principal = Depends(current_user)) -> FitFeedbackListOut:
    user.require("read")
    assessment_for_job(job_id)  # 404 for an unknown job
    return {"items": [fb.model_dump(mode="json") for fb in list_feedback(job_id=job_id)]}
