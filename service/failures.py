"""Failure semantics: an AI step that fails after its retry budget never loses work.

* A job whose brief or fit failed is kept (raw text untouched) with ``status='needs_attention'`` and
  the reason (task, error code, attempts).
* A proposal that could not be produced at all is kept as a Draft row in ``needs_attention`` with
  ``version=0`` and no DraftVersion; one such row per job at most (a second failure updates it, a
  later success fills it instead of creating another draft).
* ``retry(id)`` re-runs the failed step: a draft gets its AI original as a new version and goes to
  ``pending_review``; a job gets its brief and fit and goes to ``extracted``.

Draft state changes are checked with ``review.check_transition`` (the one state machine)."""
from __future__ import annotations

from sqlmodel import Session, select

from .db import session_scope
from .errors import Conflict, InvalidInput, LLMFailure, NotFound
from .models import Draft, DraftVersion, Job, utcnow

REASON_LIMIT = 2000


def reason_for(exc: BaseException) -> str:
    """One line a reviewer can act on: which step, which error, how many attempts."""
    extra = getattr(exc, "extra", {}) or {}
    task, code, attempts = extra.get("task"), extra.get("error_code"), extra.get("attempts")
    head = f"{task} failed" if task else "AI step failed"
    if code:
        head += f": {code}"
    if attempts:
        head += f" after {attempts} model request(s)"
    msg = getattr(exc, "message", None) or str(exc)
    return f"{head} — {msg}"[:REASON_LIMIT]


def mark_job_attention(job_id: int, exc: BaseException) -> str:
    reason = reason_for(exc)
    with session_scope() as s:
        job = s.get(Job, job_id)
        if job is not None:
            job.status = "needs_attention"
            job.attention_reason = reason
            s.add(job)
    return reason


def pending_failed_draft(session: Session, job_id: int) -> Draft | None:
    """The job's draft that was never produced (version 0, needs_attention), if any."""
    return session.exec(select(Draft).where(Draft.job_id == job_id, Draft.kind == "proposal",
                                            Draft.status == "needs_attention", Draft.version == 0)
                        .order_by(Draft.id)).first()


def record_failed_draft(job_id: int, exc: BaseException, *, user=None, service_line: str | None = None,
                        instructions: str | None = None, tier: str | None = None,
                        assessment_id: int | None = None, intake_at=None) -> Draft:
    """Keep the request for a draft that could not be produced (reusing the job's earlier one)."""
    from .schemas import TIER_RANK

    reason = reason_for(exc)
    with session_scope() as s:
        draft = pending_failed_draft(s, job_id)
        if draft is None:
            draft = Draft(created_by=getattr(user, "user_id", None), job_id=job_id, kind="proposal",
                          status="needs_attention", version=0, intake_at=intake_at or utcnow())
        draft.attention_reason = reason
        draft.service_line = service_line or draft.service_line
        draft.instructions = instructions if instructions is not None else draft.instructions
        if tier is not None:
            draft.tier, draft.tier_rank = tier, TIER_RANK.get(tier, 3)
        draft.assessment_id = assessment_id or draft.assessment_id
        draft.updated_at = utcnow()
        s.add(draft)
        s.flush()
        return draft


def fill_draft(draft_id: int, outcome, *, tier: str | None, assessment_id: int | None,
               note: str = "drafted on retry") -> Draft:
    """Store a produced outcome in a needs_attention draft as a new AI version → pending_review."""
    from .drafts import content_hash
    from .review import check_transition
    from .schemas import TIER_RANK

    with session_scope() as s:
        draft = s.get(Draft, draft_id)
        if draft is None:
            raise NotFound(f"draft {draft_id} does not exist", field="draft_id")
        if draft.status != "needs_attention":
            raise Conflict(f"draft {draft_id} is already '{draft.status}' (another retry finished first)",
                           field="status")
        check_transition(draft.status, "pending_review")
        lint = outcome.lint.model_dump(mode="json")
        numbers = s.exec(select(DraftVersion.number).where(DraftVersion.draft_id == draft_id)).all()
        number = max(numbers, default=0) + 1
        s.add(DraftVersion(draft_id=draft_id, number=number, source="ai", text=outcome.text,
                           content_hash=content_hash(outcome.text), lint=lint, note=note))
        draft.version, draft.status, draft.attention_reason = number, "pending_review", None
        draft.template_id, draft.template_hash, draft.model = outcome.template_id, outcome.template_hash, outcome.model
        draft.parts, draft.lint = outcome.parts, lint
        draft.kind = outcome.kind
        draft.service_line = outcome.service_line or draft.service_line
        draft.tier, draft.tier_rank = tier, TIER_RANK.get(tier, 3)
        draft.assessment_id = assessment_id
        draft.updated_at = utcnow()
        s.add(draft)
        s.flush()
        return draft


