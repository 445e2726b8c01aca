"""Know-how on the subject of one item of the post's work list (``item_know_how``), in place of a line that says only
where the item sits in the plan ("I would move on to this next and go through a real example of it with you").
Items are team-written in the wording posts use."""
from __future__ import annotations

import re

import pytest

from service.drafting.frames import grammar_problems
from service.drafting.item_know_how import ITEM_HOWS, item_how
from service.drafting.kind_table import KINDS
from service.drafting.post_plan import plan_steps
from service.drafting.step_fit import EMPTY_STEP
from service.text.skills import find_skills_in_text


@pytest.mark.parametrize("how", ITEM_HOWS, ids=lambda h: h.id)
def test_each_sentence_is_plain_first_person_and_claims_nothing(how):
    assert how.how.startswith("I would ") and how.how.endswith(".") and not grammar_problems(how.how), how.how
    assert not find_skills_in_text(how.how), how.how  # no tool the post may not name
    assert not re.search(r"\byour\b", how.how, re.IGNORECASE), how.how  # nothing about the client's own system
    assert len(how.how.split()) <= 28, how.how  # a plan line, not a paragraph: the letter's word limit stays


@pytest.mark.parametrize("item, expected", [
    ("Build and maintain robust CI/CD pipelines", "cicd"),
    ("Administer and optimize Kubernetes clusters and Linux-based systems", "kubernetes"),
    ("Develop and implement backup and recovery strategies", "backups"),
    ("Configuring a queue for email validation requests", "queue"),
    ("Adding HTTPS to the ALB", "https"),
    ("Implement robust file-upload workflows", "upload"),
    ("Develop and maintain smart contracts for secure transactions", "smart_contracts"),
    ("Validate linkage accuracy using synthetic test data", "validate"),
    ("Identify and address data quality issues", "data_quality"),
    ("Analyze the current SQL query and execution plan", "sql_tuning"),
    ("Create a PowerPoint presentation highlighting the findings", "presentation"),
    ("classify them into a predefined folder architecture", "classify_docs"),
    ("Calculating turn-around time between different pipeline stages", "turnaround"),
    ("Integrate market data APIs", "market_data"),
    ("Integrate the Stripe and HubSpot APIs", "api_integration"),
    ("Implement Firebase authentication & database connections", "auth"),
    ("Integrate Clerk as the authentication provider", "auth"),
    ("Integrate a Safari web extension", "chrome_extension"),
    # 24th session: the subjects of the place-only lines in 364 fitting tuning and pool letters
    ("Merge the booking data from several sources", "multi_source"),
    ("Expose REST endpoints for the mobile client", "api_build"),
    ("Repair the broken checkout button", "fix_item"),
    ("Write integration tests for the payment flow", "tests"),
    ("Set up hosting on a managed server", "deploy"),
    ("Calculate the refund rate per store", "figures"),
    ("Build an admin panel to manage the bookings", "admin_panel"),
    ("Add in-app messaging between buyers and sellers", "chat"),
    ("Add a booking form to the landing page", "contact_form"),
    ("Keep stock levels in sync between the two shops", "sync"),
    ("Build a churn model for the subscription base", "ml_models"),
    ("Make the pricing page responsive on phones", "responsive"),
    ("Role-based access", "auth"),  # a list item that is the subject itself (the demo's first letter)
])
def test_an_item_that_names_a_subject_gets_its_know_how(item, expected):
    found = item_how(item, set())
    assert found is not None and found.id == expected, (item, found and found.id)


@pytest.mark.parametrize("item", [
    "Identify and recommend third-party APIs or datasets",  # research, not an integration
    "Collaborate with stakeholders on requirements",
    "Write weekly blog posts",
    "Select target counties",
    "Work on fraud detection, biometric authentication, risk assessment, chatbots, NLP",  # a list of subjects
    "Integrate APIs with financial institutions, brokerages, and data aggregators",
    "Evaluate the security of authentication mechanisms",  # testing auth, not building it
    "Be responsive to messages during the week",  # a manner of working, not a responsive layout
    "Introduce a fixed monthly fee",  # "fix" inside a word is no fault
])
def test_an_item_with_no_named_subject_gets_none(item):
    assert item_how(item, set()) is None


def test_a_subject_is_used_once_per_letter_and_never_after_the_hook_says_it():
    assert item_how("Set up HTTPS on the site", {"https"}) is None
    hook = "For a database I would schedule the backups and then restore one to a spare server before trusting them."
    assert item_how("Develop backup and recovery strategies", set(), "", hook) is None


def test_a_build_sentence_is_not_used_where_the_post_tests_it():
    assert item_how("Implement secure login and session handling", set(), "Penetration test of our SaaS app") is None


def test_the_plan_says_how_instead_of_where_the_item_sits():
    post = ("We need a data analyst for a one-off people analytics project.\n\nDeliverables:\n"
            "- Calculate turn-around time between different hiring stages\n"
            "- Identify and address data quality issues in the HR export\n"
            "- Create a PowerPoint presentation highlighting the findings\n")
    kind = next(k for k in KINDS if k.id == "analysis")
    steps = plan_steps(post, post, kind, None, frozenset({"data"}))
    assert steps and len(steps) == 3, steps
    assert not any(EMPTY_STEP.match(s.split(": ", 1)[1].removeprefix("I would ")) for s in steps), steps
    assert "from the record's history" in steps[0], steps  # the item's own subject, where no topic fits it


def test_no_screens_to_sketch_when_the_designs_exist():
    item = "Create intuitive, user-friendly interfaces"
    assert item_how(item, set(), "We need a web app built.").id == "ui_screens"
    assert item_how(item, set(), "We will supply the Figma designs for every page.") is None
