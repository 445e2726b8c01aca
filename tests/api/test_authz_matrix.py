"""Authorisation matrix: every endpoint × every role, plus no key and a wrong key → the expected status.

Each cell gets fresh state (the draft in the right status, the lock held by the caller where that
matters), so a 2xx means the action really ran and a 403 means the role alone stopped it."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.helpers import make_draft, make_user
from service.accounts.auth import principal_for
from service.api.app import create_app
from service.review import actions as review

CALLERS = ("owner", "manager", "bidder", "viewer", "api", "no key", "wrong key")
ALL = {"owner", "manager", "bidder", "viewer", "api"}
STAFF = {"owner", "manager", "bidder"}
HUMANS = ALL - {"api"}


def _pending(ctx):
    return make_draft().id


def _approved(ctx):
    d = make_draft().id
    review.claim(d, ctx["owner"])
    review.approve(d, 1, ctx["owner"])
    return d


def _exported(ctx):
    d = _approved(ctx)
    review.export(d, ctx["owner"])
    return d


def _claimed_by_caller(ctx):
    d = make_draft().id
    who = ctx["me"] if ctx["me"] and ctx["me"].can("review") else ctx["owner"]
    review.claim(d, who)
    return d


def _real(ctx):
    from service.workflows.proposals import draft_for_job

    return draft_for_job(ctx["job_text"], user=ctx["owner"])[0].id


# endpoint id: (method, path template, state builder or None, json body, roles allowed, success status)
ENDPOINTS = {
    "POST /v1/jobs": ("POST", "/v1/jobs", None, lambda ctx: {"job_text": ctx["unique_job"]},
                      STAFF | {"api"}, 201),
    "POST /v1/drafts": ("POST", "/v1/drafts", None, lambda ctx: {"job_text": ctx["unique_job"]},
                        STAFF | {"api"}, 201),
    "POST /v1/drafts?wait=false": ("POST", "/v1/drafts?wait=false", None, lambda ctx: {"job_text": ctx["unique_job"]},
                                   STAFF | {"api"}, 202),
    "GET /v1/drafts/{id}": ("GET", "/v1/drafts/{id}", _pending, None, ALL, 200),
    "GET /v1/drafts/{id}/versions": ("GET", "/v1/drafts/{id}/versions", _pending, None, HUMANS, 200),
    "GET /v1/drafts/{id}/diff": ("GET", "/v1/drafts/{id}/diff", _pending, None, HUMANS, 200),
    "GET /v1/jobs/{id}": ("GET", "/v1/jobs/{job}", _pending, None, ALL, 200),
    "GET /v1/queue": ("GET", "/v1/queue?status=pending_review", _pending, None, ALL, 200),
    "POST claim": ("POST", "/v1/drafts/{id}/claim", _pending, {}, STAFF, 200),
    "POST /v1/queue/next": ("POST", "/v1/queue/next", _pending, {}, STAFF, 200),
    "POST release": ("POST", "/v1/drafts/{id}/release", _claimed_by_caller, None, STAFF, 200),
    "POST edit": ("POST", "/v1/drafts/{id}/edit", _pending, {"version": 1, "text": "A person's rewrite."}, STAFF, 200),
    "POST approve": ("POST", "/v1/drafts/{id}/approve", _claimed_by_caller, {"version": 1}, STAFF, 200),
    "POST reject": ("POST", "/v1/drafts/{id}/reject", _pending, {"version": 1, "reason": "tone"}, STAFF, 200),
    "POST bulk-reject": ("POST", "/v1/drafts/bulk-reject", _pending, lambda ctx: {"ids": [ctx["id"]],
                                                                                   "reason": "duplicate"}, STAFF, 200),
    "POST regenerate": ("POST", "/v1/drafts/{id}/regenerate", _real, {"instructions": "shorter"}, STAFF, 200),
    "GET export": ("GET", "/v1/drafts/{id}/export", _approved, None, STAFF | {"api"}, 200),
    "POST outcome": ("POST", "/v1/drafts/{id}/outcome", _exported, {"stage": "proposed"}, STAFF, 200),
    "GET /v1/metrics/scorecard": ("GET", "/v1/metrics/scorecard?weeks=4", None, None, STAFF | {"viewer"}, 200),
    "GET /v1/audit": ("GET", "/v1/audit", None, None, {"owner", "manager"}, 200),
    "POST fit-feedback": ("POST", "/v1/jobs/{job}/fit-feedback", _real,
                          {"reasons": ["service_mismatch"], "expected_tier": "poor"}, STAFF, 201),
    "GET fit-feedback": ("GET", "/v1/jobs/{job}/fit-feedback", _real, None, ALL, 200),
}


@pytest.fixture
def setup(db, monkeypatch, demo_job_text):
    monkeypatch.setenv("DRAFTROOM_TASK_BACKEND", "immediate")
    from service.core.config import reset_settings
    from service.workflows.tasks import reset_huey

    reset_settings()
    reset_huey()
    keys = {role: make_user(role, f"{role}-person")[1] for role in sorted(ALL)}
    return TestClient(create_app()), keys, demo_job_text


def _expected(allowed: set, ok: int) -> dict:
    return {c: (ok if c in allowed else 403 if c in ALL else 401) for c in CALLERS}


@pytest.mark.parametrize("endpoint", list(ENDPOINTS))
def test_authorisation_matrix(setup, endpoint):
    client, keys, job_text = setup
    method, path, build, body, allowed, ok = ENDPOINTS[endpoint]
    got = {}
    for caller in CALLERS:
        ctx = {"owner": principal_for("owner-person"), "job_text": job_text,
               "me": principal_for(f"{caller}-person") if caller in ALL else None}
        draft_id = build(ctx) if build else None
        ctx["id"] = draft_id
        ctx["unique_job"] = f"{job_text}\nReference for {caller}: {endpoint}."  # not a duplicate of an earlier cell
        job_id = review.get_draft(draft_id).draft.job_id if draft_id else None
        url = path.replace("{id}", str(draft_id)).replace("{job}", str(job_id))
        headers = {"no key": {}, "wrong key": {"Authorization": "Bearer dr_not-a-real-key"}}.get(
            caller, {"Authorization": f"Bearer {keys.get(caller, '')}"})
        payload = body(ctx) if callable(body) else body
        r = client.request(method, url, json=payload, headers=headers)
        got[caller] = r.status_code
        if r.status_code >= 400:
            err = r.json()["error"]
            assert err["code"] and err["message"], r.text
    assert got == _expected(allowed, ok), f"{endpoint}: {got}"


def test_every_v1_route_is_in_the_matrix():
    spec = create_app().openapi()["paths"]
    routes = {(m.upper(), path) for path, ops in spec.items() for m in ops
              if path.startswith("/v1/") and "retry" not in path and "contracts" not in path
              and not path.startswith("/v1/intake/")}  # intake: its own matrix in tests/intake/test_authz.py
    covered = {(m, p.split("?")[0].replace("{job}", "{job_id}").replace("{id}", "{draft_id}"))
               for m, p, *_ in ENDPOINTS.values()}
    from tests.accounts.test_authz_matrix import COVERED as ACCOUNTS  # issue 19 routes: their own matrix

    covered |= ACCOUNTS
    assert len(routes) >= 18 and routes - covered == set()


@pytest.mark.parametrize("role", sorted(ALL))
def test_approve_without_holding_the_claim_is_refused_for_every_role(setup, role):
    """A key of any role on a draft it has not claimed (unclaimed, or claimed by someone else): never 2xx."""
    client, keys, _ = setup
    holder = make_user("bidder", f"holder-for-{role}")[0]
    for d in (make_draft().id, _claimed_by(holder)):
        r = client.post(f"/v1/drafts/{d}/approve", json={"version": 1, "acknowledge_flags": True},
                        headers={"Authorization": f"Bearer {keys[role]}"})
        assert r.status_code in (403, 409), (role, r.status_code, r.text)
        assert r.json()["error"]["code"] in ("forbidden", "claim_required", "conflict")
        assert review.get_draft(d).draft.approved_version is None


def _claimed_by(who):
    d = make_draft().id
    review.claim(d, who)
    return d
