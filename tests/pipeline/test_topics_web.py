"""The web set of topics (service/drafting/topic_web.py): pitfalls of recurring developer builds (webhooks, two-way
syncs, crawl queues, CAPTCHAs, daily scrapers, image collections, social platforms, in-app purchases, WooCommerce
checkout and plugins, theme sections, configurators, voice hand-off, multi-tenant apps, bookings, OAuth, large
uploads). Each fires on a post that names its subject and concern, also over the broader topic of the same tool
(``scraping``, ``nocode``, ``mobile``, ``wordpress``, ``shopify``), not where ``needs``/``unless`` or the kind of work
rule it out, and reads as one grounded, fluent sentence in a drafted letter. Team-written posts."""
from __future__ import annotations

import pytest

from service.core.config import DEMO_WORKSPACE
from service.core.workspace import load_workspace
from service.drafting.topic_web import WEB_KINDS, WEB_TOPICS
from service.drafting.work_kinds import find_topic
from tests.pipeline.test_topics_more import WS
from tests.pipeline.topic_checks import (
    AGENCY,
    assert_remark_reads_in_letter,
    standard_topic_tests,
    topic_id,
)

# (topic, title, description, domains, kind): the post names the subject and the concern
WITH = [
    ("webhook_events", "Make.com webhook automation for our booking app", ("Our app sends a webhook to Make.com on "
     "every new order; build the scenario that receives the webhook and updates the CRM."), AGENCY, "automation"),
    ("two_way_sync", "n8n two-way sync between HubSpot and Airtable", ("Set up a two-way sync in n8n so contacts "
     "edited in either tool update the other. n8n is self-hosted."), AGENCY, "automation"),
    ("scrape_queue", "Scrape 20,000 product pages with pagination", ("Scrape all product pages of a retail site: the "
     "category grids use pagination and there are about 20,000 URLs to scrape."), AGENCY, "scraping"),
    ("scrape_blocking", "Scraper for a site with CAPTCHA", ("Build a Python scraper for a directory site that shows a "
     "CAPTCHA after a few pages. Scraping must run unattended."), AGENCY, "scraping"),
    ("scrape_daily", "Daily scraper for new court filings", ("Build a daily scraper that collects new filings from "
     "the county court site and writes them to our database."), AGENCY, "scraping"),
    ("scrape_images", "Scrape product images from a supplier site", ("Download all product images from our "
     "supplier's website with a scraper and name them by SKU."), AGENCY, "scraping"),
    ("social_scrape", "Instagram scraper for follower data", ("Build a scraper that collects public follower counts "
     "and bios from a list of Instagram accounts."), AGENCY, "scraping"),
    ("in_app_purchases", "Flutter app with in-app purchases", ("Add in-app purchases to our Flutter reading app for iOS and Android: a "
     "monthly subscription unlocks all stories."), AGENCY, "mobile"),
    ("woo_checkout", "WooCommerce custom checkout page", ("Build a custom checkout page for our WooCommerce store "
     "from the Figma design, with two extra checkout fields."), AGENCY, "theme"),
    ("wp_plugin_custom", "WordPress developer to customize plugins", ("We need to customize the plugins on our "
     "WordPress site: the events plugin should show a second date."), AGENCY, "website"),
    ("new_store", "Build our new Shopify store", ("We are launching a skincare line and need a Shopify store built from "
     "scratch, with a subscription option and reviews."), AGENCY, "store"),
    ("store_fault", "Shopify add to cart not working", ("Our add to cart button stopped working on the product pages "
     "after we installed a reviews app. Nothing happens on click."), AGENCY, "theme"),
    ("theme_sections", "Shopify custom sections for our theme", ("Add custom sections to our Shopify theme that the "
     "team can arrange in the theme editor."), AGENCY, "theme"),
    ("product_configurator", "Product configurator for our Shopify store", ("Build a product configurator where "
     "buyers pick the fabric, size and engraving with a live preview."), AGENCY, "theme"),
    ("voice_handoff", "AI voice agent for inbound calls", ("Set up an AI voice agent with VAPI that answers our phone "
     "calls and books visits. The AI agent must sound natural."), AGENCY, "ai"),
    ("multi_tenant", "Multi-tenant SaaS platform backend", ("Build the backend of a multi-tenant SaaS platform where "
     "each client account sees only its own projects."), AGENCY, "webapp"),
    ("booking_slots", "Booking system for a yoga studio", ("Build a booking system where members see the free "
     "slots in each class and reserve a place."), AGENCY, "webapp"),
    ("oauth_tokens", "OAuth integration with Google Calendar", ("Users connect their Google calendars through OAuth "
     "and our app syncs their events every hour."), AGENCY, "api"),
    ("large_uploads", "Large file uploads for our video platform", ("Users upload large video files of up to 5 GB; "
     "the file uploads time out today."), AGENCY, "webapp"),
    # fresh pools of real posts (thirteenth session): subjects no topic named
    ("squarespace", "Squarespace developer to add a script", ("Add a small JavaScript effect from a CodePen to the "
     "home page of our Squarespace site, with our logo on top."), AGENCY, "website"),
    ("iot_sensors", "IoT dashboard for greenhouse sensors", ("Our greenhouse sensors send temperature and humidity "
     "readings; we need a dashboard and alerts when a value crosses its threshold."), AGENCY, "dashboard"),
    ("xml_schema", "Create XML dataset following specific schema", ("Convert our Excel rows into XML files that "
     "follow the regulator's XSD schema, for filing."), AGENCY, "import"),
    ("form_edits", "Web developer needed for editing of website form", ("Update the order form on our WordPress site "
     "with new text and drop down entries; the form gets sent to me as a submission."), AGENCY, "website"),
    ("product_upload", "E-commerce product upload", ("We need someone to upload our clothing products to our "
     "online store whenever a new collection arrives."), AGENCY, "store"),
    ("search_filters", "Improve search and filtering in our marketplace", ("Our users complain that search is slow; "
     "improve the search and the filters on the listings page."), AGENCY, "webapp"),
    ("hipaa_app", "HIPAA-compliant patient app", ("Build a patient-facing mobile app for our clinic: patients book "
     "visits and read their care notes, and it must be HIPAA compliant."), AGENCY, "mobile"),
    ("designs_to_code", "Convert our Figma designs into a web app", ("We have Figma designs for 12 screens of our "
     "web app; code them and connect them to our API."), AGENCY, "webapp"),
]

