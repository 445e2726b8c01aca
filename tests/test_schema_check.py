"""ensure_schema's quick check (issue 20): a database at head costs one query and no Alembic import; any
other database (older, empty, several version rows, unreachable) takes Alembic's path exactly as before."""
from __future__ import annotations


import pytest
from sqlalchemy import text

from service.core import db as dbmod
from service.core.errors import ConfigError, DatabaseUnavailable
from tests.pg import blank_postgres

OLDER = "0006_queue_lint"


def test_the_quick_head_is_alembics_head():
    assert dbmod.quick_head() == dbmod.head_revision()


def test_a_database_at_head_never_reaches_alembic(db, monkeypatch):
    def refuse(*_a, **_k):
        raise AssertionError("Alembic was asked although the database is at head")

    monkeypatch.setattr(dbmod, "current_revision", refuse)
    monkeypatch.setattr(dbmod, "upgrade", refuse)
    assert dbmod.schema_is_current(db)
    dbmod.ensure_schema(db)


@pytest.fixture(params=["sqlite", "postgres"])
def blank_url(request, tmp_path):
    """An empty database of each kind (nothing migrated)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'blank.db'}"
        return
    with blank_postgres("draftroom_schema") as url:
        yield url


def test_an_older_or_empty_database_is_upgraded_to_head(blank_url):
    assert not dbmod.schema_is_current(blank_url)  # no alembic_version table at all
    dbmod.upgrade(blank_url, OLDER)
    assert dbmod.current_revision(blank_url) == OLDER
    assert not dbmod.schema_is_current(blank_url)
    dbmod.ensure_schema(blank_url)
    assert dbmod.current_revision(blank_url) == dbmod.head_revision()
    assert dbmod.schema_is_current(blank_url)
    dbmod.ensure_schema(blank_url)  # and again: nothing to do


def test_an_empty_sqlite_file_is_migrated(tmp_path):
    url = f"sqlite:///{tmp_path / 'new.db'}"
    dbmod.ensure_schema(url)
    assert dbmod.current_revision(url) == dbmod.head_revision()
    dbmod.reset_engines()


def test_several_version_rows_are_not_taken_for_head_and_get_a_one_line_error(db, tmp_path):
    """A second alembic_version row (a branch applied by hand) is not head, and the CLI, API and UI start say what
    is there and how to repair it instead of Alembic's "more than one head present" traceback."""
    import os

    from tests.cli_inprocess import run_cli

    engine = dbmod.get_engine(db)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO alembic_version (version_num) VALUES ('zzz_branch')"))
    try:
        assert not dbmod.schema_is_current(db)
        with pytest.raises(ConfigError) as err:
            dbmod.ensure_schema(db)
        line = err.value.one_line()
        assert "holds 2 revisions" in line and "zzz_branch" in line
        assert "DELETE FROM alembic_version WHERE version_num IN ('zzz_branch')" in line
        env = {**os.environ, "DRAFTROOM_DATABASE_URL": db, "DRAFTROOM_HOME": str(tmp_path)}
        result = run_cli(["db", "upgrade"], env)
        assert result.returncode != 0
        assert "holds 2 revisions" in result.stderr and "Traceback" not in result.stderr + result.stdout
        assert len(result.stderr.strip().splitlines()) == 1
    finally:  # the PostgreSQL test database is shared by the worker's later tests (rows are truncated per test,
        # alembic_version is not): a second version row left behind makes every later ensure_schema() fail
        with engine.begin() as conn:
            conn.execute(text("DELETE FROM alembic_version WHERE version_num = 'zzz_branch'"))
    dbmod.ensure_schema(db)  # repaired: back to the one-query path


def test_an_unreachable_database_gives_the_same_error_as_before():
    url = "postgresql://nobody@127.0.0.1:1/none"
    assert not dbmod.schema_is_current(url)
    with pytest.raises(DatabaseUnavailable, match="cannot reach the database"):
        dbmod.ensure_schema(url)
    dbmod.reset_engines()


def _scripts(tmp_path, monkeypatch, files: dict[str, str]):
    versions = tmp_path / "versions"
    versions.mkdir(parents=True)
    for name, body in files.items():
        (versions / name).write_text(body)
    monkeypatch.setattr(dbmod, "MIGRATIONS_DIR", tmp_path)
    return dbmod.quick_head()


def test_the_quick_head_gives_up_when_unsure(tmp_path, monkeypatch):
    """Several heads, a merge it cannot place, a computed value: None, and Alembic decides."""
    assert _scripts(tmp_path / "a", monkeypatch, {"1.py": 'revision = "a"\ndown_revision = None\n',
                                                  "2.py": 'revision: str = "b"\ndown_revision: str | None = "a"\n'}) == "b"
    assert _scripts(tmp_path / "b", monkeypatch, {"1.py": 'revision = "a"\ndown_revision = None\n',
                                                  "2.py": 'revision = "b"\ndown_revision = "a"\n',
                                                  "3.py": 'revision = "c"\ndown_revision = "a"\n'}) is None
    assert _scripts(tmp_path / "c", monkeypatch, {"1.py": 'revision = "a"\ndown_revision = None\n',
                                                  "2.py": 'revision = "b"\ndown_revision = ("a", "x")\n'}) is None
    assert _scripts(tmp_path / "d", monkeypatch, {"1.py": 'revision = make_id()\ndown_revision = None\n'}) is None
    assert _scripts(tmp_path / "e", monkeypatch, {"1.py": 'down_revision = None\n'}) is None
