"""Connects economics: recorded spends, the scorecard's Connects figures reconciled with the rows
(SQLite always, PostgreSQL when DRAFTROOM_TEST_DATABASE_URL is set), and skip/apply/boost advice."""
from __future__ import annotations

import random
from datetime import timedelta

import pytest
from sqlalchemy import text

from service.core.db import get_engine, session_scope
from service.core.errors import Conflict, Forbidden, InvalidInput
from service.core.models import Draft, Job, utcnow
from service.outcomes import bid_advice, connects, tracking
from service.outcomes.bid_advice import Similar, decide, proposals_floor
from tests.api.helpers import make_draft, make_job, make_user


def _sent(tier, template, line, *, job=None):
    d = make_draft(tier=tier, template_id=template, service_line=line, job=job)
    with session_scope() as s:
        row = s.get(Draft, d.id)
        row.status, row.approved_at = "exported", utcnow()
    return d


def _seed_spends(actor, n=24, seed=7):
    rng = random.Random(seed)
    now = utcnow()
    made = []
    for i in range(n):
        d = _sent(rng.choice(["strong", "possible", "poor"]), rng.choice(["proposal_default.j2", "proposal_web.j2"]),
                  rng.choice(["web-app", "api-backend", "data"]))
        tracking.record(d.id, actor, stage="proposed")
        reached = rng.choice([None, "viewed", "replied", "call_booked", "won", "lost"])
        if reached:
            tracking.record(d.id, actor, stage=reached)
        if reached == "won" and rng.random() < 0.5:
            tracking.record(d.id, actor, stage="renewal")
        if i % 5 == 0:
            tracking.record(d.id, actor, outcome="closed_no_hire")
        at = now - timedelta(hours=rng.randint(1, 24 * 27))
        made.append(connects.record_spend(d.id, actor, connects=rng.choice([0, 4, 8, 12, 16]),
                                          boost=rng.choice([0, 0, 5, 20]), at=at))
    old = _sent("strong", "proposal_default.j2", "web-app")  # outside the 4-week window
    connects.record_spend(old.id, actor, connects=16, boost=50, at=now - timedelta(weeks=6))
    return made


def test_scorecard_connects_reconcile_with_the_rows(db):
    actor, _ = make_user("bidder")
    _seed_spends(actor)
    card = tracking.scorecard(weeks=4)
    econ = card["connects"]
    start, end = card["period"]["start"], card["period"]["end"]
    with get_engine().connect() as conn:
        total, bids, boost, n = conn.execute(text(
            "SELECT SUM(connects + boost), SUM(connects), SUM(boost), COUNT(*) FROM connects_spends "
            "WHERE at >= :a AND at < :b"), {"a": utcnow() - timedelta(weeks=4, minutes=5), "b": utcnow()}).one()
        by_line = dict(conn.execute(text(
            "SELECT d.service_line, SUM(c.connects + c.boost) FROM connects_spends c JOIN drafts d ON d.id = c.draft_id "
            "WHERE c.at >= :a GROUP BY d.service_line"), {"a": utcnow() - timedelta(weeks=4, minutes=5)}).all())
        replied_jobs = {r[0] for r in conn.execute(text(
            "SELECT DISTINCT job_id FROM pipeline_events WHERE stage IN "
            "('replied','call_booked','verbal_yes','won','renewal','expansion')"))}
        rows = conn.execute(text("SELECT job_id, connects + boost FROM connects_spends WHERE at >= :a"),
                            {"a": utcnow() - timedelta(weeks=4, minutes=5)}).all()
    o = econ["overall"]
    assert start < end
    assert (o["total"], o["connects"], o["boost"], o["proposals"]) == (total, bids, boost, n) == (
        o["connects"] + o["boost"], bids, boost, 24)
    assert {g["group"]: g["total"] for g in econ["by_service_line"]} == by_line
    replies = sum(1 for job, _ in rows if job in replied_jobs)
    assert o["replies"] == replies and o["cost_per_reply"] == round(total / replies, 2)
    for key in ("by_tier", "by_template", "by_service_line"):
        groups = econ[key]
        assert sum(g["total"] for g in groups) == o["total"]
        assert sum(g["proposals"] for g in groups) == o["proposals"]
        assert sum(g["replies"] for g in groups) == o["replies"] and sum(g["hires"] for g in groups) == o["hires"]
    assert all("@" in g["group"] for g in econ["by_template"])  # template id @ content hash = the version
    assert "Connects:" in tracking.format_scorecard(card)


