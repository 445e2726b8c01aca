"""A fresh, empty PostgreSQL database for a test that must start from nothing (migration and schema tests)."""
from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text

from service.core import db as dbmod

PG_URL = os.environ.get("DRAFTROOM_TEST_DATABASE_URL", "")

_DROP = """import sys
from sqlalchemy import create_engine, text
eng = create_engine(sys.argv[1], isolation_level="AUTOCOMMIT")
with eng.connect() as conn:
    conn.execute(text('DROP DATABASE IF EXISTS "' + sys.argv[2] + '" WITH (FORCE)'))
"""


def drop_later(admin_url: str, name: str) -> None:
    """Drop a test database from a detached process: DROP DATABASE waits for a checkpoint, which took 30 s to
    3.5 min on a busy shared server (one migration test spent 108 s of its 108 s there), and nothing waits for it."""
    subprocess.Popen([sys.executable, "-c", _DROP, admin_url, name], start_new_session=True,
                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


@contextlib.contextmanager
def blank_postgres(prefix: str = "draftroom_blank") -> Iterator[str]:
    """Creates ``<prefix>_<random>`` on DRAFTROOM_TEST_DATABASE_URL's server (nothing migrated), yields its URL
    and drops it afterwards; skips the test when the variable is not set."""
    if not PG_URL:
        pytest.skip("PostgreSQL run needs DRAFTROOM_TEST_DATABASE_URL (CI sets it)")
    from sqlalchemy.engine import make_url

    base = make_url(dbmod.normalise_url(PG_URL))
    name = f"{prefix}_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    try:
        yield base.set(database=name).render_as_string(hide_password=False)
    finally:
        dbmod.reset_engines()
        drop_later(base.render_as_string(hide_password=False), name)


def empty_database(backend: str, tmp_path, stack: contextlib.ExitStack) -> str:
    """An empty database for a migration test: a SQLite file under ``tmp_path``, or a blank PostgreSQL database
    dropped when ``stack`` closes (the test skips without DRAFTROOM_TEST_DATABASE_URL)."""
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'old.db'}"
    return stack.enter_context(blank_postgres("draftroom_mig"))
