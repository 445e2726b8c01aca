"""Topics from a fresh pool of data-analyst posts (service/drafting/topic_data_tools.py): heatmaps and recordings, a
tagging plan, subscription metrics, a slow Power BI report, a mediation model, enrichment
with a language model, a Tableau backup, reanalysis data, short-term rental data and MRP. Each fires on a post whose
subject it is, and not on a near miss (a correlation heatmap, a duty to keep reports fast, a legal mediation, …); each
reads as one grounded, fluent sentence in a drafted letter. Team-written posts."""
from __future__ import annotations

import pytest

from service.drafting.topic_data_tools import DATA_TOOL_KINDS, DATA_TOOL_TOPICS
from service.drafting.work_kinds import find_topic
from tests.pipeline.test_topics_more import WS
from tests.pipeline.topic_checks import (
    assert_remark_reads_in_letter,
    standard_topic_tests,
    topic_id,
)

DATA, DEV = frozenset({"data"}), frozenset({"data", "dev"})

# (topic, title, description, domains, kind): the post is about the subject
WITH = [
    ("heatmaps", "Analyze our Hotjar results", ("We installed Hotjar three months ago. Analyze the heatmaps and "
     "session recordings of our donation pages and tell us what stops visitors from giving."), DATA, "analysis"),
    ("tag_plan", "Tagging plan expert", ("Assess our current tagging and write a tagging plan with a data layer "
     "specification for our web shop, then help our developer implement it."), DATA, "analysis"),
    ("subscription_metrics", "Subscription dashboard for our SaaS", ("Set up a dashboard for our subscription data "
     "from Chargebee: MRR, churn and customer lifetime value by plan, refreshed daily."), DATA, "dashboard"),
    ("powerbi_speed", "Power BI report is slow", ("Our main Power BI report has become slow: it takes two minutes to "
     "open and sometimes times out. Find out why and make it load within 10 seconds."), DATA, "dashboard"),
    ("powerbi_csv_email", "Automate a daily CSV from Power BI", ("Power BI should refresh from our SQL database "
     "every 24 hours, export the data to a CSV file and email the CSV to our accountant. Is this feasible?"), DATA,
     "dashboard"),
    ("mediation", "Statistical analyst for a mediation model", ("Run a moderated mediation model on our survey data "
     "for a research paper and interpret the indirect effects."), DATA, "analysis"),
    ("llm_enrichment", "AI data enrichment of our lead list", ("Use ChatGPT to enrich our lead list: add the industry "
     "and company size to 20,000 rows of company names, with a way to check the results."), DATA, "analysis"),
    ("tableau_backup", "Tableau backup to a local drive", ("Back up all our Tableau workbooks and data sources to a "
     "local drive every week, automated and encrypted."), DATA, "dashboard"),
    ("reanalysis", "ERA5 wind data for three sites", ("Download ERA5 reanalysis wind data at 100 m for three sites "
     "and give us hourly time series for the last 20 years."), DATA, "analysis"),
    ("rental_data", "Data analyst with Airbnb experience", ("Analyse the performance of our 40 Airbnb listings: "
     "occupancy, nightly rates and which listings to reprice."), DATA, "analysis"),
    ("mrp", "MRP analyst", ("We need an MRP analyst to review our material requirements planning: purchase "
     "suggestions are often wrong and we run out of parts."), DATA, "analysis"),
]

# the subject's word in another sense or as a side mention, or the concern missing
WITHOUT = [
    ("heatmaps", "Correlation analysis of our survey", ("Analyze our survey data in Python and show the "
     "correlations between the questions as a heatmap."), DATA, "analysis"),
    ("tag_plan", "Google Analytics report", ("Build a monthly Google Analytics report for our shop; GTM is already "
     "set up by our agency."), DATA, "dashboard"),
    ("subscription_metrics", "Churn analysis of our customers", ("Analyse why customers of our gym churn: we have "
     "visit logs and cancellation dates for two years."), DATA, "analysis"),
    ("powerbi_speed", "Power BI developer", ("Build Power BI dashboards for our sales team. Performance Optimization: "
     "ensure that reports load quickly."), DATA, "dashboard"),
    ("powerbi_csv_email", "Power BI sales dashboard", ("Build a Power BI dashboard from our CSV exports; the team "
     "gets an email when it is refreshed."), DATA, "dashboard"),
    ("mediation", "Analyst for a family mediation practice", ("Build a dashboard of the cases our mediation practice "
     "handled last year, by type and outcome."), DATA, "analysis"),
    ("llm_enrichment", "Data analyst with ChatGPT skills", ("Analyse our sales data and write the summary; you may "
     "use ChatGPT to draft the text."), DATA, "analysis"),
    ("tableau_backup", "Tableau dashboard for sales", ("Build a Tableau dashboard on our sales data; we back up "
     "the database ourselves."), DATA, "dashboard"),
    ("reanalysis", "Weather data dashboard", ("Build a dashboard of the daily weather data our stations record."),
     DATA, "dashboard"),
    ("rental_data", "Hotel booking analysis", ("Analyse the bookings of our hotel: occupancy by season and the "
     "share of direct bookings."), DATA, "analysis"),
    ("mrp", "Manufacturing data analyst", ("Analyse our production data: machine downtime and output per shift, "
     "from our ERP exports."), DATA, "analysis"),
]

(test_every_topic_is_registered_with_its_kinds_and_has_both_cases, test_each_insight_is_one_first_person_sentence,
 test_a_post_with_the_subject_and_its_concern_gets_the_remark, test_a_near_miss_gets_no_remark) = standard_topic_tests(
    DATA_TOOL_TOPICS, DATA_TOOL_KINDS, WITH, WITHOUT)


def test_recordings_reviewed_for_a_site_count_towards_the_remark():
    # "review website recordings … Hotjar or similar user behavior recordings" is the post's subject, not a side mention
    found = find_topic("Website Recording Analyst", ("We need a web analysis specialist to review website recordings "
                       "for our clients and report the issues visitors face. Responsibilities: 1. Review recordings "
                       "2. Identify common patterns. Qualifications: experience analysing Hotjar or similar user "
                       "behavior recordings."), DATA, "analysis")
    assert topic_id(found) == "heatmaps"


def test_descriptive_statistics_and_hypothesis_tests_get_the_statistics_remark():
    found = find_topic("Marketing Data Analysis", ("Perform a case study on the data provided from several stores. "
                       "Use basic statistical concepts such as mean, median, standard deviation and coefficient of "
                       "variation. Report to include descriptive statistics and hypothesis tests about means."), DATA,
                       "analysis")
    assert topic_id(found) == "stats"


def test_a_slow_power_bi_report_gets_the_speed_remark_not_the_data_model_one():
    # a fresh-pool letter gave the general star-schema remark to a report that times out (all readers 1)
    found = find_topic("Power BI report loading speed", ("One of our most important Power BI reports has been slow "
                       "to load and often times out. It used to load within seconds."), DATA, "dashboard")
    assert topic_id(found) == "powerbi_speed"


@pytest.mark.parametrize("topic, title, desc", [(c[0], c[1], c[2]) for c in WITH if c[0] in (
    "powerbi_speed", "mediation", "tableau_backup", "heatmaps")])
def test_the_remark_reads_in_a_drafted_letter(db, topic, title, desc):
    assert_remark_reads_in_letter(topic, title, desc, WS["data"])
