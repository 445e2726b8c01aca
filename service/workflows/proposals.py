"""Drafting a job into the review queue: intake (parse, brief, fit), the drafting step, then the
review package stores the AI original. Regenerating a draft runs the same steps again."""
from __future__ import annotations

from sqlalchemy import or_
from sqlmodel import select

from service.accounts.auth import Principal, signature_of
from service.core.db import session_scope
from service.core.errors import InvalidInput, LLMFailure
from service.core.models import Draft, FitAssessment
from service.core.workspace import Workspace, current_workspace
from service.drafting.proposal import draft_proposal
from service.llm import ledger
from service.review import ai_versions
from service.review.state import DraftView
from service.workflows.failures import failure_with_ids, reason_for
from service.workflows.jobs import IntakeResult, intake, process

# A draft still being worked on: the same job again returns it instead of queueing a second one.
OPEN_STATUSES = ("drafting", "pending_review", "in_review", "approved", "needs_attention")


def open_draft(job_id: int) -> Draft | None:
    """The job's oldest proposal draft that is not done (exported or rejected), if any. A request that
    never got its text (needs_attention at version 0) is not returned: drafting the job again fills it
    (``draft_for_stored_job``), which is what pasting it again should do."""
    with session_scope() as s:
        return s.exec(select(Draft).where(Draft.job_id == job_id, Draft.kind == "proposal",
                                          Draft.status.in_(OPEN_STATUSES),
                                          or_(Draft.status != "needs_attention", Draft.version > 0))
                      .order_by(Draft.id)).first()


def existing_note(draft: Draft) -> str:
    return (f"job #{draft.job_id} already has an open draft #{draft.id} ('{draft.status}'): this is the existing "
            "draft, not a new one; ask for a second draft with force (API ?force=true or \"force\": true, CLI --force)")


def draft_or_existing(job_id: int, *, force: bool = False, **kwargs) -> tuple[Draft, str | None]:
    """``draft_for_stored_job`` unless the job already has an open draft (and ``force`` is not set):
    then that draft and the note saying so."""
    if kwargs.get("service_line"):
        (kwargs.get("ws") or current_workspace()).service_line(kwargs["service_line"])  # unknown: 422 first
    if not force:
        existing = open_draft(job_id)
        if existing is not None:
            return existing, existing_note(existing)
    return draft_for_stored_job(job_id, **kwargs), None


def draft_for_job(raw: str | dict, *, user=None, service_line: str | None = None,
                  instructions: str | None = None, ws: Workspace | None = None,
                  force: bool = False) -> tuple[Draft, IntakeResult]:
    """The whole proposal path: intake (parse, brief, fit) then draft and queue. The same job pasted
    again returns its open draft (``result.existing_draft``, with the note) unless ``force``."""
    ws = ws or current_workspace()
    if service_line:
        ws.service_line(service_line)  # an unknown line is a 422 before anything is stored or returned
    try:
        # the job, brief and fit need not wait for their own WAL flush: the draft stored below, or the failure
        # recorded instead, is a durable commit of this request and makes them durable too (db.session_scope)
        result = intake(raw, user_id=getattr(user, "user_id", None), ws=ws, durable=False)
    except LLMFailure as exc:  # brief/fit failed: the job is kept; keep the draft request too
        job_id = exc.extra.get("job_id")
        if job_id is None:
            raise
        kept = ai_versions.record_failed_draft(job_id, reason_for(exc), user=user, service_line=service_line, instructions=instructions)
        raise failure_with_ids(exc, job_id=job_id, draft_id=kept.id) from None
    existing = None if force or not result.duplicate else open_draft(result.job.id)
    if existing is not None:
        result.existing_draft, result.note = True, existing_note(existing)
        return existing, result
    draft = draft_for_stored_job(result.job.id, user=user, service_line=service_line, instructions=instructions,
                                 ws=ws, intake_result=result)
    return draft, result


def draft_for_stored_job(job_id: int, *, user=None, service_line: str | None = None,
                         instructions: str | None = None, ws: Workspace | None = None,
                         intake_result: IntakeResult | None = None) -> Draft:
    """Draft a stored job (its brief and fit are reused when present) and queue the draft."""
    ws = ws or current_workspace()
    try:
        result = intake_result or process(job_id, ws=ws)
    except LLMFailure as exc:
        kept = ai_versions.record_failed_draft(job_id, reason_for(exc), user=user, service_line=service_line, instructions=instructions)
        raise failure_with_ids(exc, job_id=job_id, draft_id=kept.id) from None
    try:
        outcome = draft_proposal(result.brief, result.fit, ws, service_line=service_line, instructions=instructions,
                                 job_id=job_id, signed_by=signature_of(getattr(user, "user_id", None)))
    except LLMFailure as exc:  # drafting failed: keep the request as a version-0 needs_attention draft
        kept = ai_versions.record_failed_draft(job_id, reason_for(exc), user=user, service_line=service_line, instructions=instructions,
                                   tier=result.fit.tier, assessment_id=result.assessment_id,
                                   intake_at=result.job.created_at)
        raise failure_with_ids(exc, job_id=job_id, draft_id=kept.id) from None
    earlier_id = ai_versions.pending_failed_draft_id(job_id)
    if earlier_id is not None:  # a draft this job failed to get earlier: fill it, don't add a second one
        draft = ai_versions.fill_draft(earlier_id, outcome, tier=result.fit.tier, assessment_id=result.assessment_id,
                                       note="drafted after an earlier failure")
    else:
        draft = ai_versions.store_draft(outcome, job_id=job_id, assessment_id=result.assessment_id, user=user,
                                        tier=result.fit.tier, intake_at=result.job.created_at)
    ledger.link_draft(outcome.call_ids, draft.id)  # the calls ran before the draft row existed
    return draft


def get_assessment(assessment_id: int | None) -> FitAssessment | None:
    if assessment_id is None:
        return None
    with session_scope() as s:
        return s.get(FitAssessment, assessment_id)


def regenerate(draft_id: int, actor: Principal, instructions: str | None = None) -> DraftView:
    """Draft a job again (its brief and fit are reused) as a new AI version; requeues a rejected or
    failed draft. The AI step runs outside any lock; the review package checks again before storing."""
    actor.require("review")
    if instructions is not None and len(instructions) > 2000:
        raise InvalidInput("instructions must be at most 2,000 characters", field="instructions")
    job_id, line = ai_versions.check_regenerable(draft_id, actor)
    ws = current_workspace()
    result = process(job_id, ws=ws)
    outcome = draft_proposal(result.brief, result.fit, ws, service_line=line, instructions=instructions, job_id=job_id,
                             draft_id=draft_id, signed_by=signature_of(actor.user_id))
    return ai_versions.apply_regenerated(draft_id, outcome, actor, instructions)
