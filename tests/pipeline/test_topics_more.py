"""The topics added for the tools and problems most common among tuning posts without a know-how remark
(service/drafting/topic_more.py; topic_extra.py, whose cases are in topic_cases_extra.py): each fires on a post that
names its trigger and shows its concern, not on one that names the tool only in passing, and reads as a grounded,
fluent sentence in a drafted letter. Team-written posts, modelled on shapes seen in tuning posts."""
from __future__ import annotations

from pathlib import Path

import pytest

from service.core.config import DEMO_WORKSPACE
from service.core.schemas import JobBrief
from service.core.workspace import load_workspace
from service.drafting.proposal import draft_proposal
from service.drafting.topic_extra import EXTRA_TOPICS
from service.drafting.topic_more import MORE_TOPICS
from service.drafting.work_kinds import find_topic
from tests.pipeline.topic_cases_extra import EXTRA_WITH, EXTRA_WITHOUT
from tests.pipeline.topic_checks import (
    assert_registered,
    assert_remark_reads_in_letter,
    topic_id,
)

EVAL_WS = Path(__file__).resolve().parents[2] / "evals" / "workspaces"
WS = {"dev": load_workspace(DEMO_WORKSPACE), "data": load_workspace(EVAL_WS / "data-analytics.yaml"),
      "copy": load_workspace(EVAL_WS / "copywriter.yaml")}
DATA, DEV = frozenset({"data"}), frozenset({"dev"})


_id = topic_id


# (topic, title, description, domains, kind, workspace): the post names the trigger and the concern
MORE_WITH = [
    ("tracking_audit", "GA4 and Google Tag Manager audit for our client accounts",
     ("Audit three GA4 properties and the Google Tag Manager containers behind them, and tell us whether the "
     "conversions are tracking correctly."), DATA, "review", "data"),
    ("nocode", "Zapier expert to fix and extend our Zapier workflows",
     ("Our Zapier workflows move new orders from the shop into the accounting tool. Some runs fail. Build two more "
     "Zapier workflows for refunds."), DEV, "automation", "dev"),
    ("report_automation", "Automate our weekly sales reports",
     ("Every Monday we build the same sales report by hand from three exports. We want to automate the weekly "
     "reports so they are ready before the team meeting."), DATA, "dashboard", "data"),
    ("access", "Microsoft Access database developer",
     ("Add two forms and a monthly summary to our Microsoft Access database, and fix the slow search form. The "
     "Access database is used by six people in the office."), DATA, "database", "data"),
    ("access_server", "Microsoft Access front-end developer",
     ("Add two forms and a monthly summary to our Microsoft Access application. The tables live on a MySQL server "
     "in the office."), DATA, "database", "data"),
    ("sql_analysis", "SQL analyst for subscription data",
     ("Write SQL queries against our Postgres tables to find which plans customers move between, and summarise "
     "what the SQL analysis shows."), DATA, "analysis", "data"),
    ("stats", "Statistical analysis of a clinic trial",
     ("Run the statistical analysis for our pilot: statistical tests comparing the two groups of patients, with a "
     "short write-up of what is significant."), DATA, "analysis", "data"),
    ("real_estate", "Real estate market analysis for three towns",
     ("Prepare a real estate market analysis of three coastal towns: prices, days on market and new listings over "
     "two years."), DATA, "analysis", "data"),
    ("market_size", "Market sizing for industrial coatings",
     ("Estimate the market size for industrial floor coatings in Europe, by country and by end-use segment. We "
      "sell the additives and want to know where to focus."), DATA, "research", "data"),
    ("market_research", "Market research on plant-based snacks",
     ("Carry out market research on plant-based snacks in two countries: the main brands, prices and where they "
     "are sold. Market research report in English."), DATA, "research", "data"),
    ("social_analytics", "Social media analyst for our brand accounts",
     ("Analyse our social media accounts on Instagram and TikTok: engagement, reach and followers for each post "
     "over the last quarter, and which social media formats work."), DATA, "analysis", "data"),
    ("logistics", "Logistics cost analysis by customer",
     ("We are a logistics company. Allocate fuel, driver and maintenance costs across our customers and show the "
     "margin per customer from our logistics data."), DATA, "analysis", "data"),
    ("bugfix", "Bug fixes in our React web app",
     ("Our web app has a list of bugs in the sign-up form and the settings page. Fix the bugs and deploy the "
     "fixes."), DEV, "webapp", "dev"),
    ("bubble", "Bubble developer for a habit tracker app",
     ("Build a habit tracker app in Bubble: daily habits, streaks and a weekly summary email. Bubble app only, "
     "please."), DEV, "general", "dev"),
    ("scheduling", "Calendly integration with our app",
     ("Integrate Calendly with our web app so that meetings booked in Calendly appear in the user's account. Use "
     "the Calendly API."), DEV, "api", "dev"),
    ("kpi", "KPI reporting for our support team",
     ("Define and track the KPIs for our support team (first reply time, resolution time, satisfaction) and report "
     "the KPIs each week."), DATA, "dashboard", "data"),
]