# the subject without the concern, a passing mention, or a kind of work the sentence does not fit
WITHOUT = [
    ("webhook_events", "Make.com automation specialist", ("Build Make.com scenarios for our agency. Skills: APIs, "
     "webhooks, Make.com, Airtable."), AGENCY, "automation"),
    ("two_way_sync", "Zapier expert for lead routing", ("Send new Typeform leads to HubSpot with Zapier. Zapier "
     "account is ready."), AGENCY, "automation"),
    ("scrape_queue", "Scrape one page of prices", ("Scrape the price table from one page of a supplier site into "
     "a CSV file."), AGENCY, "scraping"),
    ("scrape_blocking", "CAPTCHA on our contact form", ("Add a CAPTCHA to the contact form of our website; spam is "
     "getting through."), AGENCY, "website"),
    ("scrape_daily", "Data engineer for our pipelines", ("Daily monitoring of our ETL pipelines. Some experience "
     "with web scraping helps."), AGENCY, "pipeline"),
    ("scrape_images", "Content writer for a scrapbooking shop", ("Write photo captions and product pages for our "
     "scrapbooking shop."), AGENCY, "general"),
    ("social_scrape", "Instagram content manager", ("Plan and post our Instagram content each week and reply to "
     "comments."), AGENCY, "general"),
    ("in_app_purchases", "Flutter developer for a delivery app", ("Build the driver screens of our Flutter delivery "
     "app with live tracking."), AGENCY, "mobile"),
    ("woo_checkout", "WooCommerce store setup", ("Set up a WooCommerce store with 50 products and the shipping "
     "rates."), AGENCY, "store"),
    ("wp_plugin_custom", "WordPress custom plugin from scratch", ("Build a custom plugin for our WordPress site that "
     "shows a members directory."), AGENCY, "website"),
    ("new_store", "Shopify store speed", ("Our current Shopify store is slow since we added apps; make it faster."),
     AGENCY, "store"),
    ("store_fault", "Shopify cart drawer redesign", ("Redesign the cart drawer on our Shopify store with an upsell "
     "row and a free-shipping bar."), AGENCY, "theme"),
    ("theme_sections", "Shopify speed optimisation", ("Our Shopify store is slow; improve its speed score without "
     "removing sections."), AGENCY, "theme"),
    ("product_configurator", "Shopify theme speed", ("Make our Shopify theme faster and tidy the product options "
     "layout."), AGENCY, "theme"),
    ("voice_handoff", "AI agent for email triage", ("Build an AI agent that sorts our support emails and drafts "
     "replies."), AGENCY, "ai"),
    ("multi_tenant", "Pen test of our multi-tenant SaaS", ("Run a penetration test of our multi-tenant SaaS "
     "platform and report findings."), AGENCY, "webapp"),
    ("booking_slots", "Booking form copy", ("Write the copy for the booking page of our hotel website."), AGENCY,
     "copy"),
    ("oauth_tokens", "Backend developer (Java)", ("Java developer for our server. Nice to have: OAuth 2.0, Helm."),
     AGENCY, "api"),
    ("large_uploads", "Parse large files in our app", ("Our app parses large files of sensor readings; make the "
     "parsing faster."), AGENCY, "webapp"),
    ("squarespace", "Copy for our Squarespace site", ("Write the About and Services pages for our Squarespace "
     "site."), AGENCY, "copy"),
    ("iot_sensors", "Market report on the IoT industry", ("Research the IoT market in Europe and write a short "
     "report with the main players."), AGENCY, "research"),
    ("designs_to_code", "Design the screens of our new app", ("Design the app in Figma: wireframes and mockups for "
     "ten screens. No coding."), AGENCY, "webapp"),
    ("designs_to_code", "Workato integration specialist", ("Lead the design, development, and implementation of "
     "Workato integrations; the front end of our portal is coded in React."), AGENCY, "api"),
    ("designs_to_code", "UML diagrams", ("Create a wireframe, a database diagram and a system flow for our app; the "
     "front end will be coded later."), AGENCY, "webapp"),
    ("xml_schema", "Sitemap for our website", ("Generate an XML sitemap for our blog and submit it to Google."),
     AGENCY, "website"),
    ("form_edits", "Document scanning feature for our fleet app", ("Users edit scanned work orders: clicking the "
     "document highlights the matching fields in the form."), AGENCY, "webapp"),
    ("product_upload", "Amazon listing optimization", ("Rewrite our product listings on Amazon for SEO and better "
     "conversion."), AGENCY, "copy"),
    ("search_filters", "SEO for our cleaning business", ("Improve our search rankings and search visibility on "
     "Google with on-page SEO."), AGENCY, "website"),
    ("hipaa_app", "De-identify our claims export", ("Remove names and other identifiers from our HIPAA claims "
     "export before the analysis."), AGENCY, "analysis"),
    ("iot_sensors", "IoT-connected mobile app", ("Build an app that connects to our IoT device over WiFi, logs usage "
     "and shows the readings in charts."), AGENCY, "mobile"),
]


