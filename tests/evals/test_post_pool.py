"""evals/post_pool.py: a pool of scraped posts outside jobs.jsonl, for diagnostics on posts no rule was written from.
The CSV rows here are team-written."""
from __future__ import annotations

import csv
import json

from evals.post_pool import Known, main, pool

LONG = "We need a weekly sales dashboard in Power BI fed from our SQL Server database. " * 5


def _csv(path, rows, fields=("title", "description", "url", "job_type", "avg_budget", "skills", "client_location")):
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_posts_are_mapped_to_the_jobs_shape_and_short_or_known_ones_dropped(tmp_path):
    path = _csv(tmp_path / "Data_Analyst.csv", [
        {"title": "Sales dashboard", "description": LONG, "url": "https://www.upwork.com/jobs/x_~0123456789/",
         "job_type": "Hourly", "avg_budget": "35.0", "skills": "['Power BI', 'SQL']", "client_location": "Canada"},
        {"title": "Too short", "description": "Fix my sheet.", "job_type": "Fixed-price"},
        {"title": "Known title", "description": LONG + " again", "job_type": "Fixed-price"},
        {"title": "Same job id", "description": LONG + " once more", "url": "https://x/~0999999999"},
        {"title": "Sales dashboard", "description": "A repeat of the first title. " * 20},
    ])
    known = Known([{"title": "Known title", "description": "other"}, {"url": "https://y/~0999999999"}])
    posts = list(pool([path], known))
    assert [p["title"] for p in posts] == ["Sales dashboard"]
    p = posts[0]
    assert p["id"] == "pool:Data_Analyst:0" and p["upwork_job_id"] == "0123456789"
    assert p["budget_type"] == "hourly" and p["budget_max"] == 35.0 and p["skills"] == ["Power BI", "SQL"]
    assert p["country"] == "Canada" and p["description"] == LONG.strip()


def test_the_cli_writes_outside_the_repository_only(tmp_path, capsys):
    folder = tmp_path / "snap"
    folder.mkdir()
    _csv(folder / "a.csv", [{"title": "Dashboard", "description": LONG, "job_type": "Fixed-price",
                             "avg_budget": "500"}])
    _csv(folder / "notes.csv", [{"name": "x"}], fields=("name",))  # no title or description: skipped with a note
    known = tmp_path / "known.jsonl"
    known.write_text(json.dumps({"title": "Other", "description": "x"}) + "\n")
    out = tmp_path / "pool" / "jobs.jsonl"
    assert main(["--csv", str(folder), "--out", str(out), "--known", str(known)]) == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["title"] for r in rows] == ["Dashboard"] and rows[0]["budget_type"] == "fixed"
    assert "no title and description columns" in capsys.readouterr().err
    assert main(["--csv", str(tmp_path / "missing"), "--out", str(out)]) == 2
    assert main(["--csv", str(folder), "--out", "evals/pool.jsonl"]) == 2
    assert "outside the repository" in capsys.readouterr().err
