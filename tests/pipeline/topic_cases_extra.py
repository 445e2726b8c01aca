"""Cases for the third set of topics (service/drafting/topic_extra.py), for tools and problems common among tuning
posts in every workspace that still had no know-how remark; tests/pipeline/test_topics_more.py runs them with the
second set's. Team-written posts, modelled on shapes seen in tuning posts."""
from __future__ import annotations

DATA, DEV, COPY, SHOP = frozenset({"data"}), frozenset({"dev"}), frozenset({"copy"}), frozenset({"shop"})

# (topic, title, description, domains, kind, workspace): the post names the trigger and the concern
EXTRA_WITH = [
    ("mentoring", "Python mentor for a beginner",
     ("I want to learn Python from zero with a mentor: two sessions a week where a mentor guides me through small "
      "projects until I become confident."), DEV, "teaching", "dev"),
    ("site_audit", "Website audit for our online shop",
     ("Carry out a website audit of our online shop: navigation, product pages and speed, with recommendations we "
      "can hand to our developer."), DEV, "review", "dev"),
    ("data_modeling", "Database design for a membership system",
     ("We need a database design for our membership records: members, plans, payments and visits, with a data "
      "dictionary the team can read."), DATA, "database", "data"),
    ("inventory", "Keep our inventory in sync across sales channels",
     ("We sell on our own site and two marketplaces. The inventory counts do not match between the platforms and "
      "we oversell. Help us keep the inventory accurate."), DATA, "spreadsheet", "data"),
    ("data_entry", "Data entry from paper forms",
     ("Type 400 paper order forms into our spreadsheet. Data entry accuracy matters most: each data entry error "
      "costs us a wrong delivery."), DATA, "spreadsheet", "data"),
    ("messaging", "Messaging app for a sports club",
     ("Build a messaging app where club members can chat in groups. The messaging app needs real-time chat and "
      "read receipts."), DEV, "webapp", "dev"),
    ("messaging_latency", "Websocket server fix",
     ("Users see delays of several seconds before messages arrive through our websocket server. Find the cause of "
      "the delays and fix it."), DEV, "api", "dev"),
    ("market_making", "Market making bot for our token",
     ("Build a bot for basic market making functions on our exchange pair: keep a target price and buy and sell "
      "within set ranges. Report each trade to a chat group."), DEV, "api", "dev"),
    ("lambda_layer", "AWS Lambda layer for a Node.js function",
     ("Our Lambda layer with the sharp package fails to load in the function. Build and deploy a working Lambda "
      "layer for our Node.js function."), DEV, "api", "dev"),
    ("crypto_payments", "Accept cryptocurrency payments in our online shop",
     ("Add cryptocurrency payments to our online shop's checkout, so customers can pay in cryptocurrency next to "
      "cards."), DEV, "api", "dev"),
    ("social_content", "Social media writer for a bakery",
     ("Write our social media posts for the next two months: three posts a week with captions for Instagram and "
      "Facebook. Social media content for a local bakery."), COPY, "copy", "copy"),
    ("brand_voice", "Copywriter to define our brand voice",
     ("Define our brand voice and write a short style guide, then rewrite the home page in the new brand voice."),
     COPY, "copy", "copy"),
    ("product_copy", "Product descriptions for a tea shop",
     ("Write product descriptions for 60 loose-leaf teas in our online shop. Each of the product descriptions "
      "should be about 120 words."), COPY, "copy", "copy"),
    ("data_migration", "Data migration from our old CRM",
     ("Move our customer records in a data migration from the old CRM to the new one: contacts, deals and notes. "
      "The data migration must lose nothing."), DATA, "migration", "data"),
    ("rerunnable_loads", "Azure Data Factory developer",
     ("Build nightly loads in Azure Data Factory from our order system into SQL tables. Azure Data Factory "
      "pipelines only."), DATA, "pipeline", "data"),
    ("near_duplicates", "Clean duplicates from our supplier list",
     ("Our supplier list has duplicates and close duplicates (the same company with typos in its name). Remove "
      "the duplicates and keep one row per supplier."), DATA, "analysis", "data"),
    ("request_script", "Python script with BeautifulSoup",
     ("Write a Python script with BeautifulSoup that downloads the daily price table from a public page and saves "
      "it as CSV. BeautifulSoup only, no browser automation."), DATA, "import", "data"),
    ("accounting_write", "Push our shop orders to Xero", ("Every paid order in our shop should be created as an invoice "
     "in Xero through the API, and the paid status synced back each night."), DEV, "api", "dev"),
    ("accounting_api", "Extract our Xero data through the API",
     ("Extract all invoices, contacts and payments from our Xero organisation through the Xero API into CSV files "
      "for our new system."), DATA, "api", "data"),
]

