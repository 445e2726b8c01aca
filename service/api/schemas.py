"""Response models of the API: every route declares one (OpenAPI lists its fields), and the one error
body ``{"error": {...}}`` with an example per status code.

Models allow extra keys (``extra="allow"``): the declared fields are the documented contract; a field a
domain adds later is passed through rather than silently dropped. Routes answer with
``response_model_exclude_unset`` (``TypedRoute``), so a field the route did not send (for example the
draft text for an ``api`` key) is left out, not sent as null."""
from __future__ import annotations

from typing import Any

from fastapi.routing import APIRoute
from pydantic import BaseModel, ConfigDict, Field


class Out(BaseModel):
    model_config = ConfigDict(extra="allow")


class TypedRoute(APIRoute):
    """An APIRoute that serialises only the keys the route returned (no nulls for absent fields)."""

    def __init__(self, *args, **kwargs):
        kwargs["response_model_exclude_unset"] = True
        super().__init__(*args, **kwargs)


# ----------------------------------------------------------------- errors
class ErrorDetail(Out):
    code: str = Field(description="Machine-readable: invalid_input, not_found, conflict, stale_version, "
                                  "illegal_transition, claim_required, unauthorized, forbidden, too_large, "
                                  "llm_failure, internal_error, ...")
    message: str = Field(description="One line a person can read.")
    field: str | None = Field(None, description="The request field (or header) at fault.")
    fix: str | None = Field(None, description="What to change so the request succeeds.")
    problems: list[dict] | None = Field(None, description="422 only: every invalid field with its message and fix.")


class ErrorBody(BaseModel):
    """Every error the API answers: 4xx and 5xx alike."""
    error: ErrorDetail


ERROR_EXAMPLES: dict[int, tuple[str, dict]] = {
    401: ("No or unknown API key.", {"code": "unauthorized", "message": "missing API key", "field": "Authorization",
                                     "fix": "send Authorization: Bearer <key> (draftroom users add NAME)"}),
    403: ("The key's role may not do this.", {"code": "forbidden", "message": "role 'viewer' may not review drafts",
                                              "field": "Authorization", "fix": "use the key of a bidder, manager or owner"}),
    404: ("No such row.", {"code": "not_found", "message": "draft 999 not found", "field": "draft_id",
                           "fix": "use an id returned by the API"}),
    409: ("Refused by the review rules (stale version, claim, state).",
          {"code": "illegal_transition", "message": "a draft cannot be rejected while drafting (its AI text is not "
           "written yet)", "field": "status", "fix": "allowed from here: needs_attention, pending_review",
           "current": "drafting", "action": "reject", "allowed": ["needs_attention", "pending_review"]}),
    413: ("The request body is too large.", {"code": "too_large", "message": "request body is 2,000,000 bytes; the "
                                             "limit is 1,000,000", "field": "body", "fix": "send less"}),
    422: ("Invalid input (the real shape, not FastAPI's default).",
          {"code": "invalid_input", "message": "version: Input should be a valid integer", "field": "version",
           "fix": "send a JSON integer: no quotes, no decimals, not true/false (e.g. \"version\": 2)",
           "problems": [{"field": "version", "message": "Input should be a valid integer",
                         "fix": "send a JSON integer: no quotes, no decimals, not true/false (e.g. \"version\": 2)"}]}),
    429: ("Too many requests.", {"code": "rate_limited", "message": "too many requests", "field": "Authorization",
                                 "fix": "wait and retry"}),
    500: ("Unexpected server error (logged without user content).",
          {"code": "internal_error", "message": "unexpected server error; it was logged"}),
    502: ("The model failed after its retries; the work is kept (needs_attention).",
          {"code": "llm_failure", "message": "model timed out after 3 attempts", "field": "model",
           "fix": "retry it (POST /v1/drafts/{id}/retry)", "draft_id": 12, "job_id": 7}),
    503: ("The database is unavailable.", {"code": "database_unavailable", "message": "database is unavailable",
                                           "fix": "try again shortly"}),
}


ERROR_REF = {"$ref": "#/components/schemas/ErrorBody"}


def error_responses(*codes: int) -> dict[int, dict[str, Any]]:
    """OpenAPI ``responses`` entries for these status codes: the ErrorBody schema and an example each."""
    out = {}
    for code in codes:
        description, example = ERROR_EXAMPLES[code]
        out[code] = {"description": description,
                     "content": {"application/json": {"schema": ERROR_REF, "example": {"error": example}}}}
    return out


def route_error_codes(route: APIRoute) -> set[int]:
    """The error statuses a route can answer: 401/403 (key, role) unless public, 422 when it takes
    parameters or a body, 404 for a path id, 409 and 413 for writes, 500 always."""
    codes = {500}
    public = route.path == "/healthz" or route.path.startswith("/v1/intake/webhook")
    if not public:
        codes |= {401, 403}
    if route.dependant.query_params or route.dependant.path_params or route.body_field or route.dependant.dependencies:
        codes.add(422)
    if "{" in route.path:
        codes.add(404)
    if route.methods & {"POST", "PUT", "PATCH", "DELETE"}:
        codes |= {409, 413}
    return codes


def _declared_errors(route: APIRoute) -> set[int]:
    return {int(c) for c in route.responses if str(c).isdigit() and int(c) >= 400}


