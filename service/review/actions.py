"""The approval gate: every draft state transition is checked here and nowhere else.

States (product.md): ``pending_review → in_review → approved | rejected``, ``approved → exported``;
failures go to ``needs_attention``; ``drafting`` is a placeholder queued for background drafting.

Concurrency: each write starts with a row lock (``UPDATE … SET updated_at = updated_at``; a row lock on
PostgreSQL, the write lock on SQLite) and then checks the ``version`` the caller edited. A stale or
locked-out edit is stored as a ``stale`` version (never current) and reported as 409 with its text:
nothing a person wrote is lost. Version numbers only grow; ``draft.version`` names the current text."""
from __future__ import annotations

from sqlmodel import Session, select

from service.accounts import audit
from service.accounts.auth import Principal
from service.core.db import session_scope
from service.core.errors import (
    Conflict,
    IllegalTransition,
    InvalidInput,
    NotFound,
    StaleVersion,
)
from service.core.models import Draft, DraftVersion, utcnow
from service.review.ai_versions import expire_stale_drafting
from service.review.lint import open_flags, relint, version_lint
from service.review.queue import QueuePage, aware, claim_expired, lock_holder  # noqa: F401  (public API)
from service.review.queue import list_queue as _list_queue
from service.review.state import (  # noqa: F401
    MAX_TEXT,
    REJECT_REASONS,
    TRANSITIONS,
    DraftView,
    ai_original,
    check_transition,
    clear_lock,
    content_hash,
    load,
    lock_conflict,
    lock_row,
    next_number,
    refusal,
    require_version,
    set_lock,
    touch,
    user_name,
    version_row,
    view,
)
from service.text.diff import diff_summary, edit_distance


# ----------------------------------------------------------------- reads
def get_draft(draft_id: int) -> DraftView:
    expire_stale_drafting(draft_id)
    with session_scope() as s:
        return view(s, load(s, draft_id))


def list_queue(**filters) -> QueuePage:
    """The review queue (``review.queue.list_queue``), after moving drafts whose worker died out of
    ``drafting`` (so they show up as needs_attention instead of hiding forever)."""
    expire_stale_drafting()
    return _list_queue(**filters)


def claim_next(actor: Principal, minutes: int | None = None, **filters) -> DraftView | None:
    """"Next item": claim the first draft the queue orders next that ``actor`` may claim now (pending
    review, or in review whose claim expired), skipping ones claimed meanwhile. None when nothing waits.
    ``filters`` are those of ``list_queue`` (tier, service_line, kind, ...); status is ignored."""
    actor.require("review")
    filters = {k: v for k, v in filters.items() if k not in ("status", "cursor", "limit", "claimable")}
    cursor = None
    for _ in range(5):  # five pages of 20: others may be claiming the same drafts right now
        page = _list_queue(**filters, claimable=True, cursor=cursor, limit=20)
        for draft in page.items:
            try:
                return claim(draft.id, actor, minutes)
            except (Conflict, IllegalTransition):  # someone claimed or moved it meanwhile: try the next
                continue
        if not page.next_cursor:
            return None
        cursor = page.next_cursor
    return None


def approval_voided(draft_id: int, approved_version, approved_hash) -> Conflict | None:
    """None while the approval of ``approved_version`` with ``approved_hash`` still stands; else a
    Conflict saying it was voided (for a replayed approve: it must not answer "approved" again)."""
    with session_scope() as s:
        draft = s.get(Draft, draft_id)
        if draft is None or (draft.approved_version == approved_version and draft.approved_hash == approved_hash
                             and draft.status in ("approved", "exported")):
            return None
        return Conflict(f"draft {draft_id}: the approval this Idempotency-Key gave (version {approved_version}) was "
                        f"voided since; the draft is now '{draft.status}' at version {draft.version}",
                        field="Idempotency-Key", current_version=draft.version, status=draft.status,
                        fix="review the current text, claim it and approve it with a new Idempotency-Key")


