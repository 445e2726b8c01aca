"""Failure semantics: a model failure after the retry budget keeps the job and the draft request in
needs_attention with the reason, and retry re-runs them (fake gateway with a response queue)."""
from __future__ import annotations

import pytest
from sqlmodel import select

from service.core.db import session_scope
from service.core.errors import Conflict, LLMFailure
from service.core.models import Draft, DraftVersion, Job
from service.workflows.proposals import draft_for_job, draft_for_stored_job
from service.workflows.retry import retry
from tests.llm.fake_gateway import failure, install

JOB = ("Inventory dashboard in React\n\nWe need a React dashboard that shows stock levels per warehouse, "
       "with filters and CSV export. Our API is documented. Budget: $4,000, fixed price. Timeline: 4 weeks.\n"
       "Skills: React, TypeScript\nPayment method verified\n")


def _drafts(job_id: int) -> list[Draft]:
    with session_scope() as s:
        return list(s.exec(select(Draft).where(Draft.job_id == job_id)).all())


def _job(job_id: int) -> Job:
    with session_scope() as s:
        return s.get(Job, job_id)


def test_extraction_failure_keeps_job_and_draft_request(db, monkeypatch):
    fake = install(monkeypatch, [failure("extract_brief", "rate_limit", 6)])
    with pytest.raises(LLMFailure) as info:
        draft_for_job(JOB)
    err = info.value
    job_id, draft_id = err.extra["job_id"], err.extra["draft_id"]
    assert "retry" in err.one_line() and str(draft_id) in err.one_line()
    job = _job(job_id)
    assert job.status == "needs_attention" and job.raw_text == JOB
    assert "extract_brief failed: rate_limit after 6" in job.attention_reason
    [d] = _drafts(job_id)
    assert (d.id, d.status, d.version) == (draft_id, "needs_attention", 0)
    assert "rate_limit" in d.attention_reason
    with session_scope() as s:
        assert s.exec(select(DraftVersion).where(DraftVersion.draft_id == draft_id)).all() == []
    assert fake.calls == ["extract_brief"]

    redone = retry(draft_id)  # the queue is empty now: the offline engine answers
    assert (redone.id, redone.status, redone.version) == (draft_id, "pending_review", 1)
    assert redone.attention_reason is None and redone.tier is not None
    assert _job(job_id).status == "extracted" and _job(job_id).attention_reason is None
    with session_scope() as s:
        [v] = s.exec(select(DraftVersion).where(DraftVersion.draft_id == draft_id)).all()
        assert v.source == "ai" and v.text.strip()


def test_drafting_failure_keeps_brief_fit_and_tier(db, monkeypatch):
    install(monkeypatch, [{"task": "draft_proposal", "answer": failure("draft_proposal", "timeout", 4)}])
    with pytest.raises(LLMFailure) as info:
        draft_for_job(JOB)
    job_id = info.value.extra["job_id"]
    job = _job(job_id)
    assert job.status == "extracted" and job.brief  # the brief survived
    [d] = _drafts(job_id)
    assert d.status == "needs_attention" and d.version == 0 and d.tier and d.assessment_id
    assert d.attention_reason.startswith("draft_proposal failed: timeout after 4")


def test_a_second_failure_and_a_later_success_never_duplicate(db, monkeypatch):
    install(monkeypatch, [failure(), failure()])
    for _ in range(2):
        with pytest.raises(LLMFailure) as info:
            draft_for_job(JOB)  # the same job pasted twice while the model is down
    job_id = info.value.extra["job_id"]
    assert len(_drafts(job_id)) == 1
    d, _ = draft_for_job(JOB)  # pasted again once the model is back: fills the kept request
    [only] = _drafts(job_id)
    assert only.id == d.id and only.status == "pending_review" and only.version == 1


def test_retry_fails_again_and_stays_kept(db, monkeypatch):
    install(monkeypatch, [failure(), failure("extract_brief", "server_error", 6)])
    with pytest.raises(LLMFailure) as info:
        draft_for_job(JOB)
    draft_id = info.value.extra["draft_id"]
    with pytest.raises(LLMFailure) as again:
        retry(draft_id)
    assert again.value.extra["draft_id"] == draft_id
    [d] = _drafts(info.value.extra["job_id"])
    assert d.status == "needs_attention" and "server_error" in d.attention_reason


def test_retry_job_and_refusals(db, monkeypatch):
    install(monkeypatch, [{"task": "judge_fit", "answer": failure("judge_fit", "invalid_output", 2)}])
    from service.workflows.jobs import intake

    with pytest.raises(LLMFailure) as info:
        intake(JOB)
    job_id = info.value.extra["job_id"]
    assert _job(job_id).status == "needs_attention" and _job(job_id).brief  # brief kept, fit failed
    result = retry(job_id, job=True)
    assert result.job.status == "extracted" and result.fit.tier
    d = draft_for_stored_job(job_id)
    with pytest.raises(Conflict):
        retry(d.id)  # pending_review: nothing to retry
    from service.core.errors import NotFound

    with pytest.raises(NotFound):
        retry(99999)
