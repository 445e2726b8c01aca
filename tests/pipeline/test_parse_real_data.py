"""The parser on the real pasted pages of ../shared/data/jobs.jsonl (skips when the file is absent)."""
from __future__ import annotations

import json

from evals.parser_set import measure


def test_raw_text_rows_parse_right_without_hallucination(shared_jobs):
    rows = [json.loads(line) for line in shared_jobs.open(encoding="utf-8")]
    rows = [r for r in rows if r.get("raw_text")]
    assert len(rows) >= 20
    res = measure(rows)
    assert res["accuracy"] >= 0.95, res["wrong"]
    assert res["hallucinated"] == [], res["hallucinated"]


def test_every_real_post_parses_as_json_record(shared_jobs):
    from service.intake.parse import parse_job

    for line in shared_jobs.open(encoding="utf-8"):
        row = json.loads(line)
        p = parse_job({"title": row["title"], "description": row["description"]})
        assert p.title == " ".join(row["title"].split())
