"""The dev and shop topics (service/drafting/topic_dev.py) and the three kinds widened for issue 14 (a trading bot
classified as AI work, a dashboard fed by scraped sites; a Shopify build classified as a web app gets the Shopify
build remark, not the store owner's theme-or-app remark). Each topic fires on a post that names its trigger and
shows its concern, not where ``needs``/``unless`` or the kind of work rule it out, and reads as one grounded, fluent
sentence in a drafted letter. Team-written posts."""
from __future__ import annotations

import pytest

from service.core.config import DEMO_WORKSPACE
from service.core.workspace import load_workspace
from service.drafting.topic_dev import DEV_KINDS, DEV_TOPICS
from service.drafting.topic_table import TOPIC_KINDS
from service.drafting.work_kinds import find_topic
from tests.pipeline.topic_checks import (
    AGENCY,
    DATA,
    DEV,
    assert_one_first_person_sentence,
    assert_registered,
    assert_remark_reads_in_letter,
    topic_id,
)

_id = topic_id


# ------------------------------------------------------------------ the three gaps
def test_a_trading_bot_classified_as_ai_work_gets_the_back_test_remark():
    t = find_topic("AI trading bot for crypto", "Build an AI trading bot that uses a model to predict prices and "
                   "places orders on Binance. The trading bot needs risk limits.", DATA | DEV, "ai")
    assert _id(t) == "trading"


def test_a_dashboard_fed_by_scraping_gets_the_scraping_remark():
    t = find_topic("Dashboard of competitor prices", "Scrape prices from six competitor websites every day and show "
                   "them in a dashboard. Scraping must handle pagination.", DATA | DEV, "dashboard")
    assert _id(t) == "scraping"


def test_a_shopify_build_in_a_web_app_letter_gets_the_build_remark_not_the_theme_one():
    title, desc = "React developer for Shopify cart", ("Customise our Shopify cart with upsells and discount logic "
                                                      "using the Shopify APIs and React.")
    assert _id(find_topic(title, desc, AGENCY, "webapp")) == "shopify_dev"
    assert "webapp" not in TOPIC_KINDS["shopify"]  # 'a theme change or an app' is beside the point for a build
    assert _id(find_topic(title, desc, AGENCY, "store")) == "shopify"  # a store letter keeps the store remark


# ------------------------------------------------------------------ the new topics
# (topic, title, description, domains, kind): the post names the trigger and the concern
WITH = [
    ("supabase", "Full-stack developer for our Supabase app", ("Our app runs on Supabase. Fix the sign-up flow and add "
     "team accounts to the Supabase database."), AGENCY, "webapp"),
    ("django", "Django developer for our booking web app", ("Add a waiting list and email reminders to our Django web "
     "app for a climbing gym."), AGENCY, "webapp"),
    ("webflow", "Webflow developer for our marketing site", ("Build four new pages on our Webflow site and tidy up the "
     "existing Webflow design."), AGENCY, "website"),
    ("magento", "Magento developer for a furniture shop", ("Add a delivery date picker to the checkout of our Magento "
     "store and fix the Magento product filters."), AGENCY, "store"),
    ("odoo", "Odoo developer for custom invoice layout", ("Customise the Odoo invoice report and add a field to Odoo "
     "sales orders."), AGENCY, "automation"),
    ("salesforce_admin", "Salesforce admin for our sales team", ("We need a Salesforce admin to build two Salesforce "
     "flows and clean up page layouts."), AGENCY, "general"),
    ("gohighlevel", "GoHighLevel expert for a dental clinic", ("Build GoHighLevel workflows for appointment reminders "
     "and a follow-up SMS sequence."), AGENCY, "automation"),
    ("shopify_dev", "Shopify developer for a custom cart", ("Build upsell blocks and a gift note in our Shopify cart "
     "using the Shopify API."), AGENCY, "webapp"),
    ("mvp", "Build the MVP of a dog-walking marketplace web app", ("We want an MVP web app where owners book walkers. "
     "The MVP needs sign-up and payments."), AGENCY, "webapp"),
    ("offline_first", "Offline-first field inspection app", ("Inspectors work without internet on site. Make our app "
     "offline-first so inspections sync later."), AGENCY, "mobile"),
    ("arabic_site", "Website in Arabic and English", ("Build a company website in Arabic and English for a logistics "
     "firm in Riyadh. Arabic is the main language."), AGENCY, "website"),
    ("pentest", "Penetration test of our SaaS", ("We need a penetration test of our web app and API before a customer "
     "audit. Pentest report required."), AGENCY, "review"),
    ("browser_automation", "Selenium automation for supplier portal", ("Write a Selenium script that logs into our "
     "supplier portal and downloads new invoices each morning. Selenium automation must be reliable."), AGENCY,
     "automation"),
    ("whatsapp_api", "WhatsApp follow-up system for a gym", ("Set up WhatsApp reminders and follow-ups for trial "
     "members using the WhatsApp Business API."), AGENCY, "automation"),
    ("game_engine", "Unreal Engine developer for a racing game", ("Add a lap timer and a garage menu to our racing game "
     "in Unreal Engine 5."), AGENCY, "general"),
    ("image_gen", "Stable Diffusion artist for product images", ("Use Stable Diffusion to generate lifestyle images "
     "of our candles in different rooms."), AGENCY, "ai"),
    ("voice_agent", "AI voice agent for inbound calls", ("Set up an AI voice agent that answers inbound calls for our "
     "plumbing company and books jobs."), AGENCY, "ai"),
    ("prompt_eval", "Prompt engineer for our support replies", ("We need prompt engineering for the replies our tool "
     "drafts for support tickets. Prompt engineer should measure quality."), AGENCY, "ai"),
    ("ai_adoption", "AI consultant for a law firm", ("We want an AI consultant to find opportunities to bring AI into "
     "our business processes, from intake to billing."), AGENCY, "ai"),
    ("ux_design", "UI/UX designer for a budgeting app", ("Design the screens of our budgeting app from wireframes to "
     "a clickable prototype. UI/UX designer needed."), AGENCY, "mobile"),
]

