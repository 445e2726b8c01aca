"""Review commands as a user runs them: queue, diff, approve, reject, export, scorecard, audit."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from service.text.diff import edit_distance, render_unified, word_diff

ROOT = Path(__file__).resolve().parents[1]
JOB = ROOT / "service" / "demo_jobs" / "05_fastapi_integration.txt"


def run(args, db):
    env = dict(os.environ, DRAFTROOM_DATABASE_URL=db)
    return subprocess.run([sys.executable, "-c", "from service.cli import main; main()", *args], capture_output=True,
                          text=True, cwd=ROOT, env=env, timeout=120)


def test_review_commands(db):
    assert run(["users", "add", "Rae", "--role", "bidder"], db).returncode == 0
    assert run(["draft", str(JOB), "--as", "Rae"], db).returncode == 0
    assert run(["draft", str(ROOT / "service" / "demo_jobs" / "03_shopify_theme.txt")], db).returncode == 0
    out = run(["queue"], db)
    assert out.returncode == 0 and out.stdout.count("pending_review") == 2
    r = run(["reject", "2", "--reason", "nope"], db)
    assert r.returncode == 2 and "off_target" in r.stderr and "Traceback" not in r.stderr
    assert "rejected (bad_fit)" in run(["reject", "2", "--reason", "bad_fit"], db).stdout
    r = run(["export", "1"], db)
    assert r.returncode == 2 and "approve" in r.stderr
    r = run(["approve", "1", "--as", "Rae", "--acknowledge-flags"], db)
    assert r.returncode == 0 and "approved at version 1 by Rae" in r.stdout
    exported = run(["export", "1"], db).stdout
    assert len(exported) > 200
    assert "0 word edits" in run(["diff", "1"], db).stdout
    card = run(["scorecard", "--weeks", "2"], db)
    assert card.returncode == 0 and "reply rate" in card.stdout
    audit = run(["audit"], db).stdout.splitlines()
    assert audit[0].split()[1:3] == ["cli", "export"] and any("Rae  approve draft #1" in line for line in audit)


def test_word_diff_and_distance():
    assert edit_distance("a b c", "a x c d") == 2
    assert edit_distance("", "one two") == 2 and edit_distance("same text", "same  text\n") == 0
    ops = word_diff("ship it Monday.", "ship it on Tuesday.")
    assert [o["op"] for o in ops] == ["equal", "replace"]
    assert render_unified(ops) == "ship it [-Monday.-] {+on Tuesday.+}"
