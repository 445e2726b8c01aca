"""The post's own tools in the kind's approach steps (``step_tools``): named where the post says the client runs them
(or the title names them), never from a list of skills to have or one choice among several. Team-written posts."""
from __future__ import annotations

import pytest

from service.core.config import DEMO_WORKSPACE
from service.core.workspace import load_workspace
from service.drafting.proposal import draft_proposal
from service.drafting.step_tools import chosen, theirs, with_tools
from service.fit.assess import assess_fit
from service.intake.extract import extract_brief
from service.intake.parse import parse_job

DEMO = load_workspace(DEMO_WORKSPACE)
API_STEPS = ("pin down each endpoint and integration: inputs, outputs, errors and rate limits",
             "build it with tests around every call, and with retries and logging for the failures that will happen",
             "document it and deploy it, so your team can run and extend it")
ROLE_STEPS = ("get access, read through what exists and agree the first priorities with you",
              "connect the sources and check the totals against the source systems before building any chart",
              "send a short written update at the end of every week")


def _draft(text: str) -> str:
    brief = extract_brief(parse_job(text))
    return draft_proposal(brief, assess_fit(brief, DEMO), DEMO).text


@pytest.mark.parametrize("tool, post, runs", [
    ("HubSpot", "Our leads live in HubSpot and we want a weekly report.", True),
    ("Airtable", "We need someone with experience in Cal.com to help integrate it with Airtable.", True),
    ("Shopify", "We currently sell on Shopify.", True),
    ("Stripe", "Current Tech Stack:\nStripe\nPostgreSQL", True),
    ("MySQL", "Experience with any database such as MySQL.", False),
    ("Salesforce", "Familiarity with platforms such as Salesforce is advantageous.", False),
    ("HubSpot", "Experience with HubSpot is a plus.", False),
    ("Microsoft Azure", "- Experience with Azure cloud services.", False),
])
def test_theirs_is_a_system_the_client_runs_not_a_skill_it_asks_for(tool, post, runs):
    assert theirs(tool, post) is runs


@pytest.mark.parametrize("tool, post, firm", [
    ("Python", "The scraper should be written in Python.", True),
    ("Python", "Use Python or Node.js, whichever you prefer.", False),
    ("Node.js", "Use Python or Node.js, whichever you prefer.", False),
    ("Flask", "Pick a framework from this selection: Django, Flask or FastAPI.", False),
    ("Python", "We are seeking an AI developer, expert in ML/Python/NLP.", True),  # a slash list is no choice
    ("Tableau", "Knowledge of Tableau or Power BI preferred.", False),
    ("Salesforce", "Experience with Salesforce is a plus.", False),
])
def test_chosen_leaves_out_alternatives_and_nice_to_haves(tool, post, firm):
    assert chosen(tool, post) is firm


def test_an_integration_step_names_the_systems_the_post_joins():
    post = ("Cal.com integration developer needed\nWe are seeking a developer with experience in Cal.com to help "
            "integrate it with Airtable.")
    steps = with_tools(API_STEPS, ["Airtable"], ["Cal.com"], post, "Hi,", "Cal.com integration developer needed")
    assert steps[0] == ("pin down each endpoint and integration (Airtable and Cal.com): inputs, outputs, errors and "
                        "rate limits")
    assert steps[1:] == API_STEPS[1:]


def test_one_step_names_them_and_not_when_the_letter_already_has():
    post = "Our data lives in Stripe and HubSpot."
    steps = with_tools(ROLE_STEPS, ["Stripe", "HubSpot"], [], post, "Hi,")
    assert steps[0].startswith("get access to Stripe and HubSpot, read through")
    assert steps[1] == ROLE_STEPS[1]  # the same list twice reads as filler
    assert with_tools(ROLE_STEPS, ["Stripe", "HubSpot"], [], post, "Your post says “Stripe and HubSpot”.") \
        == ROLE_STEPS


def test_requirement_lists_never_become_the_clients_systems():
    post = ("Data analyst (ongoing)\nWe need an analyst for 20 hours a week to own our reporting. Experience with "
            "Salesforce or HubSpot is a plus; knowledge of Tableau or Power BI preferred.")
    text = _draft(post)
    for name in ("Salesforce", "HubSpot", "Tableau", "Power BI"):
        assert name not in text, text


def test_a_role_gets_access_to_the_systems_the_client_runs():
    post = ("Reporting analyst, 20 hours a week\nWe need a part-time analyst, 20 hours a week, ongoing.\n\n"
            "Responsibilities:\n- Rebuild the monthly revenue report the founders now assemble by hand\n"
            "- Answer ad-hoc questions from the sales team\n\nOur billing runs on Stripe and our deals live in "
            "our HubSpot account.")
    text = _draft(post)
    assert "Get access to Stripe and HubSpot, read through what exists" in text, text