def versions(draft_id: int) -> list[dict]:
    """Every version, oldest first: AI originals, human edits, regenerations and kept stale edits."""
    with session_scope() as s:
        draft = load(s, draft_id)
        rows = s.exec(select(DraftVersion).where(DraftVersion.draft_id == draft_id).order_by(DraftVersion.number))
        names: dict[int, str | None] = {}
        out = []
        for v in rows:
            if v.author_id and v.author_id not in names:
                names[v.author_id] = user_name(s, v.author_id)
            out.append({"number": v.number, "source": v.source, "current": v.number == draft.version,
                        "approved": v.number == draft.approved_version, "author_id": v.author_id,
                        "author": names.get(v.author_id), "created_at": aware(v.created_at).isoformat(),
                        "content_hash": v.content_hash, "words": len(v.text.split()), "note": v.note,
                        "text": v.text, "lint": v.lint})
        return out


def diff(draft_id: int, against: int | None = None) -> dict:
    """Word-level diff from version ``against`` (default: the AI original) to the current text."""
    with session_scope() as s:
        draft = load(s, draft_id)
        base = version_row(s, draft_id, against) if against is not None else ai_original(s, draft)
        if base is None:
            raise NotFound(f"draft {draft_id} has no version {against}" if against is not None
                           else f"draft {draft_id} has no AI text yet", field="against")
        current = version_row(s, draft_id, draft.version) if draft.version else None
        body = diff_summary(base.text, current.text if current else "")
        return {"draft_id": draft_id, "from_version": base.number, "to_version": draft.version, **body}


# ----------------------------------------------------------------- lock
def claim(draft_id: int, actor: Principal, minutes: int | None = None) -> DraftView:
    actor.require("review")
    if minutes is not None and not 1 <= minutes <= 24 * 60:
        raise InvalidInput("lock minutes must be 1-1440", field="minutes")
    with session_scope() as s:
        draft = lock_row(s, draft_id)
        if draft.status not in ("pending_review", "in_review"):
            raise IllegalTransition(refusal(draft.status, "claim"), field="status", action="claim",
                                    allowed=sorted(TRANSITIONS[draft.status]), current=draft.status,
                                    fix="only a draft pending review or in review (also with an expired claim) "
                                        "can be claimed")
        conflict = lock_conflict(s, draft, actor)
        if conflict:
            raise conflict
        previous = draft.claimed_by
        draft.status = "in_review"
        set_lock(draft, actor, minutes)
        touch(s, draft)
        audit.log(s, actor, "claim", "draft", draft_id, until=draft.lock_expires_at.isoformat(),
                  taken_over_from=previous if previous not in (None, actor.user_id) else None)
        return view(s, draft)


def release(draft_id: int, actor: Principal) -> DraftView:
    """Give the draft back to the queue (requeue). The holder, or an owner/manager, may release."""
    actor.require("review")
    with session_scope() as s:
        draft = lock_row(s, draft_id)
        if draft.status == "pending_review" and draft.claimed_by is None:
            return view(s, draft)
        check_transition(draft.status, "pending_review", "release")
        holder = lock_holder(draft)
        if holder not in (None, actor.user_id) and not actor.can("manage_users"):
            raise lock_conflict(s, draft, actor)
        draft.status = "pending_review"
        clear_lock(draft)
        touch(s, draft)
        audit.log(s, actor, "release", "draft", draft_id, holder=holder)
        return view(s, draft)


