"""A small OpenAI-compatible chat-completions server for tests and benchmarks.

It answers ``POST /v1/chat/completions`` (and ``GET /v1/models``) with a JSON object that is valid
for the schema the request carries: the first tool's ``parameters`` (instructor TOOLS mode), a
``response_format`` JSON schema (JSON_SCHEMA mode), or the schema instructor writes into the system
message (JSON / MD_JSON modes). Strings are verbatim substrings of the last user message (taken from
the untrusted job block when there is one), so "quote the post" checks pass; enums take their first
value; numbers sit inside their bounds.

Faults are injected per request: ``rate_429``, ``rate_500``, ``rate_timeout`` (hang for ``hang_s``),
``rate_garbage`` (200 with malformed JSON), ``rate_invalid`` (200 with well-formed JSON that breaks
the schema). ``script`` forces the outcome of the next requests (``["invalid", "ok"]``). Latency is
``latency_s`` plus ``completion_tokens / tokens_per_s``.

Run it::

    python -m tests.fakes.fake_openai --port 8911 --fault-rate 0.3

or use the ``fake_openai`` pytest fixture (``tests/fakes/conftest`` style: see ``tests/llm/conftest.py``).
"""
from __future__ import annotations

import argparse
import json
import random
import re
import threading
import time
import uuid
from collections import Counter, deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

FAULTS = ("429", "500", "timeout", "garbage", "invalid")
_BLOCK = re.compile(r"<<<UNTRUSTED[^>]*>>>\n(.*?)\n<<<END UNTRUSTED[^>]*>>>", re.S)
_JOB_TAG = re.compile(r"<job>\n?(.*?)\n?</job>", re.S)


