"""Creating drafts: a job (or contract) in, a queued draft with its AI original out."""
from __future__ import annotations

import hashlib
from datetime import datetime

from sqlmodel import Session

from .db import session_scope
from .errors import LLMFailure
from .failures import failure_with_ids, fill_draft, pending_failed_draft, record_failed_draft
from .jobs import IntakeResult, intake, process
from .models import Draft, DraftVersion, FitAssessment, utcnow
from .pipeline.draft import DraftOutcome, draft_proposal
from .schemas import TIER_RANK
from .workspace import Workspace, current_workspace


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def store_draft(outcome: DraftOutcome, *, job_id: int | None = None, contract_id: int | None = None,
                assessment_id: int | None = None, user=None, tier: str | None = None,
                intake_at: datetime | None = None, session: Session | None = None) -> Draft:
    """Queue a draft in ``pending_review`` with version 1 = the AI original (kept forever)."""
    user_id = getattr(user, "user_id", None) if user is not None else None
    draft = Draft(created_by=user_id, job_id=job_id, contract_id=contract_id, assessment_id=assessment_id,
                  kind=outcome.kind, status="pending_review", tier=tier, tier_rank=TIER_RANK.get(tier, 3),
                  service_line=outcome.service_line, intake_at=intake_at or utcnow(), version=1,
                  template_id=outcome.template_id, template_hash=outcome.template_hash, model=outcome.model,
                  parts=outcome.parts, lint=outcome.lint.model_dump(mode="json"))
    with session_scope() if session is None else _nullctx(session) as s:
        s.add(draft)
        s.flush()
        s.add(DraftVersion(draft_id=draft.id, number=1, source="ai", text=outcome.text,
                           content_hash=content_hash(outcome.text), lint=draft.lint))
        s.flush()
        return draft


class _nullctx:
    def __init__(self, s):
        self.s = s

    def __enter__(self):
        return self.s

    def __exit__(self, *exc):
        return False


def draft_for_job(raw: str | dict, *, user=None, service_line: str | None = None,
                  instructions: str | None = None, ws: Workspace | None = None) -> tuple[Draft, IntakeResult]:
    """The whole proposal path: intake (parse, brief, fit) then draft and queue."""
    ws = ws or current_workspace()
    try:
        result = intake(raw, user_id=getattr(user, "user_id", None), ws=ws)
    except LLMFailure as exc:  # brief/fit failed: the job is kept; keep the draft request too
        job_id = exc.extra.get("job_id")
        if job_id is None:
            raise
        kept = record_failed_draft(job_id, exc, user=user, service_line=service_line, instructions=instructions)
        raise failure_with_ids(exc, job_id=job_id, draft_id=kept.id) from None
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
        kept = record_failed_draft(job_id, exc, user=user, service_line=service_line, instructions=instructions)
        raise failure_with_ids(exc, job_id=job_id, draft_id=kept.id) from None
    try:
        outcome = draft_proposal(result.brief, result.fit, ws, service_line=service_line, instructions=instructions,
                                 job_id=job_id)
    except LLMFailure as exc:  # drafting failed: keep the request as a version-0 needs_attention draft
        kept = record_failed_draft(job_id, exc, user=user, service_line=service_line, instructions=instructions,
                                   tier=result.fit.tier, assessment_id=result.assessment_id,
                                   intake_at=result.job.created_at)
        raise failure_with_ids(exc, job_id=job_id, draft_id=kept.id) from None
    with session_scope() as s:
        earlier = pending_failed_draft(s, job_id)
        earlier_id = earlier.id if earlier else None
    if earlier_id is not None:  # a draft this job failed to get earlier: fill it, don't add a second one
        return fill_draft(earlier_id, outcome, tier=result.fit.tier, assessment_id=result.assessment_id,
                          note="drafted after an earlier failure")
    return store_draft(outcome, job_id=job_id, assessment_id=result.assessment_id, user=user, tier=result.fit.tier,
                       intake_at=result.job.created_at)


def get_assessment(assessment_id: int | None) -> FitAssessment | None:
    if assessment_id is None:
        return None
    with session_scope() as s:
        return s.get(FitAssessment, assessment_id)
