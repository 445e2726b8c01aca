"""Fixtures for intake tests: the API on the inline task backend, and a local webhook receiver (an HTTP
server on 127.0.0.1 that records what Apprise's json:// posts to it)."""
from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from fastapi.testclient import TestClient


def _reset() -> None:
    from service.core.config import reset_settings
    from service.workflows.tasks import reset_huey

    reset_settings()
    reset_huey()


@pytest.fixture
def inline(db, monkeypatch):
    monkeypatch.setenv("DRAFTROOM_TASK_BACKEND", "immediate")
    _reset()
    yield db
    _reset()


@pytest.fixture
def client(inline):
    from service.api.app import create_app

    return TestClient(create_app())


class Receiver:
    def __init__(self) -> None:
        self.posts: list[dict] = []
        self.headers: list[dict] = []
        self.paths: list[str] = []
        self.status = 200
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                outer.headers.append(dict(self.headers))
                outer.paths.append(self.path)
                try:
                    outer.posts.append(json.loads(body or b"null"))
                except ValueError:
                    outer.posts.append({"raw": body.decode("utf-8", "replace")})
                self.send_response(outer.status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver():
    r = Receiver()
    yield r
    r.close()
