"""Speed to lead: posting (from the source) → intake → draft → approval, per tier and per person."""
from __future__ import annotations

from datetime import timedelta

from api.helpers import make_user
from sqlmodel import select

from intake.payloads import strong
from service.core.db import session_scope
from service.core.intake_models import IntakeDelivery
from service.core.models import Draft, utcnow
from service.workflows import sources
from service.workflows.speed import speed_to_lead


def test_speed_to_lead_from_posting_and_intake_to_approval(client):
    approver, key = make_user("bidder", "bea")
    now = utcnow()
    ids = []
    for i in range(3):
        job = strong(700 + i)
        job["posted_at"] = (now - timedelta(minutes=30)).isoformat()
        stored = sources.accept(job, source="generic")
        assert sources.process_delivery(stored.delivery_id) == "drafted"
        ids.append(stored.delivery_id)
    with session_scope() as s:
        deliveries = [s.get(IntakeDelivery, i) for i in ids]
        for n, d in enumerate(deliveries[:2]):  # two approved, 10 and 20 minutes after intake
            draft = s.get(Draft, d.draft_id)
            draft.intake_at = now - timedelta(minutes=20 + 10 * n)
            draft.approved_at, draft.approved_by, draft.status = now, approver.user_id, "approved"
            s.add(draft)
    out = speed_to_lead(7, now=now)
    strong_row = out["by_tier"]["strong"]
    assert strong_row["n"] == 3 and strong_row["approved"] == 2 and strong_row["waiting"] == 1
    assert strong_row["intake_to_approval"] == {"n": 2, "p50_min": 25.0, "p95_min": 29.5}
    assert strong_row["posted_to_approval"]["n"] == 2 and strong_row["posted_to_approval"]["p50_min"] == 30.0
    assert out["by_person"]["bea"]["approved"] == 2
    r = client.get("/v1/intake/speed-to-lead?days=7", headers={"Authorization": f"Bearer {key}"})
    assert r.status_code == 200 and r.json()["by_tier"]["strong"]["n"] == 3
    assert client.get("/v1/intake/speed-to-lead?days=0", headers={"Authorization": f"Bearer {key}"}).status_code == 422
    with session_scope() as s:
        assert len(s.exec(select(Draft)).all()) == 3
