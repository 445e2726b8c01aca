"""Issue 17: what a reviewer sees is what they approve, nothing hidden, nothing doubled.

The same job twice returns its open draft; needs_attention drafts come first (done drafts off the default
view); every view shows the lint of the current version; expired claims are claimable and "next" takes
them; wait=false without a worker says where it waits. SQLite always, PostgreSQL when configured."""
from __future__ import annotations

from datetime import timedelta

from fastapi.testclient import TestClient
from sqlmodel import select

from api.helpers import make_draft, make_user
from service.api.app import create_app
from service.core.db import session_scope
from service.core.models import Draft, utcnow
from service.review import actions as review
from service.review import ai_versions


def _h(key: str) -> dict:
    return {"Authorization": f"Bearer {key}"}


def _proposal_count() -> int:
    with session_scope() as s:
        return len(list(s.exec(select(Draft.id).where(Draft.kind == "proposal"))))


# ----------------------------------------------------------------- 1. dedupe at the draft level
def test_same_job_twice_returns_the_open_draft_unless_forced(client, demo_job_text):
    h = _h(make_user("bidder")[1])
    first = client.post("/v1/drafts", json={"job_text": demo_job_text}, headers=h)
    assert first.status_code == 201 and "existing" not in first.json()
    again = client.post("/v1/drafts", json={"job_text": demo_job_text}, headers=h)
    assert again.status_code == 200, again.text
    body = again.json()
    assert body["id"] == first.json()["id"] and body["existing"] is True
    assert "existing draft" in body["note"] and f"#{body['id']}" in body["note"]
    # by job id and in the background too: no second draft
    job_id = body["job_id"]
    assert client.post("/v1/drafts", json={"job_id": job_id}, headers=h).json()["id"] == body["id"]
    later = client.post("/v1/drafts?wait=false", json={"job_text": demo_job_text}, headers=h)
    assert later.status_code == 200 and later.json()["id"] == body["id"]
    assert _proposal_count() == 1
    # force (query or body) makes a second one
    forced = client.post("/v1/drafts?force=true", json={"job_text": demo_job_text}, headers=h)
    assert forced.status_code == 201 and forced.json()["id"] != body["id"]
    forced2 = client.post("/v1/drafts", json={"job_text": demo_job_text, "force": True}, headers=h)
    assert forced2.status_code == 201
    assert _proposal_count() == 3


def test_a_done_draft_does_not_block_a_new_one(client, demo_job_text):
    me, key = make_user("owner")
    first = client.post("/v1/drafts", json={"job_text": demo_job_text}, headers=_h(key)).json()
    review.reject(first["id"], first["version"], me, "tone")
    again = client.post("/v1/drafts", json={"job_text": demo_job_text}, headers=_h(key))
    assert again.status_code == 201 and again.json()["id"] != first["id"]


def test_regenerate_still_works_on_the_open_draft(client, demo_job_text):
    h = _h(make_user("bidder")[1])
    first = client.post("/v1/drafts", json={"job_text": demo_job_text}, headers=h).json()
    r = client.post(f"/v1/drafts/{first['id']}/regenerate", json={"instructions": "shorter"}, headers=h)
    assert r.status_code == 200 and r.json()["version"] == 2


def test_cli_draft_twice_prints_the_existing_draft(db, demo_job_text, tmp_path):
    import json

    from typer.testing import CliRunner

    from service.cli import app

    _me, key = make_user("bidder")
    post = tmp_path / "job.txt"
    post.write_text(demo_job_text, encoding="utf-8")
    run = CliRunner()
    first = json.loads(run.invoke(app, ["draft", str(post), "--key", key]).stdout)
    second = json.loads(run.invoke(app, ["draft", str(post), "--key", key]).stdout)
    assert second["id"] == first["id"] and second["existing"] is True and "existing draft" in second["note"]
    third = json.loads(run.invoke(app, ["draft", str(post), "--force", "--key", key]).stdout)
    assert third["id"] != first["id"] and "existing" not in third


# ----------------------------------------------------------------- 2. needs_attention first
def _attention(reason: str = "model timed out after 3 attempts") -> int:
    d = make_draft(tier="poor")
    ai_versions.mark_attention(d.id, reason)
    return d.id


def test_needs_attention_first_with_reason_count_and_done_drafts_hidden(client):
    owner, key = make_user("owner")
    strong = [make_draft(tier="strong").id for _ in range(3)]
    stuck = _attention()
    done = make_draft(tier="strong").id
    review.reject(done, 1, owner, "tone")
    q = client.get("/v1/queue?limit=2", headers=_h(key)).json()
    assert q["items"][0]["id"] == stuck and q["items"][0]["status_note"] == "model timed out after 3 attempts"
    assert q["needs_attention"] == 1 and "rejected" not in q["statuses"] and "exported" not in q["statuses"]
    rest = client.get(f"/v1/queue?limit=10&cursor={q['next_cursor']}", headers=_h(key)).json()
    ids = [i["id"] for i in q["items"] + rest["items"]]
    assert ids == [stuck, *strong] and done not in ids
    everything = client.get("/v1/queue?status=all", headers=_h(key)).json()
    assert done in [i["id"] for i in everything["items"]]
    only = client.get("/v1/queue?status=needs_attention", headers=_h(key)).json()
    assert [i["id"] for i in only["items"]] == [stuck]


