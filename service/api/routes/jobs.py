"""Jobs: intake (parse → brief → fit) without drafting, and reading a job with its pipeline."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Response
from pydantic import BaseModel, ConfigDict, Field
from sqlmodel import select

from service.accounts.auth import Principal
from service.api.deps import SessionDep, current_user, idempotency_key
from service.api.schemas import TypedRoute
from service.api.schemas_more import JobOut
from service.api.serialize import iso
from service.core.errors import InvalidInput
from service.core.models import Draft
from service.outcomes.tracking import job_pipeline
from service.workflows.jobs import get_job, intake, latest_assessment

router = APIRouter(prefix="/v1/jobs", tags=["jobs"], dependencies=[Depends(idempotency_key)], route_class=TypedRoute)


class JobCreate(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"job_text": "Need a Django 2 → 4 upgrade\nOur Django 2.2 app needs to move to Django 4.2 ..."},
        {"job": {"title": "Shopify theme fixes", "description": "Fix our checkout on mobile.", "budget": 400}}]})
    job_text: str | None = Field(None, description="A pasted job post.")
    job: dict | None = Field(None, description="A job JSON from an alert tool.")


def _job_json(job, fit: dict | None, **extra) -> dict:
    return {"id": job.id, "title": job.title, "created_at": iso(job.created_at), "status": job.status,
            "source_format": job.source_format, "upwork_id": job.upwork_id, "stage": job.stage,
            "outcome": job.outcome, "brief": job.brief, "fit": fit, **extra}


@router.post("", status_code=201, responses={200: {"model": JobOut, "description": "The same job was already stored."}})
def create_job(body: JobCreate, response: Response, user: Principal = Depends(current_user)) -> JobOut:
    """Intake: store the post, extract its brief and score its fit. No draft (POST /v1/drafts with job_id)."""
    user.require("intake")
    given = [n for n in ("job_text", "job") if getattr(body, n) is not None]
    if len(given) != 1:
        raise InvalidInput("send exactly one of job_text (a pasted post) or job (a job JSON)", field="job_text")
    result = intake(body.job_text if body.job_text is not None else body.job, user_id=user.user_id)
    if result.duplicate:
        response.status_code = 200
    return _job_json(result.job, result.fit.model_dump(mode="json"), assessment_id=result.assessment_id,
                     duplicate=result.duplicate, note=result.note)


@router.get("/{job_id}")
def read_job(job_id: int, s: SessionDep, user: Principal = Depends(current_user)) -> JobOut:
    user.require("read")
    job = get_job(job_id)
    assessment = latest_assessment(s, job_id)
    drafts = [{"id": d.id, "kind": d.kind, "status": d.status, "version": d.version}
              for d in s.exec(select(Draft).where(Draft.job_id == job_id).order_by(Draft.id))]
    pipeline = job_pipeline(job_id)
    return _job_json(job, assessment.data if assessment else None, drafts=drafts, pipeline=pipeline)
