"""Migration 0006_queue_lint: a database made by the old main (0004) upgrades with every row kept, and each
draft's lint becomes the lint of its current version (a human edit's re-lint, not the AI original's)."""
from __future__ import annotations

import contextlib
import json

import pytest
from sqlalchemy import create_engine, text

from service.core import db as dbmod
from tests.pg import empty_database

AI_LINT = {"checks": [{"id": "word_bounds", "passed": True}], "word_count": 120}
EDIT_LINT = {"checks": [{"id": "word_bounds", "passed": True}, {"id": "no_contact_details", "passed": False},
                        {"id": "no_foreign_urls", "passed": False}], "word_count": 131}


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_upgrade_copies_the_current_versions_lint_and_keeps_every_row(backend, tmp_path):
    stack = contextlib.ExitStack()
    url = empty_database(backend, tmp_path, stack)
    try:
        dbmod.upgrade(url, "0004_accounts")
        eng = create_engine(dbmod.normalise_url(url))
        now = "2026-12-01 10:00:00"
        with eng.begin() as conn:
            conn.execute(text("INSERT INTO jobs (id, created_at, source_format, text_hash, title, raw_text, status, stage) "
                              "VALUES (1, :t, 'text', 'h1', 'Job', 'post', 'extracted', 'identified')"), {"t": now})
            for did, version in ((1, 2), (2, 1)):  # 1: edited (v2 is a human edit), 2: the AI original only
                conn.execute(text(
                    "INSERT INTO drafts (id, created_at, updated_at, job_id, kind, status, tier_rank, intake_at, version, "
                    "lint, flags_acknowledged, export_count) VALUES (:id, :t, :t, 1, 'proposal', 'in_review', 0, :t, "
                    ":v, :lint, false, 0)"), {"id": did, "t": now, "v": version, "lint": json.dumps(AI_LINT)})
                conn.execute(text("INSERT INTO draft_versions (draft_id, number, created_at, source, text, content_hash, lint) "
                                  "VALUES (:d, 1, :t, 'ai', 'AI text', 'a', :lint)"),
                             {"d": did, "t": now, "lint": json.dumps(AI_LINT)})
            conn.execute(text("INSERT INTO draft_versions (draft_id, number, created_at, source, text, content_hash, lint) "
                              "VALUES (1, 2, :t, 'human', 'edited text', 'b', :lint)"), {"t": now, "lint": json.dumps(EDIT_LINT)})
            before = conn.execute(text("SELECT id, status, version FROM drafts ORDER BY id")).all()
            versions_before = conn.execute(text("SELECT draft_id, number, text FROM draft_versions ORDER BY id")).all()
        dbmod.upgrade(url)
        with eng.connect() as conn:
            after = conn.execute(text("SELECT id, status, version FROM drafts ORDER BY id")).all()
            versions_after = conn.execute(text("SELECT draft_id, number, text FROM draft_versions ORDER BY id")).all()
            lints = dict(conn.execute(text("SELECT id, lint FROM drafts ORDER BY id")).all())
        eng.dispose()
        assert [tuple(r) for r in after] == [tuple(r) for r in before]
        assert [tuple(r) for r in versions_after] == [tuple(r) for r in versions_before]
        as_dict = {k: (json.loads(v) if isinstance(v, str) else v) for k, v in lints.items()}
        assert as_dict[1] == EDIT_LINT and as_dict[2] == AI_LINT
    finally:
        dbmod.reset_engines()
        stack.close()