# (topic, title, description, domains, kind): the word named in passing, without the concern
EXTRA_WITHOUT = [
    ("mentoring", "Lesson booking app", ("Build an app where students book lessons with a teacher. Lessons are "
     "paid by card."), DEV, "teaching"),
    ("site_audit", "Website audit checklist design", ("Design a printable PDF of a website audit checklist. Our "
     "logo goes on top."), DEV, "review"),
    ("data_modeling", "Excel charts", "Make five charts in Excel from our sales sheet. No data modelling needed.",
     DATA, "dashboard"),
    ("inventory", "Inventory photos", ("Take our inventory photos and upload the inventory pictures to the "
     "shared folder."), SHOP, "storeops"),
    ("data_entry", "Data entry clerk", "Data entry of business cards into a sheet. Data entry, 200 cards.",
     DATA, "spreadsheet"),
    ("messaging", "Landing page for our chat app", ("Write the landing page for our chat app. The chat app is "
     "live already."), COPY, "copy"),
    ("messaging_latency", "Group chat for our club app", ("Build a real-time chat for our club app, with groups and "
     "read receipts."), DEV, "webapp"),
    ("market_making", "Trading bot with a moving-average strategy", ("Build a trading bot that follows a "
     "moving-average strategy on crypto pairs, with a back-test first."), DEV, "api"),
    ("lambda_layer", "Serverless API on AWS", ("Build a small API on AWS Lambda with API Gateway and DynamoDB."),
     DEV, "api"),
    ("crypto_payments", "Crypto trading bot", ("Build a trading bot for cryptocurrency. Cryptocurrency trades "
     "only, payments are not needed."), DEV, "api"),
    ("social_content", "Social media manager", ("Social media manager to answer our customer messages. Social "
     "media inbox only."), COPY, "copy"),
    ("brand_voice", "Logo designer", ("Design a logo and colours for us. We need a brand identity. Brand "
     "identity for a cafe."), DEV, "general"),
    ("product_copy", "Product descriptions import", ("Import product descriptions from a CSV into our shop. "
     "Product descriptions are written already."), DEV, "import"),
    ("data_migration", "Migration to Python 3", ("Migrate our scripts from Python 2 to Python 3 and fix the tests. Migrate "
     "to Python 3 only."), DATA, "pipeline"),
    ("rerunnable_loads", "Power BI report", "Build a Power BI report from our SQL tables.", DATA, "dashboard"),
    ("near_duplicates", "Duplicate our landing page", ("Duplicate our landing page for a second product and "
     "change the duplicates' headlines."), DATA, "analysis"),
    ("request_script", "Python tutor", ("Teach me Python basics. BeautifulSoup maybe later, BeautifulSoup is "
     "optional."), DATA, "import"),
    ("accounting_write", "QuickBooks report for our board", ("Pull the quarter's figures from QuickBooks through the API "
     "into a board report."), DEV, "api"),
    ("accounting_api", "Bookkeeper for Xero", "Reconcile our bank feed in Xero each month. Xero bookkeeping only.",
     DATA, "api"),
]
