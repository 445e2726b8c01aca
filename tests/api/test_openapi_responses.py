"""Issue 17: every route in the OpenAPI schema declares its responses: the success body's schema
(200/201/202) and its error statuses, each in the one ``{"error": ...}`` shape with an example; 422 is
documented as what the API really answers (not FastAPI's HTTPValidationError)."""
from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from api.helpers import make_user
from service.api.app import create_app
from service.api.schemas import ErrorBody

ERROR_REF = {"$ref": "#/components/schemas/ErrorBody"}


@pytest.fixture(scope="module")
def spec():
    return create_app().openapi()


def _operations(spec):
    for path, ops in spec["paths"].items():
        for method, op in ops.items():
            yield method.upper(), path, op


def test_every_route_declares_a_success_schema_and_its_errors(spec):
    ops = list(_operations(spec))
    assert len(ops) >= 40
    for method, path, op in ops:
        responses = op["responses"]
        ok = [c for c in responses if c in ("200", "201", "202")]
        assert ok, f"{method} {path}: no 2xx response"
        for code in ok:
            schema = responses[code].get("content", {}).get("application/json", {}).get("schema")
            assert schema and ("$ref" in schema or "anyOf" in schema), f"{method} {path} {code}: no schema"
            if "$ref" in schema:
                name = schema["$ref"].rsplit("/", 1)[-1]
                assert spec["components"]["schemas"][name].get("properties"), f"{method} {path}: untyped {name}"
        errors = {c for c in responses if c[0] in "45"}
        assert "500" in errors, f"{method} {path}: 500 not declared"
        if path != "/healthz" and not path.startswith("/v1/intake/webhook"):
            assert {"401", "403"} <= errors, f"{method} {path}: 401/403 not declared"
        if "{" in path:
            assert "404" in errors, f"{method} {path}: 404 not declared"
        if method in ("POST", "PUT", "PATCH") or op.get("parameters"):
            assert "422" in errors, f"{method} {path}: 422 not declared"
        for code in errors:
            content = responses[code]["content"]["application/json"]
            assert content["schema"] == ERROR_REF, f"{method} {path} {code}: not the error body"
            ErrorBody.model_validate(content["example"])  # the example is a valid error body


def test_fastapis_default_422_shape_is_gone(spec):
    text = json.dumps(spec)
    assert "HTTPValidationError" not in text and "ValidationError" not in spec["components"]["schemas"]
    props = spec["components"]["schemas"]["ErrorBody"]["properties"]
    assert props["error"] == {"$ref": "#/components/schemas/ErrorDetail"}
    assert spec["components"]["schemas"]["ErrorBody"]["examples"][0]["error"]["code"] == "invalid_input"


def test_a_real_422_matches_the_documented_schema(db):
    client = TestClient(create_app())
    key = make_user("bidder")[1]
    r = client.post("/v1/drafts/1/approve", json={"version": "1"}, headers={"Authorization": f"Bearer {key}"})
    assert r.status_code == 422
    body = ErrorBody.model_validate(r.json())
    assert body.error.code == "invalid_input" and body.error.field == "version" and body.error.problems
    r = client.get("/v1/queue?status=bogus", headers={"Authorization": f"Bearer {key}"})
    assert r.status_code == 422 and ErrorBody.model_validate(r.json()).error.field == "status"


def test_responses_are_typed_not_bare_objects(spec):
    queue = spec["components"]["schemas"]["QueueOut"]["properties"]
    assert {"items", "next_cursor", "needs_attention", "statuses"} <= set(queue)
    draft = spec["components"]["schemas"]["DraftOut"]["properties"]
    assert {"id", "status", "version", "open_flags", "status_note", "waiting_for_worker", "note"} <= set(draft)
    accepted = spec["components"]["schemas"]["AcceptedOut"]["properties"]
    assert {"queue", "task_id", "worker", "note", "location"} <= set(accepted)
