"""Demo data and the one-command start used by the README (``draftroom up``)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from sqlmodel import select

from service.core.config import PACKAGE_DIR, get_settings
from service.core.db import ensure_schema, session_scope
from service.core.models import Job, User

DEMO_JOBS_DIR = PACKAGE_DIR / "demo_jobs"
DEMO_USERS = (("Maya", "owner"), ("Sam", "bidder"), ("Vic", "viewer"), ("alerts-bot", "api"))


def seed_demo() -> dict[str, str]:
    """Create demo users (keys written to .draftroom/demo-keys.txt) and draft the demo jobs once."""
    from service.accounts.auth import add_user, principal_for
    from service.workflows.proposals import draft_for_job

    keys: dict[str, str] = {}
    keys_file = get_settings().home / "demo-keys.txt"
    for name, role in DEMO_USERS:
        with session_scope() as s:
            exists = s.exec(select(User).where(User.name == name)).first() is not None
        if not exists:
            _user, keys[name] = add_user(name, role, signature=name if role in ("owner", "bidder") else None)
    if keys:
        keys_file.parent.mkdir(parents=True, exist_ok=True)
        with keys_file.open("a") as fh:
            for name, key in keys.items():
                fh.write(f"{name}\t{key}\n")
        keys_file.chmod(0o600)
    with session_scope() as s:
        has_jobs = s.exec(select(Job.id).limit(1)).first() is not None
    if not has_jobs:
        owner = principal_for("Sam")
        for path in sorted(DEMO_JOBS_DIR.glob("*.txt")):
            draft_for_job(path.read_text(encoding="utf-8"), user=owner)
    return keys


def read_demo_keys() -> dict[str, str]:
    path = get_settings().home / "demo-keys.txt"
    if not path.exists():
        return {}
    return dict(line.split("\t", 1) for line in path.read_text().splitlines() if "\t" in line)


def port_in_use(port: int) -> bool:
    import socket

    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def _refuse_taken_ports(api_port: int, ui_port: int) -> None:
    from service.core.errors import ConfigError

    for port, flag, what in ((api_port, "--api-port", "API"), (ui_port, "--ui-port", "review UI")):
        if port_in_use(port):
            raise ConfigError(f"port {port} for the {what} is already taken (is Draftroom already running?)",
                              field=flag, fix=f"stop what listens on {port}, or pass {flag} with a free port")


def _start(cmd: list[str], env: dict, cwd, *, quiet: bool = False) -> subprocess.Popen:
    """A child in its own process group, so stopping ``up`` stops it and everything it started."""
    return subprocess.Popen(cmd, env=env, cwd=cwd, start_new_session=True,
                            stdout=subprocess.DEVNULL if quiet else None, stderr=subprocess.DEVNULL if quiet else None)


def _stop(procs: list[subprocess.Popen]) -> None:
    for p in procs:
        if p.poll() is None:
            try:
                os.killpg(p.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
    for p in procs:
        try:
            p.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
            p.wait()


def run_everything(api_port: int = 8000, ui_port: int = 8501, demo: bool = True, workers: int = 2) -> None:
    """``draftroom up``: the API, the review UI and one background worker; Ctrl-C or SIGTERM stops all three."""
    started = time.perf_counter()
    _refuse_taken_ports(api_port, ui_port)
    ensure_schema()
    if demo:
        seed_demo()
    env = dict(os.environ)
    env.setdefault("DRAFTROOM_HOME", str(get_settings().home.resolve()))
    env.setdefault("DRAFTROOM_DATABASE_URL", get_settings().resolved_database_url)
    root = PACKAGE_DIR.parent
    cli = [sys.executable, "-c", "import sys; from service.cli import main; sys.argv[0] = 'draftroom'; main()"]
    procs: list[subprocess.Popen] = []

    def _terminate(signum, _frame):
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        procs.append(_start([sys.executable, "-m", "uvicorn", "service.api.app:create_app", "--factory", "--host",
                             "127.0.0.1", "--port", str(api_port), "--log-level", "warning"], env, root))
        procs.append(_start([sys.executable, "-m", "streamlit", "run", str(root / "review_ui" / "app.py"),
                             "--server.port", str(ui_port), "--server.address", "127.0.0.1", "--server.headless",
                             "true", "--browser.gatherUsageStats", "false", "--logger.level", "error"], env, root,
                            quiet=True))
        procs.append(_start(cli + ["worker", "--workers", str(workers)], env, root, quiet=True))
        _wait_for_port(api_port)
        _wait_for_port(ui_port)
        _print_banner(api_port, ui_port, time.perf_counter() - started)
        while all(p.poll() is None for p in procs):
            time.sleep(0.5)
        dead = [p for p in procs if p.poll() is not None]
        print(f"a Draftroom process stopped (exit code {dead[0].returncode}); stopping the others", file=sys.stderr)
    except KeyboardInterrupt:
        print("\nstopping Draftroom…", flush=True)
    finally:
        _stop(procs)
        signal.signal(signal.SIGTERM, previous)


def _print_banner(api_port: int, ui_port: int, seconds: float) -> None:
    keys = read_demo_keys()
    roles = dict(DEMO_USERS)
    print(f"Draftroom is up in {seconds:.1f} s")
    print(f"  API:        http://127.0.0.1:{api_port}   (docs: http://127.0.0.1:{api_port}/docs)")
    print(f"  Review UI:  http://127.0.0.1:{ui_port}")
    print("  Worker:     1 background worker (drafts asked for with wait=false)")
    print(f"  Database:   {get_settings().resolved_database_url}")
    print(f"  Model:      {get_settings().model}")
    if keys:
        print(f"  Demo keys (also in {get_settings().home / 'demo-keys.txt'}): sign in to the UI,")
        print("  '.venv/bin/draftroom login --key KEY', or 'Authorization: Bearer KEY' on the API.")
        print("  Only owner, manager and bidder keys approve.")
        for name, key in keys.items():
            print(f"    {name:<11} {roles.get(name, '?'):<8} {key}")
    print("Press Ctrl-C to stop (stops the API, the UI and the worker).", flush=True)


def _wait_for_port(port: int, timeout: float = 60.0) -> None:
    import socket

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            sock.settimeout(0.5)
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.3)
    print(f"warning: nothing is listening on port {port} after {timeout:.0f} s", file=sys.stderr)
