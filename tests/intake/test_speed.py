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


def test_speed_to_lead_in_the_scorecard_cli_and_api(client):
    """Speed to lead sits in the scorecard: same numbers through the builder, the API and the CLI."""
    from typer.testing import CliRunner

    from service.cli import app
    from service.workflows.speed import scorecard_with_speed

    approver, key = make_user("owner", "olga")
    now = utcnow()
    stored = sources.accept(strong(900), source="generic")
    assert sources.process_delivery(stored.delivery_id) == "drafted"
    with session_scope() as s:
        draft = s.get(Draft, s.get(IntakeDelivery, stored.delivery_id).draft_id)
        draft.intake_at = now - timedelta(minutes=12)
        draft.approved_at, draft.approved_by, draft.status = now, approver.user_id, "approved"
        s.add(draft)
    card = scorecard_with_speed(1, now=now)
    assert card["speed_to_lead"]["days"] == 7 and "outcomes" in card
    assert card["speed_to_lead"]["by_tier"]["strong"]["intake_to_approval"]["p50_min"] == 12.0
    assert card["speed_to_lead"]["by_person"]["olga"]["approved"] == 1
    body = client.get("/v1/metrics/scorecard?weeks=1", headers={"Authorization": f"Bearer {key}"}).json()
    assert body["speed_to_lead"]["by_person"]["olga"]["intake_to_approval"]["n"] == 1
    out = CliRunner(env={"DRAFTROOM_API_KEY": key}).invoke(app, ["scorecard", "--weeks", "1"])
    assert out.exit_code == 0, out.output
    assert "speed to lead" in out.output and "tier strong" in out.output and "by olga" in out.output
    assert "intake→approval p50 12.0" in out.output and "outcomes of sent proposals" in out.output
