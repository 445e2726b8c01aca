"""Engine, sessions and migrations. SQLite (WAL) by default, PostgreSQL via psycopg 3."""
from __future__ import annotations

import ast
import os
import re
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, TypeVar

from sqlalchemy import event, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlmodel import Session, create_engine

from service.core.config import PACKAGE_DIR, get_settings
from service.core.errors import ConfigError, DatabaseUnavailable, NotFound

MIGRATIONS_DIR = PACKAGE_DIR / "migrations"
T = TypeVar("T")


def normalise_url(url: str) -> str:
    """Accept ``postgresql://`` and ``postgres://`` and use psycopg 3 for them."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://"):]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    return url


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def make_engine(url: str) -> Engine:
    url = normalise_url(url)
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise ConfigError(f"cannot parse database URL: {exc}", field="DRAFTROOM_DATABASE_URL",
                          fix="use sqlite:///path/to/file.db or postgresql://user@host/db") from None
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30}, hide_parameters=True)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    try:
        return create_engine(url, hide_parameters=True, pool_pre_ping=True, pool_size=10, max_overflow=20,
                             connect_args={"connect_timeout": 5})
    except Exception as exc:  # missing driver etc.
        raise ConfigError(f"unsupported database URL: {exc}", field="DRAFTROOM_DATABASE_URL") from None


_engines: dict[str, Engine] = {}
_engines_lock = threading.Lock()
_before_reset: list = []


def before_reset(fn) -> None:
    """Run ``fn()`` before ``reset_engines`` forgets the engines (the ledger writes its queued rows)."""
    _before_reset.append(fn)


def get_engine(url: str | None = None) -> Engine:
    """One engine (and connection pool) per database URL for the process."""
    url = url or get_settings().resolved_database_url
    engine = _engines.get(url)
    if engine is None:
        with _engines_lock:
            engine = _engines.get(url)
            if engine is None:
                engine = _engines[url] = make_engine(url)
    return engine


def reset_engines() -> None:
    """Close and forget every engine (tests and eval runs switch databases): their pooled connections are
    closed now, not when the garbage collector gets to them, so a server's connection limit is never hit."""
    for fn in _before_reset:
        fn()
    with _engines_lock:
        engines = list(_engines.values())
        _engines.clear()
    for engine in engines:
        engine.dispose()


@contextmanager
def session_scope(engine: Engine | None = None, *, durable: bool = True) -> Iterator[Session]:
    """A session that commits on success and rolls back on error.

    ``durable=False`` is for a write that a later durable commit of the same request always follows (the job
    and its brief and fit before the draft that is stored or the failure that is recorded): on PostgreSQL the
    commit then does not wait for its WAL flush (``SET LOCAL synchronous_commit TO OFF``). It stays atomic
    and visible at once; only a crash of the database server within ~0.2 s could lose it, and PostgreSQL
    flushes WAL in order, so the later durable commit makes it durable too: nothing a client was answered
    with is ever lost. SQLite (WAL, ``synchronous=NORMAL``) never waits for a flush: no difference there."""
    session = Session(engine or get_engine(), expire_on_commit=False)
    try:
        if not durable:
            skip_flush_wait(session.connection())
        yield session
        session.commit()
    except OperationalError as exc:
        session.rollback()
        raise DatabaseUnavailable(_describe_db_error(exc), fix="check DRAFTROOM_DATABASE_URL and that the server is running") from None
    except Exception:
        session.rollback()
        raise
    finally:
        session.close()


def get_or_404(session: Session, model: type[T], ident: int, *, what: str, field: str, fix: str | None = None) -> T:
    """The row with this primary key, or a ``NotFound`` (404) naming it: "job 7 does not exist"."""
    too_big = isinstance(ident, int) and not -(2 ** 63) <= ident < 2 ** 63  # no database integer holds it
    row = None if too_big else session.get(model, ident)
    if row is None:
        raise NotFound(f"{what} {ident} does not exist", field=field, fix=fix)
    return row


