"""Turn stored rows into the JSON shapes of the API and the CLI (one place for both)."""
from __future__ import annotations

from ..models import Draft, Job
from ..review import DraftView


def iso(dt) -> str | None:
    return dt.isoformat() if dt else None


def draft_json(view: DraftView, job: Job | None = None, fit: dict | None = None) -> dict:
    d: Draft = view.draft
    body = {
        "id": d.id, "kind": d.kind, "status": d.status, "version": d.version, "text": view.text,
        "tier": d.tier, "service_line": d.service_line, "job_id": d.job_id, "contract_id": d.contract_id,
        "template_id": d.template_id, "template_hash": d.template_hash, "model": d.model,
        "parts": d.parts, "lint": d.lint, "created_at": iso(d.created_at), "intake_at": iso(d.intake_at),
        "claimed_by": d.claimed_by, "lock_expires_at": iso(d.lock_expires_at),
        "approved_version": d.approved_version, "approved_by": d.approved_by, "approved_at": iso(d.approved_at),
        "attention_reason": d.attention_reason,
    }
    if job is not None:
        body["brief"] = job.brief
    if fit is not None:
        body["fit"] = fit
    return body
