"""CLI: draftroom score / triage / icp review, run as a user would: the same ``main()``, arguments, stdin,
output and exit code, in this process (tests/cli_inprocess.py; tests/test_cli.py covers the process itself)."""
from __future__ import annotations

import json
import os
from pathlib import Path

from tests.cli_inprocess import run_cli

ROOT = Path(__file__).resolve().parents[2]
JOB = {"title": "Shopify theme rebuild for a skincare brand",
       "description": "We are an established skincare brand on Shopify and want our product pages rebuilt in Liquid from "
                      "finished Figma mockups. Goals: faster mobile pages and a cleaner cart drawer. About 5 weeks of work, "
                      "with more store improvements planned afterwards.",
       "budget_type": "fixed", "budget_min": 4500, "budget_max": 4500, "skills": ["Shopify", "Liquid"],
       "client_payment_verified": True, "client_total_spent": 12000}


def run(args, db, stdin: bytes | None = None):
    env = dict(os.environ, DRAFTROOM_DATABASE_URL=db)
    return run_cli(args, env, stdin=stdin, text=False)


def test_score_prints_assessment_json(db):
    r = run(["score", "-"], db, stdin=json.dumps(JOB).encode())
    assert r.returncode == 0, r.stderr.decode()
    body = json.loads(r.stdout)
    assert body["tier"] == "strong" and body["service_line"] == "shopify"
    assert {c["name"] for c in body["criteria"]} >= {"budget_fit", "service_fit"}
    for c in body["criteria"]:
        assert set(c) >= {"name", "score", "weight", "evidence", "reason"}
    assert body["disqualifiers"] == []


def test_score_with_another_workspace_and_a_disqualifier(db, tmp_path):
    job = tmp_path / "job.txt"
    job.write_text("Copywriter for website pages\nNeed website copy for 5 pages. First an unpaid test article, then real work.\n")
    r = run(["score", str(job), "--workspace", str(ROOT / "evals/workspaces/copywriter.yaml")], db)
    assert r.returncode == 0, r.stderr.decode()
    body = json.loads(r.stdout)
    assert body["tier"] == "poor" and body["decided_by_rules"] and body["disqualifiers"][0]["id"] == "unpaid_test"


def test_score_errors_are_one_line(db, tmp_path):
    r = run(["score", str(tmp_path / "missing.txt")], db)
    err = r.stderr.decode()
    assert r.returncode == 2 and err.startswith("error:") and "Traceback" not in err and len(err.strip().splitlines()) == 1
    bad = tmp_path / "ws.yaml"
    bad.write_text("profile: {name: X}\nservice_lines: [{id: a, name: A}]\nicp: {floors: {service_fit: 150}}\n")
    r = run(["score", "-", "--workspace", str(bad)], db, stdin=b"Need a dev\nBuild a thing")
    err = r.stderr.decode()
    assert r.returncode == 2 and "150" in err and "Traceback" not in err


def test_triage_writes_one_line_per_job_and_a_summary(db, tmp_path):
    jobs = tmp_path / "jobs.jsonl"
    lines = [dict(JOB, id="a"),
             {"id": "b", "title": "Logo design for a bakery", "description": "We need a logo and brand colours for our bakery."},
             {"id": "c", "raw_text": "React developer for SaaS dashboard\nBuild 6 React screens from Figma for our SaaS admin panel."},
             "not json {"]
    jobs.write_text("\n".join(l if isinstance(l, str) else json.dumps(l) for l in lines) + "\n")
    out = tmp_path / "out.jsonl"
    r = run(["triage", str(jobs), "--out", str(out), "--no-progress"], db)
    assert r.returncode == 0, r.stderr.decode()
    rows = [json.loads(l) for l in out.read_text().splitlines()]
    assert [row["id"] for row in rows] == ["a", "b", "c", "line-4"]
    assert rows[0]["assessment"]["tier"] == "strong" and rows[0]["summary"]
    assert rows[1]["assessment"]["tier"] == "poor"
    assert rows[2]["title"].startswith("React developer")
    assert "not JSON" in rows[3]["error"]
    text = r.stdout.decode()
    assert "strong" in text and "poor" in text and "most common reasons" in text


def test_icp_review_runs_on_an_empty_database(db):
    r = run(["icp", "review", "--since", "30d"], db)
    assert r.returncode == 0, r.stderr.decode()
    assert "not enough outcomes" in r.stdout.decode()
    r = run(["icp", "review", "--since", "soon"], db)
    assert r.returncode == 2 and "--since" in r.stderr.decode()
