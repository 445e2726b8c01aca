"""The FastAPI application: routers, one error body shape, request size limit."""
from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..config import get_settings
from ..errors import DraftroomError
from .routes import drafts, health

log = logging.getLogger("draftroom.api")


def error_body(code: str, message: str, http_status: int, **extra) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message, **extra}}, status_code=http_status)


def create_app() -> FastAPI:
    app = FastAPI(title="Draftroom API", version="1",
                  description="Paste a job, get brief, fit and a queued draft; export only what a human approved.")

    @app.middleware("http")
    async def limit_body(request: Request, call_next):
        limit = get_settings().max_job_bytes * 2 + 10_000
        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > limit:
            return error_body("too_large", f"request body is {int(length):,} bytes; the limit is {limit:,}", 413,
                              field="body")
        return await call_next(request)

    @app.exception_handler(DraftroomError)
    async def on_domain_error(_request: Request, exc: DraftroomError):
        body = exc.as_dict()
        return error_body(body.pop("code"), body.pop("message"), exc.status_code, **body)

    @app.exception_handler(RequestValidationError)
    async def on_validation_error(_request: Request, exc: RequestValidationError):
        problems = [{"field": ".".join(str(p) for p in e["loc"] if p != "body") or "body", "message": e["msg"]}
                    for e in exc.errors()]
        first = problems[0] if problems else {"field": "body", "message": "invalid request"}
        return error_body("invalid_input", f"{first['field']}: {first['message']}", 422, field=first["field"],
                          problems=problems)

    @app.exception_handler(StarletteHTTPException)
    async def on_http_error(_request: Request, exc: StarletteHTTPException):
        return error_body("http_error", str(exc.detail), exc.status_code)

    @app.exception_handler(Exception)
    async def on_unexpected(_request: Request, exc: Exception):
        log.exception("unexpected error")
        return error_body("internal_error", "unexpected server error; it was logged", 500)

    app.include_router(health.router)
    app.include_router(drafts.router)
    return app
