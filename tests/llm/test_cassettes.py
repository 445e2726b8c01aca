"""Replayed vcrpy cassettes through the real litellm + instructor path (record_mode none: a request
that is not in a cassette fails instead of reaching any network)."""
from __future__ import annotations

import pytest

from service.llm import LlmRequest, get_gateway
from tests.llm.cassette_cases import CASES, CASSETTES, messages, vcr_config


@pytest.fixture
def replay_model(db, monkeypatch):
    from service.core.config import reset_settings
    from service.llm import reset_gateway

    monkeypatch.setenv("DRAFTROOM_MODEL", "openai/gpt-4o-mini")
    monkeypatch.setenv("OPENAI_API_BASE", "http://127.0.0.1:9/v1")  # nothing listens: only the cassette answers
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-not-a-key")
    monkeypatch.setenv("DRAFTROOM_LLM_RETRIES", "0")
    monkeypatch.setenv("DRAFTROOM_LLM_REASKS", "1")
    reset_settings()
    reset_gateway()
    yield
    reset_settings()
    reset_gateway()


@pytest.mark.parametrize("task", sorted(CASES))
def test_cassette_replay(replay_model, task):
    cassette = CASSETTES / f"{task}.yaml"
    assert cassette.exists(), "record with: python -m tests.llm.cassette_cases"
    assert "sk-" not in cassette.read_text()  # keys are filtered
    with vcr_config("none").use_cassette(cassette.name) as cas:
        result = get_gateway().run(LlmRequest(task=task, response_model=CASES[task], messages=messages(task),
                                              temperature=0.0))
    assert isinstance(result.value, CASES[task]) and result.input_tokens > 0
    expected = 2 if task == "draft_proposal" else 1  # draft_proposal: validation error, then success
    assert cas.play_count == expected and result.attempts == expected
