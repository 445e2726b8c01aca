"""CLI: the thin path and its one-line errors (run as a subprocess, like a user)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli_inprocess import run_cli

ROOT = Path(__file__).resolve().parents[1]


def _env(db, extra_env: dict | None = None) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "DRAFTROOM_API_KEY"}  # only the key a test gives
    env.update(DRAFTROOM_DATABASE_URL=db, **(extra_env or {}))
    return env


def run(args, db, stdin: bytes | None = None, extra_env: dict | None = None):
    env = _env(db, extra_env)
    return subprocess.run([sys.executable, "-c", "from service.cli import main; main()", *args], input=stdin,
                          capture_output=True, cwd=ROOT, env=env, timeout=120)


def first_owner(db, name: str = "Owner") -> str:
    """The bootstrap path of a new install: the first owner, created without a key, prints its key."""
    r = run(["users", "add", name, "--role", "owner"], db)
    assert r.returncode == 0, r.stderr.decode()
    return r.stdout.decode().strip().splitlines()[-1]


@pytest.fixture
def owner_env(db):
    """An owner's key, made in-process (one CLI start fewer per test; the CLI's own first-owner path is
    covered by test_first_user_rule and test_login_stores_key_0600_logout_removes_it)."""
    from service.accounts.auth import add_user

    return {"DRAFTROOM_API_KEY": add_user("Owner", "owner")[1]}


def test_draft_prints_json(db, tmp_path, owner_env):
    job = ROOT / "service" / "demo_jobs" / "05_fastapi_integration.txt"
    r = run(["draft", str(job)], db, extra_env=owner_env)
    assert r.returncode == 0, r.stderr.decode()
    body = json.loads(r.stdout)
    for key in ("id", "status", "brief", "fit", "text"):
        assert key in body
    assert body["status"] == "pending_review"


def test_draft_from_stdin(db, owner_env):
    r = run(["draft", "-"], db, stdin=b"Need a Shopify expert to fix our checkout\nOur Shopify store checkout breaks on mobile.",
            extra_env=owner_env)
    assert r.returncode == 0, r.stderr.decode()
    assert json.loads(r.stdout)["brief"]["title"].startswith("Need a Shopify expert")


@pytest.mark.parametrize("content,needle", [
    (b"", "empty"),
    (b"\xff\xfe\x00\x00binary\x00", "UTF-8"),
    (b"x" * 2_100_000, "limit"),
])
def test_bad_job_input_is_one_line(db, tmp_path, content, needle, owner_env):
    f = tmp_path / "job.txt"
    f.write_bytes(content)
    r = run(["draft", str(f)], db, extra_env=owner_env)
    err = r.stderr.decode()
    assert r.returncode == 2
    assert needle in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_unreachable_database_is_one_line(tmp_path):
    r = run(["draft", "-"], "postgresql://nobody@127.0.0.1:1/none", stdin=b"Need a dev\nBuild a thing")
    err = r.stderr.decode()
    assert r.returncode == 2 and "Traceback" not in err
    assert "database" in err.lower() and len(err.strip().splitlines()) == 1


def test_invalid_workspace_is_one_line(db, tmp_path, owner_env):
    bad = tmp_path / "ws.yaml"
    bad.write_text("profile: {name: X}\nservice_lines: []\nicp: {weights: {budget_fit: 0, service_fit: 0, brief_clarity: 0, timeline_realism: 0, communication_quality: 0, strategic_value: 0}}\n")
    r = run(["draft", "-"], db, stdin=b"Need a dev\nBuild a thing", extra_env={"DRAFTROOM_WORKSPACE": str(bad), **owner_env})
    err = r.stderr.decode()
    assert r.returncode == 2 and "Traceback" not in err and "workspace" in err
    r = run(["workspace", "check", str(bad)], db)
    assert r.returncode == 1
    out = r.stdout.decode()
    assert "service_lines" in out and "weight" in out


def test_users_add_prints_key_last(db, owner_env):
    r = run(["users", "add", "Alice", "--role", "bidder"], db, extra_env=owner_env)
    assert r.returncode == 0, r.stderr.decode()
    key = r.stdout.decode().strip().splitlines()[-1]
    assert key.startswith("dr_") and " " not in key
    r = run(["users", "add", "Alice", "--role", "bidder"], db, extra_env=owner_env)
    assert r.returncode == 2 and "already exists" in r.stderr.decode()


# ---------------------------------------------------------------- the CLI acts only as a person with a key
JOB = ROOT / "service" / "demo_jobs" / "05_fastapi_integration.txt"


def test_no_key_means_no_action_and_no_silent_owner(db):
    from service.accounts.auth import list_users

    for args in (["draft", str(JOB)], ["approve", "1", "--version", "1"], ["export", "1"], ["reject", "1", "--reason",
                 "tone"], ["queue"], ["claim", "1"], ["retry", "1"], ["contract", "add", "--client", "A", "--title", "B"]):
        # the first as a real process, the rest through the same main() in this process (no start-up cost each)
        r = run(args, db) if args[0] == "draft" else run_cli(args, _env(db), text=False)
        err = r.stderr.decode()
        assert r.returncode == 2 and "no API key" in err and "Traceback" not in err, (args, err)
    assert list_users() == []  # nothing was created on the way


def test_impersonation_flag_is_gone(db, owner_env):
    r = run(["draft", str(JOB), "--as", "Owner"], db, extra_env=owner_env)
    assert r.returncode == 2 and "--as" in r.stderr.decode() and "Traceback" not in r.stderr.decode()


def test_first_user_rule(db):
    r = run(["users", "add", "Bea", "--role", "bidder"], db)
    assert r.returncode == 2 and "first user" in r.stderr.decode() and "owner" in r.stderr.decode()
    key = first_owner(db, "Ada")
    r = run(["users", "add", "Bea", "--role", "bidder"], db)  # the database has an owner now: a key is needed
    assert r.returncode == 2 and "no API key" in r.stderr.decode()
    bidder_key = run(["users", "add", "Bea", "--role", "bidder"], db,
                     extra_env={"DRAFTROOM_API_KEY": key}).stdout.decode().strip().splitlines()[-1]
    r = run(["users", "add", "Cy", "--role", "owner"], db, extra_env={"DRAFTROOM_API_KEY": bidder_key})
    assert r.returncode == 2 and "may not add users" in r.stderr.decode()


def test_login_stores_key_0600_logout_removes_it(db, tmp_path):
    import stat

    from service.core.config import get_settings

    key = first_owner(db)
    r = run(["login", "--key", "dr_not_a_key"], db)
    assert r.returncode == 2 and "invalid or revoked" in r.stderr.decode()
    cred = get_settings().home / "credentials"
    assert not cred.exists()
    r = run(["login", "--key", key], db)
    assert r.returncode == 0 and "signed in as Owner" in r.stdout.decode(), r.stderr.decode()
    assert stat.S_IMODE(cred.stat().st_mode) == 0o600 and cred.read_text().strip() == key
    assert "Owner (owner) via key" in run(["whoami"], db).stdout.decode()
    assert run(["draft", str(JOB)], db).returncode == 0  # the stored login acts
    cred.chmod(0o644)  # readable by others: refused until fixed
    r = run(["whoami"], db)
    assert r.returncode == 2 and "chmod 600" in r.stderr.decode()
    cred.chmod(0o600)
    assert "signed out" in run(["logout"], db).stdout.decode() and not cred.exists()
    assert run(["whoami"], db).returncode == 2


def test_revoked_key_and_disabled_user_are_refused(db):
    from service.accounts.auth import authenticate, revoke_key, set_disabled

    key = first_owner(db)
    me = authenticate(key)
    set_disabled(me.user_id, True)
    assert "disabled" in run(["queue"], db, extra_env={"DRAFTROOM_API_KEY": key}).stderr.decode()
    set_disabled(me.user_id, False)
    revoke_key(me.api_key_id)
    assert "revoked" in run(["queue"], db, extra_env={"DRAFTROOM_API_KEY": key}).stderr.decode()
