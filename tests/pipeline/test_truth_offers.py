"""What the letter asks the client to send, and how it answers what the client asks for, must fit the post (issue 14;
tuning readers' comments of 2026-12-05): no "screenshot of the page to change" when a Figma design exists, no
"export from one source" when the data is to be scraped, no "first load" for models that already run, no call "to walk
through the screens" of a bot with no UI, no "how often do you need fresh data" for a one-off download, no hourly rate
when a weekly one is asked, and an ask in "Proposals should include …" is an ask."""
from __future__ import annotations

import re

import pytest

from service.core.config import DEMO_WORKSPACE
from service.core.schemas import JobBrief
from service.core.workspace import load_workspace
from service.drafting.client_asks import ask_kinds
from service.drafting.frames import grammar_problems
from service.drafting.kind_table import KINDS
from service.drafting.next_steps import offer_for, project_next
from service.drafting.proposal import draft_proposal
from service.drafting.voice import Voice, solo_only
from service.drafting.work_kinds import for_post
from service.intake.extraction_rules import client_instructions

WS = load_workspace(DEMO_WORKSPACE)
KIND = {k.id: k for k in KINDS}


def _offer(kid: str, post: str, seed: int = 0) -> str:
    return offer_for(kid, seed, post, for_post(KIND[kid], post).offer) or ""


@pytest.mark.parametrize("kid, post, old, new", [
    ("theme", "Transform our custom checkout design from Figma into a working WooCommerce checkout page.",
     "screenshot of the page to change", "the Figma file"),
    ("website", "Implement new pages and components based on provided Figma designs in Webflow.",
     "examples you like", "the Figma file"),
    ("webapp", "Build the React front end; the designs are ready.", "any designs", "the designs you have"),
    ("dashboard", ("The tool will scrape data from 4 to 5 different real estate websites and show sellers how their "
                   "listings perform."), "export from one source", "the list of sites"),
])
def test_the_offer_asks_for_what_the_post_says_exists(kid, post, old, new):
    for seed in range(2):
        offer = _offer(kid, post, seed)
        assert old not in offer and new in offer, offer
        assert not grammar_problems(Voice(plural=True).speak(offer)), offer


@pytest.mark.parametrize("kid, post, kept", [
    ("theme", "Move the reviews block on our product page; a Figma designer will be hired later.", "screenshot"),
    ("dashboard", "Build a platform that scrapes data from our existing Excel model of match scores.", "export"),
    ("website", "Redesign our bakery's website.", "examples you like"),
])
def test_the_kinds_own_offer_stays_where_the_post_gives_no_reason(kid, post, kept):
    assert kept in _offer(kid, post)


def test_models_that_already_run_are_not_offered_a_first_load():
    post = ("Revamp our restock logic models (stg/int/mart). Current models run on dbt Cloud and dbt core, hosted on "
            "BigQuery.")
    kind = for_post(KIND["pipeline"], post)
    offer = offer_for("pipeline", 0, post, kind.offer) or ""
    assert "first load" not in offer and "current models" in offer, offer
    new = "Build a pipeline that loads our Shopify orders into BigQuery every night."
    assert "first load" in (offer_for("pipeline", 0, new, for_post(KIND["pipeline"], new).offer) or "")


@pytest.mark.parametrize("post, screens", [
    ("A trading bot for Uniswap v2 and v3. No UI needed, but it must be easy to configure.", False),
    ("Set up the office network: routers, VLANs and a VPN for twelve staff.", False),
    ("Build the React front end of our booking app from the designs we have.", True),
])
def test_a_call_to_walk_through_the_screens_needs_screens(post, screens):
    step, cta, _q = project_next("general", "a 20-minute call to walk through the screens", "", 0, post)
    assert ("screens" in f"{step} {cta}") is screens, (step, cta)


def test_a_one_off_download_is_not_asked_how_often():
    post = ("We are looking for a skilled web scraper to extract all product images from a Shopify website, in "
            "compliance with copyright.")
    kind = for_post(KIND["scraping"], post)
    said = " ".join((*kind.steps, kind.question, *kind.offer))
    assert not re.search(r"how often|alert when a source changes", said, re.IGNORECASE), said
    daily = for_post(KIND["scraping"], "Scrape all product prices from three shops daily into a sheet.")
    assert "alert when a source changes" in daily.steps[2]


@pytest.mark.parametrize("ask, kinds", [
    ("Proposals should include relevant experience, approach, timeline, and budget expectations.", {"rate", "timeline"}),
    ("Applications without a portfolio will be ignored.", {"examples"}),
])
def test_an_ask_addressed_to_proposals_in_the_plural_is_an_ask(ask, kinds):
    assert kinds <= set(ask_kinds(ask))


