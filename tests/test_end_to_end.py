"""The thin end-to-end path through the real layers: intake → brief → fit → draft → queue → approve → export."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from service.accounts.auth import add_user
from service.api.app import create_app


@pytest.fixture
def client(db):
    return TestClient(create_app())


def _auth(role: str, name: str | None = None) -> dict:
    _user, key = add_user(name or f"{role}-user", role)
    return {"Authorization": f"Bearer {key}"}


def test_api_flow_draft_approve_export(client, demo_job_text):
    bidder = _auth("bidder")
    r = client.post("/v1/drafts", json={"job_text": demo_job_text}, headers=bidder)
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["status"] == "pending_review" and body["version"] == 1
    assert body["brief"]["title"].startswith("React dashboard")
    assert body["fit"]["tier"] in ("strong", "possible", "poor")
    assert "React" in body["text"] or "react" in body["text"].lower()
    draft_id = body["id"]

    r = client.get(f"/v1/drafts/{draft_id}/export", headers=bidder)
    assert r.status_code == 409
    assert "approve" in r.json()["error"]["message"]

    edited = body["text"] + "\nP.S. happy to start Monday."
    r = client.post(f"/v1/drafts/{draft_id}/edit", json={"version": 1, "text": edited}, headers=bidder)
    assert r.status_code == 200, r.text
    assert r.json()["version"] == 2

    r = client.post(f"/v1/drafts/{draft_id}/approve", json={"version": 2, "acknowledge_flags": True}, headers=bidder)
    assert r.status_code == 200, r.text
    r = client.get(f"/v1/drafts/{draft_id}/export", headers=bidder)
    assert r.status_code == 200
    assert r.json()["text"] == edited


def test_api_requires_a_valid_key(client):
    assert client.post("/v1/drafts", json={"job_text": "x"}).status_code == 401
    r = client.post("/v1/drafts", json={"job_text": "x"}, headers={"Authorization": "Bearer nope"})
    assert r.status_code == 401
    assert r.json()["error"]["field"] == "Authorization"


def test_api_key_role_cannot_approve(client, demo_job_text):
    api = _auth("api", "alerts")
    draft = client.post("/v1/drafts", json={"job_text": demo_job_text}, headers=api).json()
    r = client.post(f"/v1/drafts/{draft['id']}/approve", json={"version": 1, "acknowledge_flags": True}, headers=api)
    assert r.status_code == 403


@pytest.mark.parametrize("payload,field", [
    ({"job_text": ""}, "job_text"),
    ({"job_text": "   \n  "}, "job_text"),
    ({"job_text": "a" * 2_000_000}, "body"),
    ({"job_text": "\x00\x01\x02binary" * 50}, "job_text"),
    ({"job_text": 42}, "job_text"),
    ({}, "job_text"),
])
def test_api_bad_input_is_a_clear_4xx(client, payload, field):
    r = client.post("/v1/drafts", json=payload, headers=_auth("bidder"))
    assert 400 <= r.status_code < 500, r.text
    err = r.json()["error"]
    assert err["message"]
    assert err.get("field") == field


def test_healthz(client):
    assert client.get("/healthz").json() == {"status": "ok"}


def test_same_job_twice_returns_the_stored_job(db, demo_job_text):
    from service.workflows.jobs import intake

    first = intake(demo_job_text)
    again = intake(demo_job_text)
    assert again.job.id == first.job.id and again.duplicate
    assert "same job" in again.note
