"""A local fake of Upwork's GraphQL endpoint (and its OAuth2 token endpoint) on 127.0.0.1.

It answers ``marketplaceJobPostingsSearch`` from an in-memory list of job nodes, newest first, paged by
cursor, and plays a script of faults first: ``("429", retry_after | None)``, ``("500", None)``,
``("timeout", seconds)`` (answers late), ``("401", None)``. It refuses anything that is not a query."""
from __future__ import annotations

import json
import random
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def node(i: int, **extra) -> dict:
    n = {"id": str(1000 + i), "ciphertext": f"~01ee{i:014x}", "title": f"Python API integration number {i}",
         "description": (f"We need a Python developer to build a FastAPI integration between our CRM and billing "
                         f"system number {i}. PostgreSQL, Docker and tests. Clear milestones."),
         "createdDateTime": "2026-12-04T08:00:00Z", "publishedDateTime": "2026-12-04T08:05:00Z",
         "experienceLevel": "EXPERT", "duration": "ONE_TO_THREE_MONTHS",
         "amount": {"rawValue": "3000", "currency": "USD"},
         "hourlyBudgetMin": {"rawValue": "0", "currency": "USD"}, "hourlyBudgetMax": {"rawValue": "0", "currency": "USD"},
         "skills": [{"name": "python", "prettyName": "Python"}, {"name": "fastapi", "prettyName": "FastAPI"}],
         "client": {"location": {"country": "Germany"}, "totalSpent": {"rawValue": "20000", "currency": "USD"},
                    "verificationStatus": "VERIFIED", "totalFeedback": 4.9, "totalReviews": 7,
                    "totalPostedJobs": 12, "totalHires": 8}}
    n.update(extra)
    return n


class FakeUpwork:
    def __init__(self, nodes: list[dict] | None = None, page_size: int = 2, token: str = "good-token"):
        self.nodes = list(nodes or [])
        self.page_size = page_size
        self.token = token
        self.script: list[tuple[str, object]] = []
        self.faults: list[tuple[float, str, object]] = []  # random faults: (probability, kind, arg)
        self.rng = random.Random(18)
        self.injected: dict[str, int] = {}
        self.requests: list[dict] = []
        self.token_requests: list[dict] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if self.path == "/token":
                    outer.token_requests.append(dict(p.split("=", 1) for p in raw.decode().split("&")))
                    return self._send(200, {"access_token": outer.token, "refresh_token": "next-refresh"})
                body = json.loads(raw)
                outer.requests.append({"auth": self.headers.get("Authorization"), "body": body,
                                       "tenant": self.headers.get("X-Upwork-API-TenantId")})
                kind, arg = None, None
                if outer.script:
                    kind, arg = outer.script.pop(0)
                else:
                    roll = outer.rng.random()
                    for p, k, a in outer.faults:
                        if roll < p:
                            kind, arg = k, a
                            break
                        roll -= p
                if kind:
                    outer.injected[kind] = outer.injected.get(kind, 0) + 1
                    if kind == "429":
                        return self._send(429, {"message": "rate limited"},
                                          {"Retry-After": str(arg)} if arg is not None else {})
                    if kind == "500":
                        return self._send(500, {"message": "oops"})
                    if kind == "timeout":
                        time.sleep(float(arg))
                    if kind == "401":
                        return self._send(401, {"message": "expired"})
                if self.headers.get("Authorization") != f"Bearer {outer.token}":
                    return self._send(401, {"message": "bad token"})
                query = body.get("query", "")
                if not query.lstrip().startswith("query") or "mutation" in query:
                    return self._send(400, {"errors": [{"message": "read-only fake"}]})
                flt = body["variables"]["filter"]
                page = flt.get("pagination_eq", {})
                start = int(page.get("after") or 0)
                first = min(int(page.get("first", 10)), outer.page_size)
                chunk = outer.nodes[start:start + first]
                end = start + len(chunk)
                return self._send(200, {"data": {"marketplaceJobPostingsSearch": {
                    "totalCount": len(outer.nodes), "edges": [{"node": n} for n in chunk],
                    "pageInfo": {"endCursor": str(end), "hasNextPage": end < len(outer.nodes)}}}})

            def _send(self, status, obj, headers=None):
                data = json.dumps(obj).encode()
                try:
                    self.send_response(status)
                    for k, v in (headers or {}).items():
                        self.send_header(k, v)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/graphql"
        self.token_url = f"http://127.0.0.1:{self.server.server_address[1]}/token"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
