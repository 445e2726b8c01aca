"""The core-subject topics (service/drafting/topic_core.py): the post's main subject where the letter's remark was
about a side tool or a generic aspect (React advice on a large-file parsing job, the app-or-theme line on a Klaviyo
integration job, a generic privacy line on a tokenisation module). Each fires on a post that names its subject and
its concern, and wins over the side tool the post also names; not on a passing mention or the wrong kind of work.
Team-written posts."""
from __future__ import annotations

import pytest

from service.core.config import DEMO_WORKSPACE
from service.core.workspace import load_workspace
from service.drafting.topic_core import CORE_KINDS, CORE_TOPICS
from tests.pipeline.test_topics_more import WS
from tests.pipeline.topic_checks import (
    AGENCY,
    DATA,
    assert_remark_reads_in_letter,
    standard_topic_tests,
)

# (topic, title, description, domains, kind): the post's main subject, with a side tool it also names
WITH = [
    ("large_files", "Python + React developer for large-file parsing", ("Our platform ingests XML files of 2 GB from "
     "tax offices and runs validation rules on every record. Build streaming XML parsers and the rules engine; the "
     "React front end shows the results."), AGENCY, "webapp"),
    ("report_embed", "Embed dashboards in our customer portal", ("We want to embed the Power BI dashboards in our "
     "customer portal so each client sees their own figures. The dashboards inside the portal must keep their "
     "filters."), DATA, "dashboard"),
    ("store_apps", "Shopify store: Klaviyo and Judge.me integration", ("Connect Klaviyo and Judge.me to our Shopify "
     "store, set up the abandoned cart and review request flows and make the apps work together."), AGENCY,
     "store"),
    ("pseudonymise", "Tokenization and de-identification of patient records", ("Write a Python module that tokenizes "
     "patient identifiers and de-identifies our health records before they go to researchers. HIPAA applies."),
     AGENCY, "pipeline"),
    ("factor_analysis", "Factor analysis of our employee engagement scale", ("Run an exploratory and a confirmatory "
     "factor analysis on the 30 items of our engagement scale, compare the factor models and report the fit indices "
     "and loadings."), DATA, "analysis"),
    ("commissions", "Commission tracking spreadsheet for our sales team", ("Build a commission tracking sheet: agent "
     "commissions by product, splits between agents and chargebacks when a customer cancels."), DATA,
     "spreadsheet"),
    ("uat", "Business analyst for user acceptance testing", ("Plan and run user acceptance testing of our new billing "
     "system with the finance team; write the UAT scripts and track defects."), DATA, "general"),
    ("install_attribution", "Non-organic installs analysis", ("Analyse our non-organic installs from paid campaigns "
     "using AppsFlyer data and explain the gap with the app store downloads."), DATA, "analysis"),
    ("cloudflare_block", "Script blocked by Cloudflare", ("Our Python script reads a partner's API; from our cloud "
     "server Cloudflare blocks every request with a 403, from a laptop it works."), AGENCY, "automation"),
    ("pose_tracking", "Squat counter with MediaPipe", ("Build a web app that uses MediaPipe pose estimation on the "
     "webcam to count squats and flag a bent back."), AGENCY, "webapp"),
    ("categorise_list", "Categorise our supplier list", ("Categorize 12,000 supplier records by product category and "
     "chart the spend in each category."), DATA, "dashboard"),
]

# the trigger's word in passing, without the concern, or in a kind of work the sentence does not fit
WITHOUT = [
    ("large_files", "Upload large files to S3", ("Our web app times out when users upload large files. Fix the "
     "upload form."), AGENCY, "webapp"),
    ("report_embed", "Power BI dashboard for sales", ("Build a Power BI dashboard for our sales data; we will share "
     "the dashboards with managers by email."), DATA, "dashboard"),
    ("store_apps", "Klaviyo email copy", ("Write five Klaviyo emails for our skincare brand. Klaviyo templates are "
     "ready."), AGENCY, "copy"),
    ("pseudonymise", "Password hashing for our login", ("Hashing: update the hashing of passwords in our Node.js "
     "login to bcrypt; hashing must be tested."), AGENCY, "webapp"),
    ("factor_analysis", "CFA charterholder for equity research", ("CFA charterholder wanted to review our equity "
     "research models. CFA level 3 or above."), DATA, "analysis"),
    ("commissions", "Commission a logo", "We want to commission a logo and brand colours for our bakery.", AGENCY,
     "copy"),
    ("uat", "React developer", ("Build the React screens for our dashboard. You will join UAT at the end, after the "
     "build is done."), AGENCY, "webapp"),
    ("install_attribution", "Mobile attribution article", ("Write an article about mobile attribution for our "
     "blog."), DATA, "copy"),
    ("cloudflare_block", "Move our DNS to Cloudflare", ("Move our domain's DNS to Cloudflare and set up caching for the "
     "Cloudflare CDN."), AGENCY, "webapp"),
    ("pose_tracking", "Fitness studio website", ("Build a website for our fitness studio with class times and a "
     "contact form; we teach motion tracking basics in one class."), AGENCY, "website"),
    ("categorise_list", "Sales dashboard by product category", ("Build a dashboard of monthly sales by product "
     "category for our shop."), DATA, "dashboard"),
]


(test_every_topic_is_registered_with_its_kinds_and_has_both_cases, test_each_insight_is_one_first_person_sentence,
 test_a_post_with_the_subject_and_its_concern_gets_the_remark, test_a_near_miss_gets_no_remark) = standard_topic_tests(
    CORE_TOPICS, CORE_KINDS, WITH, WITHOUT)


DATA_LETTERS = [c for c in WITH if c[0] in {"factor_analysis", "commissions", "install_attribution"}]
DEMO_LETTERS = [c for c in WITH if c[0] in {"large_files", "store_apps"}]


@pytest.mark.parametrize("topic, title, desc, domains, kind", DATA_LETTERS, ids=[c[0] for c in DATA_LETTERS])
def test_the_remark_reads_grounded_and_fluent_in_a_data_letter(db, topic, title, desc, domains, kind):
    assert_remark_reads_in_letter(topic, title, desc, WS["data"])


@pytest.mark.parametrize("topic, title, desc, domains, kind", DEMO_LETTERS, ids=[c[0] for c in DEMO_LETTERS])
def test_the_remark_reads_grounded_and_fluent_in_a_demo_letter(db, topic, title, desc, domains, kind):
    assert_remark_reads_in_letter(topic, title, desc, load_workspace(DEMO_WORKSPACE))


def test_the_table_order_only_breaks_ties():
    from service.drafting.topic_table import TOPICS
    from service.drafting.work_kinds import TOPIC_TIE_STEP

    assert len(TOPICS) * TOPIC_TIE_STEP < 0.5  # less than half a mention between the first topic and the last
