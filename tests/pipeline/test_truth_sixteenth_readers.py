"""Truth fixes from tuning readers (2026-12-06, sixteenth session), each on a team-written post: a sample of health
data is asked for de-identified; no data sample from a client who collects none yet; no "the questions you have"
after the post listed them; a team's daily tasks are a role; a Shopify theme to be coded gets the sections remark,
not "a theme change or an app"; an analysis across several platforms joins them first; "easy to maintain as …" and
"startup looking for a … analyst" are no statement of the work."""
from __future__ import annotations

from pathlib import Path

from service.core.schemas import JobBrief
from service.core.workspace import load_workspace
from service.drafting.analysis_steps import data_platforms, for_analysis
from service.drafting.job_type import job_type
from service.drafting.kind_table import KINDS
from service.drafting.next_steps import offer_for
from service.drafting.post_claims import client_has_data
from service.drafting.proposal import draft_proposal
from service.drafting.quotes import need_quotes
from service.drafting.work_kinds import find_topic

DATA_WS = load_workspace(Path(__file__).resolve().parents[2] / "evals" / "workspaces" / "data-analytics.yaml")
ANALYSIS = next(k for k in KINDS if k.id == "analysis")


def test_health_data_is_asked_for_de_identified():
    post = ("Build a pipeline that loads our clinic's EHR exports into Postgres every night. The data includes PHI, "
            "so everything must stay HIPAA compliant.")
    offer = offer_for("pipeline", 0, post)
    assert offer is not None and "de-identified sample" in offer, offer
    assert "de-identified" not in offer_for("pipeline", 0, "Load our shop's order exports into Postgres nightly.")


def test_no_data_sample_from_a_client_who_collects_none_yet():
    post = ("Set up tracking and a dashboard of visits and sign-ups from the data of our two sites. We are not using "
            "Mixpanel yet.")
    assert not client_has_data(post)
    assert client_has_data("Build a dashboard of visits and sign-ups from our Mixpanel data.")


def test_listed_metrics_are_not_asked_for_again():
    post = ("Analyse our membership data. These are the metrics I would like: 1. renewal rate by year 2. average "
            "membership length 3. cancellations by reason.")
    offer = offer_for("analysis", 0, post)
    assert offer is not None and "questions you have" not in offer and "figures you list" in offer, offer
    plain = offer_for("analysis", 0, "Analyse our membership data to see why renewals fell last year.")
    assert plain is not None and "questions you have" in plain


def test_a_teams_daily_tasks_are_a_role():
    brief = JobBrief(title="Reporting analyst to support our finance department",
                     description="You will collaborate with our finance team and help with regular daily reporting "
                                 "tasks: reconciling payouts, updating the revenue sheet and answering questions "
                                 "about the numbers. The role suits someone who likes tidy books.")
    assert job_type(brief) == "role"
    one_off = JobBrief(title="Analyse our 2023 refunds", description="Analyse the refunds ledger and find the three "
                                                                     "biggest causes of refunds last year.")
    assert job_type(one_off) == "project"


def test_a_shopify_theme_to_code_gets_the_sections_remark():
    desc = ("Create a custom Shopify theme for our tea brand from the attached designs: a home page, collection pages "
            "and a journal, fully coded in Liquid so we can add new collections ourselves.")
    topic = find_topic("Shopify theme for a tea brand", desc, frozenset({"shop", "dev"}), "theme")
    assert topic is not None and topic.id == "theme_sections", topic
    fix = "Our Shopify store needs a size chart under the add-to-cart button and faster product pages."
    topic = find_topic("Shopify store tweaks", fix, frozenset({"shop", "dev"}), "store")
    assert topic is not None and topic.id == "shopify", topic


def test_an_analysis_across_platforms_joins_them_first():
    desc = ("We sell online and our data sits in Shopify, Google Analytics and Klaviyo. Analyse it to tell us which "
            "customers come back and why.")
    assert data_platforms(desc) == ["Shopify", "Google Analytics", "Klaviyo"]
    steps = for_analysis(ANALYSIS, "Ecommerce analyst", desc).steps
    assert steps[1].startswith("bring the Shopify, Google Analytics and Klaviyo data together"), steps
    skills_only = "Analyse our sales data. Experience with Shopify and Klaviyo is a plus."
    assert len(data_platforms(skills_only)) < 2


def test_easy_to_maintain_is_no_statement_of_the_work():
    desc = ("Our Google Sheets report pulls each store's weekly sales from the POS. We need it to remain simple to "
            "maintain as stores are opened or closed.")
    quotes = [f.quote.text for f in need_quotes(desc, desc)]
    assert not any(q.startswith("maintain as") for q in quotes), quotes


def test_a_company_looking_for_a_hire_is_no_lead_quote():
    desc = ("Fast-growing Dutch property agency seeking a long-term part-time marketing support "
            "analyst.\n\nResponsibilities:\n- Build the weekly lead report from HubSpot\n- Keep the campaign "
            "dashboards in Looker Studio up to date\n- Answer ad-hoc questions from the sales team")
    letter = draft_proposal(JobBrief(title="Marketing analyst", description=desc), None, DATA_WS).text
    first = letter.split("\n\n")[1]
    assert "seeking a long-term" not in first, first
