"""The 7th-round analytics topics (service/drafting/topic_analytics.py): remarks on subjects data posts come back to
(a factor model's fit, regression errors, open-ended survey answers, Likert scales, survey weights, commission
sheets, financial models, linked sheets, lead lists, GA4 ecommerce data, attribution windows, Power BI row-level
security, Tableau stories, trading risk, impact evaluations, content coding, UTM tags). Each fires on a post that names its subject and its concern, also where an
earlier, more general topic (survey, sheets, tableau) names the same post, and not where ``needs``/``unless`` or the
kind of work rule it out; each reads as one grounded, fluent sentence in a drafted letter. Team-written posts."""
from __future__ import annotations

import pytest

from service.drafting.topic_analytics import ANALYTICS_KINDS, ANALYTICS_TOPICS
from tests.pipeline.test_topics_more import WS
from tests.pipeline.topic_checks import (
    assert_remark_reads_in_letter,
    standard_topic_tests,
)

DATA = frozenset({"data"})

# (topic, title, description, domains, kind): the post names the subject and the concern
WITH = [
    ("panel_regression", "Econometrics assignment in R", ("Run an OLS regression on the panel data of 40 firms over "
     "ten years, then add fixed effects and interpret the results."), DATA, "analysis"),
    ("open_ended", "Code open-ended survey responses", ("We ran a customer survey with 900 respondents. Code the "
     "open-ended responses into themes and count them."), DATA, "analysis"),
    ("likert", "Analyse Likert scale survey", ("Our questionnaire has 30 Likert items in five scales. Analyse the "
     "survey results by department."), DATA, "analysis"),
    ("survey_weighting", "Weighting for a member survey", ("Apply weighting to our member survey so the results "
     "match the membership by age and region, then report the weighted results."), DATA, "analysis"),
    ("financial_model", "Financial model for a coffee chain", ("Build a financial model with five-year "
     "projections and a DCF valuation from our assumptions."), DATA, "analysis"),
    ("linked_sheets", "Master sheet from our store sheets", ("We keep separate Google Sheets for each store and want "
     "one master sheet that pulls them together with IMPORTRANGE."), DATA, "spreadsheet"),
    ("lead_list", "Build a B2B lead list", ("Build a lead list of 500 dental clinics in Texas with the owner's name, "
     "email and LinkedIn profile."), DATA, "research"),
    ("ga4_ecommerce", "GA4 ecommerce reporting for our store", ("Analyse our GA4 ecommerce data: purchases, revenue "
     "and conversion rate by channel for our online store."), DATA, "analysis"),
    ("attribution_windows", "Attribution analysis across ad platforms", ("Our Meta and Google Ads results never "
     "match. Review the attribution across the platforms and explain the attribution gaps."), DATA, "analysis"),
    ("powerbi_rls", "Power BI row-level security", ("Set up row-level security in our Power BI sales report so each "
     "regional manager sees only their region."), DATA, "dashboard"),
    ("tableau_story", "Data storytelling in Tableau", ("Create a Tableau story from our sales dataset that walks the "
     "board through the findings."), DATA, "dashboard"),
    ("market_risk", "Risk analyst for our trading desk", ("Build risk models and run scenario testing to assess the "
     "market risk of our trading positions."), DATA, "analysis"),
    ("impact_evaluation", "Impact evaluation of our literacy programme", ("Evaluate the impact of our reading "
     "programme on student outcomes across twelve schools."), DATA, "analysis"),
    ("content_coding", "Categorize our YouTube videos", ("Watch and categorize 300 YouTube videos by format and "
     "topic, and record the categories in a sheet."), DATA, "analysis"),
    ("utm_tags", "UTM tracking for our campaigns", ("Set up UTM parameters for all our email and social campaigns "
     "and report campaign results from the UTM data."), DATA, "analysis"),
]

# the subject's word without its concern, or in a kind of work the sentence does not fit
WITHOUT = [
    ("panel_regression", "Regression model for house prices", ("Train a regression model with machine learning "
     "to predict house prices. Regression with xgboost."), DATA, "ml"),
    ("open_ended", "Customer survey results", ("Summarise our customer survey results by region. Survey responses "
     "are in a CSV."), DATA, "analysis"),
    ("likert", "Survey reliability", "Check the reliability of our survey platform's exports. Survey data only.",
     DATA, "analysis"),
    ("survey_weighting", "Weight tracking app survey", ("Analyse the survey of our weight loss app users. Survey "
     "answers in a sheet."), DATA, "analysis"),
    ("financial_model", "Sales projections chart", ("Chart our sales projections for the next quarter from the "
     "projections sheet."), DATA, "analysis"),
    ("linked_sheets", "Master sheet for a web app", ("Build our master sheet of tasks. Separate sheets per project "
     "are kept in Excel."), DATA, "webapp"),
    ("lead_list", "Cold caller for lead generation", ("Cold calling homeowners for lead generation; we give you "
     "the lead list with phone numbers."), DATA, "research"),
    ("ga4_ecommerce", "GA4 events for our blog", ("Set up GA4 events on our blog and report page views from "
     "Google Analytics."), DATA, "analysis"),
    ("attribution_windows", "Photo attribution for our blog", ("Add photo attribution to every image on our "
     "platform. Attribution must name the photographer."), DATA, "analysis"),
    ("powerbi_rls", "Supabase RLS policies", ("Fix the RLS policies in our Supabase database. Row-level security "
     "blocks inserts."), DATA, "dashboard"),
    ("tableau_story", "Tableau dashboard for sales", ("Build a Tableau dashboard of monthly sales by region. "
     "Tableau Cloud."), DATA, "dashboard"),
    ("market_risk", "Risk management for our clinic", ("Write a risk management plan and risk models for our "
     "clinic's patient data."), DATA, "analysis"),
    ("impact_evaluation", "Course on student outcomes", ("Teach a course on how to evaluate the impact of "
     "teaching on student outcomes."), DATA, "analysis"),
    ("content_coding", "Categorize our products", ("Categorize 2,000 products into our store taxonomy; product "
     "videos are linked."), DATA, "analysis"),
    ("utm_tags", "UTM", "UTM is our university's short name; analyse UTM enrolment data.", DATA, "analysis"),
]


(test_every_topic_is_registered_with_its_kinds_and_has_both_cases, test_each_insight_is_one_first_person_sentence,
 test_a_post_with_the_subject_and_its_concern_gets_the_remark, test_a_near_miss_gets_no_remark) = standard_topic_tests(
    ANALYTICS_TOPICS, ANALYTICS_KINDS, WITH, WITHOUT)


LETTERS = [c for c in WITH if c[0] in {"tableau_story", "market_risk",
                                         "panel_regression", "impact_evaluation", "content_coding"}]


@pytest.mark.parametrize("topic, title, desc, domains, kind", LETTERS, ids=[c[0] for c in LETTERS])
def test_the_remark_reads_grounded_and_fluent_in_a_data_letter(db, topic, title, desc, domains, kind):
    assert_remark_reads_in_letter(topic, title, desc, WS["data"])
