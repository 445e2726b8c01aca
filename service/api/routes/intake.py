"""Webhook intake: job-alert tools POST jobs; each is stored once (by Upwork id) and processed in the
background (parse → brief → fit → draft per tier → alert). docs/intake.md has the shapes and curl."""
from __future__ import annotations

import json

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from service.accounts.auth import Principal, authenticate
from service.api.deps import current_user
from service.api.schemas import TypedRoute
from service.api.schemas_more import DeliveriesOut, SpeedToLeadOut, WebhookOut
from service.core.config import get_settings
from service.core.errors import InvalidInput, Unauthorized
from service.core.intake_models import DELIVERY_STATUSES
from service.intake.webhooks import (
    SIGNATURE_HEADER,
    SOURCES,
    secret_ok,
    signature_ok,
    split_payload,
)
from service.workflows import sources
from service.workflows.intake_queue import enqueue_delivery

router = APIRouter(prefix="/v1/intake", tags=["intake"], route_class=TypedRoute)

EXAMPLE = {"id": "~01a1b2c3d4e5f6a7b8", "title": "FastAPI service for invoice OCR",
           "description": "We need a small FastAPI service that ...", "url": "https://www.upwork.com/jobs/~01a1b2c3d4e5f6a7b8",
           "budget": {"type": "fixed", "amount": 1500}, "skills": ["Python", "FastAPI"],
           "client": {"country": "Germany", "payment_verified": True, "total_spent": 12000}}


def _secret(source: str) -> str:
    return getattr(get_settings(), f"webhook_secret_{source}", "")


def _authenticate(source: str, headers, body: bytes) -> tuple[str, int | None]:
    """(auth kind, user id). A signature, the source's shared secret as a Bearer token, or an API key."""
    signature = headers.get(SIGNATURE_HEADER)
    secret = _secret(source)
    if signature is not None:
        if not secret:
            raise Unauthorized(f"no secret is configured for the '{source}' webhook", field=SIGNATURE_HEADER,
                               fix=f"set DRAFTROOM_WEBHOOK_SECRET_{source.upper()} or send an API key instead")
        if not signature_ok(secret, body, signature):
            raise Unauthorized("the signature does not match the body", field=SIGNATURE_HEADER,
                               fix="send sha256=<hex HMAC-SHA256 of the exact raw body, keyed with the source's secret>")
        return "hmac", None
    scheme, _, token = (headers.get("authorization") or "").partition(" ")
    if scheme.lower() == "bearer" and secret_ok(secret, token):
        return "bearer_secret", None
    principal: Principal = authenticate(token.strip() if scheme.lower() == "bearer" else None)
    principal.require("intake")
    return "api_key", principal.user_id


def _handle(source: str, headers, body: bytes) -> tuple[int, dict]:
    if source not in SOURCES:
        raise InvalidInput(f"unknown webhook source '{source}'", field="source", fix="use one of: " + ", ".join(SOURCES))
    auth, user_id = _authenticate(source, headers, body)
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        msg = f"the body is not JSON ({getattr(exc, 'msg', 'nested too deeply' if isinstance(exc, RecursionError) else 'not UTF-8')})"
        sources.reject(body.decode("utf-8", "replace")[:20_000], source=source, error=msg, auth=auth, user_id=user_id)
        raise InvalidInput(msg, field="body", fix="send a JSON object with Content-Type: application/json") from None
    try:
        accepted, rejected = split_payload(source, data)
    except InvalidInput as exc:
        sources.reject(data, source=source, error=exc.one_line(), auth=auth, user_id=user_id)
        raise
    stored, refused = [], [r.as_dict() for r in rejected]
    for r in rejected:
        sources.reject(r.item, source=source, error=f"{r.field}: {r.message}", auth=auth, user_id=user_id)
    for item in accepted:
        try:
            stored.append(sources.accept(item.job, source=source, index=item.index, auth=auth, user_id=user_id,
                                         meta=item.meta))
        except InvalidInput as exc:  # the job JSON parses but says something impossible (e.g. a bad date)
            field = exc.field or "job"
            refused.append({"index": item.index, "field": field, "message": exc.message,
                            "fix": exc.fix or "see docs/intake.md"})
            sources.reject(item.job, source=source, error=exc.one_line(), auth=auth, user_id=user_id)
    refused.sort(key=lambda r: r["index"])
    if not stored:
        first = refused[0]
        raise InvalidInput(f"{first['field']}: {first['message']}", field=first["field"], fix=first["fix"],
                           rejected=refused)
    for s in stored:
        if not s.duplicate:
            enqueue_delivery(s.delivery_id)
    fresh = any(not s.duplicate for s in stored)
    sources.refresh(stored)  # 'queued' on a worker backend; the outcome already when tasks run inline
    return (202 if fresh else 200), {"accepted": [s.as_dict() for s in stored], "rejected": refused}


@router.post("/webhook/{source}", status_code=202, openapi_extra={
    "requestBody": {"content": {"application/json": {"schema": {"type": "object"}, "example": EXAMPLE}}}},
    response_model=WebhookOut,
    responses={200: {"model": WebhookOut, "description": "Every job in the body was delivered before (idempotent replay)."},
               401: {"description": "No valid API key, source secret or signature."},
               422: {"description": "No job in the body is usable; `field`, `fix` and `rejected` say why."}})
async def webhook(source: str, request: Request) -> JSONResponse:
    """Take in jobs from a job-alert tool (`vollna` or `generic`).

    Authenticate with `Authorization: Bearer <API key with intake permission>`, with the source's shared
    secret as the Bearer token, or with `X-Draftroom-Signature: sha256=<hex HMAC-SHA256(secret, raw body)>`.
    Answers 202 with one `accepted` entry per stored job (`duplicate: true` for a job delivered before) and one
    `rejected` entry (index, field, message, fix) per unusable job; processing continues in the background."""
    body = await request.body()
    status, payload = await run_in_threadpool(_handle, source, request.headers, body)
    return JSONResponse(payload, status_code=status)


@router.get("/deliveries")
def list_deliveries(limit: int = 50, source: str | None = None, status: str | None = None,
                    user: Principal = Depends(current_user)) -> DeliveriesOut:
    """Recent deliveries with their status (queued, drafted, kept, duplicate, needs_attention, rejected)."""
    user.require("read")
    if not 1 <= limit <= 500:
        raise InvalidInput("limit must be 1-500", field="limit")
    if status is not None and status not in DELIVERY_STATUSES:
        raise InvalidInput(f"unknown status '{status}'", field="status", fix="use one of: " + ", ".join(DELIVERY_STATUSES))
    rows = sources.deliveries(limit=limit, source=source, status=status)
    return {"deliveries": [{"id": d.id, "source": d.source, "status": d.status, "received_at": d.received_at.isoformat(),
                            "upwork_id": d.upwork_id, "job_id": d.job_id, "draft_id": d.draft_id, "tier": d.tier,
                            "score": d.score, "error": d.error} for d in rows]}


@router.get("/speed-to-lead")
def speed(days: int = 28, user: Principal = Depends(current_user)) -> SpeedToLeadOut:
    """Minutes from posting (when known) and from intake to first draft and to approval: p50/p95 overall, per
    tier and per approving person, over proposal drafts created in the last `days` days."""
    user.require("metrics")
    from service.workflows.speed import speed_to_lead

    return speed_to_lead(days)
