"""Alerts through Apprise to a local webhook receiver (json:// on 127.0.0.1): a strong job lands with its
title, score, top reasons (quoted evidence) and review link; no other job text; secrets never logged."""
from __future__ import annotations

import logging

import pytest
from api.helpers import make_user
from sqlmodel import select

from intake.payloads import POOR, STRONG
from service.core.db import session_scope
from service.core.errors import InvalidInput
from service.core.intake_models import IntakeDelivery
from service.core.schemas import CriterionScore, FitAssessmentOut
from service.workflows import alerts

SECRET = "tok-ThisMustNeverBeLogged"


@pytest.fixture
def alerting(client, receiver, monkeypatch):
    from service.core.config import reset_settings

    monkeypatch.setenv("DRAFTROOM_ALERT_URLS", f"json://bot:{SECRET}@127.0.0.1:{receiver.port}/hook")
    monkeypatch.setenv("DRAFTROOM_PUBLIC_UI_URL", "http://ui.example:8501")
    reset_settings()
    return client


def _post(client, job):
    r = client.post("/v1/intake/webhook/generic", json=job, headers={"Authorization": f"Bearer {make_user('api')[1]}"})
    assert r.status_code == 202, r.text


def test_strong_job_alert_carries_title_score_reasons_and_link_only(alerting, receiver, caplog):
    caplog.set_level(logging.DEBUG)
    _post(alerting, STRONG)
    assert len(receiver.posts) == 1
    post = receiver.posts[0]
    with session_scope() as s:
        delivery = s.exec(select(IntakeDelivery)).one()
    assert STRONG["title"] in post["title"] and f"{delivery.score:.0f}/100" in post["title"]
    assert f"http://ui.example:8501/review?draft={delivery.draft_id}" in post["message"]
    assert post["message"].count("\n- ") == 3  # three top reasons
    # no job text beyond the title and quoted evidence: strip the quotes, then no description sentence remains
    unquoted = post["message"]
    while "“" in unquoted:
        a = unquoted.index("“")
        unquoted = unquoted[:a] + unquoted[unquoted.index("”", a) + 1:]
    for sentence in STRONG["description"].split(". "):
        assert sentence[:40] not in unquoted
    assert SECRET not in caplog.text
    [event] = alerts.sent_alerts()
    assert event.status == "sent" and SECRET not in event.target and "127.0.0.1" in event.target


def test_poor_and_duplicate_jobs_do_not_alert(alerting, receiver):
    _post(alerting, POOR)
    _post(alerting, STRONG)
    r = alerting.post("/v1/intake/webhook/generic", json=STRONG,
                      headers={"Authorization": f"Bearer {make_user('api')[1]}"})
    assert r.status_code == 200
    assert len(receiver.posts) == 1


def test_failed_alert_is_recorded_and_intake_still_succeeds(alerting, receiver):
    receiver.status = 500
    _post(alerting, STRONG)
    [event] = alerts.sent_alerts()
    assert event.status == "failed"
    with session_scope() as s:
        assert s.exec(select(IntakeDelivery)).one().status == "drafted"


def _fit(tier: str) -> FitAssessmentOut:
    crit = [CriterionScore(name="service_fit", score=90, weight=30, evidence="FastAPI backend"),
            CriterionScore(name="budget_fit", score=80, weight=25, evidence="x" * 400),
            CriterionScore(name="timeline_realism", score=50, weight=10, evidence="not stated")]
    return FitAssessmentOut(score=77, tier=tier, criteria=crit)


def test_routing_by_tier(inline, receiver, monkeypatch):
    from service.core.config import reset_settings

    monkeypatch.setenv("DRAFTROOM_ALERT_URLS", f"possible=json://127.0.0.1:{receiver.port}/p "
                                               f"json://127.0.0.1:{receiver.port}/s")
    reset_settings()
    from api.helpers import make_draft

    draft = make_draft()
    assert alerts.job_landed(job_id=draft.job_id, draft_id=draft.id, title="T", fit=_fit("possible")) == ["sent"]
    assert alerts.job_landed(job_id=draft.job_id, draft_id=draft.id, title="T", fit=_fit("possible")) == ["already_sent"]
    assert alerts.job_landed(job_id=draft.job_id, draft_id=draft.id, title="T", fit=_fit("poor")) == []
    assert len(receiver.posts) == 1