# ----------------------------------------------------------------- writes
def edit(draft_id: int, text: str, version: int | None, actor: Principal) -> DraftView:
    actor.require("review")
    if not isinstance(text, str) or not text.strip():
        raise InvalidInput("draft text is empty", field="text", fix="send the edited draft text")
    if len(text) > MAX_TEXT:
        raise InvalidInput(f"draft text is {len(text):,} characters; the limit is {MAX_TEXT:,}", field="text")
    refused: Conflict | None = None
    with session_scope() as s:
        draft = lock_row(s, draft_id)
        require_version(draft, version)
        if draft.status not in ("pending_review", "in_review", "approved"):
            try:
                check_transition(draft.status, "in_review", "edit")
            except IllegalTransition as exc:
                refused = exc
        refused = refused or lock_conflict(s, draft, actor)
        if refused is None and version != draft.version:
            refused = StaleVersion(f"draft {draft_id} is at version {draft.version}; you edited version {version}",
                                   field="version", current_version=draft.version,
                                   fix="reload the draft, merge your text (kept as version below) and send it again")
        if refused is not None:  # keep the person's text, never make it current
            number = next_number(s, draft_id)
            s.add(DraftVersion(draft_id=draft_id, number=number, author_id=actor.user_id, source="stale", text=text,
                               content_hash=content_hash(text), note=f"not applied: {refused.code} (edited v{version})"))
            audit.log(s, actor, "edit_refused", "draft", draft_id, kept_version=number, edited_version=version,
                      reason=refused.code)
            refused.extra.update(kept_version=number, your_text=text)
        else:
            current = version_row(s, draft_id, draft.version) if draft.version else None
            if current is not None and current.text == text:
                return view(s, draft)
            if draft.status == "approved":
                audit.log(s, actor, "approval_voided", "draft", draft_id, approved_version=draft.approved_version,
                          reason="edited after approval")
                draft.approved_version = draft.approved_hash = draft.approved_by = draft.approved_at = None
                draft.edit_distance = None
                draft.flags_acknowledged = False
            number = next_number(s, draft_id)
            lint = relint(s, draft, text)
            s.add(DraftVersion(draft_id=draft_id, number=number, author_id=actor.user_id, source="human", text=text,
                               content_hash=content_hash(text), lint=lint))
            if lint is not None:  # drafts.lint is always the lint of the current version (what every view shows)
                draft.lint = lint
            draft.version = number
            draft.status = "in_review"
            set_lock(draft, actor)
            touch(s, draft)
            audit.log(s, actor, "edit", "draft", draft_id, version=number, edited_version=version)
            return view(s, draft)
    raise refused


def _approvable(s: Session, draft: Draft, version: int | None, actor: Principal,
                target: str = "approved", action: str = "approve") -> None:
    require_version(draft, version)
    check_transition(draft.status, target, action)
    conflict = lock_conflict(s, draft, actor)
    if conflict:
        raise conflict
    if version != draft.version:
        raise StaleVersion(f"draft {draft.id} is at version {draft.version}; you reviewed version {version}",
                           field="version", current_version=draft.version, fix="reload the draft and review the "
                           "current text before approving it")


class ClaimRequired(Conflict):
    code = "claim_required"


def approve(draft_id: int, version: int | None, actor: Principal, *, acknowledge_flags: bool = False) -> DraftView:
    """Approve ``version``: the approver must hold the claim on the draft (claim, read, then approve),
    so nobody approves a text they never opened, and the version must be the current one."""
    actor.require("approve")
    with session_scope() as s:
        draft = lock_row(s, draft_id)
        _approvable(s, draft, version, actor)
        if lock_holder(draft) != actor.user_id:
            expired = draft.claimed_by == actor.user_id
            raise ClaimRequired(
                f"draft {draft_id}: " + ("your claim has expired" if expired else "you have not claimed it") +
                "; approving needs your claim on the version you read", field="claimed_by",
                fix=f"claim it (POST /v1/drafts/{draft_id}/claim or 'draftroom claim {draft_id}'), read version "
                    f"{draft.version}, then approve it", current_version=draft.version)
        current = version_row(s, draft_id, draft.version)
        flags = open_flags(version_lint(current, draft))
        if flags and acknowledge_flags is not True:
            raise Conflict("open lint flags must be acknowledged before approval: " + ", ".join(flags),
                           field="acknowledge_flags",
                           fix="review them, then approve with --acknowledge-flags (CLI), \"acknowledge_flags\": true "
                               "(API) or the acknowledgement box (UI)",
                           open_flags=flags)
        original = ai_original(s, draft)
        draft.status = "approved"
        draft.approved_version = draft.version
        draft.approved_hash = current.content_hash
        draft.approved_by = actor.user_id
        draft.approved_at = utcnow()
        draft.edit_distance = edit_distance(original.text if original else "", current.text)
        draft.flags_acknowledged = bool(flags)
        clear_lock(draft)
        touch(s, draft)
        audit.log(s, actor, "approve", "draft", draft_id, version=draft.version, content_hash=current.content_hash,
                  edit_distance=draft.edit_distance, acknowledged_flags=flags or None)
        return DraftView(draft, current.text, original.text if original else "")


