"""Look backward: outcomes by tier and criterion, and suggestions backed by numbers."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from service.core.config import DEMO_WORKSPACE
from service.core.db import session_scope
from service.core.errors import InvalidInput
from service.core.models import FitAssessment, Job
from service.core.workspace import CRITERIA, load_workspace
from service.fit.icp_review import format_review, parse_since, review_icp


def _add(tier: str, scores: dict[str, float], stage: str, outcome: str | None = None, days_ago: int = 5) -> None:
    crit = [{"name": c, "score": scores.get(c, 60.0)} for c in CRITERIA]
    with session_scope() as s:
        job = Job(text_hash=f"h{datetime.now().timestamp()}{tier}{stage}", title="t", stage=stage, outcome=outcome,
                  created_at=datetime.now(UTC) - timedelta(days=days_ago))
        s.add(job)
        s.flush()
        s.add(FitAssessment(job_id=job.id, workspace_hash="x", score=70, tier=tier, data={"criteria": crit}))


def test_review_finds_a_predictive_criterion_and_a_too_strict_floor(db):
    ws = load_workspace(DEMO_WORKSPACE)
    for i in range(4):  # replied jobs: high clarity; one of them under the service floor
        _add("strong", {"brief_clarity": 85 + i, "service_fit": 30 if i == 0 else 80}, "replied" if i % 2 else "won")
    for i in range(5):  # not replied: low clarity
        _add("possible", {"brief_clarity": 40 + i, "service_fit": 80}, "proposed")
    _add("strong", {}, "proposed", outcome="closed_no_hire")  # never hired: left out of the denominator
    _add("strong", {}, "identified")  # never proposed
    _add("strong", {}, "won", days_ago=400)  # outside the period
    r = review_icp(ws, since=parse_since("90d"))
    assert r.sent == 9 and r.replied == 4 and r.excluded_dead_ends == 1
    by_tier = {t.tier: t for t in r.tiers}
    assert by_tier["strong"].rate == 1.0 and by_tier["possible"].rate == 0.0 and by_tier["poor"].low_sample
    clarity = next(c for c in r.criteria if c.name == "brief_clarity")
    assert clarity.auc == 1.0 and clarity.mean_replied > clarity.mean_not_replied
    kinds = {(s.kind, s.target) for s in r.suggestions}
    assert ("weight", "brief_clarity") in kinds and ("floor", "service_fit") in kinds
    raise_clarity = next(s for s in r.suggestions if s.target == "brief_clarity")
    assert raise_clarity.suggested > raise_clarity.current and "AUC" in raise_clarity.evidence
    assert "brief_clarity" in format_review(r)


def test_too_few_outcomes_gives_no_suggestions(db):
    _add("strong", {}, "won")
    r = review_icp(load_workspace(DEMO_WORKSPACE), since=parse_since("30d"))
    assert r.suggestions == [] and "not enough outcomes" in r.notes[0]


@pytest.mark.parametrize("bad", ["", "90", "d90", "0d", "ninety days"])
def test_bad_period_is_a_clear_error(bad):
    with pytest.raises(InvalidInput) as err:
        parse_since(bad)
    assert err.value.field == "--since"
