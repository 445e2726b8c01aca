"""Migration 0002_intake upgrades a database at 0001 keeping every row (SQLite always, PostgreSQL when
DRAFTROOM_TEST_DATABASE_URL is set), and the new tables work afterwards."""
from __future__ import annotations


import pytest
from sqlalchemy import create_engine, inspect, text

from service.core import db as dbmod
from tests.pg import blank_postgres



def _seed(url: str) -> None:
    eng = create_engine(dbmod.normalise_url(url))
    with eng.begin() as c:
        c.execute(text("INSERT INTO users (name, role, created_at, disabled) VALUES ('ann', 'owner', '2026-11-30 10:00:00', false)"))
        for i in range(3):
            c.execute(text("INSERT INTO jobs (created_at, source_format, text_hash, title, raw_text, status, stage) "
                           "VALUES ('2026-11-30 10:00:00', 'text', :h, :t, 'body', 'new', 'identified')"),
                      {"h": f"h{i}", "t": f"job {i}"})
    eng.dispose()


def _check(url: str) -> None:
    dbmod.upgrade(url, "0001")
    _seed(url)
    dbmod.upgrade(url)
    assert dbmod.current_revision(url) == dbmod.head_revision()
    eng = create_engine(dbmod.normalise_url(url))
    tables = set(inspect(eng).get_table_names())
    assert {"intake_deliveries", "saved_searches", "alert_events"} <= tables
    with eng.begin() as c:
        assert [r[0] for r in c.execute(text("SELECT title FROM jobs ORDER BY id"))] == ["job 0", "job 1", "job 2"]
        assert c.execute(text("SELECT count(*) FROM users")).scalar() == 1
        c.execute(text("INSERT INTO intake_deliveries (received_at, source, auth, status, dedupe_key) "
                       "VALUES ('2026-12-04 10:00:00', 'generic', 'hmac', 'queued', 'upwork:~01x')"))
        with pytest.raises(Exception):
            with c.begin_nested():
                c.execute(text("INSERT INTO intake_deliveries (received_at, source, auth, status, dedupe_key) "
                               "VALUES ('2026-12-04 10:00:01', 'vollna', 'hmac', 'queued', 'upwork:~01x')"))
    eng.dispose()
    dbmod.reset_engines()


def test_upgrade_from_0001_keeps_rows_sqlite(tmp_path):
    _check(f"sqlite:///{tmp_path / 'old.db'}")


def test_upgrade_from_0001_keeps_rows_postgres():
    with blank_postgres("draftroom_mig") as url:
        _check(url)
