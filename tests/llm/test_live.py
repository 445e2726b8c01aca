"""A real provider, only when asked: DRAFTROOM_LIVE_MODEL (e.g. openai/gpt-4o-mini) plus its key.

Run: DRAFTROOM_LIVE_MODEL=openai/gpt-4o-mini OPENAI_API_KEY=... pytest -m live -p no:socket tests/llm/test_live.py
(pytest-socket blocks every non-loopback host otherwise)."""
from __future__ import annotations

import os

import pytest

from service.fit.schemas import FitJudgement
from service.llm import LlmRequest, get_gateway

LIVE_MODEL = os.environ.get("DRAFTROOM_LIVE_MODEL", "")
KEYS = ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "AZURE_API_KEY", "GEMINI_API_KEY")
HAS_KEY = any(os.environ.get(k, "").strip() not in ("", "x", "sk-test-not-a-key") for k in KEYS)


@pytest.mark.live
@pytest.mark.skipif(not (LIVE_MODEL and HAS_KEY), reason="set DRAFTROOM_LIVE_MODEL and the provider's API key")
def test_live_provider_structured_answer(db, monkeypatch):
    from service.core.config import reset_settings
    from service.llm import reset_gateway

    monkeypatch.setenv("DRAFTROOM_MODEL", LIVE_MODEL)
    reset_settings()
    reset_gateway()
    post = "We need a Django developer to upgrade our app from 3.2 to 5.0. Clear test suite. Long-term work."
    result = get_gateway().run(LlmRequest(task="judge_fit", response_model=FitJudgement, messages=[
        {"role": "system", "content": "Score brief_clarity, communication_quality, strategic_value 0-100 with quotes."},
        {"role": "user", "content": f"<job>\n{post}\n</job>"}]))
    assert isinstance(result.value, FitJudgement)
    assert result.input_tokens > 0 and result.latency_ms > 0
