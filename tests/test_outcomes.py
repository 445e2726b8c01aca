"""Pipeline stages, the outcome field and the scorecard's honest denominators."""
from __future__ import annotations

from datetime import timedelta

import pytest
from api.helpers import make_draft, make_job, make_user

from service.core.errors import Conflict, Forbidden, IllegalTransition, InvalidInput
from service.core.models import utcnow
from service.outcomes import tracking as outcomes
from service.outcomes.scorecard import format_scorecard, scorecard
from service.review import actions as review


@pytest.fixture
def me(db):
    return make_user("bidder")[0]


def _sent(me, *, job_type="fixed", template="proposal_web_app", line="web_app", intake_ago=timedelta(hours=1),
          sent_ago=timedelta(minutes=30)):
    now = utcnow()
    job = make_job(created_at=now - intake_ago, job_type=job_type)
    d = make_draft(job=job, template_id=template, service_line=line)
    review.claim(d.id, me)
    review.approve(d.id, 1, me)
    outcomes.record(d.id, me, stage="proposed", at=now - sent_ago)
    return d.id


def test_stages_move_forward_with_timestamps(me):
    did = _sent(me)
    state = outcomes.record(did, me, stage="replied", note="asked for a call")
    assert state["stage"] == "replied" and [e["stage"] for e in state["events"]] == ["proposed", "replied"]
    with pytest.raises(IllegalTransition) as err:
        outcomes.record(did, me, stage="viewed")
    assert "call_booked" in err.value.extra["allowed"] and "lost" in err.value.extra["allowed"]
    outcomes.record(did, me, stage="won", value_usd=2500)
    outcomes.record(did, me, stage="renewal", value_usd=900)
    state = outcomes.record(did, me, stage="renewal", value_usd=600)  # a second renewal is a new event
    assert [e["stage"] for e in state["events"]][-2:] == ["renewal", "renewal"] and state["value_usd"] == 2500
    with pytest.raises(IllegalTransition):
        outcomes.record(did, me, stage="lost")


def test_outcome_is_separate_and_validated(me):
    did = _sent(me)
    state = outcomes.record(did, me, outcome="closed_no_hire")
    assert state["stage"] == "proposed" and state["outcome"] == "closed_no_hire"
    with pytest.raises(InvalidInput) as err:
        outcomes.record(did, me, outcome="ghosted")
    assert "hired_other" in err.value.fix
    with pytest.raises(InvalidInput):
        outcomes.record(did, me)
    with pytest.raises(InvalidInput, match="future"):
        outcomes.record(did, me, stage="replied", at=utcnow() + timedelta(days=1))
    with pytest.raises(Forbidden):
        outcomes.record(did, make_user("viewer")[0], stage="replied")


def test_an_unapproved_draft_cannot_have_been_sent(me):
    with pytest.raises(Conflict, match="approved"):
        outcomes.record(make_draft().id, me, stage="proposed")


def test_scorecard_denominators_and_low_sample(me):
    a = [_sent(me, job_type="fixed", template="t_web") for _ in range(4)]
    b = [_sent(me, job_type="hourly", template="t_api", line="api_backend") for _ in range(2)]
    outcomes.record(a[0], me, stage="replied")
    outcomes.record(a[1], me, stage="call_booked")
    outcomes.record(a[1], me, stage="won", value_usd=1000)
    outcomes.record(a[2], me, outcome="closed_no_hire")  # never hired: leaves the denominator
    outcomes.record(a[3], me, outcome="hired_other")  # a real loss: stays in
    outcomes.record(b[0], me, stage="replied")
    outcomes.record(b[0], me, outcome="expired")  # replied, then expired: the reply still counts
    card = scorecard(4)
    assert card["proposals"] == 6 and card["excluded_dead_ends"] == 1 and card["denominator"] == 5
    assert card["reply_rate"] == {"group": "all", "proposals": 6, "denominator": 5, "hits": 3, "rate": 0.6,
                                  "low_sample": False}
    assert card["call_booking_rate"]["hits"] == 1 and card["close_rate"]["rate"] == 0.2
    by_type = {r["group"]: r for r in card["reply_rate_by_job_type"]}
    assert by_type["fixed"]["denominator"] == 3 and by_type["fixed"]["rate"] == round(2 / 3, 4)
    assert by_type["hourly"]["low_sample"] and by_type["hourly"]["rate"] == 0.5
    by_template = {r["group"]: r for r in card["reply_rate_by_template"]}
    assert set(by_template) == {"t_web", "t_api"}
    niche = {r["group"]: r for r in card["close_rate_by_niche"]}
    assert niche["web_app"]["hits"] == 1 and niche["api_backend"]["rate"] == 0.0
    assert card["average_project_value_usd"] == {"value": 1000.0, "n": 1, "low_sample": True}
    assert card["time_to_first_proposal_minutes"]["median"] == pytest.approx(30, abs=1)
    text = format_scorecard(card)
    assert "low sample" in text and "60.0% (3/5)" in text


def test_scorecard_extension_and_repeat_revenue(me):
    did = _sent(me)
    outcomes.record(did, me, stage="won", value_usd=3000)
    outcomes.record(did, me, stage="expansion", value_usd=1200)
    card = scorecard(2)
    assert card["extension_rate"]["rate"] == 1.0 and card["repeat_revenue_usd"] == 1200.0


def test_scorecard_window_and_empty_rates(me):
    _sent(me, intake_ago=timedelta(days=40), sent_ago=timedelta(days=39))
    card = scorecard(4)
    assert card["proposals"] == 0 and card["reply_rate"]["rate"] is None  # no colour with zero sends
    assert scorecard(8)["proposals"] == 1
    with pytest.raises(InvalidInput):
        scorecard(0)
