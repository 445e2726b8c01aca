"""Failure semantics: an AI step that fails after its retry budget never loses work.

* A job whose brief or fit failed is kept (raw text untouched) with ``status='needs_attention'`` and
  the reason (task, error code, attempts).
* A proposal that could not be produced at all is kept as a Draft row in ``needs_attention`` with
  ``version=0`` and no DraftVersion; one such row per job at most (a second failure updates it, a
  later success fills it instead of creating another draft).
* ``retry(id)`` re-runs the failed step: a draft gets its AI original as a new version and goes to
  ``pending_review``; a job gets its brief and fit and goes to ``extracted``.

Draft rows change only through ``service.review.ai_versions`` (the one state machine, under the row lock)."""
from __future__ import annotations

from sqlmodel import select

from service.accounts.auth import signature_of
from service.core.db import get_or_404, session_scope
from service.core.errors import LLMFailure
from service.core.models import Draft, Job
from service.core.workspace import current_workspace
from service.drafting.proposal import draft_proposal
from service.review import ai_versions
from service.workflows.failures import failure_with_ids, reason_for
from service.workflows.jobs import process


# ----------------------------------------------------------------- retry
def retry_job(job_id: int):
    """Re-run brief + fit for a job (a stored brief is reused). Returns the IntakeResult."""
    with session_scope() as s:
        get_or_404(s, Job, job_id, what="job", field="job_id")
    try:
        return process(job_id)
    except LLMFailure as exc:
        raise failure_with_ids(exc, job_id=job_id) from None


def _requested_by(draft_id: int) -> int | None:
    with session_scope() as s:
        draft = s.get(Draft, draft_id)
        return draft.created_by if draft is not None else None


def retry_draft(draft_id: int, *, user=None) -> Draft:
    """Re-run a needs_attention proposal draft: brief/fit if missing, then the draft itself."""
    job_id, line, instructions = ai_versions.retry_target(draft_id)
    ws = current_workspace()
    try:
        result = process(job_id, ws=ws)
        outcome = draft_proposal(result.brief, result.fit, ws, service_line=line, instructions=instructions,
                                 job_id=job_id, draft_id=draft_id, signed_by=signature_of(_requested_by(draft_id)))
    except LLMFailure as exc:
        ai_versions.note_attention_reason(draft_id, reason_for(exc))
        raise failure_with_ids(exc, job_id=job_id, draft_id=draft_id) from None
    return ai_versions.fill_draft(draft_id, outcome, tier=result.fit.tier, assessment_id=result.assessment_id)


def retry(item_id: int, *, job: bool = False, user=None):
    """``draftroom retry ID`` / the API: a draft by default, a job with ``job=True``."""
    return retry_job(item_id) if job else retry_draft(item_id, user=user)


def attention_summary() -> dict:
    """Counts of what waits for a retry (for the CLI and the metrics page)."""
    with session_scope() as s:
        jobs = s.exec(select(Job.id).where(Job.status == "needs_attention")).all()
        drafts = s.exec(select(Draft.id).where(Draft.status == "needs_attention")).all()
        return {"jobs": list(jobs), "drafts": list(drafts)}
