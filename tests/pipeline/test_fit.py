"""Fit scoring: criteria with evidence, floors, disqualifiers, neutral values, rules before the model."""
from __future__ import annotations

import pytest
import yaml
from sqlmodel import select

from service.core.config import DEMO_WORKSPACE
from service.core.db import session_scope
from service.core.errors import InvalidInput
from service.core.models import LlmCall
from service.core.schemas import ClientInfo, JobBrief
from service.core.workspace import (
    CRITERIA,
    Workspace,
    load_workspace,
    workspace_problems,
)
from service.fit.assess import assess_fit
from service.llm import ledger

GOOD_CLIENT = ClientInfo(payment_verified=True, total_spent=25000, hire_rate=80, rating=4.9, reviews=20, jobs_posted=30)
GOOD_DESC = ("We are a funded SaaS startup and need a senior React + TypeScript developer to rebuild our analytics dashboard.\n"
             "Scope:\n- 8 screens designed in Figma\n- Charts fed by our existing GraphQL API\n- Admin panel with roles\n"
             "We work in two-week milestones with weekly updates. Expect 3 months; more projects after that.")


def brief(title="Senior React developer for SaaS dashboard", description=GOOD_DESC, **kw) -> JobBrief:
    base = dict(budget_type="hourly", budget_min=60, budget_max=90, skills=["React", "TypeScript"], client=GOOD_CLIENT)
    base.update(kw)
    return JobBrief(title=title, description=description, **base)


@pytest.fixture
def ws() -> Workspace:
    return load_workspace(DEMO_WORKSPACE)


def _ws_with(ws: Workspace, **icp) -> Workspace:
    data = ws.model_dump(mode="json")
    data["icp"].update(icp)
    return Workspace.model_validate(data)


def _crit(a, name):
    return next(c for c in a.criteria if c.name == name)


def _post(b: JobBrief) -> str:
    return f"{b.title}\n{b.description}"


def test_good_fit_is_strong_with_six_evidenced_criteria(db, ws):
    b = brief()
    a = assess_fit(b, ws)
    assert a.tier == "strong" and a.score >= ws.icp.tiers.strong
    assert [c.name for c in a.criteria] == list(CRITERIA)
    weights = ws.icp.weights.as_dict()
    for c in a.criteria:
        assert 0 <= c.score <= 100 and c.weight == weights[c.name] and c.reason
        assert c.evidence == "not stated" or c.evidence in _post(b) or c.evidence.startswith("[")
    assert a.service_line == "web-app" and {"React", "TypeScript"} <= set(a.matched_skills)
    assert a.decided_by_rules is False and a.model == "offline"
    total = sum(c.score * c.weight for c in a.criteria) / sum(weights.values())
    assert a.score == pytest.approx(total, abs=0.06)


def test_qualitative_evidence_is_verbatim(db, ws):
    b = brief()
    a = assess_fit(b, ws)
    for name in ("brief_clarity", "communication_quality", "strategic_value"):
        c = _crit(a, name)
        assert c.source == "offline"
        assert c.evidence != "not stated" and c.evidence in _post(b)


def test_poor_by_rules_makes_no_gateway_call(db, ws):
    b = brief(description=GOOD_DESC + "\nBefore hiring we ask for an unpaid test task: a small dashboard page.")
    a = assess_fit(b, ws, job_id=None)
    assert a.tier == "poor" and a.decided_by_rules
    assert [d.id for d in a.disqualifiers] == ["unpaid_test"]
    assert "unpaid test task" in a.disqualifiers[0].evidence and a.disqualifiers[0].evidence in _post(b)
    ledger.flush()
    with session_scope() as s:
        assert s.exec(select(LlmCall).where(LlmCall.task == "judge_fit")).all() == []
    assert {_crit(a, n).source for n in ("brief_clarity", "communication_quality", "strategic_value")} == {"skipped"}


def test_a_scored_job_records_one_judge_call(db, ws):
    assess_fit(brief(), ws, job_id=None)
    ledger.flush()
    with session_scope() as s:
        calls = s.exec(select(LlmCall).where(LlmCall.task == "judge_fit")).all()
    assert len(calls) == 1 and calls[0].model_requested == "offline"


@pytest.mark.parametrize("kw,extra,hit", [
    (dict(client=ClientInfo(payment_verified=False, total_spent=0)), "", "unverified_payment_no_spend"),
    (dict(budget_min=5, budget_max=10), "", "rate_below_floor"),
    ({}, "\nPlease contact me on WhatsApp so we can move faster.", "off_platform_contact"),
    ({}, "\nSend your quote to founder@example.com today.", "off_platform_contact"),
    ({}, "\nAll applicants must first do a free sample of one screen.", "unpaid_test"),
])
def test_each_disqualifier_forces_poor_with_reason(db, ws, kw, extra, hit):
    b = brief(description=GOOD_DESC + extra, **kw)
    a = assess_fit(b, ws)
    assert a.tier == "poor" and hit in [d.id for d in a.disqualifiers]
    d = next(d for d in a.disqualifiers if d.id == hit)
    assert d.reason and (d.evidence in _post(b) or d.evidence.startswith("["))


