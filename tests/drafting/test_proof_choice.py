"""Which case study a letter shows (issue 14, build item 3: a proof item only when it overlaps the post's need).
For a post of no known kind of work (the general kind), a shared language or runtime is no evidence: a Node.js
Shopify checkout is not "the closest project" to a Node.js trading bot. Only a case study about the same problem
is shown; otherwise the letter uses the profile's experience line and the reviewer is told. Team-written posts."""
from __future__ import annotations

import pytest

from service.core.config import DEMO_WORKSPACE
from service.core.schemas import JobBrief
from service.core.workspace import load_workspace
from service.drafting.proof import ProofMatch, convincing, same_problem
from service.drafting.proposal import draft_proposal

WS = load_workspace(DEMO_WORKSPACE)
BOT = JobBrief(title="Uniswap market-making bot", skills=["Node.js", "JavaScript"], description=(
    "We need a market-making bot for a token pair on Uniswap v3, written in Node.js. It should keep liquidity inside "
    "a price range we set, rebalance when the price leaves it and post a daily summary to Telegram."))


def test_a_shared_runtime_does_not_make_a_case_study_relevant_to_a_post_of_no_known_kind(db):
    out = draft_proposal(BOT, None, WS)
    assert out.parts["proof_id"] is None, out.text
    assert "coffee roaster" not in out.text and "closest project" not in out.text
    assert any(f.startswith("no_matching_proof") for f in out.parts["reviewer_flags"])


def test_the_same_problem_is_evidence_even_when_the_kind_is_unknown():
    # (the main-need fields: ``proof_need.main_need``; a skill or word shared only in passing is no evidence)
    by_runtime = ProofMatch("x", 4.0, ["Node.js", "JavaScript"], False, [], central=["Node.js"])
    by_problem = ProofMatch("y", 4.0, [], False, ["subscriptions", "checkout"], need_terms=["subscription", "checkout"])
    assert convincing(by_runtime) and not same_problem(by_runtime)  # enough for a known kind, not for general
    assert same_problem(by_problem)
    assert not same_problem(ProofMatch("z", 4.0, [], False, ["data", "weekly"], need_terms=["data", "weekly"]))
    assert not convincing(ProofMatch("w", 6.0, ["Node.js", "PostgreSQL"], False, ["api"]))  # shared in passing


REACT_ROLE = JobBrief(title="Senior React and TypeScript front-end developer", skills=["React", "TypeScript"],
                      description=(
    "We are a growing SaaS team looking for a front-end developer to join us long term. You will build new screens in "
    "React and TypeScript, keep the existing ones fast, and work with our designer on the component library. Around "
    "30 hours a week."))
PAYMENT_FLOWS = JobBrief(title="Payment automation developer", skills=["n8n", "Stripe", "PostgreSQL"], description=(
    "We are building a payment automation system in n8n with Stripe and PostgreSQL.\nWhat you will build:\n- Stripe "
    "payment webhook handlers\n- Data sync between Stripe and our database\n- Error handling and retry logic"))


@pytest.mark.parametrize("brief, proof_id", [
    (REACT_ROLE, "saas-dashboard"),   # a React dashboard proves a React front end, a role of another kind of work
    (PAYMENT_FLOWS, "fintech-api"),   # a Stripe-webhook API proves a Stripe payment automation
])
def test_a_case_study_of_a_kin_kind_is_shown_when_it_is_about_the_posts_main_tool(db, brief, proof_id):
    # tuning letters dropped these for the profile's line although each is the closest project the workspace holds
    out = draft_proposal(brief, None, WS)
    assert out.parts["proof_id"] == proof_id, out.text
    assert "closest project" in out.text


def test_a_kin_kind_alone_does_not_bring_in_a_case_study_on_a_side_tool(db):
    # a Power BI dashboard post shares no main tool with the React dashboard: still the profile's line
    brief = JobBrief(title="Power BI dashboard for our sales team", skills=["Power BI", "DAX"], description=(
        "We need a Power BI dashboard on our sales data from HubSpot, refreshed daily, with a page per region."))
    out = draft_proposal(brief, None, WS)
    assert out.parts["proof_id"] is None and "closest project" not in out.text, out.text
