"""The FastAPI application: routers, one error body shape, request size limit, idempotency keys."""
from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi_offline import FastAPIOffline
from sqlalchemy.exc import DataError, IntegrityError
from starlette.exceptions import HTTPException as StarletteHTTPException

from service.api.errors import fix_for, log_unexpected
from service.api.middleware import GuardMiddleware
from service.api.routes import accounts as accounts_routes
from service.api.routes import (
    admin,
    contracts,
    drafts,
    health,
    intake,
    jobs,
    queue,
    retry,
)
from service.api.routes import fit as fit_routes
from service.api.schemas import document_errors
from service.api.security import API_CSP, BASE_HEADERS, SecurityHeadersMiddleware
from service.core.errors import DraftroomError

log = logging.getLogger("draftroom.api")

DESCRIPTION = """Paste a job, get brief, fit and a queued draft; export only what a human approved.

* Auth: `Authorization: Bearer <key>` (`draftroom users add NAME --role api`). Roles: owner, manager,
  bidder, viewer, api. API keys create drafts and read exports of approved drafts; they never approve.
* Errors: always `{"error": {"code", "message", "field", "fix", ...}}` (schema `ErrorBody`; 422 too).
* Writes name the `version` they edit; a stale write gets 409 `stale_version` and its text is kept.
* POSTs accept an `Idempotency-Key` header (replayed for 24 h).
* The whole flow with curl: docs/api.md."""


def error_body(code: str, message: str, http_status: int, **extra) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message, **extra}}, status_code=http_status)


def create_app() -> FastAPI:
    # Swagger UI and ReDoc from files shipped in the fastapi-offline package (no CDN: /docs works offline).
    app = FastAPIOffline(title="Draftroom API", version="1", description=DESCRIPTION, favicon_url="data:,")
    app.add_middleware(GuardMiddleware)
    app.add_middleware(SecurityHeadersMiddleware)  # added last = outermost: every answer gets the headers

    @app.exception_handler(DraftroomError)
    async def on_domain_error(_request: Request, exc: DraftroomError):
        body = exc.as_dict()
        return error_body(body.pop("code"), body.pop("message"), exc.status_code, **body)

    @app.exception_handler(RequestValidationError)
    async def on_validation_error(_request: Request, exc: RequestValidationError):
        problems = [{"field": ".".join(str(p) for p in e["loc"] if p not in ("body", "query", "path", "header"))
                     or "body", "message": e["msg"], "fix": fix_for(e)} for e in exc.errors()]
        first = problems[0] if problems else {"field": "body", "message": "invalid request",
                                              "fix": "see the request schema at /docs"}
        return error_body("invalid_input", f"{first['field']}: {first['message']}", 422, field=first["field"],
                          fix=first["fix"], problems=problems)

    @app.exception_handler(IntegrityError)
    async def on_integrity(_request: Request, _exc: IntegrityError):
        # A reference to a row that does not exist, or a duplicate: the request's fault. The statement
        # and its parameters (user text) are never echoed or logged.
        return error_body("conflict", "the request refers to a row that does not exist or duplicates one", 409,
                          field="body", fix="check the ids in the request (they must come from the API)")

    @app.exception_handler(StarletteHTTPException)
    async def on_http_error(_request: Request, exc: StarletteHTTPException):
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        return error_body(code, str(exc.detail), exc.status_code)

    @app.exception_handler(OverflowError)
    @app.exception_handler(DataError)
    async def on_out_of_range(_request: Request, exc: Exception):
        # An id or number no database column can hold (e.g. 10**30): the caller's mistake, not ours.
        return error_body("invalid_input", "a number in the request is out of range (ids are at most 2^63-1)", 422,
                          field="id", fix="use an id returned by the API")

    @app.exception_handler(Exception)
    async def on_unexpected(request: Request, exc: Exception):
        log_unexpected(log, request, exc)
        response = error_body("internal_error", "unexpected server error; it was logged", 500)
        # This handler answers from the outermost middleware, outside SecurityHeadersMiddleware: add them here.
        for name, value in [*BASE_HEADERS, (b"content-security-policy", API_CSP.encode())]:
            response.headers[name.decode()] = value.decode()
        return response

    routers = [m.router for m in (health, jobs, drafts, queue, admin, contracts, retry, intake)]
    routers += [accounts_routes.router, fit_routes.router]  # issue 19: accounts; issue 15: fit feedback
    document_errors(app, routers)  # every route: its error statuses in the one {"error": ...} shape (issue 17)
    for router in routers:
        app.include_router(router)
    return app