# the trigger without the concern, or in a kind of work the sentence does not fit
WITHOUT = [
    ("supabase", "Copy for our Supabase tutorial", ("Write three blog posts about Supabase for beginners. Supabase "
     "features in each."), AGENCY, "copy"),
    ("django", "Django developer for our app", ("Django app on Docker: move it to Kubernetes. Django settings "
     "included."), AGENCY, "webapp"),
    ("webflow", "Webflow", "Webflow: write the SEO titles for our blog. Webflow access given.", AGENCY, "copy"),
    ("magento", "Magento product data", "Magento: enter 300 products. Magento admin access given.", AGENCY,
     "analysis"),
    ("odoo", "Odoo sales report", "Odoo data: analyse last year's sales from Odoo exports.", DATA, "analysis"),
    ("salesforce_admin", "Salesforce admin dashboards", ("Salesforce admin to build reports; Salesforce admin "
     "access given."), AGENCY, "copy"),
    ("gohighlevel", "GoHighLevel with Zapier", ("Connect GoHighLevel to our forms with Zapier workflows. GHL "
     "account ready."), AGENCY, "automation"),
    ("shopify_dev", "Shopify store theme", "Shopify: change the colours and fonts of our Shopify theme.", AGENCY,
     "webapp"),
    ("mvp", "MVP pitch deck copy", "Write the copy for the pitch deck of our MVP. MVP is live.", AGENCY, "copy"),
    ("offline_first", "Offline mode", "Offline mode for our dashboard charts; offline mode exports to PDF.", DATA,
     "dashboard"),
    ("arabic_site", "Arabic translator", "Translate our English website into Arabic. Arabic native speaker.",
     AGENCY, "website"),
    ("pentest", "Pentest report copy", "Write a blog article about what a pentest is. Pentest basics.", AGENCY,
     "copy"),
    ("browser_automation", "Selenium scraper", "Selenium: collect prices from a shop. Selenium access.", AGENCY,
     "scraping"),
    ("whatsapp_api", "WhatsApp support", "Answer customer questions on WhatsApp for our shop. WhatsApp chats.",
     AGENCY, "automation"),
    ("game_engine", "Unity poker bots", "Improve the bots in our Unity poker game. Unity C# code.", AGENCY, "ai"),
    ("image_gen", "Midjourney prompts", "Midjourney: write a guide to Midjourney settings.", AGENCY, "copy"),
    ("voice_agent", "AI voice agent with AI agents", ("Build an AI voice agent for calls using our AI agents "
     "framework. AI voice calls inbound."), AGENCY, "ai"),
    ("prompt_eval", "Prompt engineer for ChatGPT", ("Prompt engineer to improve our ChatGPT prompts. Prompt "
     "engineering with OpenAI."), AGENCY, "ai"),
    ("ai_adoption", "AI integration for video", ("AI integration: add AI video creation to our marketing platform. "
     "AI integration to improve marketing strategies."), AGENCY, "ai"),
    ("ux_design", "UI/UX designer for our brand", "UI/UX designer for a logo and brand kit with mockups.", AGENCY,
     "mobile"),
]


def test_every_dev_topic_is_registered_with_its_kinds_and_has_both_cases():
    assert_registered(DEV_TOPICS, DEV_KINDS, WITH, WITHOUT)


@pytest.mark.parametrize("topic", DEV_TOPICS, ids=[t.id for t in DEV_TOPICS])
def test_each_insight_is_one_first_person_sentence(topic):
    assert_one_first_person_sentence(topic.insight)


@pytest.mark.parametrize("topic, title, desc, domains, kind", WITH, ids=[c[0] for c in WITH])
def test_a_post_with_the_trigger_and_its_concern_gets_the_remark(topic, title, desc, domains, kind):
    assert _id(find_topic(title, desc, domains, kind)) == topic


@pytest.mark.parametrize("topic, title, desc, domains, kind", WITHOUT, ids=[c[0] for c in WITHOUT])
def test_the_trigger_without_its_concern_or_kind_gets_no_remark(topic, title, desc, domains, kind):
    assert _id(find_topic(title, desc, domains, kind)) != topic


LETTERS = [c for c in WITH if c[0] in {"supabase", "mvp", "pentest", "image_gen", "offline_first", "ai_adoption"}]


@pytest.mark.parametrize("topic, title, desc, domains, kind", LETTERS, ids=[c[0] for c in LETTERS])
def test_the_remark_reads_grounded_and_fluent_in_a_demo_letter(db, topic, title, desc, domains, kind):
    assert_remark_reads_in_letter(topic, title, desc, load_workspace(DEMO_WORKSPACE))
