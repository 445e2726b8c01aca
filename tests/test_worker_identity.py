"""The task worker that settles a background draft is named (host:pid) in the audit row it writes, so
an operator (and bench/bench_scaleout.py) can see which worker drafted what."""
from __future__ import annotations

import os
import socket

import pytest

from service.accounts import audit
from service.accounts.auth import add_user, principal_for
from service.workflows import tasks


@pytest.fixture
def immediate(db, monkeypatch):
    from service.core.config import reset_settings

    monkeypatch.setenv("DRAFTROOM_TASK_BACKEND", "immediate")
    reset_settings()
    tasks.reset_huey()
    add_user("bea", "bidder")
    yield principal_for("bea")
    tasks.reset_huey()


def _terminal_events(draft_id: int) -> list:
    return [e for e in audit.query(target_type="draft", target_id=draft_id)
            if e.action in ("drafted", "needs_attention")]


def test_drafted_audit_row_names_the_worker(immediate, demo_job_text):
    draft = tasks.submit_draft(demo_job_text, immediate)
    [event] = _terminal_events(draft.id)
    assert event.action == "drafted"
    assert event.detail["worker"] == f"{socket.gethostname()}:{os.getpid()}" == tasks.worker_name()


def test_needs_attention_audit_row_names_the_worker(immediate, demo_job_text, monkeypatch):
    from service.core.errors import LLMFailure

    def boom(*a, **k):
        raise LLMFailure("model timed out after 3 attempts", field="model")

    monkeypatch.setattr("service.drafting.proposal.draft_proposal", boom)
    draft = tasks.submit_draft(demo_job_text, immediate)
    [event] = _terminal_events(draft.id)
    assert event.action == "needs_attention" and event.detail["worker"] == tasks.worker_name()
