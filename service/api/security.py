"""Response security headers and request text checks that apply to every route.

* Every response: ``X-Content-Type-Options: nosniff``, ``X-Frame-Options: DENY``, ``Referrer-Policy:
  no-referrer``, ``Cross-Origin-Resource-Policy: same-origin`` and a Content-Security-Policy. JSON answers
  get ``default-src 'none'; frame-ancestors 'none'``; the docs pages (/docs, /redoc, served from local
  files, no CDN) get a policy that allows only this origin's scripts and styles (Swagger UI and ReDoc
  need their inline bootstrap script).
* A JSON body with a lone UTF-16 surrogate (``"\\ud800"``) in any string is refused with 422 naming the
  field: such a string is not text and cannot be stored, logged or encoded as UTF-8."""
from __future__ import annotations

import json
import re

API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
DOCS_CSP = ("default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; "
            "frame-ancestors 'none'; base-uri 'none'; form-action 'none'")
DOCS_PATHS = ("/docs", "/redoc", "/static-offline-docs/")
BASE_HEADERS = [(b"x-content-type-options", b"nosniff"), (b"x-frame-options", b"DENY"),
                (b"referrer-policy", b"no-referrer"), (b"cross-origin-resource-policy", b"same-origin"),
                (b"permissions-policy", b"camera=(), microphone=(), geolocation=()")]
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_SURROGATE = re.compile("[\ud800-\udfff]")


def csp_for(path: str) -> bytes:
    return (DOCS_CSP if path == "/docs" or path == "/redoc" or path.startswith(DOCS_PATHS[2]) else API_CSP).encode()


class SecurityHeadersMiddleware:
    """Pure ASGI: add the headers to every response start (errors included)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        extra = [*BASE_HEADERS, (b"content-security-policy", csp_for(scope.get("path", "")))]

        async def with_headers(message):
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                message = {**message, "headers": [*message.get("headers", []),
                                                  *[(k, v) for k, v in extra if k not in present]]}
            await send(message)

        await self.app(scope, receive, with_headers)


def lone_surrogate_field(body: bytes) -> str | None:
    """The dotted path of the first string (or key) in a JSON body holding an unpaired surrogate."""
    if not _SURROGATE_ESCAPE.search(body):  # cheap pre-check: only an escape can smuggle one in
        return None
    try:
        obj = json.loads(body)
    except (ValueError, RecursionError):
        return None  # not JSON: the route refuses it with its own 422
    stack: list[tuple[str, object]] = [("", obj)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, str):
            if _SURROGATE.search(value):
                return path or "body"
        elif isinstance(value, dict):
            for k, v in value.items():
                child = f"{path}.{k}" if path else str(k)
                if _SURROGATE.search(k):
                    return path or "body"
                stack.append((child, v))
        elif isinstance(value, list):
            stack.extend((f"{path}.{i}" if path else str(i), v) for i, v in enumerate(value))
    return None


def surrogate_error(field: str) -> tuple[int, dict]:
    shown = _SURROGATE.sub("?", field)[:120]
    return 422, {"error": {"code": "invalid_input", "field": shown,
                           "message": f"{shown}: contains a lone UTF-16 surrogate (e.g. \\ud800), which is not text",
                           "fix": "send valid Unicode: an emoji as a surrogate pair (\\ud83d\\ude00) or as UTF-8"}}