def _check_reason(reason: str, note: str) -> None:
    if reason not in REJECT_REASONS:
        raise InvalidInput(f"unknown reject reason '{reason}'", field="reason",
                           fix="use one of: " + ", ".join(REJECT_REASONS))
    if not isinstance(note, str) or len(note) > 2000:
        raise InvalidInput("note must be text of at most 2,000 characters", field="note")
    if reason == "other" and not note.strip():
        raise InvalidInput("reason 'other' needs a note saying why", field="note", fix="add a short note")


def _reject_one(s: Session, draft: Draft, actor: Principal, reason: str, note: str) -> None:
    check_transition(draft.status, "rejected", "reject")
    draft.status = "rejected"
    draft.reject_reason = reason
    draft.reject_note = note.strip() or None
    clear_lock(draft)
    touch(s, draft)
    audit.log(s, actor, "reject", "draft", draft.id, version=draft.version, reason=reason, note=note.strip() or None)


def reject(draft_id: int, version: int | None, actor: Principal, reason: str, note: str = "") -> DraftView:
    actor.require("review")
    _check_reason(reason, note)
    with session_scope() as s:
        draft = lock_row(s, draft_id)
        _approvable(s, draft, version, actor, "rejected", "reject")
        _reject_one(s, draft, actor, reason, note)
        return view(s, draft)


def bulk_reject(ids, actor: Principal, reason: str, note: str = "") -> dict:
    """Reject many drafts with one reason. ``ids``: draft ids, or ``{"id", "version"}`` pairs to also
    guard against a newer edit. Each draft is its own transaction; refusals are reported, not raised."""
    actor.require("review")
    _check_reason(reason, note)
    items = list(ids or [])
    if not items or len(items) > 500:
        raise InvalidInput("send 1-500 draft ids", field="ids")
    done, skipped = [], []
    for item in items:
        did, version = (item.get("id"), item.get("version")) if isinstance(item, dict) else (item, None)
        try:
            with session_scope() as s:
                draft = lock_row(s, int(did))
                _approvable(s, draft, draft.version if version is None else version, actor, "rejected", "reject")
                _reject_one(s, draft, actor, reason, note)
            done.append(int(did))
        except (Conflict, NotFound, InvalidInput, TypeError, ValueError) as exc:
            skipped.append({"id": did, "error": getattr(exc, "code", "invalid_input"), "message": str(exc)})
    return {"rejected": done, "skipped": skipped, "reason": reason}


def export(draft_id: int, actor: Principal) -> dict:
    """Exactly the approved text with its metadata; every export is logged."""
    actor.require("export")
    with session_scope() as s:
        draft = lock_row(s, draft_id)
        if draft.status not in ("approved", "exported") or draft.approved_version is None:
            raise Conflict(f"draft {draft_id} is '{draft.status}': only a draft a person approved can be exported",
                           field="status", fix="approve the draft first", status=draft.status)
        approved = version_row(s, draft_id, draft.approved_version)
        if approved is None or approved.content_hash != draft.approved_hash or \
                content_hash(approved.text) != draft.approved_hash:
            raise Conflict("approved text does not match its approval hash; approve it again", field="approved_hash")
        if draft.status == "approved":
            draft.status = "exported"
            draft.exported_at = utcnow()
        draft.export_count += 1
        touch(s, draft)
        audit.log(s, actor, "export", "draft", draft_id, version=approved.number, content_hash=approved.content_hash)
        return {"id": draft.id, "kind": draft.kind, "text": approved.text, "version": approved.number,
                "content_hash": approved.content_hash, "approved_by": draft.approved_by,
                "approved_by_name": user_name(s, draft.approved_by),
                "approved_at": aware(draft.approved_at).isoformat() if draft.approved_at else None,
                "exported_at": aware(draft.exported_at).isoformat() if draft.exported_at else None,
                "export_count": draft.export_count, "edit_distance": draft.edit_distance,
                "flags_acknowledged": draft.flags_acknowledged, "template_id": draft.template_id,
                "template_hash": draft.template_hash, "model": draft.model, "service_line": draft.service_line,
                "tier": draft.tier, "job_id": draft.job_id, "contract_id": draft.contract_id}


