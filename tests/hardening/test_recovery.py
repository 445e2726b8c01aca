"""Crash recovery and races around the gate (SQLite always, PostgreSQL when configured):

* an Idempotency-Key whose request died (no heartbeat past the lease) can be retried; a live one gets 409;
* the key's result is stored before the response is sent (a retry the moment the answer arrives replays);
* an approve replayed after its approval was voided does not answer "approved";
* a worker killed mid-draft: the draft leaves ``drafting`` for needs_attention with a reason on the next
  read (no worker restart), and retry drafts it; a live worker's lease keeps it drafting;
* 10 concurrent /retry on one needs_attention draft: one drafts it, the others get 409, never 5xx."""
from __future__ import annotations

import asyncio
import json
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlmodel import select

from service.accounts.auth import add_user
from service.api import idempotency
from service.api.app import create_app
from service.core.db import session_scope
from service.core.models import Draft, DraftVersion, IdempotencyRecord, utcnow
from service.review import actions as review
from service.review import ai_versions
from tests.api.helpers import make_draft
from tests.hardening.corpus import OK_POST


@pytest.fixture
def api(db):
    user, key = add_user("rec-bidder", "bidder")
    client = TestClient(create_app(), raise_server_exceptions=False, headers={"Authorization": f"Bearer {key}"})
    return client, user.id


def _age_heartbeat(user_id: int, key: str, by: timedelta) -> None:
    with session_scope() as s:
        row = s.exec(select(IdempotencyRecord).where(IdempotencyRecord.user_id == user_id,
                                                     IdempotencyRecord.key == key)).one()
        row.heartbeat_at = utcnow() - by
        s.add(row)


def test_a_key_whose_request_died_can_be_retried(api):
    client, uid = api
    d = make_draft()
    path = f"/v1/drafts/{d.id}/claim"
    req_hash = idempotency.request_hash("POST", path, "", b"{}")
    # A request reserved the key and then its process died: the record says "running" forever.
    assert idempotency.begin(uid, "died-1", req_hash) is None
    r = client.post(path, json={}, headers={"Idempotency-Key": "died-1"})
    assert r.status_code == 409 and "still running" in r.json()["error"]["message"]  # alive: not yet
    _age_heartbeat(uid, "died-1", idempotency.LEASE + timedelta(seconds=1))
    r = client.post(path, json={}, headers={"Idempotency-Key": "died-1"})
    assert r.status_code == 200, r.text  # dead: the retry runs the work
    assert r.json()["status"] == "in_review"
    again = client.post(path, json={}, headers={"Idempotency-Key": "died-1"})
    assert again.status_code == 200 and again.headers.get("idempotent-replayed") == "true"


def test_heartbeat_keeps_a_running_key_alive(api):
    _client, uid = api
    assert idempotency.begin(uid, "slow-1", "h" * 64) is None
    _age_heartbeat(uid, "slow-1", idempotency.LEASE - timedelta(seconds=5))
    idempotency.heartbeat(uid, "slow-1")  # what the middleware does every HEARTBEAT seconds
    with pytest.raises(Exception, match="still running"):
        idempotency.begin(uid, "slow-1", "h" * 64)


def test_result_is_stored_before_the_response_is_sent(api):
    client, uid = api
    d = make_draft()
    seen: dict = {}
    app = client.app
    key = client.headers["authorization"].split()[1]

    async def call():
        body = b"{}"
        scope = {"type": "http", "method": "POST", "path": f"/v1/drafts/{d.id}/claim", "raw_path": b"",
                 "query_string": b"", "root_path": "", "scheme": "http", "server": ("t", 80), "client": ("c", 1),
                 "http_version": "1.1", "headers": [(b"authorization", f"Bearer {key}".encode()),
                                                    (b"idempotency-key", b"order-1"),
                                                    (b"content-type", b"application/json"),
                                                    (b"content-length", str(len(body)).encode())]}
        sent = False

        async def receive():
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            await asyncio.sleep(3600)

        async def send(message):
            if message["type"] == "http.response.start":
                with session_scope() as s:  # the moment the client could see the answer
                    row = s.exec(select(IdempotencyRecord).where(IdempotencyRecord.key == "order-1")).one()
                    seen["stored_status"] = row.status_code
                seen["status"] = message["status"]

        await app(scope, receive, send)

    asyncio.run(call())
    assert seen["status"] == 200 and seen["stored_status"] == 200


def test_replayed_approve_after_the_approval_was_voided_is_not_approved(api):
    client, _ = api
    d = make_draft()
    assert client.post(f"/v1/drafts/{d.id}/claim", json={}).status_code == 200
    body = {"version": 1, "acknowledge_flags": True}
    first = client.post(f"/v1/drafts/{d.id}/approve", json=body, headers={"Idempotency-Key": "appr-1"})
    assert first.status_code == 200 and first.json()["status"] == "approved"
    same = client.post(f"/v1/drafts/{d.id}/approve", json=body, headers={"Idempotency-Key": "appr-1"})
    assert same.status_code == 200 and same.headers.get("idempotent-replayed") == "true"  # still true: replayed
    edit = client.post(f"/v1/drafts/{d.id}/edit", json={"version": 1, "text": "A person's new text, after approval."})
    assert edit.status_code == 200 and edit.json()["approved_version"] is None  # the edit voided the approval
    replay = client.post(f"/v1/drafts/{d.id}/approve", json=body, headers={"Idempotency-Key": "appr-1"})
    assert replay.status_code == 409, replay.text
    err = replay.json()["error"]
    assert "voided" in err["message"] and err["status"] == "in_review" and "approved" not in replay.json()