@dataclass
class FakeConfig:
    latency_s: float = 0.0
    tokens_per_s: float = 0.0          # 0 = instant generation
    rate_429: float = 0.0
    rate_500: float = 0.0
    rate_timeout: float = 0.0
    rate_garbage: float = 0.0
    rate_invalid: float = 0.0
    hang_s: float = 5.0                # how long a "timeout" fault stalls before answering 504
    seed: int | None = None
    empty_arrays: tuple[str, ...] = ("injection_flags", "red_flags", "reviewer_flags", "missing_fields")
    # {key: {schema name: arguments}}: a request whose messages contain ``key`` and whose schema (tool name or
    # JSON-schema title) is named gets those arguments: what a good model would answer (e.g. a letter that
    # passes lint), recorded beforehand by the caller (bench/bench_overhead.py --good-model)
    answers: dict[str, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def mixed(cls, total: float, **kw) -> "FakeConfig":
        """``total`` fault rate split evenly over 429, 500, timeout and garbage."""
        q = total / 4
        return cls(rate_429=q, rate_500=q, rate_timeout=q, rate_garbage=q, **kw)


@dataclass
class FakeState:
    config: FakeConfig
    script: deque = field(default_factory=deque)
    outcomes: Counter = field(default_factory=Counter)
    requests: list[dict] = field(default_factory=list)   # every request body, in order
    lock: threading.Lock = field(default_factory=threading.Lock)
    rng: random.Random = field(default_factory=random.Random)

    def pick(self) -> str:
        with self.lock:
            if self.script:
                return self.script.popleft()
            c, r = self.config, self.rng.random()
            for name, rate in (("429", c.rate_429), ("500", c.rate_500), ("timeout", c.rate_timeout),
                               ("garbage", c.rate_garbage), ("invalid", c.rate_invalid)):
                if r < rate:
                    return name
                r -= rate
            return "ok"


# ------------------------------------------------------------------ schema-valid answers
def _source_text(messages: list[dict]) -> str:
    users = [m for m in messages if m.get("role") == "user"]
    text = _content(users[0]) if users else ""
    for pattern in (_BLOCK, _JOB_TAG):  # the largest untrusted block is the post
        found = [m.group(1) for m in pattern.finditer(text) if m.group(1).strip()]
        if found:
            return max(found, key=len)
    return text


def _content(message: dict) -> str:
    c = message.get("content") or ""
    if isinstance(c, list):
        return " ".join(p.get("text", "") for p in c if isinstance(p, dict))
    return str(c)


def _quotes(text: str) -> list[str]:
    """Short verbatim pieces of the source text (whole lines, trimmed to <= 80 chars)."""
    out = []
    for line in text.splitlines():
        line = line.strip()
        if len(line) >= 12:
            out.append(line[:80].rstrip())
    return out or [text.strip()[:80] or "not stated"]


class _Gen:
    def __init__(self, root: dict, quotes: list[str], empty_arrays: tuple[str, ...]):
        self.root, self.quotes, self.empty, self.n = root, quotes, set(empty_arrays), 0

    def resolve(self, schema: dict) -> dict:
        while "$ref" in schema:
            ref = schema["$ref"].split("/")[-1]
            schema = (self.root.get("$defs") or self.root.get("definitions") or {})[ref]
        return schema

    def value(self, schema: dict, name: str = "") -> Any:
        schema = self.resolve(schema)
        if "const" in schema:
            return schema["const"]
        if "enum" in schema:
            return schema["enum"][0]
        for key in ("anyOf", "oneOf"):
            if key in schema:
                options = [self.resolve(s) for s in schema[key]]
                non_null = [s for s in options if s.get("type") != "null"]
                return self.value(non_null[0] if non_null else options[0], name)
        if "allOf" in schema:
            return self.value(schema["allOf"][0], name)
        t = schema.get("type")
        if isinstance(t, list):
            t = next((x for x in t if x != "null"), "null")
        if t == "object" or "properties" in schema:
            props = schema.get("properties", {})
            return {k: self.value(v, k) for k, v in props.items()}
        if t == "array":
            n = schema.get("minItems", 0 if name in self.empty else 1)
            return [self.value(schema.get("items", {"type": "string"}), name) for _ in range(n)]
        if t in ("number", "integer"):
            lo = schema.get("minimum", schema.get("exclusiveMinimum", 0))
            hi = schema.get("maximum", schema.get("exclusiveMaximum", lo + 100))
            v = (lo + hi) / 2
            return int(v) if t == "integer" else float(v)
        if t == "boolean":
            return True
        if t == "null":
            return None
        quote = self.quotes[self.n % len(self.quotes)]
        self.n += 1
        if "maxLength" in schema:
            quote = quote[: schema["maxLength"]]
        return quote


def _schema_of(body: dict) -> tuple[str, dict | None, str | None]:
    """(mode, schema, tool name) of a request."""
    tools = body.get("tools") or []
    if tools:
        fn = tools[0].get("function", {})
        return "tools", fn.get("parameters") or {}, fn.get("name")
    rf = body.get("response_format") or {}
    if rf.get("type") == "json_schema":
        return "json", (rf.get("json_schema") or {}).get("schema") or {}, None
    for m in body.get("messages", []):
        text = _content(m)
        i = text.find("{")
        if "json_schema" in text or "properties" in text:
            try:
                return "json", json.loads(text[i: text.rfind("}") + 1]), None
            except ValueError:
                pass
    return "text", None, None


def answer(body: dict, config: FakeConfig, outcome: str = "ok") -> tuple[str, str | None, str]:
    """(arguments or content, tool name, mode) for a request."""
    mode, schema, tool = _schema_of(body)
    if schema is None:
        return "OK", None, mode
    given = _given(body, config, tool or schema.get("title")) if outcome == "ok" else None
    if given is not None:
        return json.dumps(given), tool, mode
    value = _Gen(schema, _quotes(_source_text(body.get("messages", []))), config.empty_arrays).value(schema)
    if outcome == "invalid":  # well-formed JSON that breaks the schema
        value = {"__not_a_field__": True} if not isinstance(value, dict) else {
            k: (12345 if isinstance(v, str) else "not-valid") for k, v in value.items()} or {"x": 1}
    text = json.dumps(value)
    if outcome == "garbage":
        text = text[: max(1, len(text) // 2)] + " <<garbage"
    return text, tool, mode


def _given(body: dict, config: FakeConfig, name: str | None) -> Any:
    if not config.answers or not name:
        return None
    text = "\n".join(_content(m) for m in body.get("messages", []))
    for key, by_schema in config.answers.items():
        if key in text and name in by_schema:
            return by_schema[name]
    return None


def completion_body(body: dict, text: str, tool: str | None, mode: str) -> dict:
    prompt_chars = sum(len(_content(m)) for m in body.get("messages", [])) + len(json.dumps(body.get("tools") or []))
    usage = {"prompt_tokens": max(1, prompt_chars // 4), "completion_tokens": max(1, len(text) // 4)}
    usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
    message: dict[str, Any] = {"role": "assistant", "content": None if mode == "tools" else text}
    if mode == "tools":
        message["tool_calls"] = [{"id": "call_" + uuid.uuid4().hex[:12], "type": "function",
                                  "function": {"name": tool or "answer", "arguments": text}}]
    return {"id": "chatcmpl-" + uuid.uuid4().hex[:16], "object": "chat.completion", "created": int(time.time()),
            "model": body.get("model", "fake"), "system_fingerprint": "fake-openai",
            "choices": [{"index": 0, "message": message, "finish_reason": "tool_calls" if mode == "tools" else "stop",
                         "logprobs": None}], "usage": usage}


# ------------------------------------------------------------------ HTTP
def _handler(state: FakeState):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body go out as two writes: with Nagle on, the second waited
        # for the client's delayed ACK, ~40 ms per answer on top of the configured latency

        def log_message(self, *args):  # quiet
            pass

        def _send(self, status: int, payload: dict | str, headers: dict | None = None) -> None:
            data = (payload if isinstance(payload, str) else json.dumps(payload)).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            try:
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def do_GET(self):
            if self.path.rstrip("/").endswith("/models"):
                self._send(200, {"object": "list", "data": [{"id": "fake", "object": "model"}]})
            else:
                self._send(404, {"error": {"message": "not found", "type": "invalid_request_error"}})

        def do_POST(self):
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b"{}"
            if not self.path.rstrip("/").endswith("/chat/completions"):
                self._send(404, {"error": {"message": f"no route {self.path}", "type": "invalid_request_error"}})
                return
            try:
                body = json.loads(raw)
            except ValueError:
                self._send(400, {"error": {"message": "body is not JSON", "type": "invalid_request_error"}})
                return
            outcome = state.pick()
            with state.lock:
                state.requests.append(body)
                state.outcomes[outcome] += 1
            cfg = state.config
            if cfg.latency_s:
                time.sleep(cfg.latency_s)
            if outcome == "429":
                self._send(429, {"error": {"message": "Rate limit reached (fake)", "type": "rate_limit_error",
                                           "code": "rate_limit_exceeded"}}, {"retry-after-ms": "10"})
                return
            if outcome == "500":
                self._send(500, {"error": {"message": "The server had an error (fake)", "type": "server_error"}})
                return
            if outcome == "timeout":
                time.sleep(cfg.hang_s)
                self._send(504, {"error": {"message": "gateway timeout (fake)", "type": "server_error"}})
                return
            text, tool, mode = answer(body, cfg, outcome)
            if cfg.tokens_per_s:
                time.sleep(len(text) / 4 / cfg.tokens_per_s)
            self._send(200, completion_body(body, text, tool, mode))

    return Handler


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):  # a client that gave up (timeout) is not news
        import sys

        if not isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError, TimeoutError)):
            super().handle_error(request, client_address)


class FakeOpenAI:
    """The server in a background thread: ``with FakeOpenAI(config) as srv: srv.base_url``."""

    def __init__(self, config: FakeConfig | None = None, host: str = "127.0.0.1", port: int = 0):
        self.state = FakeState(config or FakeConfig())
        if self.state.config.seed is not None:
            self.state.rng.seed(self.state.config.seed)
        self.httpd = _Server((host, port), _handler(self.state))
        self.thread: threading.Thread | None = None

    @property
    def config(self) -> FakeConfig:
        return self.state.config

    @property
    def port(self) -> int:
        return self.httpd.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    @property
    def requests(self) -> list[dict]:
        return self.state.requests

    @property
    def outcomes(self) -> Counter:
        return self.state.outcomes

    def script(self, *outcomes: str) -> None:
        """Force the outcome of the next requests, e.g. ``script("invalid", "ok")``."""
        for o in outcomes:
            if o not in FAULTS + ("ok",):
                raise ValueError(f"unknown outcome {o!r}; use one of {FAULTS + ('ok',)}")
        with self.state.lock:
            self.state.script.extend(outcomes)

    def reset(self) -> None:
        with self.state.lock:
            self.state.requests.clear()
            self.state.outcomes.clear()
            self.state.script.clear()

    def start(self) -> "FakeOpenAI":
        self.thread = threading.Thread(target=self.httpd.serve_forever, name="fake-openai", daemon=True)
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> "FakeOpenAI":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description="OpenAI-compatible fake server (tests and benchmarks).")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8911)
    p.add_argument("--latency", type=float, default=0.0, help="seconds added to every answer")
    p.add_argument("--tokens-per-s", type=float, default=0.0, help="generation speed; 0 = instant")
    p.add_argument("--fault-rate", type=float, default=0.0, help="total fault rate, split over 429/500/timeout/garbage")
    p.add_argument("--hang", type=float, default=5.0, help="seconds a timeout fault stalls")
    p.add_argument("--seed", type=int, default=None)
    p.add_argument("--answers", default=None, help="JSON file {key: {schema name: arguments}} (see FakeConfig.answers)")
    a = p.parse_args(argv)
    cfg = FakeConfig.mixed(a.fault_rate, latency_s=a.latency, tokens_per_s=a.tokens_per_s, hang_s=a.hang, seed=a.seed)
    if a.answers:
        with open(a.answers, encoding="utf-8") as fh:
            cfg.answers = json.load(fh)
    srv = FakeOpenAI(cfg, host=a.host, port=a.port)
    print(f"fake OpenAI server on http://{a.host}:{srv.port}/v1 (fault rate {a.fault_rate:.0%})", flush=True)
    try:
        srv.httpd.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
