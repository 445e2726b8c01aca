"""The approval gate: every draft state transition is checked here and nowhere else.

States (product.md): pending_review → in_review → approved | rejected; approved → exported;
failures go to needs_attention. THIN FOUNDATION VERSION: issue 7 adds locks, diffs, reject reasons."""
from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, select

from . import audit
from .auth import Principal
from .db import session_scope
from .drafts import content_hash
from .errors import Conflict, IllegalTransition, InvalidInput, NotFound, StaleVersion
from .models import Draft, DraftVersion, utcnow

TRANSITIONS: dict[str, set[str]] = {
    "pending_review": {"in_review", "approved", "rejected", "needs_attention"},
    "in_review": {"pending_review", "approved", "rejected", "needs_attention"},
    "approved": {"exported", "in_review", "pending_review"},  # an edit after approval voids it
    "rejected": {"pending_review"},
    "exported": set(),
    "needs_attention": {"pending_review"},
}


def check_transition(current: str, target: str) -> None:
    allowed = TRANSITIONS.get(current, set())
    if target not in allowed:
        raise IllegalTransition(f"cannot move a draft from '{current}' to '{target}'", field="status",
                                allowed=sorted(allowed), current=current)


@dataclass
class DraftView:
    draft: Draft
    text: str
    original_text: str


def _load(session: Session, draft_id: int) -> Draft:
    draft = session.get(Draft, draft_id)
    if draft is None:
        raise NotFound(f"draft {draft_id} does not exist", field="draft_id")
    return draft


def _version(session: Session, draft_id: int, number: int) -> DraftVersion:
    return session.exec(select(DraftVersion).where(DraftVersion.draft_id == draft_id,
                                                   DraftVersion.number == number)).one()


def get_draft(draft_id: int) -> DraftView:
    with session_scope() as s:
        draft = _load(s, draft_id)
        return DraftView(draft, _version(s, draft_id, draft.version).text, _version(s, draft_id, 1).text)


def _check_version(draft: Draft, version: int | None, text: str | None = None) -> None:
    if version is None:
        raise InvalidInput("every write must name the version it edits", field="version",
                           fix=f"send \"version\": {draft.version}")
    if version != draft.version:
        raise StaleVersion(f"draft {draft.id} is at version {draft.version}, you edited version {version}",
                           field="version", current_version=draft.version, your_text=text)


def edit(draft_id: int, text: str, version: int | None, actor: Principal) -> DraftView:
    actor.require("review")
    if not isinstance(text, str) or not text.strip():
        raise InvalidInput("draft text is empty", field="text", fix="send the edited draft text")
    with session_scope() as s:
        draft = _load(s, draft_id)
        _check_version(draft, version, text)
        if draft.status in ("exported",):
            check_transition(draft.status, "in_review")
        if draft.status == "approved":
            check_transition("approved", "in_review")
            draft.approved_version = draft.approved_hash = draft.approved_by = draft.approved_at = None
            audit.log(s, actor, "approval_voided", "draft", draft_id, reason="edited after approval")
        draft.version += 1
        draft.status = "in_review" if draft.status in ("pending_review", "approved", "in_review") else draft.status
        draft.updated_at = utcnow()
        s.add(DraftVersion(draft_id=draft_id, number=draft.version, author_id=actor.user_id, source="human",
                           text=text, content_hash=content_hash(text)))
        s.add(draft)
        audit.log(s, actor, "edit", "draft", draft_id, version=draft.version)
        s.flush()
        return DraftView(draft, text, _version(s, draft_id, 1).text)


def approve(draft_id: int, version: int | None, actor: Principal, *, acknowledge_flags: bool = False) -> DraftView:
    actor.require("approve")
    with session_scope() as s:
        draft = _load(s, draft_id)
        _check_version(draft, version)
        check_transition(draft.status, "approved")
        open_flags = [c["id"] for c in (draft.lint or {}).get("checks", []) if not c.get("passed", True)]
        if open_flags and not acknowledge_flags:
            raise Conflict("open lint flags must be acknowledged before approval: " + ", ".join(open_flags),
                           field="acknowledge_flags", fix="review them, then send \"acknowledge_flags\": true",
                           open_flags=open_flags)
        current = _version(s, draft_id, draft.version)
        draft.status = "approved"
        draft.approved_version = draft.version
        draft.approved_hash = current.content_hash
        draft.approved_by = actor.user_id
        draft.approved_at = utcnow()
        draft.flags_acknowledged = bool(open_flags)
        draft.updated_at = utcnow()
        s.add(draft)
        audit.log(s, actor, "approve", "draft", draft_id, version=draft.version, content_hash=current.content_hash)
        s.flush()
        return DraftView(draft, current.text, _version(s, draft_id, 1).text)


def export(draft_id: int, actor: Principal) -> dict:
    actor.require("export")
    with session_scope() as s:
        draft = _load(s, draft_id)
        if draft.status not in ("approved", "exported") or draft.approved_version is None:
            raise Conflict(f"draft {draft_id} is '{draft.status}': only a draft a person approved can be exported",
                           field="status", fix="approve the draft first", status=draft.status)
        approved = _version(s, draft_id, draft.approved_version)
        if approved.content_hash != draft.approved_hash:
            raise Conflict("approved text does not match its approval hash", field="approved_hash")
        if draft.status == "approved":
            draft.status = "exported"
            draft.exported_at = utcnow()
        draft.export_count += 1
        s.add(draft)
        audit.log(s, actor, "export", "draft", draft_id, version=approved.number)
        return {"id": draft.id, "kind": draft.kind, "text": approved.text, "version": approved.number,
                "content_hash": approved.content_hash, "approved_by": draft.approved_by,
                "approved_at": draft.approved_at.isoformat() if draft.approved_at else None,
                "template_id": draft.template_id, "template_hash": draft.template_hash, "model": draft.model,
                "job_id": draft.job_id, "contract_id": draft.contract_id}


def list_queue(*, status: str | None = None, limit: int = 50) -> list[Draft]:
    """Drafts ordered by fit tier, then age since intake (oldest first: speed to lead)."""
    with session_scope() as s:
        q = select(Draft)
        if status:
            q = q.where(Draft.status == status)
        return list(s.exec(q.order_by(Draft.tier_rank, Draft.intake_at, Draft.id).limit(limit)))