def test_recording_rules(db):
    actor, _ = make_user("bidder")
    viewer, _ = make_user("viewer")
    d = make_draft()
    with pytest.raises(Conflict) as err:  # not approved: cannot have been sent
        connects.record_spend(d.id, actor, connects=16)
    assert err.value.field == "draft_id" and "approve" in err.value.fix
    d = _sent("strong", "proposal_default.j2", "web-app")
    with pytest.raises(Forbidden):
        connects.record_spend(d.id, viewer, connects=16)
    for bad in (-1, 1001, 2.5, True):
        with pytest.raises(InvalidInput) as err:
            connects.record_spend(d.id, actor, connects=bad)
        assert err.value.field == "connects"
    with pytest.raises(InvalidInput) as err:
        connects.record_spend(d.id, actor, connects=8, at=utcnow() + timedelta(days=1))
    assert err.value.field == "at"
    first = connects.record_spend(d.id, actor, connects=16, boost=10)
    assert first["total"] == 26
    with pytest.raises(Conflict) as err:
        connects.record_spend(d.id, actor, connects=12)
    assert "replace" in err.value.fix
    fixed = connects.record_spend(d.id, actor, connects=12, replace=True)
    assert fixed["id"] == first["id"] and fixed["total"] == 12
    from service.accounts import audit

    events = audit.query(action="connects.record")
    assert events[0].detail["before"]["connects"] == 16  # the corrected figure is kept in the audit log


def test_proposals_floor():
    assert [proposals_floor(x) for x in ("Less than 5", "5 to 10", "20 to 50", "50+", None, "n/a")] == [
        0, 5, 20, 50, None, None]


@pytest.mark.parametrize("tier,proposals,age,similar,action,words", [
    ("poor", 0, 1, Similar(0, 0, 0), "skip", "poor"),
    ("possible", 50, 1, Similar(0, 0, 0), "skip", "50+ proposals"),
    ("strong", 50, 1, Similar(0, 0, 0), "boost", "strong fit"),
    ("possible", 5, 100, Similar(0, 0, 0), "skip", "4 days ago"),
    ("strong", 10, 100, Similar(0, 0, 0), "apply", "strong fit"),
    ("strong", 20, 100, Similar(0, 0, 0), "skip", "days ago"),
    ("possible", 5, 5, Similar(4, 3, 0), "skip", "0 of 3 similar"),
    ("possible", 5, 5, Similar(4, 3, 1), "apply", "replied 1/3"),
    ("strong", 15, 24, Similar(0, 0, 0), "boost", "15+ proposals"),
    ("strong", 10, 2, Similar(0, 0, 0), "apply", "10+ proposals"),
    ("strong", 20, 30, Similar(0, 0, 0), "apply", "30 h old"),
    (None, None, None, Similar(0, 0, 0), "apply", "unscored fit"),
])
def test_decide(tier, proposals, age, similar, action, words):
    got, reason = decide(tier, proposals, age, similar)
    assert got == action and words in reason


def test_advice_on_queued_drafts_uses_the_job_and_history(db):
    actor, _ = make_user("bidder")
    job = make_job()
    with session_scope() as s:
        row = s.get(Job, job.id)
        row.brief = {"proposals": "20 to 50", "posted_at": (utcnow() - timedelta(hours=3)).isoformat()}
    queued = make_draft(tier="strong", service_line="web-app", job=job)
    for _ in range(3):  # three earlier strong web-app proposals: one replied
        d = _sent("strong", "proposal_default.j2", "web-app")
        tracking.record(d.id, actor, stage="proposed")
    tracking.record(d.id, actor, stage="replied")
    a = bid_advice.advise(queued.id)
    assert a.action == "boost" and a.proposals == 20 and 2.9 <= a.age_hours <= 3.1
    assert (a.similar.sent, a.similar.denominator, a.similar.replies) == (3, 3, 1)
    listed = {x.draft_id: x for x in bid_advice.queue_advice()}
    assert queued.id in listed and d.id not in listed  # sent (exported) drafts are not queued
    with session_scope() as s:
        assert s.get(Draft, queued.id).status == "pending_review"  # advice never changes the draft
    contract_draft = make_draft(with_job=False, kind="checkin")
    with pytest.raises(InvalidInput):
        bid_advice.advise(contract_draft.id)