def test_unknown_payment_or_spend_is_not_a_disqualifier(db, ws):
    # null never means "no" or "zero": unverified payment with unknown spend is not "$0 spent"
    a = assess_fit(brief(client=ClientInfo(payment_verified=False)), ws)
    assert "unverified_payment_no_spend" not in [d.id for d in a.disqualifiers]


def test_no_client_information_gives_neutral_not_zero(db, ws):
    b = JobBrief(title="Build a React dashboard", description="We need a React developer to build a dashboard for our web app.")
    a = assess_fit(b, ws)
    budget = _crit(a, "budget_fit")
    assert budget.score == ws.icp.neutral_score and budget.evidence == "not stated" and budget.source == "neutral"
    assert _crit(a, "timeline_realism").score == ws.icp.neutral_score
    assert all(c.score > 0 for c in a.criteria)
    assert a.tier in ("possible", "strong")


def test_contradictory_budget_signals_score_the_lower_and_say_so(db, ws):
    b = brief(description=GOOD_DESC + "\nHonestly we can only pay $8/hr for this.", budget_min=60, budget_max=90)
    a = assess_fit(b, ws)
    budget = _crit(a, "budget_fit")
    assert "contradictory" in budget.reason and budget.score < 30
    assert "$8/hr" in budget.evidence
    # the field still says $60-90/h, so the hard disqualifier does not fire on the text alone
    assert "rate_below_floor" not in [d.id for d in a.disqualifiers]
    assert a.tier == "poor" and "budget_fit" in a.tier_reason  # below the budget floor of 25


def test_service_mismatch_is_poor_by_rules_and_explains_missing_skills(db, ws):
    b = brief(title="Senior iOS developer (Swift, SwiftUI)", description="Native iPhone app with Core Data sync and widgets.",
              skills=["Swift", "SwiftUI", "iOS"])
    a = assess_fit(b, ws)
    assert a.tier == "poor" and a.decided_by_rules
    assert "service_fit" in a.tier_reason
    assert {"Swift", "iOS"} <= set(a.missing_skills) and a.matched_skills == []


def test_floor_beats_a_great_weighted_score(db, ws):
    b = brief()
    high_floor = _ws_with(ws, floors={"brief_clarity": 99})
    a = assess_fit(b, high_floor)
    assert a.score >= ws.icp.tiers.strong  # the average alone would be strong
    assert a.tier == "poor" and _crit(a, "brief_clarity").below_floor and "brief_clarity" in a.tier_reason


def test_weights_change_the_total(db, ws):
    b = brief(budget_min=41, budget_max=45)
    base = assess_fit(b, ws).score
    budget_heavy = assess_fit(b, _ws_with(ws, weights={"budget_fit": 100, "service_fit": 1, "brief_clarity": 1,
                                                       "timeline_realism": 1, "communication_quality": 1, "strategic_value": 1})).score
    assert budget_heavy < base


def test_custom_keyword_disqualifier(db, ws):
    custom = _ws_with(ws, disqualifiers=["keyword:crypto"])
    b = brief(description=GOOD_DESC + "\nThe dashboard tracks crypto wallets.")
    a = assess_fit(b, custom)
    assert a.tier == "poor" and a.disqualifiers[0].id == "keyword:crypto" and "crypto" in a.disqualifiers[0].evidence


def test_unknown_disqualifier_id_is_a_clear_error(tmp_path):
    data = _demo_data()
    data["icp"]["disqualifiers"] = ["no_crypto"]
    problems = workspace_problems(data)
    assert len(problems) == 1 and "icp.disqualifiers" in problems[0] and "no_crypto" in problems[0]
    assert "keyword:" in problems[0] and "in words" in problems[0]
    path = tmp_path / "ws.yaml"
    path.write_text(yaml.safe_dump(data))
    with pytest.raises(InvalidInput) as err:
        load_workspace(path)
    assert "no_crypto" in err.value.message


def _demo_data() -> dict:
    return yaml.safe_load(DEMO_WORKSPACE.read_text())


def test_all_zero_weights_rejected_by_workspace_validation():
    data = _demo_data()
    data["icp"]["weights"] = {c: 0 for c in CRITERIA}
    problems = workspace_problems(data)
    assert any("icp.weights" in p and "at least one weight" in p for p in problems)


def test_floor_above_100_rejected_by_workspace_validation(tmp_path):
    data = _demo_data()
    data["icp"]["floors"] = {"service_fit": 140}
    problems = workspace_problems(data)
    assert any("floors" in p and "140" in p for p in problems)
    path = tmp_path / "ws.yaml"
    path.write_text(yaml.safe_dump(data))
    with pytest.raises(InvalidInput) as err:
        load_workspace(path)
    assert "140" in err.value.message
