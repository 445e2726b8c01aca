"""The v1 API end to end: intake, drafts (201 and 202), queue, review actions, export, outcomes,
scorecard, audit; idempotency keys; one error shape; size limits; OpenAPI examples."""
from __future__ import annotations

from fastapi.testclient import TestClient

from api.helpers import make_draft, make_user
from service.api.app import create_app


def _h(key: str, **extra) -> dict:
    return {"Authorization": f"Bearer {key}", **extra}


def test_whole_flow(client, demo_job_text):
    bidder = _h(make_user("bidder", "bea")[1])
    api = _h(make_user("api", "alerts-bot")[1])
    owner = _h(make_user("owner", "olga")[1])

    r = client.post("/v1/jobs", json={"job_text": demo_job_text}, headers=api)
    assert r.status_code == 201, r.text
    job = r.json()
    assert job["brief"]["title"] and job["fit"]["tier"] in ("strong", "possible", "poor")
    assert client.post("/v1/jobs", json={"job_text": demo_job_text}, headers=api).status_code == 200  # duplicate

    r = client.post("/v1/drafts", json={"job_id": job["id"]}, headers=api)
    assert r.status_code == 201
    seen_by_api = r.json()  # an api key sees status, brief, fit and a link; never the text before approval
    assert "text" not in seen_by_api and "original_text" not in seen_by_api and "parts" not in seen_by_api
    assert seen_by_api["review_link"] == f"/review?draft={seen_by_api['id']}" and seen_by_api["brief"]
    assert "text" not in client.get(f"/v1/drafts/{seen_by_api['id']}", headers=api).json()
    for path in ("versions", "diff"):
        assert client.get(f"/v1/drafts/{seen_by_api['id']}/{path}", headers=api).status_code == 403
    draft = client.get(f"/v1/drafts/{seen_by_api['id']}", headers=bidder).json()
    assert draft["status"] == "pending_review" and draft["version"] == 1 and draft["fit"]["tier"]

    q = client.get("/v1/queue", params={"status": "pending_review", "kind": "proposal"}, headers=bidder).json()
    assert [i["id"] for i in q["items"]] == [draft["id"]] and q["items"][0]["title"]

    assert client.post(f"/v1/drafts/{draft['id']}/claim", json={}, headers=bidder).json()["status"] == "in_review"
    q = client.get("/v1/queue", params={"assignee": "bea"}, headers=bidder).json()
    assert [i["id"] for i in q["items"]] == [draft["id"]]

    edited = draft["text"] + "\n\nP.S. I can start on Monday."
    r = client.post(f"/v1/drafts/{draft['id']}/edit", json={"version": 1, "text": edited}, headers=bidder)
    assert r.json()["version"] == 2
    diff = client.get(f"/v1/drafts/{draft['id']}/diff", headers=bidder).json()
    assert diff["words_added"] == 6 and diff["words_removed"] == 0

    assert client.get(f"/v1/drafts/{draft['id']}/export", headers=api).status_code == 409
    r = client.post(f"/v1/drafts/{draft['id']}/approve", json={"version": 2, "acknowledge_flags": True}, headers=bidder)
    assert r.status_code == 200 and r.json()["edit_distance"] == 6

    r = client.get(f"/v1/drafts/{draft['id']}/export", headers=api)
    assert r.status_code == 200
    out = r.json()
    assert out["text"] == edited and out["approved_by_name"] == "bea" and out["version"] == 2

    for body in ({"stage": "proposed"}, {"stage": "replied"}, {"stage": "won", "value_usd": 1800}):
        r = client.post(f"/v1/drafts/{draft['id']}/outcome", json=body, headers=bidder)
        assert r.status_code == 200, r.text
    r = client.post(f"/v1/drafts/{draft['id']}/outcome", json={"stage": "viewed"}, headers=bidder)
    assert r.status_code == 409 and r.json()["error"]["allowed"] == ["expansion", "renewal"]

    card = client.get("/v1/metrics/scorecard", headers=bidder).json()
    assert card["proposals"] == 1 and card["reply_rate"]["rate"] == 1.0 and card["reply_rate"]["low_sample"]
    assert card["average_project_value_usd"]["value"] == 1800

    log = client.get("/v1/audit", params={"target_id": draft["id"], "target_type": "draft"}, headers=owner).json()
    actions = [e["action"] for e in log["items"]]
    assert actions == ["export", "approve", "edit", "claim"]
    export_event = next(e for e in log["items"] if e["action"] == "export")
    assert export_event["user"] == "alerts-bot" and export_event["via"] == "api key" and export_event["api_key_prefix"]


def test_background_draft_returns_202_with_location(client, demo_job_text):
    key = make_user("api", "alerts")[1]
    r = client.post("/v1/drafts?wait=false", json={"job_text": demo_job_text}, headers=_h(key))
    assert r.status_code == 202
    location = r.headers["Location"]
    assert location == r.json()["location"] == f"/v1/drafts/{r.json()['id']}"
    body = client.get(location, headers=_h(key)).json()
    assert body["status"] == "pending_review" and body["version"] == 1  # immediate backend: already drafted


def test_background_draft_with_sqlite_queue_is_stored_before_processing(db, monkeypatch, demo_job_text):
    from service.core.config import reset_settings
    from service.workflows.tasks import get_huey, reset_huey

    monkeypatch.setenv("DRAFTROOM_TASK_BACKEND", "sqlite")
    reset_settings()
    reset_huey()
    client = TestClient(create_app())
    key = make_user("bidder")[1]
    r = client.post("/v1/drafts?wait=false", json={"job_text": demo_job_text}, headers=_h(key))
    assert r.status_code == 202
    pending = client.get(r.headers["Location"], headers=_h(key)).json()
    assert pending["status"] == "drafting" and pending["version"] == 0 and pending["text"] == ""
    assert pending["job_id"] and client.get(f"/v1/jobs/{pending['job_id']}", headers=_h(key)).status_code == 200
    huey = get_huey()
    huey.execute(huey.dequeue())
    assert client.get(r.headers["Location"], headers=_h(key)).json()["status"] == "pending_review"
    reset_huey()


