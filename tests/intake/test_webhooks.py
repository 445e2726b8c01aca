"""POST /v1/intake/webhook/{source}: auth (API key, shared secret, HMAC), idempotency by Upwork id,
per-item 422s naming the field, nothing lost, and the intake path (draft per tier, poor kept)."""
from __future__ import annotations

import json
import threading

import pytest
from api.helpers import make_user
from sqlmodel import select

from intake.payloads import POOR, STRONG, strong, vollna, vollna_project
from service.core.db import session_scope
from service.core.intake_models import IntakeDelivery
from service.core.models import Draft, Job
from service.intake.webhooks import SIGNATURE_HEADER, sign

URL = "/v1/intake/webhook/"


def _key(role: str = "api") -> dict:
    return {"Authorization": f"Bearer {make_user(role)[1]}"}


def _rows(model):
    with session_scope() as s:
        return list(s.exec(select(model).order_by(model.id)))


def test_strong_generic_job_is_drafted_into_the_queue_and_replays_are_idempotent(client):
    h = _key()
    r = client.post(URL + "generic", json=STRONG, headers=h)
    assert r.status_code == 202, r.text
    item = r.json()["accepted"][0]
    assert item["duplicate"] is False and item["upwork_id"] == STRONG["id"]
    assert item["status"] == "drafted" and item["job_id"]  # the inline backend already processed it
    [delivery] = _rows(IntakeDelivery)
    assert delivery.status == "drafted" and delivery.tier == "strong" and delivery.draft_id
    [draft] = _rows(Draft)
    assert draft.status == "pending_review" and draft.tier == "strong" and draft.job_id == delivery.job_id
    assert draft.created_by == delivery.received_by is not None  # attributed to the API key's user

    again = client.post(URL + "generic", json=STRONG, headers=h)
    assert again.status_code == 200
    assert again.json()["accepted"][0] == {**item, "duplicate": True, "status": "drafted", "job_id": delivery.job_id}
    assert len(_rows(Job)) == 1 and len(_rows(Draft)) == 1 and len(_rows(IntakeDelivery)) == 1


def test_poor_job_is_kept_with_its_reasons_and_not_drafted(client):
    r = client.post(URL + "generic", json=POOR, headers=_key())
    assert r.status_code == 202
    [delivery] = _rows(IntakeDelivery)
    assert delivery.status == "kept" and delivery.tier == "poor" and delivery.draft_id is None
    assert "unpaid_test" in delivery.error
    assert _rows(Draft) == [] and len(_rows(Job)) == 1


def test_autodraft_tiers_are_configurable(client, monkeypatch):
    from service.core.config import reset_settings

    monkeypatch.setenv("DRAFTROOM_AUTODRAFT_TIERS", "")
    reset_settings()
    client.post(URL + "generic", json=STRONG, headers=_key())
    [delivery] = _rows(IntakeDelivery)
    assert delivery.status == "kept" and delivery.tier == "strong" and _rows(Draft) == []


@pytest.mark.parametrize("mutate, field", [
    (lambda j: j.pop("title"), "title"),
    (lambda j: j.update(budget={"type": "fixed"}), "budget"),
    (lambda j: j.update(budget={"type": "weekly", "amount": 5}), "budget.type"),
    (lambda j: j.update(client={"payment_verified": "maybe"}), "client.payment_verified"),
    (lambda j: j.update(skills="Python"), "skills"),
    (lambda j: j.update(titel="typo"), "titel"),
    (lambda j: j.update(posted_at="next blue moon"), "posted_at"),
])
def test_bad_generic_payloads_get_422_naming_the_field_and_are_kept(client, mutate, field):
    job = dict(STRONG)
    mutate(job)
    r = client.post(URL + "generic", json=job, headers=_key())
    assert r.status_code == 422, r.text
    err = r.json()["error"]
    assert err["field"] == field and err["fix"] and err["rejected"][0]["field"] == field
    [kept] = _rows(IntakeDelivery)
    assert kept.status == "rejected" and field.split(".")[0] in kept.error
    assert _rows(Job) == []


