"""Know-how on tools and subjects common across the field (``topic_field``), on team-written posts: each remark
fires on the work it speaks to and stays out of posts that only name its word; none of them keeps a weaker remark
out when it is not the post's main subject (``Topic.veto``)."""
from __future__ import annotations

import pytest

from service.drafting.work_kinds import find_topic, second_topic

DEV, DATA = frozenset({"dev", "shop"}), frozenset({"data"})

FIRES = [
    ("Analyse our sales spreadsheet", "We have two years of sales in an Excel file and want insights on which regions "
     "and products are growing, with a short summary of the findings.", DATA, "analysis", "excel_analysis"),
    ("Data analysis in Python", "Analyse our customer data in Python (pandas) and tell us what drives repeat orders; "
     "a Jupyter notebook is fine as the deliverable.", DATA, "analysis", "python_analysis"),
    ("Statistics help", "Analysis of a survey-free clinical dataset in R: descriptive tables, two group comparisons "
     "and charts. The analysis should be done using R and delivered with the code.", DATA, "analysis", "r_analysis"),
    ("Correlations across our weekly series", "We track five weekly series and want the correlation of each pair, both "
     "for the raw series and for their trends over time.", DATA, "analysis", "trend_correlation"),
    ("Customer segmentation", "Build a customer segmentation from our order history so marketing can target each "
     "group differently.", DATA, "analysis", "segmentation"),
    ("Sentiment of product reviews", "We want the sentiment of 20,000 product reviews scored and summarised by "
     "product line.", DATA, "analysis", "sentiment"),
    ("Map our store catchments", "Geocode 3,000 customer addresses and build a GIS layer of store catchment areas "
     "for the analysis of overlap.", DATA, "analysis", "gis"),
    ("Analyse two years of financial statements", "Review the balance sheets and income statements of a small "
     "manufacturer and comment on liquidity and margins.", DATA, "analysis", "financial_statements"),
    ("Firebase app fixes", "Our Firebase app needs new Firestore collections for orders and a fix to the sign-in "
     "screen.", DEV, "webapp", "firebase"),
    ("Discord bot for order alerts", "Build a Discord bot that posts an alert in our staff channel for every new "
     "order and answers /status.", DEV, "automation", "chat_bot"),
    ("Extract data from supplier PDFs", "We receive 200 supplier invoices as PDFs each month and need the data from "
     "the PDFs extracted into a spreadsheet.", DEV, "automation", "pdf_extract"),
    ("Fine-tune a model for our support replies", "Fine-tune an OpenAI GPT model on our 2,000 past support replies so "
     "drafts match our tone.", DEV, "ai", "fine_tuning"),
    ("Call transcription", "Transcribe our recorded sales calls with a speech-to-text model and tag the objections.",
     DEV, "ai", "transcription"),
    ("Product recommendations", "Build a recommendation engine for our online shop that suggests products on the "
     "cart page.", DATA, "ml", "recommender"),
    ("Run Llama on our servers", "Deploy Llama 3 with Ollama on our own GPU server and expose it to our internal "
     "tools.", DEV, "ai", "open_models"),
    ("EDI maps for a new retailer", "Build and test the X12 850 and 856 maps for our new trading partner.", DEV,
     "automation", "edi"),
    ("Move our shop database to MySQL 8", "Migrate our MariaDB 10.3 database to MySQL 8 without downtime.", DEV,
     "database", "mysql_versions"),
    ("Stata analysis of a panel survey", "Run the analysis of our household panel in Stata: descriptive tables and "
     "two regressions, with the do-file.", DATA, "analysis", "stats_scripts"),
    ("Search for our job board", "Move our job board's search from MySQL LIKE queries to Elasticsearch with typo "
     "tolerance.", DEV, "webapp", "search_engine"),
    ("Fix our old PHP site", "Fix bugs in our legacy PHP 7 order system and upgrade it to PHP 8.", DEV, "webapp",
     "php_code"),
    ("NPS analysis", "Analyse our quarterly NPS results and the comments by customer segment.", DATA,
     "analysis", "nps"),
    ("Delivery route planning", "Build a route optimization model for our 12 vans with time windows, using OR-Tools.",
     DATA, "analysis", "optimisation"),
    ("Accessibility fixes for our site", "Bring our marketing site up to WCAG 2.1 AA: contrast, labels and keyboard "
     "navigation.", DEV, "website", "accessibility"),
    ("Video calls in our tutoring app", "Add one-to-one video calls with WebRTC to our tutoring web app.", DEV,
     "webapp", "video_calls"),
    ("Survival analysis for a cohort study", "Run a Kaplan-Meier and Cox regression analysis of our patient cohort "
     "and write up the results.", DATA, "analysis", "survival"),
    ("Meta-analysis of exercise trials", "Help with a meta-analysis of 30 randomised trials on exercise and sleep.",
     DATA, "analysis", "meta_analysis"),
    ("Laravel developer for our booking app", "Add a waiting list and reminder emails to our Laravel booking app.",
     DEV, "webapp", "laravel"),
]


