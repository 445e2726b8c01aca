"""Proof selection: the most relevant item by skills, industry and problem; honest fallback when none fits."""
from __future__ import annotations

from service.core.config import DEMO_WORKSPACE
from service.core.schemas import JobBrief
from service.core.workspace import load_workspace
from service.drafting.proof import NO_PROOF_FLAG, rank_proof, select_proof

WS = load_workspace(DEMO_WORKSPACE)


def brief(title, description, skills=()):
    return JobBrief(title=title, description=description, skills=list(skills))


def test_shopify_store_gets_a_shopify_proof():
    b = brief("Shopify theme speed-up for a candle shop",
              "Our Shopify store product pages load slowly on mobile and the cart drawer is clunky. Liquid experience needed.",
              ["Shopify", "Liquid"])
    choice = select_proof(b, WS, WS.service_line("shopify"))
    assert choice.item is not None and choice.item.id == "shopify-theme"
    assert "Shopify" in choice.match.skills and choice.flag is None


def test_payments_api_gets_the_fintech_proof_by_skills_and_industry():
    b = brief("FastAPI payments service", "We are a lending startup and need a FastAPI service that takes Stripe "
              "webhooks and writes to PostgreSQL without double charges.", ["Python", "FastAPI"])
    choice = select_proof(b, WS, WS.service_line("api-backend"))
    assert choice.item.id == "fintech-api"
    assert choice.match.industry and {"FastAPI", "Stripe", "PostgreSQL"} <= set(choice.match.skills)


def test_problem_words_break_ties_between_similar_skills():
    b = brief("Upgrade an old Django app", "Our clinic booking system runs Django 2 with no tests. We want an upgrade "
              "to a current version, test coverage and Docker deploys.", ["Python", "Django"])
    assert rank_proof(b, WS)[0].proof_id == "django-migration"


def test_nothing_fits_gives_an_honest_line_and_a_flag_never_an_outside_item():
    b = brief("Podcast audio editing", "Edit twelve podcast episodes, remove filler words and master the audio.")
    choice = select_proof(b, WS)
    assert choice.item is None and choice.flag.startswith(NO_PROOF_FLAG)
    assert choice.experience_line.startswith("Our background:") and "not shipped" not in choice.experience_line
    assert all(c.proof_id in {p.id for p in WS.proof} for c in choice.candidates)


def test_empty_library_is_handled():
    ws = WS.model_copy(update={"proof": []})
    choice = select_proof(brief("React dashboard", "Build a React dashboard."), ws)
    assert choice.item is None and choice.flag and choice.candidates == []
