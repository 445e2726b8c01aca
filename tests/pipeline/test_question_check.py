"""A letter never asks what the post already says (blind readers marked it down)."""
from __future__ import annotations

from pathlib import Path

import pytest

from service.core.config import DEMO_WORKSPACE
from service.core.schemas import JobBrief
from service.core.workspace import load_workspace
from service.drafting.kind_table import KINDS
from service.drafting.proposal import draft_proposal
from service.drafting.question_check import already_answered, presumes_missing

DATA_WS = Path(__file__).resolve().parents[2] / "evals" / "workspaces" / "data-analytics.yaml"
NEW_OR_OLD = "Is this a new extension, or an update to one already published?"


@pytest.mark.parametrize("question, post, settled", [
    (NEW_OR_OLD, "Take over the ongoing work on our browser extension.", True),
    (NEW_OR_OLD, "Build a Chrome extension from scratch that tracks prices.", True),
    (NEW_OR_OLD, "We need a Chrome extension that tracks prices.", False),
    ("Is the app on the App Router or the Pages Router today, or is it a new build?",
     "Add features to our existing Next.js app.", True),
    ("Which theme are you on, and do you have brand assets?", "Build our Shopify store from scratch.", True),
    ("Which theme are you on, and do you have brand assets?", "Fix the cart drawer on our store.", False),
    ("Which hours should I cover?", "You must work West Coast hours, 20 hrs per week.", True),
    ("Which hours should I cover?", "Fix the CSV import.", False),
    ("How many months or years of history do you have?", "We have 3 years of sales data in Excel.", True),
    ("Which Excel version does your team use, and on Windows or Mac?", "We all use Office 365 on Windows.", True),
    ("Which Excel version does your team use, and on Windows or Mac?", "Clean up our VBA macros.", False),
    ("Is there a finished design to build from, or should I work from the existing screens?",
     "The Figma design is ready; build the dashboard pages from it.", True),
    ("Is there a finished design to build from, or should I work from the existing screens?",
     "Add a booking page to our React app.", False),
    ("Is there a finished design to build from, or should I work from the existing screens?",
     "We need a freelancer to clean up a codebase for an in-house project with custom animations.", True),
    ("Is there a finished design to build from, or should I work from the existing screens?",
     "Refactor our React components and remove the technical debt.", True),
    ("Roughly how many sites and records per run, and how often should it run?",
     "Scrape product titles and prices from bol.com every night.", True),
    ("Roughly how many sites and records per run, and how often should it run?",
     "Collect prices from competitor shops into a sheet.", False),
])
def test_questions_the_post_settles(question, post, settled):
    assert already_answered(question, post) is settled


def test_the_letter_does_not_ask_what_the_post_says(db):
    ws = load_workspace(DEMO_WORKSPACE)
    brief = JobBrief(title="Senior Chrome extension developer", description="Take over the ongoing work on our "
                     "note-taking Chrome browser extension: build features in React and TypeScript, ship updates to the "
                     "Chrome Web Store and fix bugs reported by users.", skills=["React", "TypeScript", "JavaScript"])
    text = draft_proposal(brief, None, ws).text
    assert "already published" not in text and "new extension" not in text, text


def test_which_systems_is_settled_when_the_post_names_them():
    q = "Which systems does this need to talk to first, and do you have API access or documentation for them?"
    assert already_answered(q, "Integrate our Cal.com bookings with Airtable and Softr.")
    assert not already_answered(q, "Connect our booking tool to the rest of our stack.")


def test_a_role_is_not_asked_a_project_question(db):
    ws = load_workspace(DEMO_WORKSPACE)
    brief = JobBrief(title="Part-time data analyst", description="Join us part-time (20 hours per week) as our data "
                     "analyst: analyse weekly sales and churn data in SQL and Python, and report trends to the team.",
                     skills=["SQL", "Python", "Data Analysis"])
    text = draft_proposal(brief, None, ws).text
    assert "by when do you need it" not in text, text


DECISION = "What decision will this analysis feed into, and by when do you need it?"


@pytest.mark.parametrize("post, settled", [
    ("Review last month's ad clicks, flag the junk traffic and list the publishers so we can dispute the invoice.", True),
    ("This market report will be used to raise capital for our property fund.", True),
    ("Summarise the survey results for our board presentation next month.", True),
    ("Analyse churn by signup month and tell us whether to change the annual plan price.", False),
    ("Analyse our weekly sales data and find the trends.", False),
])
def test_a_stated_purpose_settles_the_decision_question(post, settled):
    assert already_answered(DECISION, post) is settled


def test_an_analysis_question_needs_something_to_analyse():
    # cataloguing clips into a library names no data, figures or findings: "this analysis" would misread it
    assert presumes_missing(DECISION, "Analyze and categorize short videos and document each format in our Notion "
                                      "library, with a template and an example for each.")
    assert not presumes_missing(DECISION, "Analyze our monthly sales data and explain the trends.")
    assert not presumes_missing("Which user flow matters most for the first release?", "Catalogue our clips in Notion.")


def test_the_letter_does_not_ask_what_the_work_is_for_when_the_post_says(db):
    ws = load_workspace(DATA_WS)
    brief = JobBrief(title="Data analyst for ad click review", description="We run display ads and believe last "
                     "month's clicks include junk traffic. Analyze the click data for October, identify the junk "
                     "traffic and list the publishers and click IDs in a document so we can submit it with our "
                     "dispute to the ad network.", skills=["Data Analysis", "Microsoft Excel"])
    text = draft_proposal(brief, None, ws).text
    assert "what decision" not in text.lower(), text


AI_Q = next(k.question for k in KINDS if k.id == "ai")


@pytest.mark.parametrize("post", [
    "Build an AI trading bot that trades stocks and crypto autonomously with LSTM models.",
    "Optimise the latency of our AI interview tool: speech to text, an LLM and text to speech over LiveKit.",
    "We need an AI chatbot that answers our customers' questions about orders.",
])
def test_the_ai_question_presumes_no_kind_of_ai(post):
    """Fresh-pool readers (2026-12-06): "the three questions or tasks you see most often" fits a support bot, not a
    voice pipeline or an agent platform; the question asks for the real cases instead."""
    assert "questions or tasks" not in AI_Q and not presumes_missing(AI_Q, post)


PROCESS_Q = "Which step of the current process takes your team the most time today?"


@pytest.mark.parametrize(("post", "presumes"), [
    ("Set up a webhook that creates a Jira ticket from each Typeform answer and posts it to Slack.", True),
    ("I want to build a hobby program that simulates board games.", True),
    ("Our team updates the stock sheet by hand every morning; automate it.", False),
    ("This manual copy-and-paste takes us 5 hours a week.", False),
])
def test_the_current_process_question_needs_a_process_done_by_hand(post, presumes):
    assert presumes_missing(PROCESS_Q, post) is presumes


@pytest.mark.parametrize(("post", "settled"), [
    ("Messages reach customers 10 minutes late since last week.", True),
    ("The cart broke after the update to version 3.", True),
    ("The cart page shows an error and nobody knows why.", False),
])
def test_since_when_is_settled_when_the_post_says(post, settled):
    assert already_answered("Since when has it been happening, and did anything change around that time?", post) \
        is settled
