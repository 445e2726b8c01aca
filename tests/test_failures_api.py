"""The retry endpoints: POST /v1/drafts/{id}/retry and /v1/jobs/{id}/retry."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from service.core.errors import LLMFailure
from service.workflows.proposals import draft_for_job
from tests.llm.fake_gateway import failure, install
from tests.test_failures import JOB


@pytest.fixture
def client(db):
    from service.accounts.auth import add_user
    from service.api.app import create_app
    from service.api.routes import retry as retry_routes

    app = create_app()
    if not any(getattr(r, "path", "") == "/v1/drafts/{draft_id}/retry" for r in app.routes):
        app.include_router(retry_routes.router)  # until app.py includes it
    _, bidder = add_user("bea", "bidder")
    _, viewer = add_user("vic", "viewer")
    c = TestClient(app)
    c.bidder, c.viewer = {"Authorization": f"Bearer {bidder}"}, {"Authorization": f"Bearer {viewer}"}
    return c


def test_retry_endpoints(client, monkeypatch):
    install(monkeypatch, [failure("extract_brief", "timeout", 4)])
    with pytest.raises(LLMFailure) as info:
        draft_for_job(JOB)
    draft_id, job_id = info.value.extra["draft_id"], info.value.extra["job_id"]
    assert client.post(f"/v1/drafts/{draft_id}/retry", headers=client.viewer).status_code == 403
    r = client.post(f"/v1/drafts/{draft_id}/retry", headers=client.bidder)
    assert r.status_code == 200, r.text
    assert r.json()["status"] == "pending_review" and r.json()["version"] == 1
    again = client.post(f"/v1/drafts/{draft_id}/retry", headers=client.bidder)
    assert again.status_code == 409
    r = client.post(f"/v1/jobs/{job_id}/retry", headers=client.bidder)
    assert r.status_code == 200 and r.json()["status"] == "extracted"
    assert client.post("/v1/jobs/99999/retry", headers=client.bidder).status_code == 404