def document_errors(app, routers) -> None:
    """Every route of ``routers`` declares its error responses in the one ``{"error": ...}`` shape (with
    an example), 422 included (FastAPI's default HTTPValidationError is never used: it is not what we
    answer). Call it before ``include_router``."""
    for router in routers:
        for route in router.routes:
            if not isinstance(route, APIRoute):
                continue
            for code, entry in error_responses(*sorted(route_error_codes(route) | _declared_errors(route))).items():
                declared = route.responses.setdefault(code, entry)
                declared.setdefault("content", entry["content"])  # a route's own description, the one shape
    build = app.openapi

    def openapi() -> dict:
        if app.openapi_schema:
            return app.openapi_schema
        schema = build()
        defs = ErrorBody.model_json_schema(ref_template="#/components/schemas/{model}")
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        components.update(defs.pop("$defs", {}))
        components["ErrorBody"] = {**defs, "examples": [{"error": ERROR_EXAMPLES[422][1]}]}
        for name in ("HTTPValidationError", "ValidationError"):
            components.pop(name, None)
        app.openapi_schema = schema
        return schema

    app.openapi = openapi


# ----------------------------------------------------------------- drafts and the queue
class DraftOut(Out):
    """A draft. People who may read text get every field; an ``api`` key gets status, brief, fit and links
    (``text_visible: false``), the text only through ``/export`` once a person approved it."""
    id: int
    kind: str = Field(description="proposal | checkin | kickoff | reply | followup")
    status: str = Field(description="drafting | pending_review | in_review | approved | rejected | exported | "
                                    "needs_attention")
    version: int = Field(description="The current version: name it in every write.")
    status_note: str | None = Field(None, description="Why it needs attention, 'claim expired: anyone may claim "
                                                      "it', or 'waiting for a worker' for a queued draft.")
    claim_expired: bool | None = None
    waiting_for_worker: bool | None = Field(None, description="Queued for background drafting; no worker has "
                                                              "picked it up yet.")
    text: str | None = None
    original_text: str | None = None
    tier: str | None = None
    service_line: str | None = None
    job_id: int | None = None
    contract_id: int | None = None
    template_id: str | None = None
    template_hash: str | None = None
    model: str | None = None
    parts: dict | None = None
    lint: dict | None = Field(None, description="The lint of the current version (the one approve checks).")
    open_flags: list[str] | None = Field(None, description="Failing checks of the current version; approving "
                                                           "needs acknowledge_flags when any.")
    created_at: str | None = None
    updated_at: str | None = None
    intake_at: str | None = None
    age_seconds: float | None = None
    claimed_by: int | None = None
    lock_expires_at: str | None = None
    approved_version: int | None = None
    approved_hash: str | None = None
    approved_by: int | None = None
    approved_at: str | None = None
    edit_distance: int | None = None
    flags_acknowledged: bool | None = None
    reject_reason: str | None = None
    reject_note: str | None = None
    attention_reason: str | None = None
    exported_at: str | None = None
    export_count: int | None = None
    instructions: str | None = None
    brief: dict | None = None
    job_title: str | None = None
    fit: dict | None = None
    note: str | None = Field(None, description="Set when the same job already had an open draft: this is it.")
    existing: bool | None = Field(None, description="true: the job's existing open draft was returned (200).")
    review_link: str | None = None
    export_url: str | None = None
    text_visible: bool | None = None


class WorkerOut(Out):
    queue: str = Field(description="The task queue name.")
    backend: str = Field(description="sqlite | redis | immediate (DRAFTROOM_TASK_BACKEND)")
    running: bool = Field(description="A worker's heartbeat is recent.")
    last_heartbeat: str | None = None


class AcceptedOut(Out):
    """202: stored and queued; poll ``location`` until ``status`` leaves 'drafting'."""
    id: int
    job_id: int | None = None
    status: str
    version: int | None = None
    location: str
    queued: str | None = Field(None, description="What was queued: draft | regenerate.")
    queue: str | None = Field(None, description="The task queue it waits in.")
    task_id: str | None = None
    worker: WorkerOut | None = None
    status_note: str | None = None
    note: str | None = Field(None, description="Where it is queued and whether a worker will pick it up.")


class QueueItemOut(Out):
    id: int
    kind: str
    status: str
    status_note: str | None = None
    claim_expired: bool | None = None
    waiting_for_worker: bool | None = None
    version: int
    tier: str | None = None
    service_line: str | None = None
    job_id: int | None = None
    contract_id: int | None = None
    title: str | None = None
    intake_at: str | None = None
    age_seconds: float | None = None
    claimed_by: int | None = None
    lock_expires_at: str | None = None
    open_flags: int = Field(description="How many checks of the current version fail.")
    template_id: str | None = None
    attention_reason: str | None = None
    reject_reason: str | None = None


class QueueOut(Out):
    items: list[QueueItemOut]
    next_cursor: str | None = None
    needs_attention: int = Field(description="Drafts needing attention under these filters (listed first).")
    statuses: list[str] = Field(description="The statuses listed: by default every open one (exported and "
                                            "rejected only when asked for, e.g. status=all).")


class VersionOut(Out):
    number: int
    source: str
    current: bool
    approved: bool
    author_id: int | None = None
    author: str | None = None
    created_at: str
    content_hash: str
    words: int
    note: str | None = None
    text: str
    lint: dict | None = None


class VersionsOut(Out):
    draft_id: int
    versions: list[VersionOut]


class DiffOut(Out):
    draft_id: int
    from_version: int
    to_version: int
    ops: list[dict] = Field(default_factory=list)
    edit_distance: int | None = None
    words_added: int | None = None
    words_removed: int | None = None


class SkippedOut(Out):
    id: Any
    error: str
    message: str


class BulkRejectOut(Out):
    rejected: list[int]
    skipped: list[SkippedOut]
    reason: str


class ExportOut(Out):
    id: int
    kind: str
    text: str
    version: int
    content_hash: str
    approved_by: int | None = None
    approved_by_name: str | None = None
    approved_at: str | None = None
    exported_at: str | None = None
    export_count: int


class ItemsOut(Out):
    items: list[dict]
