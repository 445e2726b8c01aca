"""AI-produced versions of a draft: the first queued draft, the ``drafting`` placeholders the worker
fills, needs_attention rows for drafts that could not be produced, and new AI versions (regenerate,
retry). Every write here takes the draft's row lock and goes through ``check_transition``; one function,
``apply_ai_version``, stores an AI text as the current version."""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import and_, or_, update
from sqlmodel import Session, select

from service.accounts import audit
from service.accounts.auth import Principal
from service.core.db import session_scope
from service.core.errors import Conflict, InvalidInput
from service.core.models import Draft, DraftVersion, utcnow
from service.core.schemas import TIER_RANK
from service.review.queue import aware
from service.review.state import (
    DraftView,
    check_transition,
    clear_lock,
    content_hash,
    load,
    lock_conflict,
    lock_row,
    next_number,
    touch,
    view,
)

REASON_LIMIT = 2000
# A worker drafting a ``drafting`` row holds a lease and extends it every LEASE_BEAT while it works; a lease
# in the past means the worker died mid-draft. A row no worker ever started is given QUEUE_WAIT.
DRAFTING_LEASE = timedelta(minutes=5)
LEASE_BEAT = timedelta(seconds=30)
QUEUE_WAIT = timedelta(minutes=60)


def store_draft(outcome, *, job_id: int | None = None, contract_id: int | None = None,
                assessment_id: int | None = None, user=None, tier: str | None = None,
                intake_at: datetime | None = None) -> Draft:
    """Queue a new draft in ``pending_review`` with version 1 = the AI original (kept forever)."""
    user_id = getattr(user, "user_id", None) if user is not None else None
    draft = Draft(created_by=user_id, job_id=job_id, contract_id=contract_id, assessment_id=assessment_id,
                  kind=outcome.kind, status="pending_review", tier=tier, tier_rank=TIER_RANK.get(tier, 3),
                  service_line=outcome.service_line, intake_at=intake_at or utcnow(), version=1,
                  template_id=outcome.template_id, template_hash=outcome.template_hash, model=outcome.model,
                  parts=outcome.parts, lint=outcome.lint.model_dump(mode="json"))
    with session_scope() as s:
        s.add(draft)
        s.flush()
        s.add(DraftVersion(draft_id=draft.id, number=1, source="ai", text=outcome.text,
                           content_hash=content_hash(outcome.text), lint=draft.lint))
        s.flush()
        return draft


def apply_ai_version(s: Session, draft: Draft, outcome, *, note: str | None = None,
                     author_id: int | None = None) -> None:
    """Store ``outcome`` as a new AI version and requeue the draft. The caller holds the row lock
    (``lock_row``) and has checked the transition; this is the only code that writes an AI version
    onto an existing draft."""
    check_transition(draft.status, "pending_review")
    lint = outcome.lint.model_dump(mode="json")
    number = next_number(s, draft.id)
    s.add(DraftVersion(draft_id=draft.id, number=number, author_id=author_id, source="ai", text=outcome.text,
                       content_hash=content_hash(outcome.text), lint=lint, note=note))
    draft.version = number
    draft.status = "pending_review"
    draft.kind = outcome.kind
    draft.template_id, draft.template_hash, draft.model = outcome.template_id, outcome.template_hash, outcome.model
    draft.parts, draft.lint = outcome.parts, lint
    draft.service_line = outcome.service_line or draft.service_line
    clear_lock(draft)


def _set_tier(draft: Draft, tier: str | None, assessment_id: int | None) -> None:
    draft.tier, draft.tier_rank, draft.assessment_id = tier, TIER_RANK.get(tier, 3), assessment_id


# ----------------------------------------------------------------- regenerate
def check_regenerable(draft_id: int, actor: Principal) -> tuple[int, str | None]:
    """May ``actor`` regenerate this draft? Returns (job id, service line) for the drafting step."""
    actor.require("review")
    with session_scope() as s:
        draft = load(s, draft_id)
        check_transition(draft.status, "pending_review", "regenerate")
        conflict = lock_conflict(s, draft, actor)
        if conflict:
            raise conflict
        if draft.kind != "proposal" or draft.job_id is None:
            raise InvalidInput("only proposals for a job can be regenerated here", field="kind",
                               fix="draft contract messages again from the contract")
        return draft.job_id, draft.service_line