@pytest.mark.parametrize(("title", "desc", "domains", "kind", "expected"), FIRES, ids=[c[4] for c in FIRES])
def test_a_common_subject_gets_its_remark(title, desc, domains, kind, expected):
    topic = find_topic(title, desc, domains, kind)
    assert topic is not None and topic.id == expected, topic


QUIET = [
    # Excel named for a workbook to build: the Excel remark on the workbook speaks, not the analysis one
    ("Build an Excel tracker", "Build an Excel workbook that tracks our stock with formulas and a VBA button; it "
     "should also show trends.", DATA, "analysis", "excel_analysis"),
    # correlations between categories, in a post that speaks of trends elsewhere, are no time series
    ("Pipeline analysis", "Identify any correlations between product type, deal size and conversion. Separately, "
     "report the main trends in win rates.", DATA, "analysis", "trend_correlation"),
    # a PDF to produce is no PDF to read
    ("Invoice generator", "Build a script that generates a PDF invoice for every order and extracts nothing.",
     DEV, "automation", "pdf_extract"),
    # a tracker the team merely uses is not the work
    ("React developer", "Build the new settings screens in React. We track tasks in Jira and meet weekly.",
     DEV, "webapp", "work_trackers"),
    # the candidate's skill, not the job's data
    ("Junior analyst", "Prepare our weekly sales summary. Ability to work with large datasets is a must.",
     DATA, "analysis", "large_dataset"),
    # a vision model to fine-tune gets no advice about prompts
    ("Fine-tune our image classifier", "Fine-tune a ResNet image classifier on 5,000 labelled photos of defects.",
     DATA, "ml", "fine_tuning"),
    # a text-to-speech API to call is no voice to train
    ("Voice agent", "Build a phone voice agent that uses a text-to-speech API and books appointments.", DEV, "ai",
     "speech_synthesis"),
    ("Typist for interviews", "Manually transcribe 10 interviews; type up each recording word for word.", DATA,
     "general", "transcription"),
    # "EDI" as a word in passing, with nothing to map
    ("Office assistant", "Answer supplier emails and update our price list. We may look at EDI next year.", DEV,
     "general", "edi"),
    # a WordPress site's page cache is not an application cache
    ("Speed up our WordPress site", "Our WordPress site is slow; set up Redis object caching and fix the Core Web "
     "Vitals.", DEV, "website", "caching"),
    # a Telegram bot that posts alerts answers nobody: no support-bot remark
    ("Telegram bot for price alerts", "Build a Telegram bot that sends an alert to our channel when a coin moves 5% in "
     "an hour. Users can subscribe to coins with /add.", DEV, "automation", "chatbot"),
    # a build to mend is no release to plan
    ("Electron build fails", "Debug the build errors in our Electron app; it stopped building after an update.",
     DEV, "webapp", "desktop_app"),
    ("Power analysis of a political struggle", "Write a power analysis of a documented conflict between two "
     "parties, using the course's taxonomies of power.", DATA, "analysis", "sample_size"),
    ("Discord community manager", "Moderate our Discord server and welcome new members every day.", DEV, "general",
     "chat_bot"),
]


@pytest.mark.parametrize(("title", "desc", "domains", "kind", "absent"), QUIET, ids=[c[4] for c in QUIET])
def test_a_word_alone_does_not_bring_the_remark(title, desc, domains, kind, absent):
    topic = find_topic(title, desc, domains, kind)
    assert topic is None or topic.id != absent, topic


def test_a_side_feature_does_not_keep_the_main_remark_out():
    """An SMS feature in the title of an AI chat build is no main subject that vetoes the chatbot remark."""
    title = "AI chatbot with missed-call SMS replies"
    desc = ("Build an AI chatbot for our salon's website that answers questions about prices and bookings. "
            "When a call is missed, the customer gets an SMS with a link to the chat.")
    first = find_topic(title, desc, DEV, "ai")
    ids = {first.id} | ({s.id} if (s := second_topic(title, desc, DEV, "ai", first)) else set())
    assert "chatbot" in ids, ids


def test_a_named_tool_is_written_as_the_tool_is_spelled():
    topic = find_topic("Vue.js developer", "Build the customer portal screens in vuejs with our designer.", DEV,
                       "webapp")
    assert topic is not None and topic.insight.startswith("In Vue.js I would"), topic
