"""Drafts: create (sync 201 or background 202), read, versions, diff, claim/release, edit, approve,
reject, regenerate, export, outcome. Every rule lives in ``service.review`` / ``service.outcomes``."""
from __future__ import annotations

from datetime import UTC, datetime
from typing import Literal

from fastapi import APIRouter, Depends, Query, Response
from fastapi.responses import JSONResponse
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    field_validator,
)

from service.accounts.auth import Principal
from service.api.deps import current_user, idempotency_key
from service.api.schemas import (
    AcceptedOut,
    BulkRejectOut,
    DiffOut,
    DraftOut,
    ExportOut,
    TypedRoute,
    VersionsOut,
    error_responses,
)
from service.api.schemas_more import OutcomeOut
from service.api.serialize import draft_json_for, state_notes
from service.core.db import get_or_404, session_scope
from service.core.errors import InvalidInput
from service.core.models import FitAssessment, Job
from service.core.workspace import current_workspace
from service.outcomes import tracking as outcomes
from service.review import actions as review
from service.review import ai_versions
from service.workflows import proposals, tasks
from service.workflows.jobs import get_job
from service.workflows.proposals import draft_for_job, draft_for_stored_job

router = APIRouter(prefix="/v1/drafts", tags=["drafts"], dependencies=[Depends(idempotency_key)], route_class=TypedRoute)
JOB_EXAMPLE = ("Build a React dashboard for our logistics KPIs\nWe need a React + TypeScript dashboard that reads "
               "our REST API and shows delivery KPIs. Budget: $1,500 fixed.")


class DraftCreate(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"job_text": JOB_EXAMPLE}, {"job": {"title": "Shopify theme fixes", "description": "Fix our checkout on mobile."},
                                    "service_line": "shopify"}, {"job_id": 12, "instructions": "mention the Monday start"}]})
    job_text: str | None = Field(None, description="A pasted job post (page text, markdown or plain).")
    job: dict | None = Field(None, description="A job JSON: {title, description, budget, skills, client, ...}.")
    job_id: StrictInt | None = Field(None, description="A job already stored by POST /v1/jobs.")
    kind: Literal["proposal"] = Field("proposal", description="Jobs get proposals; contract messages "
                                                              "(checkin, kickoff, reply, followup) come from contracts.")
    service_line: str | None = Field(None, description="Force a service line id (default: the best match).")
    instructions: str | None = Field(None, max_length=2000, description="Extra guidance for the drafting step.")
    force: StrictBool = Field(False, description="true: a new draft even when the same job already has an open one "
                                                 "(default: that draft is returned, 200 with a note).")


class VersionBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    version: StrictInt = Field(description="The version you read (GET /v1/drafts/{id}), a JSON integer; a stale "
                                           "version gets 409. `true`, `\"1\"` and `1.0` are refused (422).")


class EditBody(VersionBody):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"version": 1, "text": "Hi Dana, ..."}]})
    text: str = Field(max_length=review.MAX_TEXT)


class ApproveBody(VersionBody):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"version": 2, "acknowledge_flags": True}]})
    acknowledge_flags: StrictBool = Field(False, description="Required (true) when the draft has open lint flags; "
                                                             "a JSON boolean (`\"yes\"`, `1` are refused).")


class RejectBody(VersionBody):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"version": 1, "reason": "off_target", "note": "ignores the TypeScript requirement"}]})
    reason: str = Field(description="One of: " + ", ".join(review.REJECT_REASONS))
    note: str = Field("", max_length=2000)


class BulkRejectBody(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"ids": [4, 5, 9], "reason": "bad_fit"}]})
    ids: list[StrictInt | dict] = Field(description="Draft ids, or {id, version} objects.", min_length=1, max_length=500)
    reason: str
    note: str = Field("", max_length=2000)


class ClaimBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    minutes: StrictInt | None = Field(None, ge=1, le=1440, description="Lock length (default DRAFTROOM_LOCK_MINUTES, 15).")


class RegenerateBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    instructions: str | None = Field(None, max_length=2000)


class OutcomeBody(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"stage": "proposed"}, {"stage": "replied", "note": "asked for a call"},
        {"stage": "won", "value_usd": 1500}, {"outcome": "closed_no_hire"}]})
    stage: Literal[outcomes.STAGES] | None = None  # type: ignore[valid-type]
    outcome: Literal[outcomes.OUTCOMES] | None = None  # type: ignore[valid-type]
    at: datetime | None = Field(None, description="When it happened (default: now).")
    value_usd: float | None = Field(None, ge=0, allow_inf_nan=False)
    job_type: str | None = Field(None, max_length=60)
    note: str | None = Field(None, max_length=2000)

    @field_validator("at")
    @classmethod
    def _in_range(cls, at: datetime | None) -> datetime | None:
        if at is not None and at.tzinfo is not None:
            try:
                at.astimezone(UTC)
            except (OverflowError, ValueError):
                raise ValueError("date-time is out of range once converted to UTC") from None
        return at


