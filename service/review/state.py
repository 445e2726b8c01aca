"""Draft states and the helpers every transition uses: the transition table, the row lock, versions.

States (product.md): ``pending_review → in_review → approved | rejected``, ``approved → exported``;
failures go to ``needs_attention``; ``drafting`` is a placeholder queued for background drafting.

Concurrency: each write starts with a row lock (``UPDATE … SET updated_at = updated_at``; a row lock on
PostgreSQL, the write lock on SQLite) and then checks the ``version`` the caller edited."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import func
from sqlalchemy import text as sql
from sqlmodel import Session, select

from service.accounts.auth import Principal
from service.core.config import get_settings
from service.core.db import get_or_404
from service.core.errors import Conflict, IllegalTransition, InvalidInput
from service.core.models import Draft, DraftVersion, User, utcnow
from service.review.queue import aware, lock_holder


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


TRANSITIONS: dict[str, set[str]] = {
    "drafting": {"pending_review", "needs_attention"},
    "pending_review": {"in_review", "approved", "rejected", "needs_attention", "pending_review"},
    "in_review": {"pending_review", "approved", "rejected", "needs_attention"},
    "approved": {"exported", "in_review"},  # an edit after approval voids it
    "rejected": {"pending_review"},  # regenerate requeues it
    "exported": set(),
    "needs_attention": {"pending_review"},
}
REJECT_REASONS: dict[str, str] = {
    "off_target": "misses what the client asked for", "wrong_facts": "wrong facts or unsupported claims",
    "tone": "wrong tone or voice", "length": "too long or too short", "bad_fit": "we should not bid on this job",
    "duplicate": "duplicate of another draft or job", "other": "other (explain in the note)",
}
MAX_TEXT = 50_000


# What each action is called in a refusal ("a draft cannot be rejected while ..."), and how each state reads.
ACTIONS: dict[str, str] = {"approve": "approved", "reject": "rejected", "edit": "edited", "claim": "claimed",
                           "release": "released to the queue", "regenerate": "regenerated",
                           "requeue": "requeued", "export": "exported", "flag": "marked as needing attention"}
DEFAULT_ACTION = {"approved": "approve", "rejected": "reject", "in_review": "edit", "pending_review": "requeue",
                  "exported": "export", "needs_attention": "flag"}
STATE_PHRASES: dict[str, str] = {
    "drafting": "drafting (its AI text is not written yet)",
    "pending_review": "pending review (claim it first)",
    "in_review": "in review",
    "approved": "approved (edit it to reopen the review)",
    "rejected": "rejected (regenerate it to put it back in the queue)",
    "exported": "exported (an exported draft is final)",
    "needs_attention": "it needs attention (retry or regenerate it first)",
}


STATUSES_IN_ORDER = tuple(STATE_PHRASES)


def refusal(current: str, action: str) -> str:
    """'a draft cannot be rejected while drafting (...)': names the action asked for and the state it is in."""
    phrase = STATE_PHRASES.get(current, f"'{current}'")
    return f"a draft cannot be {ACTIONS.get(action, action)} while {phrase}"


def check_transition(current: str, target: str, action: str | None = None) -> None:
    """Refuse a move the table does not allow, in words that name ``action`` (default: the one that
    leads to ``target``) and the current state, never another target."""
    allowed = TRANSITIONS.get(current, set())
    if target not in allowed:
        action = action or DEFAULT_ACTION.get(target, target)
        raise IllegalTransition(refusal(current, action), field="status", allowed=sorted(allowed), current=current,
                                action=action,
                                fix="allowed from here: " + (", ".join(sorted(allowed)) or "nothing (final state)"))


@dataclass
class DraftView:
    draft: Draft
    text: str
    original_text: str


# ----------------------------------------------------------------- helpers
def load(session: Session, draft_id: int) -> Draft:
    draft = get_or_404(session, Draft, draft_id, what="draft", field="draft_id")
    return draft


def lock_row(session: Session, draft_id: int) -> Draft:
    """Serialise writers on one draft. Must be the first statement of the transaction."""
    session.connection().execute(sql("UPDATE drafts SET updated_at = updated_at WHERE id = :id"), {"id": draft_id})
    return load(session, draft_id)


def version_row(session: Session, draft_id: int, number: int) -> DraftVersion | None:
    return session.exec(select(DraftVersion).where(DraftVersion.draft_id == draft_id,
                                                   DraftVersion.number == number)).first()


def ai_original(session: Session, draft: Draft) -> DraftVersion | None:
    """The AI text the current version descends from (the latest AI version at or before it)."""
    return session.exec(select(DraftVersion).where(DraftVersion.draft_id == draft.id, DraftVersion.source == "ai",
                                                   DraftVersion.number <= max(draft.version, 1))
                        .order_by(DraftVersion.number.desc())).first()


def view(session: Session, draft: Draft) -> DraftView:
    current = version_row(session, draft.id, draft.version) if draft.version else None
    original = ai_original(session, draft)
    return DraftView(draft, current.text if current else "", original.text if original else "")


def next_number(session: Session, draft_id: int) -> int:
    return (session.exec(select(func.max(DraftVersion.number)).where(DraftVersion.draft_id == draft_id)).one() or 0) + 1


def user_name(session: Session, user_id: int | None) -> str | None:
    user = session.get(User, user_id) if user_id else None
    return user.name if user else None


def require_version(draft: Draft, version: int | None) -> None:
    if version is None or isinstance(version, bool) or not isinstance(version, int):
        raise InvalidInput("every write must name the version it edits", field="version",
                           fix=f"send \"version\": {draft.version} (from GET /v1/drafts/{draft.id})")


def lock_conflict(session: Session, draft: Draft, actor: Principal) -> Conflict | None:
    holder = lock_holder(draft)
    if holder is not None and holder != actor.user_id:
        return Conflict(f"draft {draft.id} is claimed by {user_name(session, holder) or f'user {holder}'} until "
                        f"{aware(draft.lock_expires_at).isoformat(timespec='seconds')}", field="claimed_by",
                        fix="wait for the lock to expire or ask them to release it", claimed_by=holder,
                        lock_expires_at=aware(draft.lock_expires_at).isoformat())
    return None


def set_lock(draft: Draft, actor: Principal, minutes: int | None = None) -> None:
    draft.claimed_by = actor.user_id
    draft.lock_expires_at = utcnow() + timedelta(minutes=minutes or get_settings().lock_minutes)


def clear_lock(draft: Draft) -> None:
    draft.claimed_by = None
    draft.lock_expires_at = None


def touch(session: Session, draft: Draft) -> None:
    draft.updated_at = utcnow()
    session.add(draft)
    session.flush()
