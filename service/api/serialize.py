"""Turn stored rows into the JSON shapes of the API and the CLI (one place for both)."""
from __future__ import annotations

from service.core.models import Draft, Job
from service.review.actions import DraftView
from service.review.lint import open_flags
from service.review.queue import (
    WAITING_FOR_WORKER,
    age_seconds,
    claim_expired,
    lock_holder,
    status_note,
)


def iso(dt) -> str | None:
    if dt is None:
        return None
    from service.review.queue import aware

    return aware(dt).isoformat()


def draft_json(view: DraftView, job: Job | None = None, fit: dict | None = None) -> dict:
    d: Draft = view.draft
    body = {
        "id": d.id, "kind": d.kind, "status": d.status, "version": d.version, "text": view.text,
        "original_text": view.original_text,
        "tier": d.tier, "service_line": d.service_line, "job_id": d.job_id, "contract_id": d.contract_id,
        "template_id": d.template_id, "template_hash": d.template_hash, "model": d.model,
        "parts": d.parts, "lint": d.lint, "open_flags": open_flags(d.lint), "created_at": iso(d.created_at),
        "updated_at": iso(d.updated_at), "intake_at": iso(d.intake_at), "age_seconds": age_seconds(d),
        "claimed_by": lock_holder(d), "lock_expires_at": iso(d.lock_expires_at) if lock_holder(d) else None,
        "approved_version": d.approved_version, "approved_hash": d.approved_hash, "approved_by": d.approved_by,
        "approved_at": iso(d.approved_at), "edit_distance": d.edit_distance,
        "flags_acknowledged": d.flags_acknowledged, "reject_reason": d.reject_reason, "reject_note": d.reject_note,
        "attention_reason": d.attention_reason, "exported_at": iso(d.exported_at), "export_count": d.export_count,
        "instructions": d.instructions, **state_notes(d),
    }
    if job is not None:
        body["brief"] = job.brief
        body["job_title"] = job.title
    if fit is not None:
        body["fit"] = fit
    return body


def queue_item(d: Draft, title: str | None = None) -> dict:
    """The short form a queue row needs (no text, no parts)."""
    return {"id": d.id, "kind": d.kind, "status": d.status, "version": d.version, "tier": d.tier,
            "service_line": d.service_line, "job_id": d.job_id, "contract_id": d.contract_id, "title": title,
            "intake_at": iso(d.intake_at), "age_seconds": age_seconds(d), "claimed_by": lock_holder(d),
            "lock_expires_at": iso(d.lock_expires_at) if lock_holder(d) else None,
            "open_flags": len(open_flags(d.lint)), "template_id": d.template_id,
            "attention_reason": d.attention_reason, "reject_reason": d.reject_reason, **state_notes(d)}


def state_notes(d: Draft, worker: dict | None = None) -> dict:
    """``status_note`` (needs-attention reason, "claim expired", "waiting for a worker"), ``claim_expired``
    and ``waiting_for_worker``; for a queued draft no worker picked up, whether any worker is running."""
    note = status_note(d)
    waiting = d.status == "drafting" and note == WAITING_FOR_WORKER
    if waiting:
        from service.workflows.tasks import worker_status

        worker = worker or worker_status()
        if not worker["running"]:
            note += f" (none is running on the '{worker['queue']}' queue: start one with 'draftroom worker')"
    return {"status_note": note, "claim_expired": claim_expired(d), "waiting_for_worker": waiting}


# What an ``api`` key (alert tools, scripts) sees of a draft: never the text, the parts or the versions.
API_VISIBLE = ("id", "kind", "status", "version", "tier", "service_line", "job_id", "contract_id", "created_at",
               "updated_at", "intake_at", "age_seconds", "open_flags", "approved_version", "approved_at",
               "attention_reason", "reject_reason", "exported_at", "export_count", "brief", "job_title", "fit",
               "status_note", "claim_expired", "waiting_for_worker", "note")


def review_link(draft_id: int) -> str:
    """The draft's page on the review UI, relative to the UI's address (``draftroom ui``, port 8501)."""
    return f"/review?draft={draft_id}"


def draft_json_for(principal, view: DraftView, job: Job | None = None, fit: dict | None = None) -> dict:
    """``draft_json`` as ``principal`` may see it. People who may read text get everything; an ``api``
    key gets status, brief, fit and links: the text only through ``/export`` once a person approved it."""
    body = draft_json(view, job, fit)
    if principal.can("read_text"):
        return body
    limited = {k: body[k] for k in API_VISIBLE if k in body}
    limited["review_link"] = review_link(view.draft.id)
    limited["export_url"] = f"/v1/drafts/{view.draft.id}/export"
    limited["text_visible"] = False
    return limited
