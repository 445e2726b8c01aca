"""ASGI middleware: request size limit (Content-Length and streamed bodies) and Idempotency-Key replay.

Pure ASGI (not BaseHTTPMiddleware) so the body is read once, counted, and handed on unchanged."""
from __future__ import annotations

import json

from starlette.concurrency import run_in_threadpool

from service.accounts.auth import authenticate
from service.api import idempotency
from service.core.config import get_settings
from service.core.errors import DraftroomError

WRITE_METHODS = {"POST", "PUT", "PATCH"}


def body_limit() -> int:
    return get_settings().max_job_bytes * 2 + 10_000


async def _send_json(send, status: int, body: dict, extra_headers: list[tuple[bytes, bytes]] = ()) -> None:
    raw = json.dumps(body).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(raw)).encode()),
                            *extra_headers]})
    await send({"type": "http.response.body", "body": raw})


def _error(err: DraftroomError) -> tuple[int, dict]:
    body = err.as_dict()
    return err.status_code, {"error": body}


def _too_large(size: int, limit: int) -> tuple[int, dict]:
    return 413, {"error": {"code": "too_large", "message": f"request body is {size:,} bytes; the limit is {limit:,}",
                           "field": "body", "fix": "send only the job post (DRAFTROOM_MAX_JOB_BYTES raises the limit)"}}


class GuardMiddleware:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] not in WRITE_METHODS:
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        limit = body_limit()
        length = headers.get("content-length", "")
        if length.isdigit() and int(length) > limit:
            return await _send_json(send, *_too_large(int(length), limit))
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                return await _send_json(send, *_too_large(size, limit))
            chunks.append(chunk)
            if not message.get("more_body"):
                break
        body = b"".join(chunks)
        sent = False

        async def replay_receive():
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        key = headers.get("idempotency-key")
        if key is None:
            return await self.app(scope, replay_receive, send)
        return await self._idempotent(scope, replay_receive, send, headers, key, body)

    async def _idempotent(self, scope, receive, send, headers, key, body):
        auth = headers.get("authorization", "")
        scheme, _, token = auth.partition(" ")
        try:
            idempotency.check_key(key)
            principal = await run_in_threadpool(authenticate, token.strip() if scheme.lower() == "bearer" else None)
        except DraftroomError as exc:
            if exc.code == "unauthorized":  # let the route answer 401 in its usual way
                return await self.app(scope, receive, send)
            return await _send_json(send, *_error(exc))
        req_hash = idempotency.request_hash(scope["method"], scope["path"], scope.get("query_string", b"").decode(),
                                            body)
        try:
            replay = await run_in_threadpool(idempotency.begin, principal.user_id, key, req_hash)
        except DraftroomError as exc:
            return await _send_json(send, *_error(exc))
        if replay is not None:
            extra = [(b"idempotent-replayed", b"true")]
            if isinstance(replay.body, dict) and isinstance(replay.body.get("location"), str):
                extra.append((b"location", replay.body["location"].encode()))
            return await _send_json(send, replay.status_code, replay.body, extra)
        status, parts, content_type = 500, [], b""

        async def capture(message):
            nonlocal status, content_type
            if message["type"] == "http.response.start":
                status = message["status"]
                content_type = dict(message.get("headers", [])).get(b"content-type", b"")
            elif message["type"] == "http.response.body":
                parts.append(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receive, capture)
        finally:
            stored = False
            if status < 500 and content_type.startswith(b"application/json"):
                try:
                    await run_in_threadpool(idempotency.finish, principal.user_id, key, status,
                                            json.loads(b"".join(parts) or b"null"))
                    stored = True
                except (ValueError, DraftroomError):
                    stored = False
            if not stored:
                await run_in_threadpool(idempotency.abandon, principal.user_id, key)
