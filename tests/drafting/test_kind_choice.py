"""Which kind of work a post is read as (service/drafting/work_kinds.classify, kind_rules.py, kind_variants.py): the
kind follows what the job is, not a tool or a word named in passing; a trade the table has no kind for gets the
general kind's honest text rather than a wrong kind's; a store role whose duties are operations is not a theme
change; a store post that names no Shopify gets no Shopify theme-editor steps. All post text is team-written."""
from __future__ import annotations

import pytest

from service.drafting.work_kinds import classify, need_sentence

DEV_SHOP = frozenset({"dev", "shop"})
DATA_DEV = frozenset({"data", "dev"})
COPY = frozenset({"copy"})


def test_a_developer_wanted_for_teaching_is_a_teaching_job():
    kind = classify("Experienced Vue developer wanted for teaching",
                    "I am learning Vue and want weekly lessons. Show me Vue apps you built in Vue and Vue router; "
                    "I want to build my own Vue projects.", DEV_SHOP)
    assert kind.id == "teaching"


def test_a_store_operations_role_is_not_a_theme_change():
    title = "Shopify store manager for product sourcing and listings"
    desc = ("We run two Shopify shops selling garden tools. You will find new products, talk to suppliers, upload "
            "product listings to Shopify, keep inventory current and handle order fulfillment. Shopify experience "
            "helps.")
    kind = classify(title, desc, DEV_SHOP)
    assert kind.id == "storeops"
    text = " ".join((*kind.steps, kind.question, need_sentence(kind, ["Shopify"])))
    assert "theme" not in text
    assert "Shopify store" in need_sentence(kind, ["Shopify"])


@pytest.mark.parametrize("title, desc, domains", [
    ("Social Media &amp; Content Strategist for a mattress brand",
     ("Plan our content calendar, design visuals, edit short videos and write captions and ad copy. Content for "
      "Instagram and TikTok; some email content too."), COPY),
    ("Social media manager for a bakery",
     "Post content daily, write captions, a weekly blog article and content for our newsletter.", COPY),
    ("Senior DevOps Engineer",
     ("Automate our deployments: CI/CD workflows, automation scripts, Terraform and monitoring. Automation of "
      "manual releases is the goal."), DEV_SHOP),
    ("Job application assistance for data roles",
     "Apply to 80 job positions for me; gather the listings, fill in every form and compile a list of what was sent.",
     DATA_DEV),
])
def test_a_trade_without_a_kind_gets_the_general_text(title, desc, domains):
    assert classify(title, desc, domains).id == "general"


def test_a_title_that_names_writing_keeps_the_writing_kind():
    kind = classify("Social media copywriter for a skincare brand",
                    "Write captions and short copy for our posts; copywriting for ads too.", COPY)
    assert kind.id == "copy"


def test_compile_and_list_of_in_a_developer_post_are_not_research():
    kind = classify("Serverless function expert / Node.js",
                    "Our function fails to compile its layer on deploy. Please compile the layer for the right "
                    "runtime and send a list of the changes. Compile steps must be documented.", DATA_DEV)
    assert kind.id != "research"


def test_data_extraction_through_an_api_is_not_web_scraping():
    kind = classify("Ledger app - data extraction for our migration",
                    "We need to extract data from our accounting platform through its API: the fastest way to "
                    "pull every invoice and journal. Data extraction must be complete.", DATA_DEV)
    assert kind.id != "scraping"


def test_a_store_change_that_names_no_shopify_gets_no_shopify_theme_steps():
    post = ("Turn our checkout design into a working checkout page on our WooCommerce shop, pixel-perfect on phones. "
            "Custom fields on the checkout and the cart page.")
    kind = classify("Custom checkout page for our online shop", post, DEV_SHOP)
    assert kind.id == "theme"
    steps = " ".join(kind.steps)
    assert "theme editor" not in steps and "theme sections" not in steps and "Shopify" not in steps
    shopify = classify("Custom checkout page for our Shopify shop", post.replace("WooCommerce", "Shopify"), DEV_SHOP)
    assert "theme editor" in " ".join(shopify.steps)  # a Shopify post keeps the theme-editor steps


def test_a_title_that_asks_for_cleaning_gets_cleaning_steps_not_findings():
    desc = ("We have a spreadsheet of 40k supplier rows with stray spaces and near-duplicate names (Acme Ltd, ACME "
            "Limited). Analyze and fix them so each supplier appears once.")
    kind = classify("Data analyst needed to clean a supplier list", desc, DATA_DEV)
    assert kind.id == "analysis"
    text = " ".join((*kind.steps, kind.question))
    assert "duplicate" in text and "questions the analysis must answer" not in text and "findings" not in text
    plain = classify("Data analyst needed for a supplier spend analysis", desc, DATA_DEV)
    assert "questions the analysis must answer" in plain.steps[0]  # cleaning named only in the body: the usual steps


def test_a_trading_bot_is_not_a_manual_process_automation():
    kind = classify("Trading bot developer for a decentralised exchange",
                    "Create a trading bot that keeps a target price and trades inside set ranges. The bot runs on "
                    "its own; no UI needed.", DEV_SHOP)
    assert kind.id != "automation"
    assert "current process" not in " ".join(kind.steps)


