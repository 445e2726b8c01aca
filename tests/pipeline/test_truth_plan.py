"""Plan items only when they read as a work item in the letter: not the contents of a report, not the tool to use,
not a line that describes what a system does (service/drafting/plan_rules.py, read by post_plan). Team-written
posts, modelled on tuning-post shapes."""
from __future__ import annotations

from service.drafting.kind_table import KINDS
from service.drafting.plan_rules import describes_behaviour
from service.drafting.post_plan import VERBS, plan_steps, work_items

ALL = frozenset({"data", "dev", "shop", "copy"})
ANALYSIS = next(k for k in KINDS if k.id == "analysis")
SCRAPING = next(k for k in KINDS if k.id == "scraping")
API = next(k for k in KINDS if k.id == "api")


def _quoted(steps) -> list[str]:
    return [s.split("”:")[0].lstrip("“") for s in steps or ()]


def test_the_data_points_a_report_covers_are_not_work_items():
    post = ("I need an investor-ready market report on holiday rentals in three coastal towns.\n\n"
            "Key Data Points for the Report (Investor-Focused)\n"
            "1. Occupancy & Rate Trends\n"
            "Host Turnover – Identifying hosts who left the market last year\n"
            "Nightly Rates – Comparing weekend and weekday prices across towns\n"
            "2. Supply\n"
            "Plan Changes – Tracking growth in new holiday homes per quarter\n\n"
            "Deliverables:\n"
            "- Deliver a professional, investor-ready report\n"
            "- Build a supporting spreadsheet with every figure and its source\n")
    texts = [it.quote.text for it in work_items(post)]
    assert not any(t.startswith(("Identifying", "Comparing", "Tracking")) for t in texts), texts
    assert "Deliver a professional, investor-ready report" in texts


def test_the_tool_to_use_is_not_a_step():
    post = ("What you will do:\n"
            "- Build and maintain the booking API in Node.js and PostgreSQL\n"
            "- Leverage AI-powered coding tools to speed up delivery\n"
            "- Write tests for the refund endpoints\n")
    steps = plan_steps(post, post, API, None, ALL)
    assert steps and not any("Leverage" in q for q in _quoted(steps)), steps


def test_lines_that_describe_what_a_worker_does_are_not_steps():
    post = ("Scope of work:\n"
            "- Design a URL queue with statuses for pending, done and failed pages\n"
            "- Build the product page crawler for the shop's categories\n"
            "Worker loop:\n"
            "- Pulls N pending URLs, sends them to the parser\n"
            "- Updates URL status and handles retries with backoff\n")
    steps = plan_steps(post, post, SCRAPING, None, ALL)
    assert steps and not any(q.startswith(("Pulls", "Updates")) for q in _quoted(steps)), steps


def test_describes_behaviour_takes_verbs_not_plural_nouns():
    assert describes_behaviour("Pulls N pending URLs", VERBS)
    assert describes_behaviour("Updates URL status and handles retries", VERBS)
    assert not describes_behaviour("Reports for the management team", VERBS)
    assert not describes_behaviour("Maps and charts for the annual review", VERBS)
    assert not describes_behaviour("Process the monthly invoices", VERBS)
    assert not describes_behaviour("Build the crawler", VERBS)


def test_a_list_of_the_clients_problems_is_not_a_work_list():
    post = ("The problems I am facing:\n"
            "- My current setup has issues that need fixing:\n"
            "- Too Many Spreadsheets: one per supplier, hard to keep in step.\n"
            "- Slow Photo Uploads: every listing takes an hour.\n"
            "What I need you to do:\n"
            "- Build one product database for all suppliers\n"
            "- Create an upload script for the listing photos\n")
    texts = [it.quote.text for it in work_items(post)]
    assert "Too Many Spreadsheets" not in texts and "Slow Photo Uploads" not in texts, texts
    assert "Build one product database for all suppliers" in texts
