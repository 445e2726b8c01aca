"""Fixtures for the real HTTP path: the fake OpenAI server on 127.0.0.1 and a model pointed at it."""
from __future__ import annotations

import os

import pytest

# litellm reads these at import time: short backoff between Router retries in tests.
os.environ.setdefault("INITIAL_RETRY_DELAY", "0.01")
os.environ.setdefault("JITTER", "0.01")

from service.core.config import reset_settings  # noqa: E402
from service.llm import reset_gateway  # noqa: E402
from tests.fakes.fake_openai import FakeConfig, FakeOpenAI  # noqa: E402

MODEL = "openai/gpt-4o-mini"      # known to litellm's local cost map, so cost is computed
FALLBACK = "openai/gpt-4o"
# the per-request timeout, and how long a "timeout" fault stalls (longer): a fast answer must never hit the timeout,
# even on a loaded 2-core CI machine (at 0.5 s, "garbage then ok" failed 4 of 4 runs with both cores busy)
TIMEOUT_S, HANG_S = 3.0, 4.0


@pytest.fixture(scope="session")
def fake_server():
    with FakeOpenAI(FakeConfig(hang_s=HANG_S, seed=7)) as srv:
        yield srv


@pytest.fixture
def fake_openai(fake_server):
    """The shared fake server, reset (no faults, empty log) for this test."""
    fake_server.reset()
    cfg = fake_server.config
    cfg.rate_429 = cfg.rate_500 = cfg.rate_timeout = cfg.rate_garbage = cfg.rate_invalid = 0.0
    cfg.latency_s, cfg.hang_s = 0.0, HANG_S
    yield fake_server
    fake_server.reset()


@pytest.fixture
def real_model(db, fake_openai, monkeypatch):
    """DRAFTROOM_MODEL=openai/... against the fake server, with a small explicit budget."""
    monkeypatch.setenv("DRAFTROOM_MODEL", MODEL)
    monkeypatch.setenv("OPENAI_API_BASE", fake_openai.base_url)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-not-a-key")
    monkeypatch.setenv("DRAFTROOM_LLM_TIMEOUT_S", str(TIMEOUT_S))
    monkeypatch.setenv("DRAFTROOM_LLM_RETRIES", "1")
    monkeypatch.setenv("DRAFTROOM_LLM_REASKS", "1")
    monkeypatch.delenv("DRAFTROOM_FALLBACK_MODELS", raising=False)
    reset_settings()
    reset_gateway()
    yield fake_openai
    reset_settings()
    reset_gateway()