def test_cli_queue_lists_needs_attention_first_with_the_count(db):
    from typer.testing import CliRunner

    from service.cli import app

    _me, key = make_user("bidder")
    make_draft(tier="strong")
    stuck = _attention("drafting stopped: the worker stopped answering")
    out = CliRunner().invoke(app, ["queue", "--key", key]).stdout.splitlines()
    assert out[0].startswith("1 need attention")
    assert out[1].startswith(f"#{stuck}\tneeds_attention") and "worker stopped answering" in out[1]


# ----------------------------------------------------------------- 3. lint of the current version
def test_edit_adding_contact_details_and_a_foreign_url_shows_its_flags(client, demo_job_text):
    me, key = make_user("owner")
    d = client.post("/v1/drafts", json={"job_text": demo_job_text}, headers=_h(key)).json()
    assert "no_contact_details" not in d["open_flags"] and "no_foreign_urls" not in d["open_flags"]
    client.post(f"/v1/drafts/{d['id']}/claim", json={}, headers=_h(key))
    text = d["text"] + "\nCall me on +1 415 555 0134 or write to dev@example.org; see https://elsewhere.example.net/x"
    r = client.post(f"/v1/drafts/{d['id']}/edit", json={"version": d["version"], "text": text}, headers=_h(key))
    assert r.status_code == 200, r.text
    seen = client.get(f"/v1/drafts/{d['id']}", headers=_h(key)).json()
    assert {"no_contact_details", "no_foreign_urls"} <= set(seen["open_flags"])
    assert seen["open_flags"] == [c["id"] for c in seen["lint"]["checks"] if not c["passed"]]
    row = next(i for i in client.get("/v1/queue", headers=_h(key)).json()["items"] if i["id"] == d["id"])
    assert row["open_flags"] == len(seen["open_flags"])
    # approve checks exactly those flags
    refused = client.post(f"/v1/drafts/{d['id']}/approve", json={"version": seen["version"]}, headers=_h(key))
    assert refused.status_code == 409 and refused.json()["error"]["open_flags"] == seen["open_flags"]


# ----------------------------------------------------------------- 4. expired claims
def _expire_claim(draft_id: int) -> None:
    with session_scope() as s:
        row = s.get(Draft, draft_id)
        row.lock_expires_at = utcnow() - timedelta(minutes=1)
        s.add(row)


def test_expired_claim_shows_as_such_and_next_takes_it(client):
    alice, akey = make_user("bidder")
    bob, bkey = make_user("bidder")
    d = make_draft(tier="strong", intake_at=utcnow() - timedelta(hours=2)).id
    later = make_draft(tier="strong").id
    review.claim(d, alice)
    _expire_claim(d)
    row = next(i for i in client.get("/v1/queue", headers=_h(bkey)).json()["items"] if i["id"] == d)
    assert row["status"] == "in_review" and row["claim_expired"] is True and "claim expired" in row["status_note"]
    assert row["claimed_by"] is None
    got = client.post("/v1/queue/next", json={}, headers=_h(bkey))
    assert got.status_code == 200 and got.json()["id"] == d and got.json()["claimed_by"] == bob.user_id
    assert client.post("/v1/queue/next", json={}, headers=_h(bkey)).json()["id"] == later
    assert client.post("/v1/queue/next", json={}, headers=_h(akey)).status_code == 204


def test_cli_next_claims_an_expired_claim(db):
    from typer.testing import CliRunner

    from service.cli import app

    alice, _ = make_user("bidder")
    _bob, bkey = make_user("bidder")
    d = make_draft(tier="strong").id
    review.claim(d, alice)
    _expire_claim(d)
    out = CliRunner().invoke(app, ["next", "--key", bkey]).stdout
    assert out.startswith(f"draft #{d} claimed until")


# ----------------------------------------------------------------- 10. wait=false without a worker
def test_wait_false_without_a_worker_says_where_it_waits(db, monkeypatch, tmp_path, demo_job_text):
    monkeypatch.setenv("DRAFTROOM_TASK_BACKEND", "sqlite")
    monkeypatch.setenv("DRAFTROOM_HOME", str(tmp_path))
    from service.core.config import reset_settings
    from service.workflows import tasks

    reset_settings()
    tasks.reset_huey()
    try:
        client = TestClient(create_app())
        key = make_user("bidder")[1]
        r = client.post("/v1/drafts?wait=false", json={"job_text": demo_job_text}, headers=_h(key))
        assert r.status_code == 202, r.text
        body = r.json()
        assert body["queue"] == "draftroom" and body["task_id"] and body["worker"]["running"] is False
        assert "waits for a worker" in body["note"] and "no worker is running" in body["note"]
        assert r.headers["Location"] == body["location"]
        seen = client.get(body["location"], headers=_h(key)).json()
        assert seen["status"] == "drafting" and seen["waiting_for_worker"] is True
        assert seen["status_note"].startswith("waiting for a worker (none is running")
        tasks.beat()  # what a running worker does every 15 s
        seen = client.get(body["location"], headers=_h(key)).json()
        assert seen["status_note"] == "waiting for a worker" and tasks.worker_status()["running"] is True
    finally:
        tasks.get_huey().flush()
        tasks.reset_huey()
