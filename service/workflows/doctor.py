"""``draftroom doctor``: is this machine ready to run Draftroom? One line per check, each with what to do
when it fails: Python, the database (reachable, migrated to head), the model setting and its key variable,
Redis when the task backend uses it, and the workspace file."""
from __future__ import annotations

import sys
from dataclasses import dataclass


@dataclass
class Check:
    name: str
    ok: bool
    detail: str


def _python() -> Check:
    v = sys.version_info
    ok = v >= (3, 11)
    return Check("python", ok, f"{v.major}.{v.minor}.{v.micro}" + ("" if ok else "; Draftroom needs Python 3.11+"))


def _database() -> Check:
    from service.core import db
    from service.core.config import get_settings

    url = get_settings().resolved_database_url
    shown = url.split("@")[-1] if "@" in url else url  # never print a password
    try:
        db.check_connection(db.get_engine(url))
        current, head = db.current_revision(url), db.head_revision()
    except Exception as exc:  # noqa: BLE001  (reported, not raised: the point is to say what is wrong)
        return Check("database", False, f"{shown}: cannot connect ({exc.__class__.__name__}); check "
                                        "DRAFTROOM_DATABASE_URL and that the server runs")
    if current != head:
        return Check("database", False, f"{shown}: at revision {current or 'none'}, code expects {head}; run "
                                        "'draftroom db upgrade'")
    return Check("database", True, f"{shown}: reachable, at revision {head}")


def _model() -> Check:
    from service.core.config import get_settings
    from service.llm.remote import missing_key_variables

    model = get_settings().model
    if model == "offline":
        return Check("model", True, "offline engine (no key needed)")
    missing = missing_key_variables(model)
    if missing:
        return Check("model", False, f"{model}: set {', '.join(missing)} (or DRAFTROOM_MODEL=offline)")
    return Check("model", True, f"{model}: key variable set")


def _redis() -> Check | None:
    from service.core.config import get_settings

    s = get_settings()
    if s.task_backend != "redis":
        return None
    try:
        import redis

        redis.Redis.from_url(s.redis_url, socket_connect_timeout=2).ping()
    except Exception as exc:  # noqa: BLE001
        return Check("redis", False, f"{s.redis_url.split('@')[-1]}: not reachable ({exc.__class__.__name__}); "
                                     "start Redis or set DRAFTROOM_TASK_BACKEND=sqlite")
    return Check("redis", True, f"{s.redis_url.split('@')[-1]}: reachable")


def _workspace() -> Check:
    from service.core.config import get_settings
    from service.core.errors import DraftroomError
    from service.core.workspace import load_workspace

    path = get_settings().workspace
    try:
        ws = load_workspace(path)
    except DraftroomError as exc:
        return Check("workspace", False, exc.one_line())
    return Check("workspace", True, f"{path}: {len(ws.service_lines)} service lines, {len(ws.proof)} proof items")


def run_checks() -> list[Check]:
    return [c for c in (_python(), _database(), _model(), _redis(), _workspace()) if c is not None]