def skip_flush_wait(conn) -> None:
    """This transaction's commit does not wait for its WAL flush (PostgreSQL; SQLite never waits): for writes a
    later durable commit follows (see ``session_scope``) or that trail their event anyway (the LLM ledger)."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SET LOCAL synchronous_commit TO OFF")


def _describe_db_error(exc: OperationalError) -> str:
    msg = str(exc.orig) if getattr(exc, "orig", None) else str(exc)
    return "database error: " + " ".join(msg.split())[:300]


def check_connection(engine: Engine | None = None) -> None:
    engine = engine or get_engine()
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except OperationalError as exc:
        raise DatabaseUnavailable(f"cannot reach the database at {engine.url.render_as_string(hide_password=True)}: "
                                  + _describe_db_error(exc).removeprefix("database error: "),
                                  fix="check DRAFTROOM_DATABASE_URL and that the server is running") from None


def alembic_config(url: str):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", normalise_url(url).replace("%", "%%"))
    return cfg


def upgrade(url: str | None = None, revision: str = "head") -> None:
    """Apply migrations up to ``revision`` (``draftroom db upgrade``)."""
    from alembic import command

    url = url or get_settings().resolved_database_url
    check_connection(get_engine(url))
    _one_version_row(url)
    command.upgrade(alembic_config(url), revision)


def current_revision(url: str | None = None) -> str | None:
    from alembic.runtime.migration import MigrationContext

    url = url or get_settings().resolved_database_url
    _one_version_row(url)
    with get_engine(url).connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _version_rows(url: str) -> list[str]:
    """The revisions in ``alembic_version`` (one query, no Alembic import); [] without the table or a connection."""
    try:
        with get_engine(url).connect() as conn:
            return list(conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all())
    except DBAPIError:
        return []


def _one_version_row(url: str) -> None:
    """Draftroom's migrations are one line, so ``alembic_version`` holds at most one row. Several rows (a branch
    applied by hand, a copied table) would make Alembic fail with "more than one head" deep in a traceback:
    say what is there and how to repair it instead."""
    rows = _version_rows(url)
    if len(rows) <= 1:
        return
    from alembic.script import ScriptDirectory

    known = {s.revision for s in ScriptDirectory.from_config(alembic_config("sqlite://")).walk_revisions()}
    strangers = [r for r in rows if r not in known]
    keep = [r for r in rows if r in known]
    fix = (f"delete the row(s) that are not Draftroom revisions: DELETE FROM alembic_version WHERE version_num IN "
           f"({', '.join(repr(r) for r in strangers)}); then run `draftroom db upgrade`" if strangers and len(keep) == 1
           else "keep only the row of the revision this database's tables really match, delete the others, then "
                "run `draftroom db upgrade` (docs/operations.md, \"Several alembic_version rows\")")
    raise ConfigError(f"the database's alembic_version table holds {len(rows)} revisions ({', '.join(rows)}); "
                      f"Draftroom expects exactly one", fix=fix)


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()


_REVISION_LINE = re.compile(r"^(revision|down_revision)\s*(?::[^=\n]*)?=\s*(.+?)\s*$", re.M)
_quick_heads: dict[tuple, str | None] = {}


def quick_head() -> str | None:
    """The head revision read from the migration scripts' ``revision = ...`` / ``down_revision = ...`` lines,
    without importing Alembic (~0.2 s of imports plus parsing every script). None whenever that reading is
    not certain (a script without exactly one of each line, a value that is not a literal, several heads):
    the caller then asks Alembic. Cached per process by the scripts' names, sizes and mtimes."""
    versions = MIGRATIONS_DIR / "versions"
    try:
        files = sorted((e.name, e.stat().st_size, e.stat().st_mtime_ns) for e in os.scandir(versions)
                       if e.is_file() and e.name.endswith(".py") and not e.name.startswith("__"))
    except OSError:
        return None
    key = tuple(files)
    if key not in _quick_heads:
        _quick_heads[key] = _head_of(versions, [name for name, _size, _mtime in files])
    return _quick_heads[key]


def _head_of(versions: Path, names: list[str]) -> str | None:
    revisions: set[str] = set()
    downs: set[str] = set()
    for name in names:
        found: dict[str, list] = {"revision": [], "down_revision": []}
        for field, value in _REVISION_LINE.findall((versions / name).read_text(encoding="utf-8")):
            try:
                found[field].append(ast.literal_eval(value))
            except (ValueError, SyntaxError):
                return None
        if len(found["revision"]) != 1 or len(found["down_revision"]) != 1 or not isinstance(found["revision"][0], str):
            return None
        down = found["down_revision"][0]
        downs.update([down] if isinstance(down, str) else list(down or ()))
        revisions.add(found["revision"][0])
    heads = revisions - downs
    return heads.pop() if len(heads) == 1 and downs <= revisions else None


def schema_is_current(url: str | None = None) -> bool:
    """True when the database's ``alembic_version`` holds exactly the head revision (one query, no Alembic
    import). False on anything else, including an error: the caller then takes the full path."""
    head = quick_head()
    if head is None:
        return False
    # no version table yet, or no connection, reads as no rows: the full path says which
    return _version_rows(url or get_settings().resolved_database_url) == [head]


def ensure_schema(url: str | None = None) -> None:
    """Migrate to head if needed (the CLI, API and UI call this on start). A database already at head costs
    one query (``schema_is_current``); anything else goes through Alembic exactly as before."""
    url = url or get_settings().resolved_database_url
    if schema_is_current(url):
        return
    check_connection(get_engine(url))
    if current_revision(url) != head_revision():
        upgrade(url)
