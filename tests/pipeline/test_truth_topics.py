"""A topic's remark appears only when the post evidences the concern it speaks to, not only its trigger word
(service/drafting/topic_table.py ``needs`` / ``unless``). Each case pairs a post that only names the trigger with
one that asks for the concern. Team-written posts, modelled on shapes seen in tuning posts."""
from __future__ import annotations

import re

import pytest

from service.drafting.topic_table import TOPICS
from service.drafting.work_kinds import find_topic

DATA = frozenset({"data"})
DEV = frozenset({"dev"})


def _id(topic):
    return topic.id if topic else None


# (case, title, description, domains, kind, the topic it must NOT get)
WITHOUT = [
    ("sheets build, no automation", "Google Sheets pricing calculator for our bakery",
     "We want a Google Sheets calculator built from scratch. Staff type in the cake size and fillings and the sheet "
     "shows the price and the margin. Google Sheets only, please.", DATA, "spreadsheet", "sheets"),
    ("market report, no forecast asked", "Market report on the coastal holiday-rental market",
     "We need an investor-ready market report on holiday rentals along the coast. The report should cover occupancy, "
     "nightly rates, new supply and forecasts. Include forecasts and risks per town.\nAbout you: background in market "
     "research and forecasting.", DATA, "analysis", "forecast"),
    ("Access with VBA", "Access and VBA developer", "Fix bugs and add forms to our Access database with VBA macros. "
     "VBA skills needed.", DATA, "spreadsheet", "excel"),
    ("Excel files to analyse, nothing to build", "Analyse survey exports", "Analyse the data in our Excel "
     "spreadsheets and write a summary report in Word. The Excel files are ready.", DATA, "analysis", "excel"),
    ("a relationship is not a correlation study", "Database analyst",
     "Database design and development. Understanding of the relationship between database and business. " * 2,
     DATA, "analysis", "correlation"),
    ("cash-flow prediction is not bookkeeping", "Cash flow prediction model",
     "Build a predictive network model that forecasts cash flow between members of a savings group, from historical "
     "transfers. Cash flow patterns matter most.", DATA, "analysis", "finance"),
    ("writing a questionnaire is not testing", "Survey design", "We are creating a survey instrument for team "
     "health. Align our model with a known framework and write the survey questions. Survey design experience "
     "needed.", DATA, "analysis", "survey"),
    ("an API already maintained", "REST API developer", "Maintain and extend the REST API of our live booking "
     "platform. Add endpoints for refunds and keep the existing REST API stable.", DEV, "api", "python_api"),
    ("a time series to describe", "Correlation matrix of time series, trend and seasonality",
     "For four daily series we want a correlation matrix of the trend and the seasonality of each series, daily and "
     "weekly. Use seasonal decomposition in Python.", DATA, "analysis", "forecast"),
    ("a junk-click dispute", "Taboola junk traffic review", "We run native ads on Taboola and think last month's "
     "clicks from some publishers were junk. Review the clicks for the month, find the junk traffic and list the "
     "publishers and click IDs for our dispute.", DATA, "analysis", "marketing_data"),
    # tuning readers: a deal-stage remark on a Salesforce admin's daily operations and on GoHighLevel provisioning
    ("CRM operations, no reporting", "Salesforce Administrator (part-time)",
     "Support the day-to-day operations of our Salesforce instance: user management, permissions, page layouts and "
     "flows for the sales team. Salesforce admin certification preferred.", DATA, "general", "crm"),
]

_SKILLS_ONLY = ("Turn our creator and campaign data into insights for brand partners.\nResponsibilities:\n- Analyse "
                "campaign data and find trends\n- Write the monthly insight notes\nRequirements:\n- Advanced knowledge "
                "of Google Sheets, pivot tables and Apps Script\n- Experience with Google Sheets dashboards")

# (case, title, description, domains, kind, the topic it must get)
WITH = [
    ("sheets automation asked", "Google Sheets report that updates itself", "Our Google Sheets report should pull "
     "the orders from our shop API every night with Apps Script.", DATA, "spreadsheet", "sheets"),
    ("a sales forecast", "Forecast weekly sales for our three cafes", "We have four years of historical sales data "
     "and want to forecast weekly sales for the next quarter.", DATA, "analysis", "forecast"),
    ("an Excel workbook to build", "Excel VBA macro for invoices", "Build an Excel workbook with a macro that creates "
     "invoices.", DATA, "spreadsheet", "excel"),
    ("a correlation study", "Farm data study", "Explore relationships between the soil samples and the yield data "
     "we collected over three seasons.", DATA, "analysis", "correlation"),
    ("books to reconcile", "Cash flow reporting", "Monthly cash flow report from QuickBooks, reconciled to the "
     "books, for our three shops.", DATA, "analysis", "finance"),
    ("survey responses to test", "Survey analysis", "Run the statistical tests on our survey responses (400 "
     "respondents) and report the results.", DATA, "analysis", "survey"),
    ("a new API", "REST API developer", "Build a new REST API for our booking app: bookings, refunds and a REST API "
     "for partners.", DEV, "api", "python_api"),
    ("a cash-flow forecast", "Cash flow forecast model", "Create a predictive model that forecasts cash flow "
     "movements for our members from past transfers.", DATA, "analysis", "forecast"),
    ("ROAS across platforms", "Ad reporting", "Build one report of ad spend, conversions and ROAS across Google Ads "
     "and Facebook Ads.", DATA, "dashboard", "marketing_data"),
    ("a Sheets report to build, beside the skills list", "Data analyst for campaigns", _SKILLS_ONLY + "\n- Build the "
     "weekly Google Sheets report that pulls the campaign data with Apps Script", DATA, "analysis", "sheets"),
]


@pytest.mark.parametrize("case, title, desc, domains, kind, topic", WITHOUT, ids=[c[0] for c in WITHOUT])
def test_a_post_that_only_names_the_trigger_gets_no_remark(case, title, desc, domains, kind, topic):
    found = find_topic(title, desc, domains, kind)
    assert _id(found) != topic, (case, _id(found))


@pytest.mark.parametrize("case, title, desc, domains, kind, topic", WITH, ids=[c[0] for c in WITH])
def test_a_post_that_asks_for_the_concern_keeps_the_remark(case, title, desc, domains, kind, topic):
    assert _id(find_topic(title, desc, domains, kind)) == topic, case


def test_a_sheets_build_without_automation_never_speaks_of_automation():
    topic = find_topic(*WITHOUT[0][1:3], DATA, "spreadsheet")
    assert topic is None or "automation" not in topic.insight


def test_a_tool_named_only_among_the_candidates_skills_is_not_the_topic():
    assert _id(find_topic("Data analyst for campaigns", _SKILLS_ONLY, DATA, "analysis")) not in ("sheets",
                                                                                                  "sheets_plain")


@pytest.mark.parametrize("topic_id, answered, open_", [
    ("warehouse", "Current models run on dbt Cloud; revamp the restock models.",
     "We need a new Snowflake warehouse for our shop data."),
    ("devops", "Build a new API on AWS ECS with Docker from scratch.", "Our Kubernetes cluster needs tuning."),
])
def test_the_topic_question_is_settled_only_when_the_post_answers_it(topic_id, answered, open_):
    topic = next(t for t in TOPICS if t.id == topic_id)
    assert re.search(topic.answered_if, answered, re.IGNORECASE)
    assert not re.search(topic.answered_if, open_, re.IGNORECASE)
