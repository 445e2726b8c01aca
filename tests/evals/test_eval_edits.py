"""Human edits as an eval signal: edit distance by template/model/reviewer, untouched approvals,
rejections by reason, time in review, and cost per draft from the ledger."""
from __future__ import annotations

from datetime import timedelta

from typer.testing import CliRunner

from evals.edits import collect, markdown, summarise
from service.core.db import session_scope
from service.core.models import Draft, DraftVersion, LlmCall, User, utcnow
from service.review.state import content_hash

AI = "Your Stripe webhooks drop events on retries. I would make the handler idempotent. Shall we talk on Tuesday?"


def _draft(s, *, status, reviewer=None, final=None, reason=None, template_hash="aaaa1111", model="offline", minutes=30,
           cost=0.0):
    t0 = utcnow() - timedelta(hours=2)
    d = Draft(status=status, template_id="proposal_api_backend.j2", template_hash=template_hash, model=model,
              created_at=t0, updated_at=t0 + timedelta(minutes=minutes), reject_reason=reason)
    s.add(d)
    s.flush()
    s.add(DraftVersion(draft_id=d.id, number=1, source="ai", text=AI, content_hash=content_hash(AI)))
    if final is not None:
        s.add(DraftVersion(draft_id=d.id, number=2, source="human", text=final, content_hash=content_hash(final)))
    if status in ("approved", "exported"):
        d.approved_version = 2 if final is not None else 1
        d.approved_by = reviewer.id
        d.approved_at = t0 + timedelta(minutes=minutes)
    s.add(LlmCall(task="draft_proposal", draft_id=d.id, model_requested=model, cost_usd=cost, latency_ms=1200,
                  input_tokens=900, output_tokens=300))
    s.add(d)


def test_edit_statistics_from_the_review_database(db):
    with session_scope() as s:
        ana, ben = User(name="Ana", role="bidder"), User(name="Ben", role="bidder")
        s.add_all([ana, ben])
        s.flush()
        _draft(s, status="approved", reviewer=ana, minutes=10, cost=0.002)                       # untouched
        _draft(s, status="exported", reviewer=ben, final=AI.replace("Tuesday", "Wednesday morning"), minutes=50,
               template_hash="bbbb2222", model="openai/gpt-4o-mini", cost=0.004)                     # 1 sub + 1 insert
        _draft(s, status="rejected", reason="tone", minutes=5)
        _draft(s, status="rejected", reason="off_target", minutes=7)
        _draft(s, status="pending_review")
    stats = summarise(collect())
    assert stats["drafts"] == 5 and stats["decided"] == 4 and stats["approved"] == 2
    assert stats["untouched_approval_rate"] == 0.5
    assert stats["rejection_rate"] == 0.5
    assert stats["rejection_by_reason"]["tone"] == {"n": 1, "share_of_decided": 0.25}
    assert stats["by_reviewer"]["Ben"]["edit_words_median"] == 2 and stats["by_reviewer"]["Ana"]["untouched_rate"] == 1.0
    assert stats["by_reviewer"]["Ben"]["low_sample"] is True
    assert set(stats["by_template"]) == {"proposal_api_backend.j2@aaaa1111", "proposal_api_backend.j2@bbbb2222"}
    assert stats["by_model"]["openai/gpt-4o-mini"]["n"] == 1
    assert stats["review_minutes_median"] == 8.5  # 10, 50, 5, 7 minutes
    assert abs(stats["cost_usd_per_draft"] - 0.0012) < 1e-9 and stats["latency_ms_per_draft"] == 1200
    text = markdown(stats)
    assert "Rejections by reason" in text and "(low sample)" in text


def test_cli_eval_edits_prints_the_report(db, tmp_path):
    from service.cli import app

    result = CliRunner().invoke(app, ["eval", "edits", "--out", str(tmp_path / "edits")])
    assert result.exit_code == 0, result.output
    assert "0 draft(s), 0 decided" in result.output and "low sample" in result.output
    assert (tmp_path / "edits" / "edits.json").is_file()
