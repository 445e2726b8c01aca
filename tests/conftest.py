"""Shared fixtures. Database tests run on SQLite always, and also on PostgreSQL when
DRAFTROOM_TEST_DATABASE_URL is set (CI sets it)."""
from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

import pytest

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
os.environ["DRAFTROOM_MODEL"] = "offline"
os.environ.pop("DRAFTROOM_WORKSPACE", None)
os.environ.pop("DRAFTROOM_DATABASE_URL", None)

from sqlalchemy import create_engine, text  # noqa: E402

from service.core import db as dbmod
from service.core.config import reset_settings  # noqa: E402
from service.core.models import SQLModel  # noqa: E402
from service.llm import reset_gateway  # noqa: E402
from tests.pg import drop_later  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"
PG_URL = os.environ.get("DRAFTROOM_TEST_DATABASE_URL", "")


def _reset() -> None:
    reset_settings()
    dbmod.reset_engines()
    reset_gateway()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("tpl") / "template.db"
    dbmod.upgrade(f"sqlite:///{path}")
    dbmod.reset_engines()
    return path


@pytest.fixture(scope="session")
def pg_database():
    """A throwaway PostgreSQL database for the session, migrated once."""
    if not PG_URL:
        yield None
        return
    from sqlalchemy.engine import make_url

    base = make_url(dbmod.normalise_url(PG_URL))
    name = f"draftroom_test_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = base.set(database=name).render_as_string(hide_password=False)
    dbmod.upgrade(url)
    dbmod.reset_engines()
    yield url
    dbmod.reset_engines()
    if url in _EMPTYING:
        _EMPTYING.pop(url)[0].dispose()
    admin.dispose()
    drop_later(base.render_as_string(hide_password=False), name)


_EMPTYING: dict[str, tuple] = {}  # url -> (engine, SQL that empties every table and restarts every sequence)


def _truncate(url: str) -> None:
    """Empty every table and restart every id sequence, as a new database would be. DELETE, not TRUNCATE: the test
    tables hold a few rows, and TRUNCATE's fixed cost (new files for 19 tables and their indexes) was ~90 ms of
    server time per test against ~20 ms, over ~1,100 PostgreSQL tests."""
    if url not in _EMPTYING:
        eng = create_engine(url)
        with eng.connect() as conn:
            seqs = conn.execute(text("SELECT quote_ident(sequence_schema) || '.' || quote_ident(sequence_name) "
                                     "FROM information_schema.sequences")).scalars().all()
        tables = [f'DELETE FROM "{t.name}"' for t in reversed(SQLModel.metadata.sorted_tables)]  # children first
        _EMPTYING[url] = (eng, "; ".join([*tables, *(f"ALTER SEQUENCE {s} RESTART" for s in seqs)]))
    eng, sql = _EMPTYING[url]
    with eng.begin() as conn:
        conn.exec_driver_sql(sql)


def _provision(request, home: Path, monkeypatch, sqlite_template: Path) -> str:
    """Point settings at a migrated, empty database of the requested kind (``request.param``); return its URL."""
    if request.param == "postgres":
        if not PG_URL:
            pytest.skip("PostgreSQL run needs DRAFTROOM_TEST_DATABASE_URL (CI sets it)")
        url = request.getfixturevalue("pg_database")
        _truncate(url)
    else:
        path = home.parent / "draftroom.db"
        shutil.copy(sqlite_template, path)
        url = f"sqlite:///{path}"
    monkeypatch.setenv("DRAFTROOM_DATABASE_URL", url)
    monkeypatch.setenv("DRAFTROOM_HOME", str(home))
    _reset()
    return url


@pytest.fixture(params=["sqlite", "postgres"])
def db(request, tmp_path, monkeypatch, sqlite_template) -> str:
    """A migrated, empty database; yields its URL and points settings at it."""
    yield _provision(request, tmp_path / "home", monkeypatch, sqlite_template)
    _reset()


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def module_db(request, tmp_path_factory, sqlite_template) -> str:
    """Like ``db``, but one database for all the tests of a module that use it (per database kind and xdist
    worker): for a corpus of cases that each must leave the stored state as it found it, so seeding it once is
    enough. Pytest tears it down before a test of another module runs, so a PostgreSQL truncate elsewhere never
    meets it half-way."""
    with pytest.MonkeyPatch.context() as mp:
        yield _provision(request, tmp_path_factory.mktemp("moddb") / "home", mp, sqlite_template)
    _reset()


@pytest.fixture
def shared_jobs() -> Path:
    path = SHARED_DATA / "jobs.jsonl"
    if not path.exists():
        pytest.skip(f"real dev data not present at {path}")
    return path


@pytest.fixture
def client(db, monkeypatch):
    """The API in-process, with background tasks run inline (``immediate``), on the test database."""
    from fastapi.testclient import TestClient

    from service.api.app import create_app
    from service.core.config import reset_settings
    from service.workflows.tasks import reset_huey

    monkeypatch.setenv("DRAFTROOM_TASK_BACKEND", "immediate")
    reset_settings()
    reset_huey()
    return TestClient(create_app())


DEMO_JOBS = ROOT / "service" / "demo_jobs"


@pytest.fixture
def demo_job_text() -> str:
    return (DEMO_JOBS / "01_react_dashboard.txt").read_text()


def pytest_terminal_summary(terminalreporter) -> None:
    """One line per distinct skip reason with its count, so a run says why tests did not run."""
    skipped = terminalreporter.stats.get("skipped", [])
    if not skipped:
        return
    reasons: dict[str, int] = {}
    for report in skipped:
        longrepr = report.longrepr
        reason = longrepr[2] if isinstance(longrepr, tuple) and len(longrepr) == 3 else str(longrepr)
        reason = reason.removeprefix("Skipped: ")
        reasons[reason] = reasons.get(reason, 0) + 1
    terminalreporter.write_sep("-", f"{len(skipped)} skipped, by reason")
    for reason, count in sorted(reasons.items(), key=lambda kv: -kv[1]):
        terminalreporter.write_line(f"{count:5d}  {reason}")


# Tests that take 10-50 s of wall time each (subprocess fleets, a real browser, the linear-time sweeps). Run first,
# so the xdist workers share them out at the start instead of one worker finishing alone with them at the end.
_LONG_FIRST = ("tests/scaleout/", "tests/ui/test_browser", "tests/pipeline/test_linear_time.py",
               "tests/test_failures_fault_injection.py", "tests/ui/test_other_pages.py")


def pytest_collection_modifyitems(config, items) -> None:
    items.sort(key=lambda item: not item.nodeid.startswith(_LONG_FIRST))  # stable: the order within each part stays


def pytest_configure(config) -> None:
    """Garbage collection tuned for a test process: the objects alive after start-up (imported modules, the
    workspace) are frozen out of every collection, and young collections run 100x less often; the suite's CPU
    went down 5-15 % (tests allocate many short-lived objects: apps, clients, sessions)."""
    import gc

    gc.collect()
    gc.freeze()
    gc.set_threshold(70_000, 50, 100)


def pytest_runtest_setup(item) -> None:
    """Streamlit scans the metadata of every installed package for v2 components each time an AppTest starts
    (~0.35 s of CPU, a quarter of a page test's); the installed packages do not change during a run, so once
    Streamlit is loaded the scan is done once per process. (The real server scans once, at start-up.)"""
    import sys

    scanner = sys.modules.get("streamlit.components.v2.manifest_scanner")
    if scanner is not None and not hasattr(scanner.scan_component_manifests, "cache_info"):
        import functools

        scanner.scan_component_manifests = functools.cache(scanner.scan_component_manifests)