def apply_regenerated(draft_id: int, outcome, actor: Principal, instructions: str | None) -> DraftView:
    """Store a regenerated AI version (the AI step ran outside any lock; the checks run again here)."""
    with session_scope() as s:
        draft = lock_row(s, draft_id)
        check_transition(draft.status, "pending_review", "regenerate")
        conflict = lock_conflict(s, draft, actor)
        if conflict:
            raise conflict
        apply_ai_version(s, draft, outcome, note="regenerated" + (f": {instructions}" if instructions else ""),
                         author_id=actor.user_id)
        draft.instructions = instructions
        draft.reject_reason = draft.reject_note = draft.attention_reason = None
        touch(s, draft)
        audit.log(s, actor, "regenerate", "draft", draft_id, version=draft.version, instructions=instructions)
        return view(s, draft)


# ----------------------------------------------------------------- background placeholders
def create_placeholder(job_id: int, *, kind: str = "proposal", service_line: str | None = None,
                       instructions: str | None = None, actor: Principal | None = None, intake_at=None) -> Draft:
    """A ``drafting`` row (version 0, no text) that the background worker fills: the durable record
    that a draft was asked for, so a restart loses nothing."""
    with session_scope() as s:
        draft = Draft(created_by=actor.user_id if actor else None, job_id=job_id, kind=kind, status="drafting",
                      service_line=service_line, instructions=instructions, version=0, intake_at=intake_at or utcnow())
        s.add(draft)
        s.flush()
        audit.log(s, actor, "draft_requested", "draft", draft.id, job_id=job_id, background=True)
        return draft


def start_drafting(draft_id: int) -> bool:
    """A worker takes the ``drafting`` row: True (with a fresh lease) unless it is no longer drafting or
    another live worker holds its lease."""
    with session_scope() as s:
        draft = lock_row(s, draft_id)
        now = utcnow()
        if draft.status != "drafting" or (draft.lease_expires_at is not None and aware(draft.lease_expires_at) > now):
            return False
        draft.lease_expires_at = now + DRAFTING_LEASE
        touch(s, draft)
        return True


def extend_lease(draft_id: int) -> None:
    """The worker is alive: push the lease forward (one short UPDATE, its transaction's first statement)."""
    t = Draft.__table__
    with session_scope() as s:
        s.connection().execute(update(t).where(t.c.id == draft_id, t.c.status == "drafting")
                               .values(lease_expires_at=utcnow() + DRAFTING_LEASE))


def release_lease(draft_id: int) -> None:
    """The worker gives the ``drafting`` row back (its save failed and the task will be retried): the retry may
    take it at once instead of waiting for the lease to run out."""
    t = Draft.__table__
    with session_scope() as s:
        s.connection().execute(update(t).where(t.c.id == draft_id, t.c.status == "drafting")
                               .values(lease_expires_at=None))


def expire_stale_drafting(draft_id: int | None = None) -> list[int]:
    """Move ``drafting`` rows whose worker died (lease over) or that no worker started within QUEUE_WAIT
    to needs_attention with the reason, so a person can retry them. Called on queue and draft reads:
    no worker restart is needed. One cheap read when nothing is stale."""
    now = utcnow()
    t = Draft.__table__
    stale = and_(t.c.status == "drafting", or_(t.c.lease_expires_at < now,
                                               and_(t.c.lease_expires_at.is_(None), t.c.created_at < now - QUEUE_WAIT)))
    with session_scope() as s:
        q = select(Draft.id).where(stale)
        ids = list(s.exec(q.where(Draft.id == draft_id) if draft_id is not None else q.limit(100)))
    moved = []
    for did in ids:
        with session_scope() as s:
            draft = lock_row(s, did)
            if draft.status != "drafting":
                continue
            if draft.lease_expires_at is not None:
                if aware(draft.lease_expires_at) >= now:
                    continue
                reason = (f"drafting stopped: the worker drafting it stopped answering (no heartbeat since "
                          f"{aware(draft.lease_expires_at - DRAFTING_LEASE).isoformat(timespec='seconds')}); retry it")
            else:
                reason = (f"not drafted within {int(QUEUE_WAIT.total_seconds() // 60)} minutes of the request: "
                          "is a worker running ('draftroom worker')? Retry it")
            check_transition(draft.status, "needs_attention")
            draft.status = "needs_attention"
            draft.attention_reason = reason
            draft.lease_expires_at = None
            touch(s, draft)
            audit.log(s, None, "needs_attention", "draft", did, reason=reason)
            moved.append(did)
    return moved