def full(view: review.DraftView, user: Principal) -> dict:
    """The draft as ``user`` may see it: people get the text; ``api`` keys get status, brief and fit
    and a link to the review page (the text only through export, after a person approved it)."""
    with session_scope() as s:  # job and assessment in one session (every draft answer reads both)
        job, fit = _job_and_fit(s, view.draft)
    return draft_json_for(user, view, job, fit)


def full_drafted(draft_id: int, user: Principal) -> dict:
    """``full(review.get_draft(draft_id))`` for the draft this request has just stored: draft, versions, job
    and assessment read in one session. It skips get_draft's check for stale ``drafting`` rows: this draft
    was stored as pending_review or needs_attention by this very request, never left in ``drafting``."""
    with session_scope() as s:
        view = review.view(s, review.load(s, draft_id))
        job, fit = _job_and_fit(s, view.draft)
    return draft_json_for(user, view, job, fit)


def _job_and_fit(s, draft) -> tuple[Job | None, dict | None]:
    job = get_or_404(s, Job, draft.job_id, what="job", field="job_id") if draft.job_id else None
    assessment = s.get(FitAssessment, draft.assessment_id) if draft.assessment_id is not None else None
    return job, assessment.data if assessment else None


@router.post("", status_code=201, responses={
    200: {"model": DraftOut, "description": "The same job already has an open draft: that draft, with `note` and "
                                            "`existing: true` (send force=true for a second one)."},
    202: {"model": AcceptedOut, "description": "Accepted (wait=false): queued for a worker; poll the Location."},
    **error_responses(502)})
def create_draft(body: DraftCreate, response: Response, user: Principal = Depends(current_user),
                 wait: bool = Query(True, description="false: store the job, answer 202 at once, draft in the "
                                                       "background (poll Location until status leaves 'drafting')."),
                 force: bool = Query(False, description="true: a new draft even when the same job already has an "
                                                        "open one (also accepted as \"force\": true in the body).")
                 ) -> DraftOut:
    user.require("draft")
    force = force or body.force
    given = [name for name in ("job_text", "job", "job_id") if getattr(body, name) is not None]
    if len(given) != 1:
        raise InvalidInput("send exactly one of job_text (a pasted post), job (a job JSON) or job_id",
                           field="job_text", fix="e.g. {\"job_text\": \"<the job post>\"}")
    if body.job_id is not None:
        job = get_job(body.job_id)
        if body.service_line:
            current_workspace().service_line(body.service_line)  # unknown line: 422 before anything else
        existing = None if force else proposals.open_draft(job.id)
        if existing is not None:
            return _existing(response, existing.id, proposals.existing_note(existing), user)
        if not wait:
            draft = ai_versions.create_placeholder(job.id, service_line=body.service_line, instructions=body.instructions,
                                                   actor=user, intake_at=job.created_at)
            return _accepted(response, draft.id, job.id, tasks.enqueue_draft(draft.id))
        draft = draft_for_stored_job(job.id, user=user, service_line=body.service_line, instructions=body.instructions)
        return full_drafted(draft.id, user)
    raw = body.job_text if body.job_text is not None else body.job
    if not wait:
        sub = tasks.submit(raw, user, service_line=body.service_line, instructions=body.instructions, force=force)
        if sub.existing:
            return _existing(response, sub.draft.id, sub.existing, user)
        return _accepted(response, sub.draft.id, sub.draft.job_id, sub.task_id)
    draft, result = draft_for_job(raw, user=user, service_line=body.service_line, instructions=body.instructions,
                                  force=force)
    if result.existing_draft:
        return _existing(response, draft.id, result.note, user)
    return full_drafted(draft.id, user)


def _existing(response: Response, draft_id: int, note: str, user: Principal) -> dict:
    response.status_code = 200
    return {**full(review.get_draft(draft_id), user), "note": note, "existing": True}


