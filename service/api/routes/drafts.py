"""Drafts: create, read, edit, approve, export. THIN FOUNDATION VERSION: issue 7 adds the rest."""
from __future__ import annotations

from fastapi import APIRouter, Depends
from pydantic import BaseModel, ConfigDict, Field

from ... import review
from ...auth import Principal
from ...drafts import draft_for_job, get_assessment
from ...jobs import get_job
from ..deps import current_user
from ..serialize import draft_json

router = APIRouter(prefix="/v1/drafts", tags=["drafts"])


class DraftCreate(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"job_text": "Need a React dashboard..."}]})
    job_text: str | None = Field(None, description="A pasted job post.")
    job: dict | None = Field(None, description="A job JSON: {title, description, ...}.")
    service_line: str | None = None
    instructions: str | None = Field(None, max_length=2000)


class VersionBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    version: int


class EditBody(VersionBody):
    text: str = Field(max_length=50_000)


class ApproveBody(VersionBody):
    acknowledge_flags: bool = False


def _full(view: review.DraftView) -> dict:
    job = get_job(view.draft.job_id) if view.draft.job_id else None
    assessment = get_assessment(view.draft.assessment_id)
    return draft_json(view, job, assessment.data if assessment else None)


@router.post("", status_code=201)
def create_draft(body: DraftCreate, user: Principal = Depends(current_user)) -> dict:
    from ...errors import InvalidInput

    user.require("draft")
    raw = body.job_text if body.job_text is not None else body.job
    if raw is None:
        raise InvalidInput("send job_text (a pasted post) or job (a job JSON)", field="job_text")
    draft, _ = draft_for_job(raw, user=user, service_line=body.service_line, instructions=body.instructions)
    return _full(review.get_draft(draft.id))


@router.get("/{draft_id}")
def read_draft(draft_id: int, user: Principal = Depends(current_user)) -> dict:
    user.require("read")
    return _full(review.get_draft(draft_id))


@router.post("/{draft_id}/edit")
def edit_draft(draft_id: int, body: EditBody, user: Principal = Depends(current_user)) -> dict:
    return _full(review.edit(draft_id, body.text, body.version, user))


@router.post("/{draft_id}/approve")
def approve_draft(draft_id: int, body: ApproveBody, user: Principal = Depends(current_user)) -> dict:
    return _full(review.approve(draft_id, body.version, user, acknowledge_flags=body.acknowledge_flags))


@router.get("/{draft_id}/export")
def export_draft(draft_id: int, user: Principal = Depends(current_user)) -> dict:
    return review.export(draft_id, user)
