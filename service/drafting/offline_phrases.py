"""Phrase banks for the offline drafter. No numbers, names or technologies live here: those come from the
post (as quotes), the profile and the proof library only.

A concern is used only when the post evidences it: its triggers are whole words of the post, and the
letter quotes the clause that contains the trigger right before the advice. Each advice is a clause that
starts in lower case (it follows "On “…”, ") and says what WE would do, never what the post says, so it
stays true for any post that mentions the trigger. ``check`` is what a same-day fix would look at first."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Concern:
    triggers: tuple[str, ...]
    advice: tuple[str, ...]
    check: str
    domains: frozenset = frozenset({"dev"})  # which kinds of workspace the advice fits (see domains_of)


SHOP = frozenset({"shopify", "liquid", "woocommerce", "stripe", "bigcommerce", "magento"})
DATA = frozenset({"sql", "excel", "microsoft excel", "power bi", "microsoft power bi", "tableau", "looker studio",
                  "data analysis", "data visualization", "pandas", "statistics", "etl", "google sheets", "dashboard",
                  "data cleaning"})
COPY = frozenset({"copywriting", "b2b copywriting", "content writing", "email copywriting", "landing page copy",
                  "case studies", "white papers", "seo writing", "messaging", "editing"})


def domains_of(skills: list[str]) -> frozenset:
    """The kinds of work a workspace does, from its service line's and profile's skills."""
    low = {s.lower() for s in skills}
    out = set()
    if low & SHOP:
        out.add("shop")
    if low & DATA:
        out.add("data")
    if low & COPY:
        out.add("copy")
    if low - SHOP - DATA - COPY:
        out.add("dev")
    return frozenset(out or {"dev"})


CONCERNS: tuple[Concern, ...] = (
    Concern(("dashboard", "dashboards", "reporting", "kpi", "kpis", "power bi", "tableau", "looker studio"), (
        "I would agree which few numbers matter and where each one comes from before anyone draws a chart",
        "the risk is a report that looks right in the demo and slows down once real data arrives, so I would design "
        "the queries and filters first",
    ), "where each number on the report comes from", frozenset({"data", "dev"})),
    Concern(("api", "apis", "endpoint", "endpoints", "webhook", "webhooks", "integration", "integrations", "integrate"), (
        "the part that needs a plan is what happens at the edges: timeouts, retries, duplicate calls and rate limits",
        "I would pin down the contract of each call first (inputs, errors, retries), so neither side has to guess",
    ), "the request and error logs around the failing call", frozenset({"dev", "data", "shop"})),
    Concern(("data migration", "database migration", "migrate", "migrating", "upgrade", "legacy", "refactor", "rewrite"), (
        "the first job is a set of tests around what works today, so nothing changes quietly",
        "I would move in stages, with the old and new versions side by side for a short while, so every step can be "
        "rolled back",
    ), "which version is running and what changed last", frozenset({"dev"})),
    Concern(("checkout", "cart", "theme", "themes", "storefront", "product page", "product pages"), (
        "I would test the whole path from product page to payment on a copy before anything goes live",
        "the path to payment deserves the most testing, because every extra step there costs orders",
    ), "the browser console and the scripts that load on that page, on a copy of the live site",
        frozenset({"shop"})),
    Concern(("stripe", "payments", "payment gateway", "payment processing", "billing", "subscriptions", "invoicing"), (
        "the unhappy paths deserve the design time: declined cards, refunds, retries and renewals that fail quietly",
        "I would make every payment step safe to retry, because a double charge costs more trust than any bug",
    ), "the payment events and their logs for the failed cases", frozenset({"dev", "shop"})),
    Concern(("scrape", "scraper", "scraping", "crawl", "crawler", "automation", "automate", "automated", "zapier",
             "n8n", "make.com", "workflow", "workflows", "by hand", "manually"), (
        "an automation is only as good as its failure handling: when a source changes, you want an alert, not "
        "silently missing data",
        "I would list every input and output first, and what should happen when one of them is missing or late",
    ), "the run history and the step where the workflow stops", frozenset({"dev", "data", "shop"})),
    Concern(("responsive design", "responsive layout", "mobile responsive", "mobile friendly", "ios", "android",
             "flutter", "react native", "mobile app"), (
        "I would start from the smallest screen and test on real devices, rather than squeeze a desktop layout later",
        "the work is mostly about priorities: what each screen shows first when space is short",
    ), "the device and OS versions where the problem shows up", frozenset({"dev", "shop"})),
    Concern(("slow", "page speed", "pagespeed", "site speed", "speed up", "faster", "load time", "loading time",
             "core web vitals", "lighthouse"), (
        "I would measure before touching anything, so we can show what changed and why",
        "speed problems usually come from a few heavy assets or queries, so measuring first beats guessing",
    ), "a profile of the slowest page or query", frozenset({"dev", "shop"})),
    Concern(("login", "permissions", "user roles", "access control", "admin panel", "portal", "user accounts"), (
        "I would write down who can see and do what before building any screen, because access rules are where "
        "portals get messy",
    ), "the account and role that reproduces the problem", frozenset({"dev"})),
    Concern(("llm", "openai", "gpt", "chatgpt", "chatbot", "machine learning", "rag", "langchain", "ai agent"), (
        "the model is the easy part; a small set of real examples with expected answers, checked on every change, "
        "is what makes it dependable",
        "I would start from a handful of real examples and the answers you expect, and test every change against them",
    ), "a few real inputs where the answers go wrong", frozenset({"dev", "data"})),
    Concern(("database", "postgres", "postgresql", "mysql", "sql", "schema", "etl", "pipeline", "pipelines"), (
        "the data model deserves a careful first pass, because most later bugs trace back to it",
        "I would check the data at each step with simple counts and totals, so errors show up early",
    ), "the query or load step where the numbers stop matching", frozenset({"dev", "data"})),
    Concern(("figma", "mockup", "mockups", "wireframe", "wireframes", "redesign", "ui", "ux"), (
        "I would list the states each screen needs (empty, loading, error, long text) before building, since that "
        "is where designs and real screens drift apart",
    ), "the screen and state that does not match the design", frozenset({"dev", "shop"})),
    Concern(("excel", "spreadsheet", "spreadsheets", "google sheets", "vba", "macro", "macros"), (
        "I would keep the logic in one documented place, so the workbook still makes sense to the next person who "
        "opens it",
        "I would test on a copy of your real file first, because spreadsheets break on the rows nobody expected",
    ), "a copy of the file and the rows where the result is wrong", frozenset({"data", "dev"})),
    Concern(("copywriting", "website copy", "sales copy", "ad copy", "landing page", "brand messaging", "case study", "case studies",
             "email sequence", "newsletter"), (
        "I would start from who the reader is and the one action you want them to take, then write to that",
        "the best material usually comes from a short interview with you or a customer, so I would ask for one early",
    ), "the current draft and the one action each page should drive", frozenset({"copy"})),
    Concern(("analysis", "analyze", "analyse", "statistics", "statistical", "forecast", "regression", "cohort"), (
        "I would agree the question the analysis has to answer first, so the result is a decision, not a pile of charts",
        "I would check the raw data for gaps and duplicates before drawing any conclusion from it",
    ), "the raw data behind the result you doubt", frozenset({"data"})),
)

# next step and call to action by job type (see job_type.py)
FIX_STEPS = ("The first thing I would check is {check}, and I can start as soon as you share access.",
             "I would begin with {check}, then make the fix on a copy and show it to you before it goes live.")
FIX_CTAS = ("Could you share access and the exact steps that trigger the problem?",
            "Can you send access and a screenshot of the error, so I can start on it?")
# the next step already proposes the call: the call to action asks only when, never for a second call
ROLE_CTAS = ("When would suit you this week?", "Which day this week works best for you?")
CONSULT_CTAS = ("Which days this week work best for you?", "Shall I suggest two or three times?")
PROJECT_CTAS = ("Would that work for you this week?", "Are you free for that in the next couple of days?")

UPSELLS = {
    "web-app": "usage tracking and a short round of UX fixes on the screens we shipped",
    "api-backend": "monitoring and alerting on the new endpoints, so failures reach you before your users do",
    "shopify": "conversion testing on the pages we rebuilt",
}
UPSELL_DEFAULT = "a small monthly maintenance block for what we delivered"


def pick(options: tuple[str, ...] | list[str], seed: int, salt: int = 0) -> str:
    return options[(seed // (7 ** salt + salt)) % len(options)] if options else ""