def test_a_weekly_rate_ask_is_not_answered_with_an_hourly_figure(db):
    desc = ("We sell handmade candles on Shopify and want the product pages rebuilt in Liquid so they load faster on "
            "phones. Please share your weekly rate in your proposal.")
    brief = JobBrief(title="Shopify product page rebuild", description=desc, skills=["Shopify", "Liquid"],
                     client_instructions=client_instructions(desc))
    body = draft_proposal(brief, None, WS).text.split("Answers to your questions:")[0]
    assert "[Your weekly rate]" in body, body
    assert not re.search(r"rate is \$\d+ per hour", body), body


@pytest.mark.parametrize("text, wants_one", [
    ("We are open to working with small teams, but we would prefer to work with an individual.", True),
    ("Preference for individual freelancers.", True),
    ("We prefer an individual or a small agency.", False),
])
def test_a_stated_preference_for_one_person(text, wants_one):
    assert bool(solo_only(text)) is wants_one


def test_a_rushed_build_from_scratch_is_not_asked_for_files_that_do_not_exist(db):
    desc = ("Urgent: build a commission and chargeback tracking spreadsheet from scratch in Google Sheets. Must be able "
            "to complete in 3 days.")
    out = draft_proposal(JobBrief(title="Build Commission & Chargeback Tracking Spreadsheet", description=desc,
                                  skills=["Google Sheets"]), None, WS)
    assert not re.search(r"access and (?:any|the) files", out.text), out.text
    assert "what you already have" in out.text, out.text


def test_no_offer_or_topic_question_points_at_something_the_letter_never_named():
    # a tuning sentence audit marked "what it has to handle" and "which of these systems" as dangling references
    from service.drafting.next_steps import OFFERS
    from service.drafting.topic_table import TOPICS

    for kid, (send, _back) in OFFERS.items():
        assert not re.search(r"\b(?:it|these|those|them)\b", send), (kid, send)
    for topic in TOPICS:
        assert not re.match(r"(?:which|what|how many) of (?:these|those|them)\b", topic.question, re.IGNORECASE), topic.id


def test_an_honest_lack_is_not_about_shipping_an_editor(db):
    from service.drafting.offline_answers import answer_question

    ws = WS.model_dump(mode="json")
    brief = {"title": "Node.js engineer", "description": "Build large products with Cursor and other AI tools.",
             "skills": ["Node.js", "Cursor"]}
    answer = answer_question("Do you have experience with Cursor?", brief, ws, {"post_text": brief["description"]},
                             {}, ws["service_lines"][0])
    assert "shipped" not in answer, answer


# a sample of the data is asked for only when the post has data of the client's: not where the applicant brings it, nor
# where the post names no data at all (tuning editors struck it under an investor report whose data the freelancer
# must find and a clinical evaluation)
@pytest.mark.parametrize("kid, post, asks", [
    ("analysis", "Analyse our sales data from the last two years and tell us which products to drop.", True),
    ("analysis", "We have a CSV export of 5,000 survey responses; we need the key findings.", True),
    ("ml", "Build a churn model from our customer records (about 40k rows).", True),
    ("analysis", "Market study of the Florida property market for an investment fund. The ideal candidate must have "
                 "direct access to reliable real estate data sources.", False),
    ("analysis", "Research land parcels for development potential using public records and county GIS maps.", False),
    ("ml", "Build a face recognition feature for our door entry product, with a web admin page.", False),
])
def test_a_sample_of_the_data_is_asked_for_only_where_the_client_has_data(kid, post, asks):
    assert ("sample of the data" in _offer(kid, post)) is asks, _offer(kid, post)


@pytest.mark.parametrize("title, desc, hourly", [
    ("React screens from a template", "Code these 10 screens in React using the template we provide, then connect our "
     "API. Please let me know your price and timelines on a fixed price basis.", False),
    ("Supplier price scraper", "Build a scraper for 40 supplier sites with a weekly run. Please include your estimated "
     "timeline and fixed-price quote (or hourly rate).", True),
])
def test_a_fixed_price_ask_gets_a_fixed_quote_and_the_hourly_rate_only_when_asked_too(db, title, desc, hourly):
    brief = JobBrief(title=title, description=desc, client_instructions=client_instructions(desc))
    body = draft_proposal(brief, None, WS).text.split("Answers to your questions:")[0]
    assert re.search(r"fixed price for this job(?::| would be) \[Your fixed quote", body), body
    assert bool(re.search(r"rate is \$\d+ per hour", body)) is hourly, body
