"""``draftroom doctor`` (issue 21): one line per check, exit 1 and a fix when one fails."""
from __future__ import annotations

from service.workflows import doctor


def _by_name(checks):
    return {c.name: c for c in checks}


def test_a_ready_machine_passes_every_check(db):
    checks = _by_name(doctor.run_checks())
    assert set(checks) == {"python", "database", "model", "workspace"}  # no redis line with the sqlite backend
    assert all(c.ok for c in checks.values()), checks


def test_each_problem_is_named_with_its_fix(db, monkeypatch, tmp_path):
    from service.core import config

    bad_ws = tmp_path / "ws.yaml"
    bad_ws.write_text("profile: {}\n")
    monkeypatch.setenv("DRAFTROOM_WORKSPACE", str(bad_ws))
    monkeypatch.setenv("DRAFTROOM_MODEL", "openai/gpt-4o-mini")
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.setenv("DRAFTROOM_TASK_BACKEND", "redis")
    monkeypatch.setenv("DRAFTROOM_REDIS_URL", "redis://127.0.0.1:1/0")  # nothing listens on port 1
    config.reset_settings()
    try:
        checks = _by_name(doctor.run_checks())
    finally:  # no cached settings from this test for the next one
        monkeypatch.undo()
        config.reset_settings()
    assert not checks["model"].ok and "OPENAI_API_KEY" in checks["model"].detail
    assert not checks["redis"].ok and "DRAFTROOM_TASK_BACKEND=sqlite" in checks["redis"].detail
    assert not checks["workspace"].ok
    assert checks["database"].ok and checks["python"].ok


def test_an_unmigrated_database_says_to_upgrade(tmp_path, monkeypatch):
    from sqlalchemy import create_engine

    from service.core import config
    from service.core import db as dbmod

    url = f"sqlite:///{tmp_path / 'empty.db'}"
    create_engine(url).dispose()
    monkeypatch.setenv("DRAFTROOM_DATABASE_URL", url)
    config.reset_settings()
    try:
        check = _by_name(doctor.run_checks())["database"]
    finally:
        monkeypatch.undo()
        config.reset_settings()
        dbmod.reset_engines()
    assert not check.ok and "draftroom db upgrade" in check.detail
