"""Authorisation matrix for the account-management routes (issue 19): every route × every role, no key and a
wrong key → the expected status, each cell on fresh state. ``COVERED`` feeds the main matrix's check that
every /v1 route is covered somewhere (tests/api/test_authz_matrix.py)."""
from __future__ import annotations

import itertools

import pytest

from service.accounts.auth import principal_for
from service.contracts import cadence, signals
from service.contracts import records as svc
from service.core.db import session_scope
from service.core.models import Draft, utcnow
from tests.api.helpers import make_draft
from tests.api.test_authz_matrix import ALL, CALLERS, STAFF, _expected, setup  # noqa: F401  (fixture)

_n = itertools.count(1)


def _contract_due(ctx) -> str:
    c = svc.create_contract(client_name=f"Client {next(_n)}", title="Build", started_at="2025-02-24")
    cadence.set_schedule(c.id, checkin_days="mon")
    return f"checkin:{c.id}:2025-02-24"


def _sent_draft(ctx) -> str:
    d = make_draft()
    with session_scope() as s:
        row = s.get(Draft, d.id)
        row.status, row.approved_at = "exported", utcnow()
    return str(d.id)


def _pending(ctx) -> str:
    return str(make_draft().id)


def _proposed_signal(ctx) -> str:
    c = svc.create_contract(client_name=f"Client {next(_n)}", title="Build")
    return str(signals.propose_from_message(c.id, "Great work, thanks!")[0].id)


def _client(ctx) -> str:
    c = svc.create_contract(client_name=f"Client {next(_n)}", title="Build")
    _end(c.id)  # a follow-up needs a contract that ended or reached a milestone
    return c.client_name


def _end(contract_id: int) -> None:
    from service.core.db import session_scope
    from service.core.models import Contract

    with session_scope() as s:
        s.get(Contract, contract_id).status = "ended"


READ = ALL
# id: (method, path with {x}, openapi path, state builder, json body (may use {x}), roles allowed, success)
ENDPOINTS = {
    "GET due": ("GET", "/v1/due?as_of=2025-02-24", "/v1/due", None, None, READ, 200),
    "POST due draft": ("POST", "/v1/due/{x}/draft?as_of=2025-02-24", "/v1/due/{key}/draft", _contract_due, None,
                       STAFF | {"api"}, 201),
    "POST connects": ("POST", "/v1/drafts/{x}/connects", "/v1/drafts/{draft_id}/connects", _sent_draft,
                      {"connects": 16}, STAFF, 201),
    "GET draft bid-advice": ("GET", "/v1/drafts/{x}/bid-advice", "/v1/drafts/{draft_id}/bid-advice", _pending, None,
                             READ, 200),
    "GET bid-advice": ("GET", "/v1/bid-advice", "/v1/bid-advice", None, None, READ, 200),
    "GET connects": ("GET", "/v1/connects?weeks=4", "/v1/connects", None, None, STAFF | {"viewer"}, 200),
    "POST signal decide": ("POST", "/v1/signals/{x}/confirm", "/v1/signals/{signal_id}/{decision}", _proposed_signal,
                           None, STAFF, 200),
    "GET followups": ("GET", "/v1/followups", "/v1/followups", None, None, READ, 200),
    "POST followups draft": ("POST", "/v1/followups/draft", "/v1/followups/draft", _client, {"client": "{x}"},
                             STAFF | {"api"}, 201),
    "GET profile audit": ("GET", "/v1/profile/audit?since=30d", "/v1/profile/audit", None, None,
                          STAFF | {"viewer"}, 200),
}
COVERED = {(m, spec_path) for m, _p, spec_path, *_ in ENDPOINTS.values()}


@pytest.mark.parametrize("endpoint", list(ENDPOINTS))
def test_accounts_authorisation_matrix(setup, endpoint):  # noqa: F811  (the imported fixture)
    client, keys, _job_text = setup
    method, path, _spec, build, body, allowed, ok = ENDPOINTS[endpoint]
    got = {}
    for caller in CALLERS:
        ctx = {"owner": principal_for("owner-person")}
        x = build(ctx) if build else ""
        payload = {k: (v.replace("{x}", x) if isinstance(v, str) else v) for k, v in body.items()} if body else None
        headers = {"no key": {}, "wrong key": {"Authorization": "Bearer dr_not-a-real-key"}}.get(
            caller, {"Authorization": f"Bearer {keys.get(caller, '')}"})
        r = client.request(method, path.replace("{x}", x), json=payload, headers=headers)
        got[caller] = r.status_code
        if r.status_code >= 400:
            err = r.json()["error"]
            assert err["code"] and err["message"], r.text
    assert got == _expected(allowed, ok), f"{endpoint}: {got}"
