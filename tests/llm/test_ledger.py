"""The ledger (issue 17 item 8): every row carries the rendered-prompt hash, the template hash (judge_fit's
too) and the draft id wherever the call belongs to a draft, including proposals drafted before their draft
row existed."""
from __future__ import annotations

from pathlib import Path

from sqlmodel import select

from service.core.db import session_scope
from service.core.models import LlmCall
from service.llm import ledger, templates

JOB = (Path(__file__).resolve().parents[2] / "service/demo_jobs/05_fastapi_integration.txt").read_text()


def _calls() -> list[LlmCall]:
    ledger.flush()  # rows are written by the ledger's writer thread; a reader flushes first
    with session_scope() as s:
        return list(s.exec(select(LlmCall).order_by(LlmCall.id)))


def test_prompt_hash_ignores_boundary_ids_but_not_content():
    def msgs(text: str) -> list[dict]:
        return [{"role": "system", "content": "Be brief."},
                {"role": "user", "content": str(templates.untrusted_block(text, "job post"))}]

    a, b = msgs("Need a FastAPI dev"), msgs("Need a FastAPI dev")
    assert a != b  # a fresh random boundary on every render
    assert ledger.prompt_hash(a) == ledger.prompt_hash(b)
    assert ledger.prompt_hash(a) != ledger.prompt_hash(msgs("Need a Django dev"))
    assert len(ledger.prompt_hash(a)) == 64


def test_every_row_has_its_hashes_and_the_draft_id(db):
    from service.fit.assess import JUDGE_TEMPLATE_HASH
    from service.workflows.proposals import draft_for_job

    draft, result = draft_for_job(JOB)
    rows = _calls()
    tasks = [r.task for r in rows]
    assert "extract_brief" in tasks and "judge_fit" in tasks and "draft_proposal" in tasks
    for r in rows:
        assert r.prompt_hash and len(r.prompt_hash) == 64, r.task
        assert r.template_id and r.template_hash and len(r.template_hash) == 64, r.task
        assert r.job_id == result.job.id, r.task
    judge = next(r for r in rows if r.task == "judge_fit")
    assert judge.template_hash == JUDGE_TEMPLATE_HASH
    for r in rows:
        if r.task in ("draft_proposal", "revise_proposal"):
            assert r.draft_id == draft.id
            assert r.template_hash == draft.template_hash or r.task == "revise_proposal"  # + the revise prompt
        else:  # brief and fit belong to the job, before any draft
            assert r.draft_id is None
    assert len({r.prompt_hash for r in rows}) == len(rows)  # different prompts, different hashes


class _M:  # response_model is unused by the ledger
    pass


def _record(draft_id=None, messages=None, **kw) -> int:
    from service.llm.types import LlmRequest

    req = LlmRequest(task="t", response_model=_M, messages=messages or [], draft_id=draft_id)
    return ledger.record(req, model_requested="offline", model_resolved="offline", latency_ms=1, **kw)


def test_link_draft_never_overwrites_another_drafts_id(db):
    owned = _record(draft_id=7, messages=[{"role": "user", "content": "x"}])
    free = _record()
    assert owned < 0 and free < 0  # queued for the writer thread: pending call ids
    assert ledger.link_draft([owned, free], 9) == 1
    rows = _calls()
    assert [r.draft_id for r in rows] == [7, 9]
    assert rows[0].prompt_hash and rows[1].prompt_hash is None  # no messages, no hash


def test_link_draft_after_the_rows_are_written(db):
    """The writer may have inserted the rows before the draft exists: the link is then an UPDATE, still
    never overwriting another draft's id; written rows' own (positive) ids are accepted too."""
    owned, free = _record(draft_id=7), _record()
    _record()
    ledger.flush()
    assert ledger.link_draft([owned, free], 9) == 1
    other_id = _calls()[2].id
    assert ledger.link_draft([other_id], 11) == 1
    assert [r.draft_id for r in _calls()] == [7, 9, 11]


def test_a_failed_call_is_written_before_record_returns(db):
    """Its id goes into the 502 the caller sends, so it is the row's real id."""
    _record()
    call_id = _record(status="error", error_code="timeout", error_message="slow")
    assert call_id > 0
    with session_scope() as s:  # no flush: the row (and the one queued before it) is there
        rows = list(s.exec(select(LlmCall).order_by(LlmCall.id)))
    assert [(r.id, r.status) for r in rows][-1] == (call_id, "error") and len(rows) == 2


def test_switching_databases_writes_the_queued_rows_first(db, tmp_path, monkeypatch):
    from service.core import db as dbmod
    from service.core.config import reset_settings

    _record()
    monkeypatch.setenv("DRAFTROOM_DATABASE_URL", f"sqlite:///{tmp_path / 'other.db'}")
    reset_settings()
    dbmod.reset_engines()  # flushes the ledger before forgetting the engines
    monkeypatch.setenv("DRAFTROOM_DATABASE_URL", db)
    reset_settings()
    assert len(_calls()) == 1


def test_rows_queued_by_a_process_are_written_when_it_exits(db):
    import subprocess
    import sys

    code = ("from service.llm import ledger\nfrom service.llm.types import LlmRequest\n"
            "req = LlmRequest(task='exit_test', response_model=object, messages=[])\n"
            "print(ledger.record(req, model_requested='offline', model_resolved='offline', latency_ms=1))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2]).stdout
    assert int(out) < 0  # still pending when the script ended: written by the exit hook
    assert [r.task for r in _calls()] == ["exit_test"]


def test_a_database_never_migrated_is_named_once_with_the_fix_and_not_retried(tmp_path, caplog):
    import logging

    from service.core.config import DEMO_WORKSPACE, overridden
    from service.core.workspace import load_workspace
    from service.drafting.proposal import draft_proposal
    from service.fit.assess import assess_fit
    from service.intake.extract import extract_brief
    from service.intake.parse import parse_job

    ws = load_workspace(DEMO_WORKSPACE)
    url = f"sqlite:///{tmp_path / 'never_migrated.db'}"
    with caplog.at_level(logging.WARNING, logger="service.llm.ledger"), overridden(database_url=url):
        for _ in range(2):
            brief = extract_brief(parse_job(JOB))
            draft_proposal(brief, assess_fit(brief, ws), ws)
        ledger.flush()
    said = [r.getMessage() for r in caplog.records if r.name == "service.llm.ledger"]
    assert len(said) == 1 and "draftroom db upgrade" in said[0] and "could not be written" not in said[0], said
