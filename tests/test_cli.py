"""CLI: the thin path and its one-line errors (run as a subprocess, like a user)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run(args, db, stdin: bytes | None = None, extra_env: dict | None = None):
    env = dict(os.environ, DRAFTROOM_DATABASE_URL=db, **(extra_env or {}))
    return subprocess.run([sys.executable, "-c", "from service.cli import main; main()", *args], input=stdin,
                          capture_output=True, cwd=ROOT, env=env, timeout=120)


def test_draft_prints_json(db, tmp_path):
    job = ROOT / "service" / "demo_jobs" / "05_fastapi_integration.txt"
    r = run(["draft", str(job)], db)
    assert r.returncode == 0, r.stderr.decode()
    body = json.loads(r.stdout)
    for key in ("id", "status", "brief", "fit", "text"):
        assert key in body
    assert body["status"] == "pending_review"


def test_draft_from_stdin(db):
    r = run(["draft", "-"], db, stdin=b"Need a Shopify expert to fix our checkout\nOur Shopify store checkout breaks on mobile.")
    assert r.returncode == 0, r.stderr.decode()
    assert json.loads(r.stdout)["brief"]["title"].startswith("Need a Shopify expert")


@pytest.mark.parametrize("content,needle", [
    (b"", "empty"),
    (b"\xff\xfe\x00\x00binary\x00", "UTF-8"),
    (b"x" * 2_100_000, "limit"),
])
def test_bad_job_input_is_one_line(db, tmp_path, content, needle):
    f = tmp_path / "job.txt"
    f.write_bytes(content)
    r = run(["draft", str(f)], db)
    err = r.stderr.decode()
    assert r.returncode == 2
    assert needle in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_unreachable_database_is_one_line(tmp_path):
    r = run(["draft", "-"], "postgresql://nobody@127.0.0.1:1/none", stdin=b"Need a dev\nBuild a thing")
    err = r.stderr.decode()
    assert r.returncode == 2 and "Traceback" not in err
    assert "database" in err.lower() and len(err.strip().splitlines()) == 1


def test_invalid_workspace_is_one_line(db, tmp_path):
    bad = tmp_path / "ws.yaml"
    bad.write_text("profile: {name: X}\nservice_lines: []\nicp: {weights: {budget_fit: 0, service_fit: 0, brief_clarity: 0, timeline_realism: 0, communication_quality: 0, strategic_value: 0}}\n")
    r = run(["draft", "-"], db, stdin=b"Need a dev\nBuild a thing", extra_env={"DRAFTROOM_WORKSPACE": str(bad)})
    err = r.stderr.decode()
    assert r.returncode == 2 and "Traceback" not in err and "workspace" in err
    r = run(["workspace", "check", str(bad)], db)
    assert r.returncode == 1
    out = r.stdout.decode()
    assert "service_lines" in out and "weight" in out


def test_users_add_prints_key_last(db):
    r = run(["users", "add", "Alice", "--role", "bidder"], db)
    assert r.returncode == 0, r.stderr.decode()
    key = r.stdout.decode().strip().splitlines()[-1]
    assert key.startswith("dr_") and " " not in key
    r = run(["users", "add", "Alice", "--role", "bidder"], db)
    assert r.returncode == 2 and "already exists" in r.stderr.decode()
