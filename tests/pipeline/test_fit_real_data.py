"""Fit scoring on real posts (read by path; skipped when the data is absent)."""
from __future__ import annotations

import itertools
import json

from service.core.config import DEMO_WORKSPACE
from service.core.workspace import load_workspace
from service.workflows.triage import score_record


def test_real_posts_score_with_verbatim_evidence(db, shared_jobs):
    ws = load_workspace(DEMO_WORKSPACE)
    with shared_jobs.open() as f:
        rows = [json.loads(line) for line in itertools.islice(f, 0, 1281, 16)]
    tiers = set()
    for row in rows:
        brief, a = score_record(row, ws)
        post = f"{brief.title}\n{brief.description}" if brief.title else brief.description
        tiers.add(a.tier)
        assert 0 <= a.score <= 100 and len(a.criteria) == 6
        for c in a.criteria:
            assert c.evidence == "not stated" or c.evidence.startswith("[") or c.evidence in post, (row["id"], c.name, c.evidence)
        for d in a.disqualifiers:
            assert d.evidence == "not stated" or d.evidence.startswith("[") or d.evidence in post
        if a.decided_by_rules:
            assert a.tier == "poor"
    assert "poor" in tiers and len(tiers) >= 2