def test_not_json_is_a_422_on_body(client):
    r = client.post(URL + "generic", content=b"title=hello", headers={**_key(), "Content-Type": "application/json"})
    assert r.status_code == 422 and r.json()["error"]["field"] == "body"
    assert _rows(IntakeDelivery)[0].status == "rejected"


@pytest.mark.parametrize("body", [b"[" * 100_000 + b"]" * 100_000, b"\xff\xfe{}",
                                  b'{"id": "~01x", "title": "t", "description": "d", "budget": {"type": "fixed", "amount": NaN}}',
                                  b'{"id": "~01x", "title": "t", "description": "d", "client": {"rating": Infinity}}'])
def test_hostile_bodies_are_4xx_not_5xx(client, body):
    r = client.post(URL + "generic", content=body, headers={**_key(), "Content-Type": "application/json"})
    assert r.status_code == 422, r.text
    assert r.json()["error"]["field"]


def test_unknown_source_is_refused(client):
    r = client.post(URL + "rss", json=STRONG, headers=_key())
    assert r.status_code == 422 and r.json()["error"]["field"] == "source"


def test_vollna_batch_takes_the_good_projects_and_reports_the_bad(client):
    body = vollna([vollna_project(1), {"title": "no description"}, vollna_project(2)])
    r = client.post(URL + "vollna", json=body, headers=_key())
    assert r.status_code == 202, r.text
    out = r.json()
    assert [a["index"] for a in out["accepted"]] == [0, 2]
    assert out["rejected"] == [{"index": 1, "field": "projects[1].description", "message": "Field required",
                                "fix": "fix projects[1].description; see docs/intake.md for the payload shape"}]
    jobs = _rows(Job)
    assert len(jobs) == 2 and jobs[0].upwork_id == "~01bb00000000000001"
    assert "Which Django versions" in jobs[0].raw_json["description"]  # client questions reach the brief
    drafted = [d for d in _rows(IntakeDelivery) if d.status == "drafted"]
    assert len(drafted) == 2 and drafted[0].meta == {"filter": "Python APIs"}
    assert drafted[0].posted_at is not None
    client = jobs[0].brief["client"]
    assert client["hire_rate"] == 60.0 and client["payment_verified"] is True and client["total_spent"] == 52000


def test_vollna_envelope_without_projects_is_422(client):
    r = client.post(URL + "vollna", json={"total": 0}, headers=_key())
    assert r.status_code == 422 and r.json()["error"]["field"] == "projects"


def test_auth_hmac_signature_and_shared_secret(client, monkeypatch):
    from service.core.config import reset_settings

    monkeypatch.setenv("DRAFTROOM_WEBHOOK_SECRET_GENERIC", "s3cret-generic")
    monkeypatch.setenv("DRAFTROOM_WEBHOOK_SECRET_VOLLNA", "s3cret-vollna")
    reset_settings()
    body = json.dumps(strong(1)).encode()
    ok = client.post(URL + "generic", content=body,
                     headers={SIGNATURE_HEADER: sign("s3cret-generic", body), "Content-Type": "application/json"})
    assert ok.status_code == 202, ok.text
    bad = client.post(URL + "generic", content=body + b" ",
                      headers={SIGNATURE_HEADER: sign("s3cret-generic", body), "Content-Type": "application/json"})
    assert bad.status_code == 401 and bad.json()["error"]["field"] == SIGNATURE_HEADER
    wrong_source = client.post(URL + "vollna", json=vollna([vollna_project(5)]),
                               headers={"Authorization": "Bearer s3cret-generic"})
    assert wrong_source.status_code == 401
    vol = client.post(URL + "vollna", json=vollna([vollna_project(5)]), headers={"Authorization": "Bearer s3cret-vollna"})
    assert vol.status_code == 202
    assert client.post(URL + "generic", json=strong(2)).status_code == 401
    assert client.post(URL + "generic", json=strong(3), headers=_key("viewer")).status_code == 403
    assert {d.auth for d in _rows(IntakeDelivery)} == {"hmac", "bearer_secret"}


