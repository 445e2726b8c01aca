"""The writes of one draft on the request path (issue 20): brief, fit row and job status in one transaction,
the brief kept whatever stops fit, the intake commits non-durable on PostgreSQL only where a durable
commit of the same request follows, and the create answer equal to the general read of the draft."""
from __future__ import annotations

import threading

import pytest
from sqlalchemy import event, text
from sqlmodel import select

from service.core.db import get_engine, session_scope
from service.core.errors import LLMFailure
from service.core.models import Draft, FitAssessment, Job
from service.workflows import jobs
from service.workflows.proposals import draft_for_job

JOB = ("Warehouse stock dashboard in React\n\nWe need a React dashboard with stock levels per warehouse, filters "
       "and CSV export. Our REST API is documented. Budget: $3,000, fixed price. Timeline: 3 weeks.\n"
       "Skills: React, TypeScript\nPayment method verified\n")


def _job(job_id: int) -> Job:
    with session_scope() as s:
        return s.get(Job, job_id)


def _write_transactions(fn):
    """Run ``fn``; return how many transactions of this thread wrote (INSERT / UPDATE / DELETE), and the
    statements that were sent inside them."""
    writes, current = [], []
    me = threading.get_ident()  # the ledger's writer thread commits on the same engine: not the request's writes

    def on_execute(conn, cursor, statement, *_):
        if threading.get_ident() == me:
            current.append(statement.split()[0].upper())

    def on_commit(conn):
        if threading.get_ident() != me:
            return
        if any(word in ("INSERT", "UPDATE", "DELETE") for word in current):
            writes.append(list(current))
        current.clear()

    engine = get_engine()
    event.listen(engine, "before_cursor_execute", on_execute)
    event.listen(engine, "commit", on_commit)
    try:
        result = fn()
    finally:
        event.remove(engine, "before_cursor_execute", on_execute)
        event.remove(engine, "commit", on_commit)
    return result, writes


def test_a_draft_writes_job_then_intake_then_draft(db):
    (draft, result), writes = _write_transactions(lambda: draft_for_job(JOB))
    assert draft.status == "pending_review" and result.job.status == "extracted" and result.job.brief
    # job row; brief + fit row + job status together; draft + its first version (the ledger writes from its thread)
    assert len(writes) == 3, writes
    job = _job(result.job.id)
    assert job.status == "extracted" and job.brief == result.job.brief and job.brief_model == result.job.brief_model
    with session_scope() as s:
        [fit] = s.exec(select(FitAssessment).where(FitAssessment.job_id == job.id)).all()
    assert fit.id == result.assessment_id == draft.assessment_id


def test_fit_failure_keeps_the_brief_with_the_reason(db, monkeypatch):
    def fails(*_a, **_k):
        raise LLMFailure("judge_fit failed", error_code="server_error", task="judge_fit", attempts=3)

    monkeypatch.setattr(jobs, "assess_fit", fails)
    with pytest.raises(LLMFailure) as info:
        draft_for_job(JOB)
    job = _job(info.value.extra["job_id"])
    assert job.status == "needs_attention" and "judge_fit failed" in job.attention_reason
    assert job.brief and job.brief_model  # a retry reuses it: no second extraction
    with session_scope() as s:
        [d] = s.exec(select(Draft).where(Draft.job_id == job.id)).all()
    assert d.status == "needs_attention" and d.version == 0


def test_a_bug_in_fit_still_keeps_the_brief(db, monkeypatch):
    def broken(*_a, **_k):
        raise RuntimeError("boom")

    monkeypatch.setattr(jobs, "assess_fit", broken)
    with pytest.raises(RuntimeError):
        jobs.intake(JOB)
    with session_scope() as s:
        [job] = s.exec(select(Job)).all()
    assert job.brief and job.status == "new"


def test_stored_brief_is_reused_and_fit_row_added_once(db):
    first = jobs.intake(JOB)
    again = jobs.process(first.job.id)  # same workspace: the stored assessment, no new row
    assert again.assessment_id == first.assessment_id and again.brief == first.brief
    with session_scope() as s:
        assert len(s.exec(select(FitAssessment).where(FitAssessment.job_id == first.job.id)).all()) == 1


def test_non_durable_commit_only_on_request(db):
    with session_scope(durable=False) as s:
        is_pg = s.get_bind().dialect.name == "postgresql"
        if is_pg:
            assert s.connection().execute(text("SHOW synchronous_commit")).scalar() == "off"
    if not is_pg:
        pytest.skip("SQLite never waits for a WAL flush: durable=False changes nothing there")
    with session_scope() as s:
        assert s.connection().execute(text("SHOW synchronous_commit")).scalar() == "on"  # SET LOCAL: this one only
    with session_scope(durable=False) as s:
        s.connection().execute(text("SELECT 1"))
    with session_scope() as s:  # the pooled connection did not keep the setting
        assert s.connection().execute(text("SHOW synchronous_commit")).scalar() == "on"