# (topic, title, description, domains, kind): the tool or word named in passing, without the concern
MORE_WITHOUT = [
    ("tracking_audit", "Landing page copy", "Write a landing page for our course. We use GA4. GA4 is set up.",
     DATA, "review"),
    ("nocode", "Zapier or Make.com", "Tell us which one to pick, Zapier or Make.com, for our team's plan.",
     DEV, "automation"),
    ("report_automation", "Data analyst for monthly sales figures", ("Analyse last year's sales by region and "
     "write up the findings in a slide deck."), DATA, "dashboard"),
    ("access", "Data entry for our CRM", ("Enter the new contacts into the CRM. You will get access to the CRM "
     "and to our shared drive."), DATA, "database"),
    ("access_server", "Microsoft Access forms", ("Add two forms to our Microsoft Access database. The tables are in "
     "the same Access file."), DATA, "database"),
    ("sql_analysis", "SQL Server backups", ("Set up nightly SQL Server backups and a restore test. SQL Server "
     "2019."), DATA, "analysis"),
    ("stats", "Survey statistical analysis", ("Statistical analysis of our survey: statistical tests on 300 "
     "responses."), DATA, "analysis"),
    ("real_estate", "Real estate virtual assistant", ("Answer emails and update listings for our real estate "
     "office. Real estate experience is a plus."), DATA, "analysis"),
    ("market_size", "Order desk assistant", ("Call our distributors and log their orders in the CRM. You have a "
     "background in market sizing, ideally. Market sizing skills are a plus."), DATA, "research"),
    ("market_research", "Cold callers", ("Call the leads on our list. You have a background in market research, "
     "ideally. Market research skills are a plus."), DATA, "research"),
    ("social_analytics", "Social media content library", ("Categorise our social media reels by format and record "
     "them in our Notion database. Social media reels only."), DATA, "analysis"),
    ("logistics", "Logistics dashboard", ("Build a page showing our logistics shipments on a map. Logistics "
     "shipments come from our warehouse system."), DATA, "analysis"),
    ("bugfix", "React developer", "Build the new booking screens in React. The code must be bug-free and tested.",
     DEV, "webapp"),
    ("bubble", "Bubble tea shop flyer", "Write copy for our bubble tea shop's menu. Bubble tea lovers welcome.",
     DEV, "general"),
    ("scheduling", "Virtual assistant", "Manage my inbox and send people my Calendly link. Calendly is set up.",
     DEV, "api"),
    ("kpi", "Power BI KPI dashboard", "Build a Power BI report of our sales KPIs and track the KPIs each month.",
     DATA, "dashboard"),
]


def test_the_new_topics_are_in_the_table_and_each_has_both_cases():
    for topics, with_, without in ((MORE_TOPICS, MORE_WITH, MORE_WITHOUT), (EXTRA_TOPICS, EXTRA_WITH, EXTRA_WITHOUT)):
        assert_registered(topics, None, with_, without)


WITH, WITHOUT = MORE_WITH + EXTRA_WITH, MORE_WITHOUT + EXTRA_WITHOUT


@pytest.mark.parametrize("topic, title, desc, domains, kind, ws", WITH, ids=[c[0] for c in WITH])
def test_a_post_with_the_trigger_and_its_concern_gets_the_remark(topic, title, desc, domains, kind, ws):
    assert _id(find_topic(title, desc, domains, kind)) == topic


@pytest.mark.parametrize("topic, title, desc, domains, kind", WITHOUT, ids=[c[0] for c in WITHOUT])
def test_a_passing_mention_gets_no_remark(topic, title, desc, domains, kind):
    assert _id(find_topic(title, desc, domains, kind)) != topic


@pytest.mark.parametrize("topic, title, desc, domains, kind, ws", WITH, ids=[c[0] for c in WITH])
def test_the_remark_reads_grounded_and_fluent_in_a_letter(db, topic, title, desc, domains, kind, ws):
    assert_remark_reads_in_letter(topic, title, desc, WS[ws])


def test_the_klaviyo_remark_names_no_event_the_post_did_not(db):
    b = JobBrief(title="Klaviyo flows for our store", description="Set up a welcome series and a win-back flow in "
                 "Klaviyo for our skincare store. Klaviyo account is ready.")
    out = draft_proposal(b, None, WS["dev"])
    assert "Klaviyo" in out.parts["hook"] and "checkout" not in out.text.lower()
    assert "grounded" not in {c.id for c in out.lint.failures}


@pytest.mark.parametrize("tool, written", [("n8n", "n8n"), ("zapier", "Zapier"), ("Make.com", "Make")])
def test_the_workflow_remark_names_the_clients_tool(db, tool, written):
    """Readers marked "In these workflow tools …" down on an n8n post: the remark names the tool the post names."""
    b = JobBrief(title=f"{tool} workflow expert", description=f"Fix our {tool} workflows: some runs fail without "
                 f"anyone noticing. Then build two more {tool} automations for refunds.")
    out = draft_proposal(b, None, WS["dev"])
    assert f"In {written} " in out.parts["hook"], out.parts["hook"]
    assert "these workflow tools" not in out.text and "{tool}" not in out.text
    assert not {c.id for c in out.lint.failures} & {"grounded", "fluent"}, out.lint.failures