def test_idempotency_key_replays_and_refuses_reuse(client, demo_job_text):
    key = make_user("bidder")[1]
    h = _h(key, **{"Idempotency-Key": "job-123"})
    first = client.post("/v1/drafts", json={"job_text": demo_job_text}, headers=h)
    again = client.post("/v1/drafts", json={"job_text": demo_job_text}, headers=h)
    assert first.status_code == again.status_code == 201
    assert again.json()["id"] == first.json()["id"] and again.headers.get("idempotent-replayed") == "true"
    q = client.get("/v1/queue", headers=_h(key)).json()
    assert len(q["items"]) == 1  # drafted once
    other = client.post("/v1/drafts", json={"job_text": demo_job_text + "\nAnother detail."}, headers=h)
    assert other.status_code == 422 and other.json()["error"]["field"] == "Idempotency-Key"
    # another user may use the same key for their own request: not a replay (the same job answers with its
    # open draft, 200 with a note; with force a second draft, 201)
    theirs = client.post("/v1/drafts", json={"job_text": demo_job_text},
                         headers=_h(make_user("bidder")[1], **{"Idempotency-Key": "job-123"}))
    assert theirs.status_code == 200 and theirs.json()["existing"] is True
    assert theirs.headers.get("idempotent-replayed") is None
    assert client.post("/v1/drafts?force=true", json={"job_text": demo_job_text},
                       headers=_h(make_user("bidder")[1], **{"Idempotency-Key": "job-123"})).status_code == 201
    # an edit retried with its key does not create a second version
    did = first.json()["id"]
    hk = _h(key, **{"Idempotency-Key": "edit-1"})
    for _ in range(2):
        r = client.post(f"/v1/drafts/{did}/edit", json={"version": 1, "text": "A person's text."}, headers=hk)
        assert r.status_code == 200 and r.json()["version"] == 2
    assert len(client.get(f"/v1/drafts/{did}/versions", headers=_h(key)).json()["versions"]) == 2
    bad = client.post("/v1/drafts", json={"job_text": "x"}, headers=_h(key, **{"Idempotency-Key": "has space"}))
    assert bad.status_code == 422 and bad.json()["error"]["field"] == "Idempotency-Key"


def test_202_is_replayed_with_its_location(client, demo_job_text):
    h = _h(make_user("api")[1], **{"Idempotency-Key": "bg-1"})
    first = client.post("/v1/drafts?wait=false", json={"job_text": demo_job_text}, headers=h)
    again = client.post("/v1/drafts?wait=false", json={"job_text": demo_job_text}, headers=h)
    assert again.status_code == 202 and again.headers["Location"] == first.headers["Location"]


def test_one_error_shape(client):
    key = make_user("bidder")[1]
    d = make_draft()
    cases = [
        client.get("/v1/drafts/999999", headers=_h(key)),
        client.get("/v1/nope", headers=_h(key)),
        client.post(f"/v1/drafts/{d.id}/edit", json={"text": "no version"}, headers=_h(key)),
        client.post(f"/v1/drafts/{d.id}/reject", json={"version": 1, "reason": "meh"}, headers=_h(key)),
        client.post(f"/v1/drafts/{d.id}/approve", json={"version": 7}, headers=_h(key)),
        client.get("/v1/queue?status=bogus", headers=_h(key)),
        client.get("/v1/queue?cursor=zzz", headers=_h(key)),
        client.post("/v1/drafts", json={"job_text": "a", "job_id": 3}, headers=_h(key)),
        client.post(f"/v1/drafts/{d.id}/outcome", json={"stage": "proposed"}, headers=_h(key)),
    ]
    assert [r.status_code for r in cases] == [404, 404, 422, 422, 409, 422, 422, 422, 409]
    for r in cases:
        err = r.json()["error"]
        assert set(err) >= {"code", "message"} and err["message"]
    assert cases[2].json()["error"]["field"] == "version"
    assert cases[3].json()["error"]["field"] == "reason" and "off_target" in cases[3].json()["error"]["fix"]
    assert cases[4].json()["error"]["code"] == "stale_version" and cases[4].json()["error"]["current_version"] == 1


def test_streamed_body_over_the_limit_is_413(client):
    key = make_user("bidder")[1]

    def chunks():
        for _ in range(50):
            yield b'{"job_text": "' + b"a" * 10_000

    r = client.post("/v1/drafts", content=chunks(), headers=_h(key, **{"Content-Type": "application/json"}))
    assert r.status_code == 413 and r.json()["error"]["field"] == "body"


def test_openapi_documents_examples_and_idempotency(client):
    spec = client.get("/openapi.json").json()
    paths = spec["paths"]
    for p in ("/v1/jobs", "/v1/drafts", "/v1/queue", "/v1/drafts/{draft_id}/approve", "/v1/metrics/scorecard",
              "/v1/audit", "/v1/drafts/{draft_id}/outcome", "/v1/drafts/{draft_id}/export"):
        assert p in paths
    params = [p["name"] for p in paths["/v1/drafts"]["post"]["parameters"]]
    assert "Idempotency-Key" in params and "wait" in params
    schemas = spec["components"]["schemas"]
    assert schemas["DraftCreate"]["examples"] and schemas["EditBody"]["examples"]
    assert client.get("/docs").status_code == 200
