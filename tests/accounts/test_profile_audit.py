"""Profile audit: the planted unsupported claims of the team-written set (recall and precision per half;
docs/accounts.md reports the test half), the report over approved letters in the database, CLI, API, UI."""
from __future__ import annotations

import json
from datetime import timedelta

import pytest

from service.core.db import session_scope
from service.core.errors import InvalidInput
from service.core.models import Draft, DraftVersion, Job, utcnow
from service.core.workspace import load_workspace
from service.workflows.profile_audit import Letter, audit, audit_letters, parse_since
from tests.accounts.profile_audit_set import LETTERS
from tests.api.helpers import make_draft, make_job, make_user
from tests.conftest import ROOT

WS = ROOT / "service" / "workspaces" / "demo.yaml"


def _score(which: int):
    from tests.accounts.profile_audit_set import score

    return score(which)


def test_tuning_half_finds_every_planted_claim_and_nothing_else():
    r = _score(0)
    assert (r["planted"], r["found"], r["flagged_sentences"]) == (5, 5, 5), r["false_flags"]


def test_test_half_figures():
    r = _score(1)  # measured once the rules were fixed: recall 1.0, precision 1.0 (docs/accounts.md)
    assert r["planted"] == 5 and r["recall"] >= 0.8 and r["precision"] >= 0.8, r


def test_report_quotes_letters_and_suggests_changes():
    ws = load_workspace(WS)
    letters = [Letter(i, text, post, line) for i, (_lid, line, post, text, _p) in enumerate(LETTERS, 1)]
    r = audit_letters(letters, ws)
    assert r["letters"] == 30 and len(r["unsupported"]) == 10
    flutter = next(u for u in r["unsupported"] if u["value"] == "Flutter")
    assert flutter == {"draft_id": 1, "kind": "skill", "value": "Flutter",
                       "quote": "We have shipped three Flutter apps for clinics."}
    assert "Add Flutter to the profile skills with a proof item, or stop claiming it (letters #1)." in r["suggestions"]
    assert any(s.startswith("Put the promise 'guarantee'") for s in r["suggestions"])
    usage = {p["id"]: len(p["letters"]) for p in r["proof_usage"]}
    assert usage["shopify-theme"] >= 2 and usage["fintech-api"] >= 1
    assert all(sl["in_headline_or_overview"] for sl in r["service_lines"])  # the demo profile names all three
    skills = {s["skill"]: s for s in r["claimed_skills"]}
    assert skills["React"]["backed"] and not skills["Laravel"]["backed"]


def test_a_service_line_missing_from_the_profile_and_proof_never_used():
    ws = load_workspace(WS)
    ws = ws.model_copy(update={"profile": ws.profile.model_copy(update={"headline": "React front ends",
                                                                         "overview": "We build web apps."})})
    letters = [Letter(1, LETTERS[4][3], LETTERS[4][2], "api-backend"), Letter(2, LETTERS[8][3], LETTERS[8][2], "shopify")]
    r = audit_letters(letters, ws)
    missing = {sl["id"] for sl in r["service_lines"] if not sl["in_headline_or_overview"]}
    assert missing == {"api-backend", "shopify"}
    assert any("Python APIs and back ends" in s and "1 approved letters" in s for s in r["suggestions"])
    assert "nextjs-marketplace" in r["proof_never_used"]


def _approved(text: str, post: str, line: str, days_ago: int) -> int:
    job = make_job()
    d = make_draft(text=text, service_line=line, job=job)
    with session_scope() as s:
        s.get(Job, job.id).raw_text = post
        row = s.get(Draft, d.id)
        row.status, row.approved_version, row.approved_at = "approved", 2, utcnow() - timedelta(days=days_ago)
        s.add(DraftVersion(draft_id=d.id, number=2, source="human", text=text + " Best, Maya",
                           content_hash="h" * 64))
    return d.id


def test_audit_reads_the_approved_text_of_the_period(db):
    _lid, line, post, text, _plant = LETTERS[0]
    recent = _approved(text, post, line, 3)
    _approved(LETTERS[2][3], LETTERS[2][2], LETTERS[2][1], 45)  # outside 30 days
    make_draft(text="We have shipped Flutter apps.")  # never approved: not audited
    r = audit("30d")
    assert r["letters"] == 1 and [u["draft_id"] for u in r["unsupported"]] == [recent]
    assert audit("60d")["letters"] == 2
    for bad in ("soon", "0d", "-3"):
        with pytest.raises(InvalidInput) as err:
            parse_since(bad)
        assert err.value.field == "since"

    from fastapi.testclient import TestClient
    from typer.testing import CliRunner

    from service.api.app import create_app
    from service.cli import app as cli

    out = CliRunner().invoke(cli, ["profile", "audit", "--since", "30d"])
    assert out.exit_code == 0 and "We have shipped three Flutter apps for clinics." in out.output
    assert json.loads(CliRunner().invoke(cli, ["profile", "audit", "--json"]).output)["letters"] == 1
    bad = CliRunner().invoke(cli, ["profile", "audit", "--since", "soon"])
    assert bad.exit_code == 2 and "error: since: 'soon' is not a period (use e.g. 30d, 8w or 12h)" in bad.output
    client = TestClient(create_app())
    _, key = make_user("viewer")
    _, api_key = make_user("api")
    r = client.get("/v1/profile/audit", params={"since": "8w"}, headers={"Authorization": f"Bearer {key}"})
    assert r.status_code == 200 and r.json()["letters"] == 2
    assert client.get("/v1/profile/audit", params={"since": "x"},
                      headers={"Authorization": f"Bearer {key}"}).status_code == 422
    assert client.get("/v1/profile/audit", headers={"Authorization": f"Bearer {api_key}"}).status_code == 403

    from tests.ui.conftest import page, texts

    me, _ = make_user("bidder")
    at = page("profile_audit", me)
    assert not at.exception and "Add Flutter to the profile skills" in texts(at)
