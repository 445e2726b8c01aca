"""ASGI middleware: request size limit (Content-Length and streamed bodies) and Idempotency-Key replay.

Pure ASGI (not BaseHTTPMiddleware) so the body is read once, counted, and handed on unchanged."""
from __future__ import annotations

import asyncio
import json

from starlette.concurrency import run_in_threadpool

from service.accounts.auth import authenticate
from service.api import idempotency
from service.api.security import lone_surrogate_field, surrogate_error
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
        bad_field = lone_surrogate_field(body)
        if bad_field is not None:
            return await _send_json(send, *surrogate_error(bad_field))
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
            stale = await run_in_threadpool(replay_no_longer_true, scope["path"], replay)
            if stale is not None:
                return await _send_json(send, *_error(stale))
            extra = [(b"idempotent-replayed", b"true")]
            if isinstance(replay.body, dict) and isinstance(replay.body.get("location"), str):
                extra.append((b"location", replay.body["location"].encode()))
            return await _send_json(send, replay.status_code, replay.body, extra)
        # The response is held back until its record is stored: a client that retries the moment it
        # gets the answer is replayed, never told "still running". A heartbeat keeps the record's lease
        # alive while the route runs; if this process dies, the lease runs out and the key can be retried.
        start_message, parts, more = None, [], []
        beating = asyncio.create_task(_heartbeat(principal.user_id, key))
        stored = False
        try:
            async def capture(message):
                nonlocal start_message
                if message["type"] == "http.response.start":
                    start_message = message
                elif message["type"] == "http.response.body":
                    parts.append(message.get("body", b""))
                else:
                    more.append(message)

            await self.app(scope, receive, capture)
            status = start_message["status"] if start_message else 500
            content_type = dict(start_message.get("headers", [])).get(b"content-type", b"") if start_message else b""
            if status < 500 and content_type.startswith(b"application/json"):
                try:
                    await run_in_threadpool(idempotency.finish, principal.user_id, key, status,
                                            json.loads(b"".join(parts) or b"null"))
                    stored = True
                except (ValueError, DraftroomError):
                    stored = False
        finally:
            beating.cancel()
            if not stored:
                await run_in_threadpool(idempotency.abandon, principal.user_id, key)
        if start_message is not None:
            await send(start_message)
            await send({"type": "http.response.body", "body": b"".join(parts), "more_body": False})


async def _heartbeat(user_id: int, key: str) -> None:
    while True:
        await asyncio.sleep(idempotency.HEARTBEAT)
        try:
            await run_in_threadpool(idempotency.heartbeat, user_id, key)
        except DraftroomError:  # bookkeeping only: a missed beat must not fail the request
            pass


def replay_no_longer_true(path: str, replay) -> DraftroomError | None:
    """A replayed approval must still be true: an approve whose approval was voided since (an edit after
    approval) is not answered "approved" again."""
    from service.review.actions import approval_voided

    parts = path.rstrip("/").split("/")
    if len(parts) == 5 and parts[1:3] == ["v1", "drafts"] and parts[4] == "approve" and parts[3].isdecimal() \
            and replay.status_code == 200 and isinstance(replay.body, dict):
        return approval_voided(int(parts[3]), replay.body.get("approved_version"), replay.body.get("approved_hash"))
    return None