@pytest.mark.parametrize("post", [
    "Create a product data feed over SFTP for our store. The feed must update automatically so the catalogue stays current.",
    "Import our supplier's CSV into the shop on a schedule, with the stock levels.",
    "Set up an ongoing import of the partner's leads into the CRM.",
])
def test_an_import_the_post_says_repeats_is_not_asked_whether_it_is_a_one_off(post):
    from service.drafting.kind_table import KINDS
    from service.drafting.offline_writer import _question

    wk = next(k for k in KINDS if k.id == "import")
    assert _question(wk, None, "project", post) != wk.question


# (kind, post): an app the client already has is changed, not given a "first release" (tuning readers marked that plan
# a misreading); a new app for an existing app of the other platform is still a new build
EXISTING_APPS = [
    ("mobile", "Implement a dark mode feature in our existing mobile application, on every screen."),
    ("mobile", "We need a developer to enhance our app in three areas: login, search and the profile screen."),
    ("webapp", "Our previous developer left; the Django web application needs new reports and a faster search."),
    ("webapp", "Add team accounts to our existing web app. The web app is live with 300 users."),
]
NEW_APPS = [
    ("mobile", "Build a mobile application for an existing web platform: the app mirrors the existing web app."),
    ("webapp", "Build a new web app for booking tutors from scratch, with payments and a calendar."),
]


@pytest.mark.parametrize("kind_id, post", EXISTING_APPS)
def test_an_existing_app_gets_the_steps_for_changing_it(kind_id, post):
    from service.drafting.kind_table import KINDS
    from service.drafting.work_kinds import for_post

    kind = next(k for k in KINDS if k.id == kind_id)
    steps = for_post(kind, post).steps
    assert steps != kind.steps and not any("first release" in s for s in steps)
    assert any("change" in s for s in steps)


@pytest.mark.parametrize("kind_id, post", NEW_APPS)
def test_a_new_app_keeps_the_first_release_steps(kind_id, post):
    from service.drafting.kind_table import KINDS
    from service.drafting.existing_work import existing_work
    from service.drafting.work_kinds import for_post

    kind = next(k for k in KINDS if k.id == kind_id)
    assert for_post(kind, post).steps == kind.steps and not existing_work(post, kind_id)


@pytest.mark.parametrize("post, fixing", [
    ("Fix the errors in our existing Make.com scenario: the webhook module fails on every second run.", True),
    ("I need an expert to fix/finalize a 90% done Make.com automation that creates invoices in Stripe.", True),
    ("Audit and fix an existing email/phone enrichment workflow that was built by a previous contractor.", True),
    ("Project 50% done. Finish the n8n workflow that posts clips to Telegram.", True),
    ("As our automation developer you will create workflows and test and troubleshoot workflows to ensure quality.",
     False),
    ("Build a new automation from scratch that sends each new Typeform answer to Slack.", False),
])
def test_an_automation_the_client_has_is_fixed_or_finished_not_built_again(post, fixing):
    # tuning readers: "proposes a new build when I need the errors in my existing scenario fixed"
    from service.drafting.kind_table import KINDS
    from service.drafting.work_kinds import for_post

    wk = for_post(next(k for k in KINDS if k.id == "automation"), post)
    assert wk.steps[0].startswith("go through the current automation") is fixing, wk.steps
    assert any("build the automation" in step for step in wk.steps) is not fixing, wk.steps


@pytest.mark.parametrize("post, on_files", [
    ("We export about 20 CSV files every Friday. We need a small Python script that merges them and writes one Excel "
     "file with a summary sheet.", True),
    ("A Python script that renames the PDF files in a folder by the invoice number inside each one.", True),
    ("Create an automated script that resizes images. The script should automatically adjust images to three sizes.",
     True),
    ("Build a check-in form for our guests, with a script that fills our PDF files from the form.", False),
    ("We are building a python script that does browser automations within a docker container; it saves files.", False),
    ("A Python script that runs on a schedule, pulls the day's orders from the API and writes a CSV file.", False),
])
def test_a_script_run_on_files_is_not_planned_as_a_triggered_workflow(post, on_files):
    # tuning readers: "asking whether failed steps should retry makes no sense for a local script"
    from service.drafting.kind_table import KINDS
    from service.drafting.work_kinds import for_post

    wk = for_post(next(k for k in KINDS if k.id == "automation"), post)
    assert (wk.steps[0].startswith("agree the input files") and "retry" not in wk.question) is on_files, wk


@pytest.mark.parametrize("post, existing", [
    # tuning posts: "from scratch" said of what the work is not
    ("We have a working MVP on our current platform. While you will not be starting from scratch, you will have real "
     "autonomy over the architecture.", True),
    ("Our current app is slow on large accounts. Please do not propose rebuilding everything from scratch.", True),
    ("Our current site works, but we don't want to start from scratch again.", True),
    ("Our current site is dated; rather than a ground-up rewrite, we want it improved page by page.", True),
    # ... and of what it is
    ("We don't have an existing app, so the app will be built from scratch.", False),
    ("Build a new web app from scratch that integrates with our existing CRM.", False),
])
def test_from_scratch_said_of_what_the_work_is_not_does_not_make_it_a_new_build(post, existing):
    from service.drafting.existing_work import existing_work

    assert existing_work(post, "webapp") is existing