def test_signature_without_a_configured_secret_says_how_to_fix(client):
    body = json.dumps(STRONG).encode()
    r = client.post(URL + "generic", content=body, headers={SIGNATURE_HEADER: sign("x", body)})
    assert r.status_code == 401 and "DRAFTROOM_WEBHOOK_SECRET_GENERIC" in r.json()["error"]["fix"]


def test_simultaneous_duplicates_store_one_delivery(inline):
    from service.workflows import sources

    job = {"upwork_job_id": "~01cc00000000000042", "title": "Same job", "description": "Same words every time."}
    results, barrier = [], threading.Barrier(6)

    def go():
        barrier.wait()
        results.append(sources.accept(job, source="generic"))

    threads = [threading.Thread(target=go) for _ in range(6)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    assert sorted(r.duplicate for r in results) == [False] + [True] * 5
    assert len({r.delivery_id for r in results}) == 1 and len(_rows(IntakeDelivery)) == 1


def test_processing_twice_does_nothing_twice(inline):
    from service.workflows import sources

    stored = sources.accept(strong(9), source="generic")
    assert sources.process_delivery(stored.delivery_id) == "drafted"
    assert sources.process_delivery(stored.delivery_id) == "drafted"
    assert len(_rows(Draft)) == 1


def test_deliveries_listing(client):
    h = _key()
    client.post(URL + "generic", json=STRONG, headers=h)
    r = client.get("/v1/intake/deliveries", headers=h)
    assert r.status_code == 200 and r.json()["deliveries"][0]["status"] == "drafted"
    assert client.get("/v1/intake/deliveries?limit=0", headers=h).status_code == 422
    bad = client.get("/v1/intake/deliveries?status=lost", headers=h)
    assert bad.status_code == 422 and bad.json()["error"]["field"] == "status"
    assert client.get("/v1/intake/deliveries?status=kept", headers=h).json()["deliveries"] == []


def test_stranded_deliveries_are_requeued_by_claim_time(inline):
    from datetime import timedelta

    from service.core.models import utcnow
    from service.workflows import sources

    old, busy, fresh = (sources.accept(strong(i), source="generic").delivery_id for i in (31, 32, 33))
    long_ago = utcnow() - timedelta(minutes=30)
    with session_scope() as s:
        for delivery_id, status, claimed in ((old, "processing", long_ago), (busy, "processing", utcnow()),
                                             (fresh, "queued", None)):
            row = s.get(IntakeDelivery, delivery_id)
            row.status, row.processed_at, row.received_at = status, claimed, long_ago
            s.add(row)
    assert sorted(sources.stranded()) == sorted([old, fresh])  # busy was claimed a moment ago: left alone
    assert sources.process_delivery(old) == "drafted"
    assert sources.process_delivery(busy) == "processing"


def test_model_failure_keeps_the_job_and_a_retryable_draft(inline, monkeypatch):
    from service.workflows import sources
    from service.workflows.retry import retry
    from tests.llm.fake_gateway import failure, install

    install(monkeypatch, [failure("extract_brief", "rate_limit", 6)])
    stored = sources.accept(strong(41), source="generic")
    assert sources.process_delivery(stored.delivery_id) == "needs_attention"
    with session_scope() as s:
        row = s.get(IntakeDelivery, stored.delivery_id)
        draft = s.get(Draft, row.draft_id)
    assert row.job_id and "rate_limit" in row.error
    assert draft.status == "needs_attention" and draft.job_id == row.job_id
    assert retry(draft.id).status == "pending_review"  # the fake's queue is empty: the offline engine answers