# ---------------------------------------------------------------- a worker killed mid-draft
def _placeholder() -> int:
    from service.workflows.jobs import receive

    job = receive(OK_POST).job
    return ai_versions.create_placeholder(job.id).id


def test_worker_killed_mid_draft_frees_the_draft_without_a_restart(api):
    client, _ = api
    did = _placeholder()
    assert ai_versions.start_drafting(did)  # a worker took it ...
    assert not ai_versions.start_drafting(did)  # ... and a second worker does not while the lease is live
    assert client.get(f"/v1/drafts/{did}").json()["status"] == "drafting"
    with session_scope() as s:  # ... then died: nobody extends the lease any more
        row = s.get(Draft, did)
        row.lease_expires_at = utcnow() - timedelta(seconds=1)
        s.add(row)
    body = client.get(f"/v1/drafts/{did}").json()
    assert body["status"] == "needs_attention" and "stopped" in body["attention_reason"]
    r = client.post(f"/v1/drafts/{did}/retry")
    assert r.status_code == 200, r.text
    assert r.json()["status"] == "pending_review" and r.json()["version"] >= 1


def test_a_request_no_worker_ever_started_is_surfaced_by_the_queue(api, monkeypatch):
    client, _ = api
    did = _placeholder()
    assert client.get("/v1/queue", params={"status": "drafting"}).json()["items"][0]["id"] == did
    monkeypatch.setattr(ai_versions, "QUEUE_WAIT", timedelta(seconds=-1))  # as if it waited past the limit
    items = client.get("/v1/queue", params={"status": "needs_attention"}).json()["items"]
    assert [i["id"] for i in items] == [did] and "worker" in items[0]["attention_reason"]


def test_the_lease_is_extended_while_a_worker_drafts(api, monkeypatch):
    from service.workflows import tasks

    did = _placeholder()
    assert ai_versions.start_drafting(did)
    with session_scope() as s:
        before = s.get(Draft, did).lease_expires_at
    monkeypatch.setattr(ai_versions, "LEASE_BEAT", timedelta(milliseconds=20))
    with tasks._lease_kept(did):
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with session_scope() as s:
                if s.get(Draft, did).lease_expires_at > before:
                    break
            time.sleep(0.02)
    with session_scope() as s:
        assert s.get(Draft, did).lease_expires_at > before


def test_run_draft_fills_a_placeholder_and_clears_its_lease(api):
    from service.workflows.tasks import run_draft

    did = _placeholder()
    assert run_draft(did) == "drafted"
    with session_scope() as s:
        row = s.get(Draft, did)
        assert row.status == "pending_review" and row.lease_expires_at is None


# ---------------------------------------------------------------- 10 concurrent retries
def test_ten_concurrent_retries_draft_once_and_never_5xx(api):
    from service.workflows.jobs import receive

    client, _ = api
    job = receive(OK_POST + "\nRetry race reference.").job
    did = ai_versions.record_failed_draft(job.id, "llm_failure: test").id
    barrier = threading.Barrier(10)

    def retry(_):
        barrier.wait()
        return client.post(f"/v1/drafts/{did}/retry")

    with ThreadPoolExecutor(10) as pool:
        answers = list(pool.map(retry, range(10)))
    codes = sorted(r.status_code for r in answers)
    assert all(c < 500 for c in codes), [(r.status_code, r.text[:200]) for r in answers if r.status_code >= 500]
    assert codes.count(200) == 1 and set(codes) <= {200, 409}, codes
    for r in answers:
        if r.status_code == 409:
            assert r.json()["error"]["field"] == "status"
    with session_scope() as s:
        versions = s.exec(select(DraftVersion).where(DraftVersion.draft_id == did)).all()
        assert len(versions) == 1 and s.get(Draft, did).status == "pending_review"
    assert review.get_draft(did).text == versions[0].text
    json.dumps([r.json() for r in answers])


def test_identical_posts_arriving_at_once_make_one_job(db):
    """A webhook retry racing its original, or two people pasting the same post: one job, every caller gets it."""
    import threading

    from sqlmodel import select

    from service.core.db import session_scope
    from service.core.models import Job
    from service.workflows.jobs import receive

    post = "Race test post\n\nWe need a Power BI dashboard for our sales team, built on our SQL Server data."
    barrier = threading.Barrier(8)
    ids, errors = [], []

    def arrive():
        try:
            barrier.wait()
            ids.append(receive(post).job.id)
        except Exception as exc:  # noqa: BLE001  (reported below)
            errors.append(repr(exc))

    threads = [threading.Thread(target=arrive) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with session_scope() as s:
        stored = s.exec(select(Job)).all()
    assert not errors, errors
    assert len(stored) == 1 and set(ids) == {stored[0].id}
