"""Know-how on the subject of the data, on a few development tools and integrations (``topic_subjects``), and the
plan lines on duties that recur in role posts (``item_know_how``), on team-written posts: each fires on the work it
speaks to and stays out of posts that only name its word."""
from __future__ import annotations

import pytest

from service.drafting.item_know_how import item_how
from service.drafting.work_kinds import find_topic, second_topic

DEV, DATA = frozenset({"dev", "shop"}), frozenset({"data"})

FIRES = [
    ("Sales analysis for our wholesale business", "Analyse two years of sales data by region and product and tell "
     "us where growth is coming from.", DATA, "analysis", "sales_data"),
    ("Turn our survey analysis into a presentation", "We have the survey results analysed and need the findings "
     "turned into a 12-slide PowerPoint presentation for the board.", DATA, "analysis", "findings_deck"),
    ("Email campaign performance review", "Review the open rates and clicks of our last 40 newsletters and give "
     "recommendations for the next quarter.", DATA, "analysis", "email_metrics"),
    ("Literature review on remote work and productivity", "Conduct a literature review of studies since 2015 on "
     "remote work and productivity and summarise the findings.", DATA, "research", "literature_review"),
    ("Analyse student attendance and grades", "Analyze our student attendance data against end-of-year grades for "
     "three schools and report the patterns.", DATA, "analysis", "student_data"),
    ("Energy consumption dashboard", "Build a dashboard of energy consumption from our smart meters across 14 sites, "
     "with kWh per site per month.", DATA, "dashboard", "energy_data"),
    ("Census data analysis by county", "Pull census data for every county in Ohio and analyze income and commuting "
     "patterns.", DATA, "analysis", "public_data"),
    ("Procurement spend analysis", "Run a spend analysis of our last 18 months of purchase orders and group the "
     "spend by supplier and category.", DATA, "analysis", "spend_data"),
    ("Supply chain analyst", "Analyze supplier lead times and order history to improve our inventory planning.", DATA,
     "analysis", "supply_chain"),
    ("SEO traffic drop analysis", "Our clicks in Google Search Console fell 30% since March. Analyze the data by page "
     "and query and tell us why.", DATA, "analysis", "search_console"),
    ("Recruiting funnel dashboard", "Build a dashboard of our recruiting funnel: time to hire, stage conversion and "
     "offers accepted by role.", DATA, "dashboard", "recruiting_data"),
    ("YouTube channel analysis", "Analyze our YouTube channel data for the last 12 months and tell us which videos "
     "hold viewers and why our views dropped.", DATA, "analysis", "youtube_analytics"),
    ("Portfolio performance report", "Build a monthly report of portfolio performance for our clients, with returns by "
     "asset class.", DATA, "dashboard", "portfolio_returns"),
    ("Analyse our pre-election poll", "Analyze our poll of 1,200 voters: weight the sample and give the vote shares by "
     "region.", DATA, "analysis", "polling_data"),
    ("Climate data analysis", "Analyze 40 years of temperature data from 25 weather stations and report the trend per "
     "region.", DATA, "analysis", "weather_data"),
    ("Neo4j developer for a product knowledge graph", "Design the Neo4j graph model for our product catalogue and "
     "write the Cypher queries for recommendations.", DEV, "database", "graph_db"),
    ("GraphQL API for our booking app", "Build a GraphQL API with Apollo Server on top of our PostgreSQL database for "
     "the mobile app.", DEV, "api", "graphql_api"),
    ("ShipStation integration", "Connect our custom order system to ShipStation so shipping labels are created "
     "automatically for each paid order.", DEV, "api", "shipping_api"),
    ("DocuSign integration for our CRM", "When a deal is won, send the contract through DocuSign and update the deal "
     "when it is signed.", DEV, "automation", "esign"),
    ("Slack bot for stand-ups", "Build a Slack bot that asks each team member three questions every morning and posts "
     "the answers to a channel.", DEV, "automation", "slack_app"),
    ("Automate client folders", "Use the Google Drive API to create a folder per new client and share it with the "
     "client's e-mail.", DEV, "automation", "google_apis"),
    ("Nightly file import", "Our supplier drops a CSV on our SFTP server every night; load it into PostgreSQL and "
     "flag rows that fail validation.", DEV, "pipeline", "sftp_files"),
    ("Instagram auto-posting", "Build a tool that schedules and publishes posts to our clients' accounts through the "
     "Instagram Graph API.", DEV, "webapp", "social_api"),
    ("Zendesk integration", "Integrate Zendesk with our order system so agents see the customer's orders and a "
     "refund can be started from the ticket.", DEV, "api", "helpdesk"),
    ("Strapi developer for our marketing site", "Set up Strapi as the headless CMS for our Next.js marketing site, "
     "with blog posts, case studies and team pages.", DEV, "website", "headless_cms"),
    ("HR analytics: employee turnover", "Analyze our employee turnover for the last three years by department and "
     "tenure and report what drives people to leave.", DATA, "analysis", "staff_turnover"),
    ("Checkout funnel analysis", "Analyze our checkout funnel in GA4 and tell us where users drop off and why the "
     "conversion rate fell in May.", DATA, "analysis", "funnel"),
    ("Monthly budget vs actual report", "Build a monthly budget vs actual report in Excel from our QuickBooks exports, "
     "with a short commentary on each variance.", DATA, "dashboard", "budget_variance"),
    ("Credit scoring model", "Build a credit scoring model that predicts loan defaults from our application data "
     "(40,000 loans, 2019-2024).", DATA, "analysis", "credit_risk"),
    ("Customer support dashboard", "Create a dashboard of our support ticket metrics from Zendesk: volume, first "
     "response time and resolution time by agent.", DATA, "dashboard", "support_metrics"),
    ("Product performance analysis for our store", "Analyze product performance across our 300 SKUs and tell us which "
     "products to push and which to drop.", DATA, "analysis", "product_performance"),
    ("QuickBooks integration", "Integrate our order system with QuickBooks Online so paid orders post as invoices "
     "automatically.", DEV, "api", "accounting_sync"),
    ("ClickUp automation setup", "Set up our ClickUp workspace: boards for sales and delivery, and automations that "
     "move tasks when a form is submitted.", DEV, "automation", "work_boards"),
    ("Invoice data extraction", "Automate the extraction of supplier invoices (PDF) into our accounting sheet: date, "
     "supplier, lines, tax and total.", DEV, "automation", "invoice_capture"),
    ("Power Automate flow for approvals", "Build a Power Automate flow that routes purchase requests from a SharePoint "
     "list to the right manager for approval.", DEV, "automation", "power_automate"),
    ("Scrape a competitor's catalog", "Scrape every product, price and image from a competitor's Shopify store into a "
     "spreadsheet, once a week.", DATA, "scraping", "shopify_scrape"),
    ("Get daily candles for 40 coins", "Collect the daily candlestick data (OHLCV) for 40 coins from TradingView charts "
     "for the last three years into CSV files.", DATA, "scraping", "chart_candles"),
]


