"""POST /v1/jobs/{id}/fit-feedback: the same service function as the review UI, permission checked,
4xx naming the field and the fix on bad input."""
from __future__ import annotations

import pytest

from api.helpers import make_user
from service.fit.feedback import list_feedback

POST = ("Shopify theme fixes for our store\nThe product page shows the wrong variant image on mobile and the cart "
        "drawer subtotal does not update after a quantity change. Budget $400 fixed.")


def _h(key: str) -> dict:
    return {"Authorization": f"Bearer {key}"}


@pytest.fixture
def job(client) -> dict:
    r = client.post("/v1/jobs", json={"job_text": POST}, headers=_h(make_user("api")[1]))
    assert r.status_code == 201, r.text
    return r.json()


def test_feedback_is_stored_against_the_latest_assessment(client, job):
    bidder = _h(make_user("bidder", "bea")[1])
    tier = job["fit"]["tier"]
    expected = "poor" if tier != "poor" else "strong"
    r = client.post(f"/v1/jobs/{job['id']}/fit-feedback", headers=bidder,
                    json={"reasons": ["service_mismatch"], "expected_tier": expected, "note": "not our kind of job"})
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["assessment_id"] == job["assessment_id"] and body["expected_tier"] == expected
    stored = list_feedback(job_id=job["id"])
    assert [f.id for f in stored] == [body["id"]] and stored[0].user_id is not None
    listed = client.get(f"/v1/jobs/{job['id']}/fit-feedback", headers=bidder).json()["items"]
    assert [f["id"] for f in listed] == [body["id"]]


@pytest.mark.parametrize("payload,field", [
    ({"reasons": []}, "reasons"),
    ({"reasons": ["too_pricey"]}, "reasons"),
    ({"reasons": ["other"]}, "note"),
    ({"reasons": ["tier_too_high"], "expected_tier": "great"}, "expected_tier"),
    ({"reasons": ["tier_too_high"], "criterion": "vibes"}, "criterion"),
    ({"reasons": ["tier_too_high"], "assessment_id": 987654}, "assessment_id"),
    ({"reasons": "tier_too_high"}, "reasons"),
    ({"reasons": ["tier_too_high"], "colour": "red"}, "colour"),
])
def test_bad_input_is_a_4xx_naming_field_and_fix(client, job, payload, field):
    r = client.post(f"/v1/jobs/{job['id']}/fit-feedback", headers=_h(make_user("bidder")[1]), json=payload)
    assert r.status_code == 422, r.text
    err = r.json()["error"]
    assert err["field"] == field and err.get("fix")
    assert list_feedback(job_id=job["id"]) == []


def test_unknown_job_is_404_and_permissions_are_checked(client, job):
    bidder = _h(make_user("bidder")[1])
    r = client.post("/v1/jobs/424242/fit-feedback", headers=bidder, json={"reasons": ["other"], "note": "x"})
    assert r.status_code == 404 and r.json()["error"]["field"] == "job_id"
    for role in ("viewer", "api"):
        r = client.post(f"/v1/jobs/{job['id']}/fit-feedback", headers=_h(make_user(role)[1]),
                        json={"reasons": ["other"], "note": "x"})
        assert r.status_code == 403, (role, r.text)
    assert client.post(f"/v1/jobs/{job['id']}/fit-feedback", json={"reasons": ["other"], "note": "x"}).status_code == 401
