"""AI-produced versions of a draft: regenerate (a new AI version, requeued) and the ``drafting``
placeholders the background worker fills. Same row lock and state machine as ``review``."""
from __future__ import annotations

from sqlmodel import Session

from . import audit
from .auth import Principal
from .drafts import content_hash
from .errors import InvalidInput
from .models import Draft, DraftVersion, utcnow
from .review import (DraftView, _clear_lock, _load, _lock_conflict, _lock_row, _next_number, _touch, _view,
                     check_transition)
from .db import session_scope


def regenerate(draft_id: int, actor: Principal, instructions: str | None = None) -> DraftView:
    """Draft a job again (its brief and fit are reused) as a new AI version; requeues a rejected or
    failed draft. Runs the AI step outside any lock."""
    actor.require("review")
    if instructions is not None and len(instructions) > 2000:
        raise InvalidInput("instructions must be at most 2,000 characters", field="instructions")
    with session_scope() as s:
        draft = _load(s, draft_id)
        check_transition(draft.status, "pending_review")
        conflict = _lock_conflict(s, draft, actor)
        if conflict:
            raise conflict
        if draft.kind != "proposal" or draft.job_id is None:
            raise InvalidInput("only proposals for a job can be regenerated here", field="kind",
                               fix="draft contract messages again from the contract")
        job_id, line = draft.job_id, draft.service_line
    from .jobs import process
    from .pipeline.draft import draft_proposal
    from .workspace import current_workspace

    ws = current_workspace()
    result = process(job_id, ws=ws)
    outcome = draft_proposal(result.brief, result.fit, ws, service_line=line, instructions=instructions, job_id=job_id)
    with session_scope() as s:
        draft = _lock_row(s, draft_id)
        check_transition(draft.status, "pending_review")
        conflict = _lock_conflict(s, draft, actor)
        if conflict:
            raise conflict
        _apply_outcome(s, draft, outcome, note="regenerated" + (f": {instructions}" if instructions else ""),
                       author_id=actor.user_id)
        draft.instructions = instructions
        draft.reject_reason = draft.reject_note = draft.attention_reason = None
        _touch(s, draft)
        audit.log(s, actor, "regenerate", "draft", draft_id, version=draft.version, instructions=instructions)
        return _view(s, draft)


def _apply_outcome(s: Session, draft: Draft, outcome, *, note: str | None = None, author_id: int | None = None) -> None:
    lint = outcome.lint.model_dump(mode="json")
    number = _next_number(s, draft.id)
    s.add(DraftVersion(draft_id=draft.id, number=number, author_id=author_id, source="ai", text=outcome.text,
                       content_hash=content_hash(outcome.text), lint=lint, note=note))
    draft.version = number
    draft.status = "pending_review"
    draft.template_id, draft.template_hash, draft.model = outcome.template_id, outcome.template_hash, outcome.model
    draft.parts, draft.lint = outcome.parts, lint
    draft.service_line = outcome.service_line or draft.service_line
    _clear_lock(draft)


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


def fill_placeholder(draft_id: int, outcome, *, tier: str | None, assessment_id: int | None) -> bool:
    """Store the AI original in a ``drafting`` row. False when another worker already did."""
    from .schemas import TIER_RANK

    with session_scope() as s:
        draft = _lock_row(s, draft_id)
        if draft.status != "drafting":
            return False
        _apply_outcome(s, draft, outcome, note="drafted in the background")
        draft.tier, draft.tier_rank, draft.assessment_id = tier, TIER_RANK.get(tier, 3), assessment_id
        _touch(s, draft)
        audit.log(s, None, "drafted", "draft", draft_id, version=draft.version)
        return True


def mark_attention(draft_id: int, reason: str) -> None:
    with session_scope() as s:
        draft = _lock_row(s, draft_id)
        if draft.status == "needs_attention":
            return
        check_transition(draft.status, "needs_attention")
        draft.status = "needs_attention"
        draft.attention_reason = reason[:2000]
        _touch(s, draft)
        audit.log(s, None, "needs_attention", "draft", draft_id, reason=reason[:500])