def _remarks(title: str, desc: str, domains: frozenset[str], kind: str) -> set[str]:
    """The ids of the letter's first and second remark for the post."""
    topic = find_topic(title, desc, domains, kind)
    second = second_topic(title, desc, domains, kind, topic) if topic else None
    return {t.id for t in (topic, second) if t}


@pytest.mark.parametrize(("title", "desc", "domains", "kind", "expected"), FIRES, ids=[c[4] for c in FIRES])
def test_a_common_subject_gets_its_remark(title, desc, domains, kind, expected):
    assert expected in _remarks(title, desc, domains, kind)


QUIET = [
    # sales data to type in is not data to read
    ("Data entry of sales data", "Enter our sales data from paper order forms into Google Sheets, 300 forms a week.",
     DATA, "analysis", "sales_data"),
    # a pitch deck to design has no findings to state
    ("Pitch deck design", "Design an investor pitch deck presentation of 15 slides from our notes and the market "
     "analysis we already have.", DATA, "analysis", "findings_deck"),
    # the candidate's experience, not the post's graph
    ("Backend developer", "Build the REST API for our marketplace in Node.js. Experience with Neo4j, Redis or Kafka "
     "is a plus.", DEV, "api", "graph_db"),
    # a store's GraphQL API to call is no API to build
    ("Shopify app developer", "Build a Shopify app that reads orders through the Shopify GraphQL Admin API and "
     "syncs them to our ERP.", DEV, "api", "graphql_api"),
    # a project's lead time is no supplier data
    ("Supply chain dashboard in Power BI", "Build the dashboard; please state your lead time for the project.",
     DATA, "dashboard", "supply_chain"),
    # Slack as the team's chat is no Slack app to build
    ("React developer", "Build the dashboard screens of our React app. We communicate daily via Slack and work in "
     "two-week sprints.", DEV, "webapp", "slack_app"),
    # a website uploaded over FTP is no file feed
    ("Fix our WordPress site", "Fix the broken header on our WordPress site; you will get SFTP access to the site and "
     "the cPanel login.", DEV, "website", "sftp_files"),
    # an e-mail signature is no e-signature
    ("HTML email signature", "Design an HTML email signature for our 20 staff with logo and social links.", DEV,
     "general", "esign"),
    # an API polled for changes is no opinion poll
    ("Sync orders from our ERP", "Poll the ERP API every 5 minutes for new orders and report any that fail to sync.",
     DATA, "analysis", "polling_data"),
    # invoices to send to clients are billing, not documents to read
    ("Automate our invoicing", "Automate sending invoices to our clients every month from the CRM and chase the unpaid "
     "ones by e-mail.", DEV, "automation", "invoice_capture"),
    # the team's own tracker is no ClickUp work
    ("React developer", "Build the settings screens of our React app. We manage all tasks in ClickUp and meet twice a "
     "week to set up the next sprint.", DEV, "webapp", "work_boards"),
    # QuickBooks asked of the candidate
    ("Bookkeeping automation in Python", "Automate our bank reconciliation in Python. Experience with QuickBooks or Xero "
     "is a plus.", DEV, "automation", "accounting_sync"),
    # a sales funnel to build is marketing work, not figures to read
    ("ClickFunnels expert", "Build a sales funnel in ClickFunnels for our coaching offer, with a report of sign-ups.",
     DATA, "analysis", "funnel"),
    # a loan application form to build is no credit model
    ("Loan application portal", "Build a web portal where customers submit loan applications and upload documents.",
     DATA, "analysis", "credit_risk"),
    # turnover as a company's revenue ("annual turnover") is no staff turnover
    ("Financial analysis for a retailer", "Analyze our annual turnover and margins by store for the last five years.",
     DATA, "analysis", "staff_turnover"),
    # the client's own Shopify store, read through its admin API, is no scrape
    ("Export our Shopify products", "Extract all products and images from our Shopify store through the Shopify Admin "
     "API into a Google Sheet.", DATA, "scraping", "shopify_scrape"),
    # candles pulled from an exchange's API have their own remark
    ("Binance data collector", "Pull OHLCV candles from the Binance API for 40 pairs every hour into PostgreSQL.",
     DATA, "scraping", "chart_candles"),
    # "power" of a statistical test, not power consumption
    ("Power analysis for a trial", "Run a power analysis and sample size calculation for a two-arm trial.", DATA,
     "analysis", "energy_data"),
]


