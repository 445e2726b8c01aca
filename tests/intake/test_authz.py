"""Authorisation matrix for /v1/intake/*: every route × every role, no key and a wrong key."""
from __future__ import annotations

import itertools

import pytest
from api.helpers import make_user

from intake.payloads import strong
from service.accounts.auth import PERMISSIONS

CALLERS = ("owner", "manager", "bidder", "viewer", "api", "no key", "wrong key")
_n = itertools.count(800)


def allowed(permission: str) -> set[str]:
    return {role for role, perms in PERMISSIONS.items() if permission in perms}


ROUTES = {
    ("POST", "/v1/intake/webhook/{source}"): ("/v1/intake/webhook/generic", "intake", 202),
    ("GET", "/v1/intake/deliveries"): ("/v1/intake/deliveries", "read", 200),
    ("GET", "/v1/intake/speed-to-lead"): ("/v1/intake/speed-to-lead", "metrics", 200),
}


def test_every_intake_route_is_in_the_matrix():
    from service.api.app import create_app

    spec = create_app().openapi()["paths"]
    routes = {(m.upper(), p) for p, ops in spec.items() for m in ops if p.startswith("/v1/intake/")}
    assert routes == set(ROUTES)


@pytest.mark.parametrize("route", list(ROUTES), ids=lambda r: f"{r[0]} {r[1]}")
def test_intake_authz(client, route):
    url, permission, ok = ROUTES[route]
    keys = {role: make_user(role)[1] for role in allowed("read") | {"owner", "manager", "bidder", "viewer", "api"}}
    got, want = {}, {}
    for caller in CALLERS:
        headers = {"no key": {}, "wrong key": {"Authorization": "Bearer dr_not-a-real-key"}}.get(
            caller, {"Authorization": f"Bearer {keys.get(caller, '')}"})
        body = strong(next(_n)) if route[0] == "POST" else None
        r = client.request(route[0], url, json=body, headers=headers)
        got[caller] = r.status_code
        want[caller] = 401 if caller in ("no key", "wrong key") else ok if caller in allowed(permission) else 403
    assert got == want
