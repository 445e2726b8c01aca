"""A letter never asks what the post already says (blind readers marked it down)."""
from __future__ import annotations

import pytest

from service.core.config import DEMO_WORKSPACE
from service.core.schemas import JobBrief
from service.core.workspace import load_workspace
from service.drafting.proposal import draft_proposal
from service.drafting.question_check import already_answered

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
