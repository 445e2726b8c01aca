"""Migration 0005_outcome_versions upgrades a 0004 database with rows in it and keeps every row: each pipeline
event gets the template id and version of the draft it was logged on (else "unknown"); ledger rows keep an
empty prompt_hash (their messages were never stored)."""
from __future__ import annotations

import contextlib

import pytest
from sqlalchemy import create_engine, text

from service.core import db as dbmod
from tests.pg import empty_database

T = "2025-03-01 00:00:00"


def _seed(conn) -> None:
    conn.execute(text("INSERT INTO jobs (created_at, source_format, text_hash, title, raw_text, status, stage) "
                      "VALUES (:t, 'text', 'h1', 'job 1', 'body', 'new', 'replied')"), {"t": T})
    job = conn.execute(text("SELECT id FROM jobs")).scalar()
    for template_id, template_hash in (("proposal_web_app.j2", "ab" * 32), ("proposal_default.j2", None), (None, None)):
        conn.execute(text(
            "INSERT INTO drafts (created_at, updated_at, job_id, kind, status, tier_rank, intake_at, version, "
            "template_id, template_hash, flags_acknowledged, export_count) VALUES (:t, :t, :j, 'proposal', 'exported', "
            "0, :t, 1, :ti, :th, false, 0)"), {"t": T, "j": job, "ti": template_id, "th": template_hash})
    drafts = [r[0] for r in conn.execute(text("SELECT id FROM drafts ORDER BY id"))]
    for draft_id, stage in ((drafts[0], "proposed"), (drafts[0], "replied"), (drafts[1], "proposed"),
                            (drafts[2], "proposed"), (None, "viewed")):
        conn.execute(text("INSERT INTO pipeline_events (job_id, draft_id, at, stage) VALUES (:j, :d, :t, :s)"),
                     {"j": job, "d": draft_id, "t": T, "s": stage})
    conn.execute(text("INSERT INTO llm_calls (at, task, draft_id, model_requested, template_id, template_hash, "
                      "input_tokens, output_tokens, cost_usd, latency_ms, attempts, cache_hit, status) VALUES "
                      "(:t, 'draft_proposal', :d, 'offline', 'proposal_web_app.j2', 'cd', 1, 2, 0, 1.5, 1, false, 'ok')"),
                 {"t": T, "d": drafts[0]})


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_upgrade_from_0004_traces_template_versions_and_keeps_every_row(backend, tmp_path):
    stack = contextlib.ExitStack()
    url = empty_database(backend, tmp_path, stack)
    try:
        dbmod.upgrade(url, "0004_accounts")
        eng = create_engine(dbmod.normalise_url(url))
        with eng.begin() as conn:
            _seed(conn)
            before = {t: conn.execute(text(f"SELECT * FROM {t} ORDER BY id")).all()
                      for t in ("jobs", "drafts", "pipeline_events", "llm_calls")}
        dbmod.upgrade(url)
        assert dbmod.current_revision(url) == dbmod.head_revision()
        with eng.connect() as conn:
            after = {t: conn.execute(text(f"SELECT * FROM {t} ORDER BY id")).all() for t in before}
            events = conn.execute(text("SELECT draft_id, stage, template_id, template_version FROM pipeline_events "
                                       "ORDER BY id")).all()
            calls = conn.execute(text("SELECT task, template_hash, prompt_hash FROM llm_calls")).all()
        eng.dispose()
        for table, rows in before.items():  # every row kept, every old column unchanged
            assert [tuple(r)[:len(rows[0])] for r in after[table]] == [tuple(r) for r in rows], table
        d = [r[0] for r in before["drafts"]]
        assert [tuple(e) for e in events] == [
            (d[0], "proposed", "proposal_web_app.j2", "ab" * 6), (d[0], "replied", "proposal_web_app.j2", "ab" * 6),
            (d[1], "proposed", "proposal_default.j2", "unknown"), (d[2], "proposed", "unknown", "unknown"),
            (None, "viewed", "unknown", "unknown")]
        assert [tuple(c) for c in calls] == [("draft_proposal", "cd", None)]
    finally:
        dbmod.reset_engines()
        stack.close()
