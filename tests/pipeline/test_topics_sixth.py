"""The sixth set of topics (service/drafting/topic_sixth.py): specific technical subjects of posts that had no
know-how remark (billing codes, exchange market data, eBay compatibility, ServiceNow PA, DTI, MMUCC, colour readings,
match video, prediction markets, omics, product sourcing, marketplace payouts, merging collected records, outside
events in sales, document versions). Each fires on a post that names its trigger and shows its concern, not where
``needs``/``unless`` or the kind of work rule it out, and reads as one grounded, fluent sentence in a drafted letter.
Team-written posts."""
from __future__ import annotations

import pytest

from service.core.config import DEMO_WORKSPACE
from service.core.workspace import load_workspace
from service.drafting.topic_sixth import SIXTH_KINDS, SIXTH_TOPICS
from tests.pipeline.test_topics_more import WS
from tests.pipeline.topic_checks import (
    AGENCY,
    DATA,
    assert_remark_reads_in_letter,
    standard_topic_tests,
)

# (topic, title, description, domains, kind): the post names the trigger and the concern
WITH = [
    ("fee_schedule", "Clinic revenue report by CPT code", ("Build a report of visits per doctor and the revenue from "
     "the CPT codes billed each month. CPT codes have set prices."), DATA, "dashboard"),
    ("market_candles", "Pull crypto market data for analysis", ("Pull hourly crypto market data from the Binance API "
     "and compute the odds of a 5% move within a day."), DATA, "analysis"),
    ("ebay_fitment", "eBay car parts listings with compatibility", ("List 200 used car parts on eBay with the right "
     "vehicle compatibility for each part. eBay listings must show the engine codes."), AGENCY, "spreadsheet"),
    ("servicenow_pa", "ServiceNow Performance Analytics dashboards", ("Set up indicators and dashboards in ServiceNow "
     "Performance Analytics for our IT service desk."), DATA, "general"),
    ("dti", "DTI analyst for mortgage files", ("Review borrower income and debts and calculate the DTI ratio for each "
     "mortgage loan file."), DATA, "analysis"),
    ("crash_standard", "MMUCC crash data review", ("Compare the crash reports of five states with the MMUCC guideline "
     "and list what each state's crash data is missing."), DATA, "analysis"),
    ("colour_signal", "Colour detection from test strips", ("Analyse colour signals from photos of test strips and "
     "propose an algorithm for colour detection."), DATA, "analysis"),
    ("match_video", "Video analysis of a football match", ("Watch our match video and produce player and team "
     "statistics. Video analysis of passes and tackles."), DATA, "analysis"),
    ("prediction_markets", "Polymarket research analyst", ("Research markets on Polymarket and find mispriced "
     "outcomes. Polymarket experience helps."), DATA, "analysis"),
    ("omics", "Statistics for microbiome and metabolomics data", ("Explore how the gut microbiome relates to "
     "metabolomics data from 60 patients. Microbiome counts per sample are ready."), DATA, "analysis"),
    ("product_sourcing", "Product sourcing for our Shopify pet store", ("Find winning products on AliExpress, vet "
     "suppliers and add them to the store. Product sourcing every week."), AGENCY, "storeops"),
    ("marketplace_payouts", "Marketplace web app for cleaners", ("Build a marketplace web app where homeowners book "
     "cleaners and pay in the app; the marketplace keeps a commission and sends payouts to cleaners."), AGENCY,
     "webapp"),
    ("record_merge", "Merge and deduplicate scraped company records", ("Collect clinic addresses from websites, keep "
     "the source URL for each, then merge and deduplicate them with our existing database."), AGENCY, "api"),
    ("outside_events", "Sales trends for our bakery chain", ("Chart monthly sales per shop, check for seasonal "
     "patterns and see whether external events such as a heatwave changed sales."), DATA, "analysis"),
    ("document_versions", "Python script to file our tender documents", ("Automate sorting the tender files we "
     "receive by email into folders: drop duplicate submissions and keep only the latest version of each file."),
     AGENCY, "automation"),
]

# the trigger without the concern, or in a kind of work the sentence does not fit
WITHOUT = [
    ("fee_schedule", "Copy on medical billing", "Write a blog post about medical billing for clinics.", DATA, "copy"),
    ("market_candles", "Financial data analyst", ("Analyse our financial data from QuickBooks and the bank API each "
     "month."), DATA, "analysis"),
    ("ebay_fitment", "eBay listings for vintage clothes", ("List 100 vintage dresses on eBay with good titles. eBay "
     "photos provided."), AGENCY, "storeops"),
    ("servicenow_pa", "ServiceNow developer", "ServiceNow: build a catalog item form in ServiceNow.", AGENCY,
     "general"),
    ("dti", "DTI", "DTI: enter the DTI course results into our sheet for the school.", DATA, "analysis"),
    ("crash_standard", "Crash data dashboard", ("Crash data: chart crashes per county from our crash data file."),
     DATA, "analysis"),
    ("colour_signal", "Colour detection copy", "Write a product page about our colour detection sensor.", DATA,
     "copy"),
    ("match_video", "Video analytics for a store", ("Video analytics: count shoppers entering our store from the "
     "camera. Video analysis of footfall."), DATA, "analysis"),
    ("prediction_markets", "Polymarket article", "Write an article about Polymarket for our blog.", DATA, "copy"),
    ("omics", "Microbiome blog posts", "Write blog posts about the microbiome and diet.", DATA, "copy"),
    ("product_sourcing", "AliExpress dispute", ("AliExpress: help me write a complaint about a late AliExpress "
     "order."), AGENCY, "copy"),
    ("marketplace_payouts", "Amazon marketplace seller payouts", ("Our Amazon marketplace payouts look wrong; "
     "reconcile the marketplace settlements."), AGENCY, "webapp"),
    ("record_merge", "Source URLs for citations", ("Add source URLs to the citations in our report. Source URLs must "
     "be checked."), AGENCY, "research"),
    ("outside_events", "Forecast with seasonality", ("Build a forecast of next year's sales with seasonality. "
     "Seasonality matters for demand planning."), DATA, "analysis"),
    ("document_versions", "Older versions of our app", ("Older versions of our app crash on login. Fix the latest "
     "version too."), AGENCY, "webapp"),
]


(test_every_topic_is_registered_with_its_kinds_and_has_both_cases, test_each_insight_is_one_first_person_sentence,
 test_a_post_with_the_subject_and_its_concern_gets_the_remark, test_a_near_miss_gets_no_remark) = standard_topic_tests(
    SIXTH_TOPICS, SIXTH_KINDS, WITH, WITHOUT)


LETTERS = [c for c in WITH if c[0] in {"fee_schedule", "omics", "dti", "outside_events"}]
DEMO_LETTERS = [c for c in WITH if c[0] in {"ebay_fitment", "marketplace_payouts", "document_versions"}]


@pytest.mark.parametrize("topic, title, desc, domains, kind", LETTERS, ids=[c[0] for c in LETTERS])
def test_the_remark_reads_grounded_and_fluent_in_a_data_letter(db, topic, title, desc, domains, kind):
    assert_remark_reads_in_letter(topic, title, desc, WS["data"])


@pytest.mark.parametrize("topic, title, desc, domains, kind", DEMO_LETTERS, ids=[c[0] for c in DEMO_LETTERS])
def test_the_remark_reads_grounded_and_fluent_in_a_demo_letter(db, topic, title, desc, domains, kind):
    assert_remark_reads_in_letter(topic, title, desc, load_workspace(DEMO_WORKSPACE))
