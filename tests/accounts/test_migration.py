"""Migration 0004_accounts upgrades a 0001 database with rows in it and keeps every row: the contracts'
JSON milestones are copied into contract_milestones (done → 'done', else 'open') and left in place."""
from __future__ import annotations

import contextlib

import pytest
from sqlalchemy import create_engine, text

from service.core import db as dbmod
from tests.pg import empty_database

ROWS = [  # (client, title, milestones JSON)
    ("Dana Ortiz", "Dashboard", '[{"title": "Wireframes", "due": "2025-03-07", "done": true}, '
                                 '{"title": "Reports page", "due": "2025-03-21", "done": false}]'),
    ("Sam Lee", "API hardening", '["Retry queue", {"title": "Rate limits", "due": "not a date"}, {"title": "  "}]'),
    ("Ana Ruiz", "No milestones", None),
]


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_upgrade_from_0001_keeps_every_row(backend, tmp_path):
    stack = contextlib.ExitStack()
    url = empty_database(backend, tmp_path, stack)
    try:
        dbmod.upgrade(url, "0001")
        eng = create_engine(dbmod.normalise_url(url))
        with eng.begin() as conn:
            for client, title, ms in ROWS:
                conn.execute(text("INSERT INTO contracts (created_at, client_name, title, cadence, milestones, status) "
                                  "VALUES (:t, :c, :ti, 'weekly', :m, 'active')"),
                             {"t": "2025-03-01 00:00:00", "c": client, "ti": title, "m": ms})
            before = conn.execute(text("SELECT id, client_name, title, milestones FROM contracts ORDER BY id")).all()
        dbmod.upgrade(url)
        assert dbmod.current_revision(url) == dbmod.head_revision()  # 0004_accounts or later
        with eng.connect() as conn:
            after = conn.execute(text("SELECT id, client_name, title, milestones FROM contracts ORDER BY id")).all()
            copied = conn.execute(text("SELECT contract_id, position, title, due, status FROM contract_milestones "
                                       "ORDER BY contract_id, position")).all()
        eng.dispose()
        assert [tuple(r) for r in after] == [tuple(r) for r in before]
        c1, c2 = before[0][0], before[1][0]
        assert [(r[0], r[1], r[2], str(r[3]) if r[3] else None, r[4]) for r in copied] == [
            (c1, 0, "Wireframes", "2025-03-07", "done"), (c1, 1, "Reports page", "2025-03-21", "open"),
            (c2, 0, "Retry queue", None, "open"), (c2, 1, "Rate limits", None, "open")]
    finally:
        dbmod.reset_engines()
        stack.close()