@pytest.mark.parametrize(("title", "desc", "domains", "kind", "absent"), QUIET, ids=[c[4] for c in QUIET])
def test_a_word_alone_does_not_bring_the_remark(title, desc, domains, kind, absent):
    assert absent not in _remarks(title, desc, domains, kind)


# ------------------------------------------------------------------ duties that recur in role posts (item_know_how)
DUTIES = [
    ("Provide guidance and mentorship to junior data analysts", "mentoring"),
    ("Evaluate and recommend new tools and technologies", "tool_choice"),
    ("Generate weekly reports for the sales team", "recurring_reports"),
    ("Present findings in a clear and actionable manner to stakeholders", "present_findings"),
    ("Analyze data to identify trends and provide actionable insights", "trends"),
    ("Test hypotheses using statistical significance tests", "significance"),
    ("Minimize or eliminate manual data entry", "manual_entry"),
    ("Identify discrepancies in data collection and suggest corrective actions", "discrepancies"),
    ("Gather business requirements from the finance team", "requirements"),
    ("Implement security best practices across our AWS accounts", "security_practice"),
    ("Design the database schema for orders and invoices", "schema"),
]


@pytest.mark.parametrize(("item", "expected"), DUTIES, ids=[d[1] for d in DUTIES])
def test_a_common_duty_gets_a_line_on_how(item, expected):
    found = item_how(item, set(), item)
    assert found is not None and found.id == expected, found


@pytest.mark.parametrize("item", [
    "Identify emerging platforms and trends for potential adoption",  # trends to adopt, not in figures
    "Analyze market trends and demand for group homes",
    "Train the model on our product images",  # a model, not people
    "Optimize ETL processes and data models for performance",  # a schema to speed up, not to design
])
def test_a_duty_word_alone_brings_no_line(item):
    found = item_how(item, set(), item)
    assert found is None or found.id not in {"trends", "mentoring", "schema"}, found


def test_images_or_candles_get_no_remark_on_record_fields():
    """"Confirm the exact fields with you on one sample record" was a tuning reader's worst sentence on an image scrape
    ("talks about 'fields' for an image download") and on candle data."""
    for title, desc in (("Product image scraping from a store", "Scrape all product images from a Shopify website and "
                         "save them in folders by collection."),
                        ("Trading data scraper", "Scrape candlestick data (OHLCV) from trading charts in Python.")):
        assert "scraping" not in _remarks(title, desc, DATA, "scraping"), title
    assert "scraping" in _remarks("Scrape business listings", "Scrape 5,000 business listings (name, phone, address) "
                                  "from a directory site into a spreadsheet.", DATA, "scraping")
