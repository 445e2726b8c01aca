"""Service matching that generalises: title over body, main skill against the line, exclude words,
must-have coverage, and what strong requires."""
from __future__ import annotations

import pytest

from service.core.config import DEMO_WORKSPACE
from service.core.schemas import ClientInfo, JobBrief, Requirement
from service.core.workspace import Workspace, load_workspace
from service.fit.assess import assess_fit
from service.fit.service_match import match_service

RICH = ClientInfo(payment_verified=True, total_spent=80000, hire_rate=90, rating=5.0, reviews=40, jobs_posted=50)
BODY = ("We are a funded e-commerce brand with a Shopify store and a React admin. Scope:\n- clear milestones\n"
        "- weekly updates\n- existing designs in Figma\nLong-term work for the right partner; more projects after this.")


def _brief(title: str, body: str = BODY, **kw) -> JobBrief:
    base = dict(budget_type="fixed", budget_min=8000, budget_max=8000, client=RICH)
    base.update(kw)
    return JobBrief(title=title, description=body, **base)


@pytest.fixture
def ws() -> Workspace:
    return load_workspace(DEMO_WORKSPACE)


@pytest.mark.parametrize("title", ["Java solution architect for our retail platform",
                                   "Unity AR developer for an in-store treasure hunt",
                                   "Technical writer for our developer documentation"])
def test_a_post_whose_main_skill_is_another_trade_is_not_strong(db, ws, title):
    a = assess_fit(_brief(title), ws)
    assert a.tier == "poor", (a.tier, a.tier_reason)
    assert "does not sell" in next(c.reason for c in a.criteria if c.name == "service_fit")


def test_the_same_body_under_an_in_scope_title_is_strong(db, ws):
    a = assess_fit(_brief("Shopify theme rebuild for our skincare store"), ws)
    assert a.tier == "strong" and a.service_line == "shopify"


def test_title_weighs_more_than_body(ws):
    body = "We need help with our online presence. Shopify store and checkout, theme tweaks."
    in_title = match_service(_brief("Shopify theme and checkout fixes", body), ws)
    in_body = match_service(_brief("Help with our online presence", body + " Shopify store, theme and checkout fixes."), ws)
    assert in_title.line_id == in_body.line_id == "shopify" and in_title.score > in_body.score


def test_adjacent_main_skill_is_possible_at_best(db, ws):
    a = assess_fit(_brief("Vue.js developer to extend our admin dashboard", BODY.replace("React", "Vue.js")), ws)
    assert a.tier in ("possible", "poor") and a.service_line_score <= 45


def test_exclude_words_of_a_line(ws):
    data = ws.model_dump(mode="json")
    data["service_lines"][2]["exclude"] = ["WooCommerce"]
    custom = Workspace.model_validate(data)
    title_hit = match_service(_brief("WooCommerce to Shopify theme migration"), custom)
    assert title_hit.all_scores["shopify"] <= 10 and "excluded by shopify" in title_hit.reason or title_hit.line_id != "shopify"
    base = match_service(_brief("Shopify theme fixes", BODY), custom).all_scores["shopify"]
    body_hit = match_service(_brief("Shopify theme fixes", BODY + "\nWe also run a WooCommerce shop."), custom).all_scores["shopify"]
    assert body_hit < base


def test_must_have_coverage_moves_the_score(ws):
    covered = [Requirement(id="R1", text="Strong Shopify Liquid experience", must=True)]
    uncovered = [Requirement(id="R1", text="Strong Magento and Salesforce experience", must=True)]
    a = match_service(_brief("Shopify theme fixes", requirements=covered), ws)
    b = match_service(_brief("Shopify theme fixes", requirements=uncovered), ws)
    assert a.score > b.score and "must-haves covered 100%" in a.reason


def test_strong_needs_a_verified_client(db, ws):
    unverified = RICH.model_copy(update={"payment_verified": False})
    a = assess_fit(_brief("Shopify theme rebuild for our skincare store", client=unverified), ws)
    assert a.tier == "possible" and "not verified" in a.tier_reason


def test_an_annual_salary_is_compared_as_an_hourly_rate(db, ws):
    a = assess_fit(_brief("Shopify store admin | $6,000 annual salary", budget_type=None, budget_min=None, budget_max=None), ws)
    assert a.tier == "poor" and "rate_below_floor" in [d.id for d in a.disqualifiers]