def failure_with_ids(exc: LLMFailure, *, job_id: int | None = None, draft_id: int | None = None) -> LLMFailure:
    """The same failure, naming what was kept and how to re-run it."""
    kept = []
    if job_id is not None:
        kept.append(f"job #{job_id}")
    if draft_id is not None:
        kept.append(f"draft #{draft_id}")
    target = f"draftroom retry {draft_id}" if draft_id is not None else f"draftroom retry {job_id} --job"
    extra = {k: v for k, v in (exc.extra or {}).items() if k not in ("job_id", "draft_id")}
    return LLMFailure(f"{exc.message}; kept {' and '.join(kept) or 'the input'} in needs_attention",
                      fix=f"run `{target}` when the model is reachable", job_id=job_id, draft_id=draft_id, **extra)


# ----------------------------------------------------------------- retry
def retry_job(job_id: int):
    """Re-run brief + fit for a job (a stored brief is reused). Returns the IntakeResult."""
    from .jobs import process

    with session_scope() as s:
        job = s.get(Job, job_id)
        if job is None:
            raise NotFound(f"job {job_id} does not exist", field="job_id")
    try:
        return process(job_id)
    except LLMFailure as exc:
        raise failure_with_ids(exc, job_id=job_id) from None


def retry_draft(draft_id: int, *, user=None) -> Draft:
    """Re-run a needs_attention proposal draft: brief/fit if missing, then the draft itself."""
    from .jobs import process
    from .pipeline.draft import draft_proposal
    from .workspace import current_workspace

    with session_scope() as s:
        draft = s.get(Draft, draft_id)
        if draft is None:
            raise NotFound(f"draft {draft_id} does not exist", field="draft_id")
        if draft.status != "needs_attention":
            raise Conflict(f"draft {draft_id} is '{draft.status}', not needs_attention: nothing to retry",
                           field="status", fix="regenerate it from the review page instead")
        if draft.kind != "proposal" or draft.job_id is None:
            raise InvalidInput(f"draft {draft_id} is a {draft.kind} message; retry drafts it from its contract",
                               field="kind", fix="draft the message again from the contract")
        job_id, line, instructions = draft.job_id, draft.service_line, draft.instructions
    ws = current_workspace()
    try:
        result = process(job_id, ws=ws)
        outcome = draft_proposal(result.brief, result.fit, ws, service_line=line, instructions=instructions,
                                 job_id=job_id, draft_id=draft_id)
    except LLMFailure as exc:
        with session_scope() as s:
            draft = s.get(Draft, draft_id)
            draft.attention_reason = reason_for(exc)
            draft.updated_at = utcnow()
            s.add(draft)
        raise failure_with_ids(exc, job_id=job_id, draft_id=draft_id) from None
    return fill_draft(draft_id, outcome, tier=result.fit.tier, assessment_id=result.assessment_id)


def retry(item_id: int, *, job: bool = False, user=None):
    """``draftroom retry ID`` / the API: a draft by default, a job with ``job=True``."""
    return retry_job(item_id) if job else retry_draft(item_id, user=user)


def attention_summary() -> dict:
    """Counts of what waits for a retry (for the CLI and the metrics page)."""
    with session_scope() as s:
        jobs = s.exec(select(Job.id).where(Job.status == "needs_attention")).all()
        drafts = s.exec(select(Draft.id).where(Draft.status == "needs_attention")).all()
        return {"jobs": list(jobs), "drafts": list(drafts)}
