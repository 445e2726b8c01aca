"""Security headers on every answer, docs served from local files (no CDN), and no user content in
server logs or database error texts."""
from __future__ import annotations

import logging

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from service.accounts.auth import add_user
from service.api.app import create_app
from service.core.db import session_scope
from tests.api.helpers import make_draft

SECRET = "Zq7-client-secret-text"


@pytest.fixture
def client(db):
    _, key = add_user("hdr-bidder", "bidder")
    return TestClient(create_app(), raise_server_exceptions=False, headers={"Authorization": f"Bearer {key}"})


@pytest.mark.parametrize("path", ["/healthz", "/v1/queue", "/v1/drafts/999999", "/v1/nowhere", "/docs", "/redoc",
                                  "/openapi.json"])
def test_security_headers_on_every_answer(client, path):
    r = client.get(path)
    assert r.status_code < 500
    h = r.headers
    assert h["x-content-type-options"] == "nosniff" and h["x-frame-options"] == "DENY"
    assert h["referrer-policy"] == "no-referrer"
    csp = h["content-security-policy"]
    assert "frame-ancestors 'none'" in csp
    if path in ("/docs", "/redoc"):
        assert "script-src 'self'" in csp and "http" not in csp  # only this origin's scripts
    else:
        assert csp.startswith("default-src 'none'")


def test_docs_load_their_assets_locally(client):
    for page, asset in (("/docs", "swagger-ui-bundle.js"), ("/docs", "swagger-ui.css"), ("/redoc", "redoc.standalone.js")):
        html = client.get(page).text
        assert f"/static-offline-docs/{asset}" in html
        assert "cdn.jsdelivr" not in html and "unpkg" not in html and "fonts.googleapis" not in html
        r = client.get(f"/static-offline-docs/{asset}")
        assert r.status_code == 200 and len(r.content) > 1000
        assert r.headers["x-content-type-options"] == "nosniff"


def test_an_unexpected_error_is_logged_without_user_content(client, monkeypatch, caplog):
    from service.review import actions

    d = make_draft()

    def boom(*_a, **_k):
        raise ValueError(f"cannot handle {SECRET}")

    monkeypatch.setattr(actions, "export", boom)
    with caplog.at_level(logging.DEBUG):
        r = client.get(f"/v1/drafts/{d.id}/export")
    assert r.status_code == 500 and SECRET not in r.text
    assert r.headers["x-content-type-options"] == "nosniff" and "frame-ancestors" in r.headers["content-security-policy"]
    logged = "\n".join(rec.getMessage() + (str(rec.exc_info) if rec.exc_info else "") for rec in caplog.records)
    assert "unexpected ValueError" in logged and "/v1/drafts/{draft_id}/export" in logged
    assert SECRET not in logged


def test_database_errors_never_carry_sql_parameters(db):
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError) as info:
        with session_scope() as s:
            for _ in range(2):
                s.connection().execute(text("INSERT INTO users (name, role, created_at, disabled) "
                                            "VALUES (:n, 'viewer', CURRENT_TIMESTAMP, false)"), {"n": SECRET})
    # The parameters are hidden. (PostgreSQL's own DETAIL line may still quote a duplicate value, which is
    # why the server never logs exception messages at all: see the test above.)
    assert "SQL parameters hidden" in str(info.value) and "[parameters:" not in str(info.value)
    if "sqlite" in db:
        assert SECRET not in str(info.value)


def test_a_contract_for_a_job_that_does_not_exist_is_a_404_not_echoed(client):
    r = client.post("/v1/contracts", json={"client_name": SECRET, "title": "t", "job_id": 999_999})
    assert r.status_code == 404 and r.json()["error"]["field"] == "job_id" and SECRET not in r.text


def test_integrity_errors_become_409_without_the_statement(client, monkeypatch):
    """The safety net for any reference the database refuses: 409, the statement and values never shown."""
    from sqlalchemy.exc import IntegrityError

    from service.contracts import records

    def refuse(**_kw):
        raise IntegrityError(f"INSERT INTO contracts VALUES ('{SECRET}')", {"x": SECRET}, Exception("FOREIGN KEY"))

    monkeypatch.setattr(records, "create_contract", refuse)
    r = client.post("/v1/contracts", json={"client_name": "A", "title": "B"})
    assert r.status_code == 409 and SECRET not in r.text and r.json()["error"]["fix"]
