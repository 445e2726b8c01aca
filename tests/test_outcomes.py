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
    assert set(by_template) == {"t_web @ tttttttttttt", "t_api @ tttttttttttt"}
    assert {(r["template_id"], r["template_version"]) for r in card["reply_rate_by_template"]} == {
        ("t_web", "tttttttttttt"), ("t_api", "tttttttttttt")}
    o = card["outcomes"]  # lost: a[3] (hired_other); no reply among the 5 counted: a[3], b[1]
    assert (o["sent"], o["left_out"], o["denominator"]) == (6, 1, 5)
    assert {k: o[k]["count"] for k in ("viewed", "replied", "interviewed", "won", "lost", "no_reply")} == {
        "viewed": 3, "replied": 3, "interviewed": 1, "won": 1, "lost": 1, "no_reply": 2}
    assert all(o[k]["of"] == 5 for k in ("viewed", "lost", "no_reply")) and o["no_reply"]["rate"] == 0.4
    assert "5 sent proposals (1 more left out" in o["over"]
    niche = {r["group"]: r for r in card["close_rate_by_niche"]}
    assert niche["web_app"]["hits"] == 1 and niche["api_backend"]["rate"] == 0.0
    assert card["average_project_value_usd"] == {"value": 1000.0, "n": 1, "low_sample": True}
    assert card["time_to_first_proposal_minutes"]["median"] == pytest.approx(30, abs=1)
    text = format_scorecard(card)
    assert "low sample" in text and "60.0% (3/5)" in text
    assert "no reply 2/5 (40%)" in text and "lost 1/5 (20%)" in text and "t_web @ tttttttttttt" in text


def _set_template_hash(draft_id: int, template_hash: str) -> None:
    from service.core.db import session_scope
    from service.core.models import Draft

    with session_scope() as s:
        d = s.get(Draft, draft_id)
        d.template_hash = template_hash
        s.add(d)


def test_outcomes_are_keyed_by_template_version_not_pooled(me):
    """Two versions of one template: each keeps its own counts; the event carries the version it was sent with."""
    old = [_sent(me, template="proposal_web_app") for _ in range(3)]
    new_ids = []
    for _ in range(2):
        now = utcnow()
        d = make_draft(job=make_job(created_at=now - timedelta(hours=1)), template_id="proposal_web_app")
        _set_template_hash(d.id, "a" * 64)
        review.claim(d.id, me)
        review.approve(d.id, 1, me)
        outcomes.record(d.id, me, stage="proposed", at=now - timedelta(minutes=20))
        new_ids.append(d.id)
    outcomes.record(old[0], me, stage="replied")
    outcomes.record(new_ids[0], me, stage="won", value_usd=500)
    outcomes.record(new_ids[1], me, stage="lost")
    state = outcomes.record(old[1], me, stage="viewed")
    assert {(e["template_id"], e["template_version"]) for e in state["events"]} == {("proposal_web_app", "t" * 12)}
    _set_template_hash(old[2], "b" * 64)  # changing the draft later does not move its sent outcome
    rows = {r["template_version"]: r for r in scorecard(4)["outcomes_by_template"]}
    assert set(rows) == {"t" * 12, "a" * 12}
    assert rows["t" * 12]["sent"] == 3 and rows["t" * 12]["replied"]["count"] == 1 and rows["t" * 12]["won"]["count"] == 0
    assert rows["t" * 12]["viewed"]["count"] == 2 and rows["t" * 12]["no_reply"]["count"] == 2
    assert rows["a" * 12]["sent"] == 2 and rows["a" * 12]["won"]["count"] == 1 and rows["a" * 12]["lost"]["count"] == 1
    assert rows["a" * 12]["low_sample"] and rows["a" * 12]["won"]["rate"] == 0.5


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
