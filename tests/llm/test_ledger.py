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


def test_link_draft_never_overwrites_another_drafts_id(db):
    from service.llm.types import LlmRequest

    class _M:  # response_model is unused by the ledger
        pass

    req = LlmRequest(task="t", response_model=_M, messages=[{"role": "user", "content": "x"}], draft_id=7)
    owned = ledger.record(req, model_requested="offline", model_resolved="offline", latency_ms=1)
    free = ledger.record(LlmRequest(task="t", response_model=_M, messages=[]), model_requested="offline",
                         model_resolved="offline", latency_ms=1)
    assert ledger.link_draft([owned, free], 9) == 1
    assert {r.id: r.draft_id for r in _calls()} == {owned: 7, free: 9}
    assert {r.id: r.prompt_hash for r in _calls()}[free] is None  # no messages, no hash
