"""A topic's remark appears only when the post evidences the concern it speaks to, not only its trigger word
(service/drafting/topic_table.py ``needs`` / ``unless``). Team-written posts, modelled on shapes seen in tuning posts."""
from __future__ import annotations

from service.drafting.topic_table import TOPICS
from service.drafting.work_kinds import find_topic

DATA = frozenset({"data"})
DEV = frozenset({"dev"})


def _id(topic):
    return topic.id if topic else None


def test_a_sheets_build_without_automation_gets_no_scheduled_script_remark():
    title = "Google Sheets pricing calculator for our bakery"
    desc = ("We want a Google Sheets calculator built from scratch. Staff type in the cake size and fillings and the "
            "sheet shows the price and the margin. Google Sheets only, please.")
    topic = find_topic(title, desc, DATA, "spreadsheet")
    assert _id(topic) != "sheets"
    assert topic is None or "automation" not in topic.insight


def test_a_sheets_post_that_asks_for_automation_keeps_the_scheduled_script_remark():
    title = "Google Sheets report that updates itself"
    desc = "Our Google Sheets report should pull the orders from our shop API every night with Apps Script."
    assert _id(find_topic(title, desc, DATA, "spreadsheet")) == "sheets"


def test_a_market_report_gets_no_time_series_remark():
    title = "Market report on the coastal holiday-rental market"
    desc = ("We need an investor-ready market report on holiday rentals along the coast. The report should cover "
            "occupancy, nightly rates, new supply and forecasts. Include forecasts and risks per town.\n"
            "About you: background in market research and forecasting.")
    assert _id(find_topic(title, desc, DATA, "analysis")) != "forecast"


def test_a_sales_forecast_keeps_the_forecast_remark():
    title = "Forecast weekly sales for our three cafes"
    desc = "We have four years of historical sales data and want to forecast weekly sales for the next quarter."
    assert _id(find_topic(title, desc, DATA, "analysis")) == "forecast"


def test_excel_remark_needs_excel_named_and_a_workbook_to_build():
    access = find_topic("Access and VBA developer", "Fix bugs and add forms to our Access database with VBA macros. "
                        "VBA skills needed.", DATA, "spreadsheet")
    assert _id(access) != "excel"
    analyse = find_topic("Analyse survey exports", "Analyse the data in our Excel spreadsheets and write a summary "
                         "report in Word. The Excel files are ready.", DATA, "analysis")
    assert _id(analyse) != "excel"
    build = find_topic("Excel VBA macro for invoices", "Build an Excel workbook with a macro that creates invoices.",
                       DATA, "spreadsheet")
    assert _id(build) == "excel"


def test_a_relationship_between_two_things_is_not_a_correlation_study():
    desc = "Database design and development. Understanding of the relationship between database and business. " * 2
    assert _id(find_topic("Database analyst", desc, DATA, "analysis")) != "correlation"
    study = "Explore relationships between the soil samples and the yield data we collected over three seasons."
    assert _id(find_topic("Farm data study", study, DATA, "analysis")) == "correlation"


def test_a_cash_flow_prediction_model_gets_no_books_remark():
    desc = ("Build a predictive network model that forecasts cash flow between members of a savings group, from "
            "historical transfers. Cash flow patterns matter most.")
    assert _id(find_topic("Cash flow prediction model", desc, DATA, "analysis")) != "finance"
    books = "Monthly cash flow report from QuickBooks, reconciled to the books, for our three shops."
    assert _id(find_topic("Cash flow reporting", books, DATA, "analysis")) == "finance"


def test_designing_a_questionnaire_gets_no_hypothesis_testing_remark():
    desc = ("We are creating a survey instrument for team health. Align our model with a known framework and "
            "write the survey questions. Survey design experience needed.")
    assert _id(find_topic("Survey design", desc, DATA, "analysis")) != "survey"
    tested = "Run the statistical tests on our survey responses (400 respondents) and report the results."
    assert _id(find_topic("Survey analysis", tested, DATA, "analysis")) == "survey"


def test_first_release_api_remark_not_for_an_api_already_maintained():
    desc = ("Maintain and extend the REST API of our live booking platform. Add endpoints for refunds and keep the "
            "existing REST API stable.")
    assert _id(find_topic("REST API developer", desc, DEV, "api")) != "python_api"
    new = "Build a new REST API for our booking app: bookings, refunds and a REST API for partners."
    assert _id(find_topic("REST API developer", new, DEV, "api")) == "python_api"


def test_the_warehouse_question_is_answered_when_the_post_describes_its_models():
    topic = next(t for t in TOPICS if t.id == "warehouse")
    import re
    assert re.search(topic.answered_if, "Current models run on dbt Cloud; revamp the restock models.", re.IGNORECASE)
    assert not re.search(topic.answered_if, "We need a new Snowflake warehouse for our shop data.", re.IGNORECASE)


def test_a_time_series_to_describe_is_not_a_forecast():
    desc = ("For four daily series we want a correlation matrix of the trend and the seasonality of each series, "
            "daily and weekly. Use seasonal decomposition in Python.")
    assert _id(find_topic("Correlation matrix of time series, trend and seasonality", desc, DATA, "analysis")) \
        != "forecast"


def test_the_current_setup_question_is_settled_by_a_new_build():
    import re
    topic = next(t for t in TOPICS if t.id == "devops")
    assert re.search(topic.answered_if, "Build a new API on AWS ECS with Docker from scratch.", re.IGNORECASE)
    assert not re.search(topic.answered_if, "Our Kubernetes cluster needs tuning.", re.IGNORECASE)


def test_a_tool_named_only_among_the_candidates_skills_is_not_the_topic():
    desc = ("Turn our creator and campaign data into insights for brand partners.\n"
            "Responsibilities:\n- Analyse campaign data and find trends\n- Write the monthly insight notes\n"
            "Requirements:\n- Advanced knowledge of Google Sheets, pivot tables and Apps Script\n"
            "- Experience with Google Sheets dashboards")
    assert _id(find_topic("Data analyst for campaigns", desc, DATA, "analysis")) not in ("sheets", "sheets_plain")
    work = desc + "\n- Build the weekly Google Sheets report that pulls the campaign data with Apps Script"
    assert _id(find_topic("Data analyst for campaigns", work, DATA, "analysis")) == "sheets"


def test_a_cash_flow_forecast_keeps_the_forecast_remark():
    desc = "Create a predictive model that forecasts cash flow movements for our members from past transfers."
    assert _id(find_topic("Cash flow forecast model", desc, DATA, "analysis")) == "forecast"


def test_a_junk_click_dispute_is_not_a_conversion_definitions_job():
    desc = ("We run native ads on Taboola and think last month's clicks from some publishers were junk. Review the "
            "clicks for the month, find the junk traffic and list the publishers and click IDs for our dispute.")
    assert _id(find_topic("Taboola junk traffic review", desc, DATA, "analysis")) != "marketing_data"
    roas = "Build one report of ad spend, conversions and ROAS across Google Ads and Facebook Ads."
    assert _id(find_topic("Ad reporting", roas, DATA, "dashboard")) == "marketing_data"