def test_reasons_quote_evidence_and_cap_it():
    lines = alerts.top_reasons(_fit("strong"))
    assert lines[0] == "service fit 90: “FastAPI backend”"
    assert lines[1].endswith("…”") and len(lines[1]) < 200
    assert lines[2] == "timeline realism 50: not stated"


def test_bad_routes_are_refused_without_echoing_secrets():
    with pytest.raises(InvalidInput) as err:
        alerts.targets("urgent=json://u:pw@host/x")
    assert err.value.field == "DRAFTROOM_ALERT_URLS"
    with pytest.raises(InvalidInput) as err:
        alerts.targets("not-a-url-with-" + SECRET)
    assert SECRET not in str(err.value)
    assert "pw" not in alerts.mask("json://u:pw@host/x")


def test_sla_breach_alerts_once_per_waiting_draft(inline, receiver, monkeypatch):
    from datetime import timedelta

    from api.helpers import make_draft

    from service.core.config import reset_settings
    from service.core.models import utcnow

    monkeypatch.setenv("DRAFTROOM_ALERT_URLS", f"strong,possible=json://127.0.0.1:{receiver.port}/sla")
    monkeypatch.setenv("DRAFTROOM_SLA_MINUTES", "strong=30,possible=120")
    reset_settings()
    now = utcnow()
    late = make_draft(tier="strong", intake_at=now - timedelta(minutes=45))
    make_draft(tier="strong", intake_at=now - timedelta(minutes=10))  # within target
    make_draft(tier="possible", intake_at=now - timedelta(minutes=60))  # within its longer target
    make_draft(tier="poor", intake_at=now - timedelta(days=2))  # no SLA for poor
    assert alerts.sla_breaches(now) == ["sent"]
    assert alerts.sla_breaches(now) == []
    [post] = receiver.posts
    assert post["title"].startswith("Waiting 45 min (target 30): ") and f"review?draft={late.id}" in post["message"]
    [event] = [e for e in alerts.sent_alerts() if e.kind == "sla_breach"]
    assert event.draft_id == late.id


def test_bad_sla_setting_is_named():
    with pytest.raises(InvalidInput) as err:
        alerts.sla_targets("strong=soon")
    assert err.value.field == "DRAFTROOM_SLA_MINUTES"
    assert alerts.sla_targets("") == {} and alerts.sla_targets("poor=5") == {"poor": 5}


def test_routes_by_event_and_tier():
    bidders, managers, plain = alerts.targets("new:strong,possible=json://h/b sla:strong=json://h/m json://h/all")
    assert (bidders.events, bidders.tiers) == ({"new"}, {"strong", "possible"})
    assert (managers.events, managers.tiers) == ({"sla"}, {"strong"})
    assert (plain.events, plain.tiers) == ({"new", "sla", "due"}, {"strong"}) and plain.url == "json://h/all"
    assert alerts.targets("due:json://h/d")[0].events == {"due"}
    with pytest.raises(InvalidInput) as err:
        alerts.targets("lunch:strong=json://h/x")
    assert "lunch" in err.value.message


def test_sla_alert_goes_only_to_sla_routes(inline, receiver, monkeypatch):
    from datetime import timedelta

    from api.helpers import make_draft

    from service.core.config import reset_settings
    from service.core.models import utcnow

    monkeypatch.setenv("DRAFTROOM_ALERT_URLS", f"new:strong=json://127.0.0.1:{receiver.port}/bidders "
                                               f"sla:strong=json://127.0.0.1:{receiver.port}/managers")
    reset_settings()
    make_draft(tier="strong", intake_at=utcnow() - timedelta(hours=2))
    assert alerts.sla_breaches() == ["sent"]
    assert receiver.paths == ["/managers"] and receiver.posts[0]["title"].startswith("Waiting")