(test_every_topic_is_registered_with_its_kinds_and_has_both_cases, test_each_insight_is_one_first_person_sentence,
 test_a_post_with_the_subject_and_its_concern_gets_the_remark, test_a_near_miss_gets_no_remark) = standard_topic_tests(
    WEB_TOPICS, WEB_KINDS, WITH, WITHOUT)


def test_the_broader_topic_keeps_a_post_that_does_not_say_the_concern():
    """The broader remark on the same tool stays where the specific concern is not said."""
    assert topic_id(find_topic("Make.com automation specialist", "Build Make.com scenarios for our agency.", AGENCY,
                               "automation")) == "nocode"
    assert topic_id(find_topic("Web scraping of a supplier site", "Scrape the product table of a supplier site into "
                               "a CSV file.", AGENCY, "scraping")) == "scraping"


LETTERS = [c for c in WITH if c[0] in {"webhook_events", "scrape_daily", "in_app_purchases", "woo_checkout",
                                       "voice_handoff", "booking_slots", "squarespace", "designs_to_code"}]
DATA_LETTERS = [c for c in WITH if c[0] in {"scrape_images", "social_scrape"}]


@pytest.mark.parametrize("topic, title, desc, domains, kind", LETTERS, ids=[c[0] for c in LETTERS])
def test_the_remark_reads_grounded_and_fluent_in_a_demo_letter(db, topic, title, desc, domains, kind):
    assert_remark_reads_in_letter(topic, title, desc, load_workspace(DEMO_WORKSPACE))


@pytest.mark.parametrize("topic, title, desc, domains, kind", DATA_LETTERS, ids=[c[0] for c in DATA_LETTERS])
def test_the_remark_reads_grounded_and_fluent_in_a_data_letter(db, topic, title, desc, domains, kind):
    assert_remark_reads_in_letter(topic, title, desc, WS["data"])