def fill_placeholder(draft_id: int, outcome, *, tier: str | None, assessment_id: int | None,
                     worker: str | None = None) -> bool:
    """Store the AI original in a ``drafting`` row. False when another worker already did. ``worker``
    (host:pid of the task worker) goes into the audit row's detail."""
    with session_scope() as s:
        draft = lock_row(s, draft_id)
        if draft.status != "drafting":
            return False
        draft.lease_expires_at = None
        apply_ai_version(s, draft, outcome, note="drafted in the background")
        _set_tier(draft, tier, assessment_id)
        touch(s, draft)
        audit.log(s, None, "drafted", "draft", draft_id, version=draft.version, worker=worker)
        return True


def mark_attention(draft_id: int, reason: str, *, worker: str | None = None) -> None:
    with session_scope() as s:
        draft = lock_row(s, draft_id)
        if draft.status == "needs_attention":
            return
        check_transition(draft.status, "needs_attention")
        draft.status = "needs_attention"
        draft.attention_reason = reason[:REASON_LIMIT]
        draft.lease_expires_at = None
        touch(s, draft)
        audit.log(s, None, "needs_attention", "draft", draft_id, reason=reason[:500], worker=worker)


# ----------------------------------------------------------------- drafts that could not be produced
def pending_failed_draft(session: Session, job_id: int) -> Draft | None:
    """The job's draft that was never produced (version 0, needs_attention), if any."""
    return session.exec(select(Draft).where(Draft.job_id == job_id, Draft.kind == "proposal",
                                            Draft.status == "needs_attention", Draft.version == 0)
                        .order_by(Draft.id)).first()


def pending_failed_draft_id(job_id: int) -> int | None:
    with session_scope() as s:
        draft = pending_failed_draft(s, job_id)
        return draft.id if draft else None


def record_failed_draft(job_id: int, reason: str, *, user=None, service_line: str | None = None,
                        instructions: str | None = None, tier: str | None = None,
                        assessment_id: int | None = None, intake_at=None) -> Draft:
    """Keep the request for a draft that could not be produced (reusing the job's earlier one)."""
    with session_scope() as s:
        draft = pending_failed_draft(s, job_id)
        if draft is None:
            draft = Draft(created_by=getattr(user, "user_id", None), job_id=job_id, kind="proposal",
                          status="needs_attention", version=0, intake_at=intake_at or utcnow())
        draft.attention_reason = reason[:REASON_LIMIT]
        draft.service_line = service_line or draft.service_line
        draft.instructions = instructions if instructions is not None else draft.instructions
        if tier is not None:
            draft.tier, draft.tier_rank = tier, TIER_RANK.get(tier, 3)
        draft.assessment_id = assessment_id or draft.assessment_id
        draft.updated_at = utcnow()
        s.add(draft)
        s.flush()
        return draft


def note_attention_reason(draft_id: int, reason: str) -> None:
    """A retry failed again: keep the draft in needs_attention with the newest reason."""
    with session_scope() as s:
        draft = lock_row(s, draft_id)
        draft.attention_reason = reason[:REASON_LIMIT]
        touch(s, draft)


def fill_draft(draft_id: int, outcome, *, tier: str | None, assessment_id: int | None,
               note: str = "drafted on retry") -> Draft:
    """Store a produced outcome in a needs_attention draft as a new AI version → pending_review.
    Under the row lock, so ten concurrent retries store exactly one version."""
    with session_scope() as s:
        draft = lock_row(s, draft_id)
        if draft.status != "needs_attention":
            raise Conflict(f"draft {draft_id} is already '{draft.status}' (another retry finished first)",
                           field="status")
        apply_ai_version(s, draft, outcome, note=note)
        draft.attention_reason = None
        _set_tier(draft, tier, assessment_id)
        touch(s, draft)
        return draft


def retry_target(draft_id: int) -> tuple[int, str | None, str | None]:
    """A needs_attention proposal that may be retried: (job id, service line, instructions)."""
    expire_stale_drafting(draft_id)
    with session_scope() as s:
        draft = load(s, draft_id)
        if draft.status != "needs_attention":
            raise Conflict(f"draft {draft_id} is '{draft.status}', not needs_attention: nothing to retry",
                           field="status", fix="regenerate it from the review page instead")
        if draft.kind != "proposal" or draft.job_id is None:
            raise InvalidInput(f"draft {draft_id} is a {draft.kind} message; retry drafts it from its contract",
                               field="kind", fix="draft the message again from the contract")
        return draft.job_id, draft.service_line, draft.instructions
