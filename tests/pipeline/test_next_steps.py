"""The end of a project letter (helper "close"): instead of the stock "a short call to agree the first milestone. Would
that work for you this week?", the letter says what the client would send and what they get back first, and the call
to action follows from that offer; a service line's own next step is still honoured."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from service.core.config import DEMO_WORKSPACE
from service.core.schemas import JobBrief
from service.core.workspace import load_workspace
from service.drafting.frames import grammar_problems
from service.drafting.kind_table import KINDS
from service.drafting.next_steps import (
    DEFAULT_STEP,
    OFFERS,
    SEND_CTAS,
    offer_for,
    project_next,
)
from service.drafting.proposal import draft_proposal
from service.drafting.voice import Voice
from service.drafting.work_kinds import classify

EVAL_WS = Path(__file__).resolve().parents[2] / "evals" / "workspaces"
DATA_WS = load_workspace(EVAL_WS / "data-analytics.yaml")
DEMO_WS = load_workspace(DEMO_WORKSPACE)
STOCK = re.compile(r"agree the first milestone|Would that work for you this week|next couple of days", re.IGNORECASE)

# (kind, title, description, workspace, service line, what the next step asks the client to send)
POSTS = [
    ("scraping", "Scrape product listings into a spreadsheet",
     ("We need a scraper that collects product names, prices and stock status from a supplier website into Google "
     "Sheets."), DATA_WS, "data-prep", r"target URL"),
    ("dashboard", "Power BI dashboard for our sales team",
     ("Looking for someone to build a Power BI dashboard from our CRM exports so the sales team can see pipeline and "
     "revenue by region."), DATA_WS, "dashboards", r"export"),
    ("analysis", "Analyse our customer survey results",
     ("We ran a customer survey with open and closed questions and need a data analyst to analyze the results and "
     "find what drives satisfaction."), DATA_WS, "analysis", r"sample of the data"),
    ("automation", "Automate our lead intake with Zapier",
     "Our team copies leads from web forms into HubSpot by hand. We want to automate this with Zapier.",
     DATA_WS, "data-prep", r"steps you do by hand"),
]


@pytest.mark.parametrize("kind, title, desc, ws, line, asks", POSTS, ids=[p[0] for p in POSTS])
def test_a_project_letter_ends_with_what_to_send_not_a_stock_call(db, kind, title, desc, ws, line, asks):
    b = JobBrief(title=title, description=desc)
    assert classify(title, desc, frozenset({"data", "dev"})).id == kind
    out = draft_proposal(b, None, ws, service_line=line)
    tail = out.parts["next_step"] + " " + out.parts["call_to_action"]
    assert re.search(rf"\bsend (?:me|us) [^.]*{asks}", tail, re.IGNORECASE), tail
    assert not STOCK.search(tail), tail
    assert out.lint.passed, [c.message for c in out.lint.failures]


def test_a_configured_call_follows_the_offer_and_a_default_one_gives_way():
    configured = "a 20-minute call to walk through the screens and agree the first milestone"
    step, cta, _ = project_next("webapp", configured, "", 0)
    assert step.startswith("Send me any designs") and cta == f"After that, I would suggest {configured}."
    step, cta, _ = project_next("webapp", DEFAULT_STEP, "", 0)
    assert "milestone" not in step + cta and cta in SEND_CTAS  # the offer asks for what to send: a reply will do


def test_a_concrete_configured_step_and_a_general_post_keep_the_step_sentence():
    own = "a review of the current sequence and one rewritten email as the first milestone"
    step, _, _ = project_next("copy", own, "", 0)
    assert own in step and "Send me" not in step
    step, _, q = project_next("general", "", "One question before we start: what would success look like?", 0)
    assert DEFAULT_STEP in step and q


def test_the_question_goes_when_the_offer_already_asks_for_it():
    q = "One question before we start: could you share a copy of the current file with sample data?"
    assert project_next("spreadsheet", "", q, 0)[2] == ""
    q = "One question before we start: who will read the dashboard most often, and how fresh do the numbers need to be?"
    assert project_next("dashboard", "", q, 0)[2] == q


@pytest.mark.parametrize("kid", sorted(OFFERS))
def test_every_offer_reads_in_every_frame_and_voice(kid):
    assert kid in {k.id for k in KINDS}
    send, back = OFFERS[kid]
    assert "," not in send and not back.endswith(".")
    assert not re.search(r"\b(?:\d+|days?|weeks?|hours?|finished|complete|deliver)\b", back)  # no promises, no dates
    post = "Our sales data is attached."  # the analysis and ML offers ask for a sample of the client's data
    for seed in range(8):
        text = " ".join(project_next(kid, "", "", seed, post)[:2])
        assert text.startswith(offer_for(kid, seed, post)) and text.split(". ")[-1] in SEND_CTAS
        called = " ".join(project_next(kid, "a 15-minute call", "", seed, post)[:2])
        assert called.startswith(offer_for(kid, seed, post)) and called.endswith("After that, I would suggest a 15-minute call.")
        for voiced in (text, Voice(plural=True).speak(text)):
            assert not grammar_problems(voiced), (voiced, grammar_problems(voiced))
            assert voiced[0].isupper() and voiced.endswith("."), voiced
        assert "send us" in Voice(plural=True).speak(text).lower() or "send me" not in text.lower()


@pytest.mark.parametrize("post", [
    "Full Figma designs are ready for every screen of the web app.",
    "We already have the UI designs and a clickable prototype.",
])
def test_the_offer_does_not_ask_for_designs_the_post_says_exist(post):
    offer = offer_for("webapp", 0, post) or ""
    assert "any designs" not in offer and re.search(r"the designs you have|the Figma file", offer), offer
    assert not grammar_problems(offer)
    assert "any designs" in (offer_for("webapp", 0, "Build a web app for our clinic.") or "")


@pytest.mark.parametrize("kid, post, old, new", [
    # a sentence audit marked these untrue: a file the client does not have yet, steps nobody does by hand
    ("spreadsheet", "Build a clean, automated master spreadsheet for our phone resale stock across four cities.",
     "a copy of the file", "sample rows of the data you track today"),
    ("automation", "Set up a webhook that creates a Jira ticket from each Typeform answer and posts it to Slack.",
     "the steps you do by hand", "one real example of what goes in"),
])
def test_the_offer_asks_only_for_what_the_client_has(kid, post, old, new):
    from service.drafting.work_kinds import for_post

    kind = next(k for k in KINDS if k.id == kid)
    offer = offer_for(kid, 0, post, for_post(kind, post).offer) or ""  # the writer passes the case's own offer
    assert old not in offer and new in offer and not grammar_problems(offer), offer
    for seed in range(2):
        send = offer_for(kid, seed, post, for_post(kind, post).offer)
        assert not grammar_problems(Voice(plural=True).speak(send))
    # the kind's own offer where the post has that file or that manual work
    kept = {"spreadsheet": "Fix the formulas in our existing budget spreadsheet.",
            "automation": "We copy orders by hand into Xero every day and want that automated."}[kid]
    assert old in (offer_for(kid, 0, kept, for_post(kind, kept).offer) or "")


def test_a_specified_automation_is_not_asked_again_for_the_steps_its_post_lists():
    # tuning readers: "asks for a walk-through of the steps I already listed"
    from service.drafting.work_kinds import for_post

    post = ("Build an automation: 1. when a Stripe payment succeeds, create the invoice; 2. email it to the customer; "
            "3. log it in our Google Sheet.")
    kind = next(k for k in KINDS if k.id == "automation")
    for seed in range(3):
        offer = offer_for("automation", seed, post, for_post(kind, post).offer) or ""
        assert "walk-through" not in offer and "steps" not in offer.split(",")[0], offer