def _accepted(response: Response, draft_id: int, job_id: int, task_id: str | None) -> JSONResponse:
    location = f"/v1/drafts/{draft_id}"
    view = review.get_draft(draft_id)  # immediate backend: already drafted
    worker = tasks.worker_status()
    notes = state_notes(view.draft, worker)
    if view.draft.status != "drafting":
        note = f"drafted at once ({worker['backend']} backend); status '{view.draft.status}'"
    else:
        note = (f"queued on the '{worker['queue']}' queue ({worker['backend']} backend) as task {task_id}; it waits "
                "for a worker to pick it up: " + ("a worker is running" if worker["running"] else
                                                  "no worker is running, start one with 'draftroom worker'"))
    body = AcceptedOut(id=draft_id, job_id=job_id, status=view.draft.status, version=view.draft.version,
                       location=location, queued="draft", queue=worker["queue"], task_id=task_id, worker=worker,
                       status_note=notes["status_note"], note=note)
    return JSONResponse(body.model_dump(mode="json"), status_code=202, headers={"Location": location})


@router.post("/bulk-reject", tags=["review"])
def bulk_reject(body: BulkRejectBody, user: Principal = Depends(current_user)) -> BulkRejectOut:
    return review.bulk_reject(body.ids, user, body.reason, body.note)


@router.get("/{draft_id}")
def read_draft(draft_id: int, user: Principal = Depends(current_user)) -> DraftOut:
    user.require("read")
    return full(review.get_draft(draft_id), user)


@router.get("/{draft_id}/versions")
def read_versions(draft_id: int, user: Principal = Depends(current_user)) -> VersionsOut:
    user.require("read_text")
    return {"draft_id": draft_id, "versions": review.versions(draft_id)}


@router.get("/{draft_id}/diff")
def read_diff(draft_id: int, against: int | None = Query(None, description="Version to compare from "
                                                                           "(default: the AI original)."),
              user: Principal = Depends(current_user)) -> DiffOut:
    user.require("read_text")
    return review.diff(draft_id, against)


@router.post("/{draft_id}/claim", tags=["review"])
def claim(draft_id: int, body: ClaimBody | None = None, user: Principal = Depends(current_user)) -> DraftOut:
    return full(review.claim(draft_id, user, body.minutes if body else None), user)


@router.post("/{draft_id}/release", tags=["review"])
def release(draft_id: int, user: Principal = Depends(current_user)) -> DraftOut:
    return full(review.release(draft_id, user), user)


@router.post("/{draft_id}/edit", tags=["review"])
def edit(draft_id: int, body: EditBody, user: Principal = Depends(current_user)) -> DraftOut:
    return full(review.edit(draft_id, body.text, body.version, user), user)


@router.post("/{draft_id}/approve", tags=["review"])
def approve(draft_id: int, body: ApproveBody, user: Principal = Depends(current_user)) -> DraftOut:
    return full(review.approve(draft_id, body.version, user, acknowledge_flags=body.acknowledge_flags), user)


@router.post("/{draft_id}/reject", tags=["review"])
def reject(draft_id: int, body: RejectBody, user: Principal = Depends(current_user)) -> DraftOut:
    return full(review.reject(draft_id, body.version, user, body.reason, body.note), user)


@router.post("/{draft_id}/regenerate", tags=["review"], responses={
    202: {"model": AcceptedOut, "description": "Queued (wait=false)."}, **error_responses(502)})
def regenerate(draft_id: int, response: Response, body: RegenerateBody | None = None,
               wait: bool = Query(True), user: Principal = Depends(current_user)) -> DraftOut:
    instructions = body.instructions if body else None
    if not wait:
        review.get_draft(draft_id)  # 404 now rather than in the worker
        task_id = tasks.enqueue_regenerate(draft_id, user, instructions)
        worker = tasks.worker_status()
        view = review.get_draft(draft_id)
        location = f"/v1/drafts/{draft_id}"
        body = AcceptedOut(id=draft_id, queued="regenerate", location=location, status=view.draft.status,
                           version=view.draft.version, queue=worker["queue"], task_id=task_id, worker=worker)
        return JSONResponse(body.model_dump(mode="json", exclude_none=True), status_code=202,
                            headers={"Location": location})
    return full(proposals.regenerate(draft_id, user, instructions), user)


@router.get("/{draft_id}/export", tags=["review"])
def export(draft_id: int, user: Principal = Depends(current_user)) -> ExportOut:
    return review.export(draft_id, user)


@router.post("/{draft_id}/outcome", tags=["pipeline"])
def outcome(draft_id: int, body: OutcomeBody, user: Principal = Depends(current_user)) -> OutcomeOut:
    return outcomes.record(draft_id, user, stage=body.stage, outcome=body.outcome, at=body.at,
                           value_usd=body.value_usd, job_type=body.job_type, note=body.note)
