"""Review commands as a user runs them: queue, diff, approve, reject, export, scorecard, audit."""
from __future__ import annotations

import json
import os
from pathlib import Path

from service.text.diff import edit_distance, render_unified, word_diff
from tests.cli_inprocess import run_cli

ROOT = Path(__file__).resolve().parents[1]
JOB = ROOT / "service" / "demo_jobs" / "05_fastapi_integration.txt"


def run(args, db, key: str | None = None):
    """The command in this process (tests/cli_inprocess.py): same main(), same output and exit code, without
    a process start per command (this test runs 20 of them)."""
    env = {k: v for k, v in os.environ.items() if k != "DRAFTROOM_API_KEY"}
    env["DRAFTROOM_DATABASE_URL"] = db
    if key:
        env["DRAFTROOM_API_KEY"] = key
    return run_cli(args, env)


def last_line(r) -> str:
    assert r.returncode == 0, r.stderr
    return r.stdout.strip().splitlines()[-1]


def test_review_commands(db):
    owner = last_line(run(["users", "add", "Olu", "--role", "owner"], db))  # an empty database's first owner
    rae = last_line(run(["users", "add", "Rae", "--role", "bidder"], db, owner))
    api = last_line(run(["users", "add", "bot", "--role", "api"], db, owner))
    assert run(["draft", str(JOB)], db, rae).returncode == 0
    r = run(["draft", str(ROOT / "service" / "demo_jobs" / "03_shopify_theme.txt")], db, api)
    body = json.loads(r.stdout)
    assert r.returncode == 0 and "text" not in body and "original_text" not in body and body["review_link"]  # no text for api keys
    out = run(["queue"], db, rae)
    assert out.returncode == 0 and out.stdout.count("pending_review") == 2
    r = run(["reject", "2", "--reason", "nope"], db, rae)
    assert r.returncode == 2 and "off_target" in r.stderr and "Traceback" not in r.stderr
    assert "rejected (bad_fit)" in run(["reject", "2", "--reason", "bad_fit"], db, rae).stdout
    r = run(["export", "1"], db, rae)
    assert r.returncode == 2 and "approve" in r.stderr
    r = run(["approve", "1", "--version", "1", "--acknowledge-flags"], db, rae)  # never claimed: refused
    assert r.returncode == 2 and "claim" in r.stderr
    r = run(["approve", "1", "--version", "1", "--acknowledge-flags"], db, api)  # api keys never approve
    assert r.returncode == 2 and "may not approve" in r.stderr
    claimed = run(["claim", "1"], db, rae)
    assert claimed.returncode == 0 and "version 1" in claimed.stdout and "draftroom approve 1 --version 1" in claimed.stdout
    r = run(["approve", "1", "--version", "1", "--acknowledge-flags"], db, rae)
    assert r.returncode == 0 and "approved at version 1 by Rae" in r.stdout
    exported = run(["export", "1"], db, api).stdout  # the approved text is what api keys may fetch
    assert len(exported) > 200
    assert "0 word edits" in run(["diff", "1"], db, rae).stdout
    assert "may not read draft text" in run(["diff", "1"], db, api).stderr
    card = run(["scorecard", "--weeks", "2"], db, rae)
    assert card.returncode == 0 and "reply rate" in card.stdout
    audit = run(["audit"], db, owner).stdout.splitlines()
    assert audit[0].split()[1:3] == ["bot", "via"] and "export draft #1" in audit[0]
    assert any("Rae via key dr_" in line and "approve draft #1" in line for line in audit)


def test_word_diff_and_distance():
    assert edit_distance("a b c", "a x c d") == 2
    assert edit_distance("", "one two") == 2 and edit_distance("same text", "same  text\n") == 0
    ops = word_diff("ship it Monday.", "ship it on Tuesday.")
    assert [o["op"] for o in ops] == ["equal", "replace"]
    assert render_unified(ops) == "ship it [-Monday.-] {+on Tuesday.+}"
