"""The team-written table behind the offline writer (see ``work_kinds``): the kinds of work a post can ask for,
what a letter says about each (the need in our words, three approach steps, one question), which named tools
each kind's slot may take, and the offers tied to implicit needs. Data only; the functions that read posts
and fill the templates live in ``work_kinds``."""
from __future__ import annotations

from dataclasses import dataclass

from service.drafting.ai_cases import AI_QUESTION, AI_START, AI_STEPS
from service.drafting.kind_tools import (
    AI_TOOLS,
    AUTOMATION_TOOLS,
    BACKEND_TOOLS,
    DATABASES,
    ML_TOOLS,
    MOBILE_TOOLS,
    SCRAPE_TOOLS,
    SHEET_APPS,
    SHEET_TOOLS,
    SOURCES,
)
from service.drafting.post_claims import HOURS_EVIDENCE

# what the data is about, as the post says it (first match in the title, else in the description's lead): a closed
# list of (pattern, the attributive noun a need sentence uses: "your sales data")
SUBJECTS = (
    (r"sales", "sales"), (r"marketing", "marketing"), (r"campaigns?", "campaign"), (r"financ\w*|accounting", "financial"),
    (r"customers?", "customer"), (r"survey", "survey"), (r"clinical|patients?", "clinical"),
    (r"logistics|shipping|freight", "logistics"), (r"inventory|stock levels", "inventory"),
    (r"real estate|property|properties|listings?", "property"), (r"e-?commerce|online store", "e-commerce"),
    (r"trading|stock market|crypto", "market"), (r"pricing|prices?", "pricing"), (r"employees?|people analytics|human resources", "HR"),
    (r"social media|instagram|tiktok", "social media"), (r"advertising|ads?|ppc", "advertising"),
    (r"web traffic|google analytics|ga4", "website"), (r"contacts?|contact information", "contact"),
    (r"operations|operational", "operations"), (r"supply chain", "supply chain"), (r"energy|solar", "energy"),
    (r"health ?care|medical", "healthcare"), (r"education|students?|school", "education"),
    (r"sports?|athletes?", "sports"), (r"permits?", "permit"), (r"jobs? postings?|job listings?", "job listing"),
)


# kinds close enough that a past project of one is relevant proof for the other
FAMILIES = ({"research", "scraping"}, {"store", "theme"}, {"webapp", "api", "migration"}, {"analysis", "ml"}, {"pipeline", "scraping"}, {"pipeline", "database"},
            {"automation", "scraping"}, {"dashboard", "analysis"})


def related(a: str, b: str) -> bool:
    return a == b or any(a in f and b in f for f in FAMILIES)


@dataclass(frozen=True)
class WorkKind:
    id: str
    words: tuple[str, ...]          # whole words or phrases (lower case) that signal the kind
    domains: frozenset[str]         # workspace kinds of work it fits (see offline_phrases.domains_of)
    work: str                       # "your {work} work": a noun used attributively
    need: str                       # the client's need in our words (slots: tools, bi, platform)
    steps: tuple[str, str, str]     # verb phrases, bare infinitive, lower case: "agree the …"
    question: str
    check: str = "how to reproduce the problem reliably"   # what a same-day fix looks at first
    tools_among: tuple[str, ...] | None = None    # the {tools} slot takes only these names
    product_names: bool = False                    # the slot also takes product names the vocabulary lacks
    question_existing: str = ""                    # the question when the post is about work already under way
    answered_if: str = ""                          # the post already answers the question when this matches
    start: str = "what done looks like for the first part"  # what a rushed new job looks at first (a noun phrase)
    offer: tuple[str, str] | None = None  # a variant's own next-step offer (send, back); else next_steps.OFFERS
    read_closely: bool = False  # a case of the kind read the post closely: its question beats a topic's


KINDS: tuple[WorkKind, ...] = (
    WorkKind("dashboard", ("dashboard", "dashboards", "kpi", "kpis", "reporting", "power bi", "tableau",
                           "looker studio", "looker", "data studio", "metabase", "bi", "visualization",
                           "visualisation", "reports"), frozenset({"data", "dev"}), "reporting",
             "You need a dashboard[ in {bi}] that brings your[ {tools}] data into one place and shows the numbers "
             "you run the business on.",
             ("agree the handful of KPIs that matter and the exact definition of each, so everyone reads the numbers "
              "the same way",
              "connect the sources and check the totals against the source systems before building any chart",
              "build the pages, set up the refresh and walk you through them, so your team can use the reports "
              "without me"),
             "Who will read the dashboard most often, and how fresh do the numbers need to be?",
             "where each number on the report comes from", tools_among=SOURCES, product_names=True,
             answered_if=r"\b(?:refresh\w*|real[- ]time|daily|hourly|weekly|per (?:day|week|month)|audience|stakeholders|"
                         r"executives)\b",
             start="the sources and the few numbers the first page must show"),
    WorkKind("pipeline", ("etl", "elt", "pipeline", "pipelines", "data pipeline", "warehouse", "data warehouse",
                          "bigquery", "snowflake", "redshift", "airflow", "dbt", "data engineer", "data engineering",
                          "data integration", "databricks", "ingest", "ingesting", "ingestion", "data ingestion"),
             frozenset({"data", "dev"}), "data engineering",
             "You need a dependable pipeline that moves your data[ through {tools}] into a clean shape you can "
             "query and report on.",
             ("map each source, its fields and how often it changes, and agree what a clean table looks like",
              "build the loads one step at a time, with row counts and totals checked at every stage",
              "schedule the runs, add an alert for any run that fails, and document how it all fits together"),
             "Roughly how much data is involved, and how often does it need to refresh?",
             "the load step where the numbers stop matching",
             answered_if=r"\b(?:tb|gb|millions?|billions?|rows|records|daily|hourly|real[- ]time|streaming)\b",
             start="each source, its fields and how often it changes"),
    WorkKind("database", ("database", "databases", "sql server", "mysql", "postgresql", "postgres", "dba", "ms access",
                          "microsoft access", "access database", "access application", "access app",
                          "queries", "query", "schema", "stored procedures", "indexes"), frozenset({"data", "dev"}),
             "database",
             "You need a database[ on {tools}] that stays fast, consistent and easy to query as it grows.",
             ("review the current schema and how the data is used day to day, and agree the changes with you",
              "make each change on a copy first, tested against real data, with a way back for each",
              "document the schema and the routine jobs, so everyone knows what runs when"),
             "Which change matters most to you first, and roughly how large are the biggest tables?",
             "the slow query and its plan", tools_among=DATABASES,
             start="the current schema and how the data is used day to day"),  # speed work: kind_variants
    WorkKind("import", ("import", "imports", "importing", "csv", "bulk upload", "bulk import", "sync", "syncing",
                        "synchronise", "synchronize", "product feed", "data feed"), frozenset({"dev", "data", "shop"}),
             "data import",
             "You need your data moved[ into {tools}] reliably, with every record checked and nothing lost.",
             ("map every field of the source to its place in the target, including the awkward ones such as variants, "
              "images and categories",
              "run a small test batch, check it with you, then run the rest with a report of anything skipped",
              "schedule the updates if they repeat, with an alert when a run fails"),
             "Is this a one-off import, or does the data need to stay in sync afterwards?",
             "the rows that failed to import and the error for each", tools_among=SOURCES,
             answered_if=r"\b(?:nightly|daily|hourly|weekly|sync\w*|one[- ]off|once|automatic\w*|regularly|ongoing|"
                         r"recurring|schedul\w+|every (?:day|night|hour|week))\b",
             start="a sample of the source file and the fields it has to fill"),
    WorkKind("scraping", ("scrape", "scraper", "scrapers", "scraping", "crawler", "crawl", "crawling",
                          "web scraping", "data scraping"),
             frozenset({"data", "dev"}), "data collection",
             "You need the[ {subject}] data collected reliably and delivered in a format you can use straight away[, "
             "using {tools}].",
             ("check each source first: how its pages are built, how often they change and what limits they set",
              "build the collector with retries and polite rate limits, and check every run against a sample you "
              "approve",
              "deliver the data in the format you need, with an alert when a source changes and a run comes back "
              "short"),
             "How often do you need fresh data, and in what format would you like to receive it?",
             "the run log and the source that changed", tools_among=SCRAPE_TOOLS,
             answered_if=r"\b(?:csv|json|excel|google sheets?|spreadsheet|database|webhook|daily|weekly|hourly|"
                         r"format)\b",
             start="one sample page per source and the fields you need from it"),
    WorkKind("ai", ("ai agent", "ai agents", "agentic", "chatbot", "chat bot", "llm", "llms", "gpt", "openai",
                    "chatgpt", "rag", "langchain", "generative ai", "ai-powered", "ai powered", "ai assistant",
                    "prompt", "prompts", "ai", "ollama", "llama"), frozenset({"dev", "data"}), "AI",
             "You want an AI feature[ built on {tools}] that works dependably on real inputs, not only in a "
             "demo.",
             AI_STEPS, AI_QUESTION, "a few real inputs where the results go wrong", tools_among=AI_TOOLS,
             start=AI_START),
    WorkKind("ml", ("machine learning", "deep learning", "computer vision", "model training", "train a model",
                    "pytorch", "tensorflow", "neural network", "classification", "prediction model", "predictive",
                    "image recognition", "object detection", "nlp"), frozenset({"dev", "data"}), "machine learning",
             "You need a model[ in {tools}] that performs on your real data, not only in a notebook.",
             ("look at the data first (its size, labels and gaps) and agree the metric that defines success",
              "start from a simple baseline and improve on it step by step, measuring every change on held-out data",
              "package the model behind a clear interface, with notes on how to retrain it"),
             "How much labelled data do you have today, and what result would make this worthwhile for you?",
             "the inputs where the predictions go wrong", tools_among=ML_TOOLS,
             start="the data you have today: its size, its labels and its gaps"),
    # "compile" and "list of" alone name code and any list ("a list of your past work"), not a research job
    WorkKind("research", ("research assistant", "web research", "internet research", "online research", "compile a list",
                          "job applications", "application assistance", "applying to", "location-based search",
                          "compiling a list", "compile a database", "list building", "lead list", "contact list",
                          "data entry",
                          "data collection", "gather", "gathering", "find contacts", "find emails", "contact details",
                          "contact information", "virtual assistant", "lead generation"),
             frozenset({"data"}), "research",
             "You need the information found, checked and organised[ in {tools}] so you can use it straight away.",
             ("agree the exact fields and sources with you, and check a first batch of about 20 records together",
              "work through the sources systematically, noting where each record came from",
              "deliver a clean sheet with duplicates removed and gaps marked, so nothing needs checking twice"),
             "How many records do you need, and which fields matter most to you?",
             "the records that look wrong and where they came from", tools_among=SHEET_TOOLS,
             answered_if=r"\b\d[\d,]*\+?\s*(?:records|contacts|leads|rows|entries|companies|businesses|names)\b",
             start="the exact fields you need, on a first batch of about 20 records"),
    WorkKind("analysis", ("data analysis", "data analyst", "analyst", "analyze", "analyse", "analysis", "insights",
                          "statistics", "statistical", "cohort", "survey data", "a/b test", "trends", "forecast",
                          "forecasting", "research", "correlation", "time series", "regression", "seasonality"),
             frozenset({"data"}), "analysis",
             "You need your[ {subject}] data turned into clear answers you can act on.",
             ("agree the questions the analysis must answer and the decisions that depend on them",
              "clean and check the data first (gaps, duplicates, outliers) and write down every assumption",
              "deliver the findings in plain language with the few charts that support them, plus the working files "
              "so the analysis can be repeated"),
             "What decision will this analysis feed into, and by when do you need it?",
             "the raw data behind the result you doubt",
             start="the data itself and the question it has to answer"),
    WorkKind("spreadsheet", ("excel", "spreadsheet", "spreadsheets", "google sheets", "vba", "macro", "macros",
                             "formulas", "workbook", "pivot", "apps script"), frozenset({"data", "dev"}), "spreadsheet",
             "You need a spreadsheet[ in {tools}] that does the work for you and that your team can trust.",
             ("go through the current file and how your team uses it, and list the calculations it must get right",
              "rebuild the logic in one clearly documented place, tested against a copy of your real data",
              "add checks that flag bad inputs, and hand over a short guide so the next person can maintain it"),
             "Could you share a copy of the current file with sample data, so I can see how it is used today?",
             "a copy of the file and the rows where the result is wrong", tools_among=SHEET_APPS,
             start="the current file and the calculations it must get right"),
    WorkKind("store", ("shopify store", "online store", "ecommerce store", "e-commerce store", "store setup",
                       "set up a store", "build a store", "new store", "woocommerce store", "shopify plus", "dropshipping",
                       "store from scratch"), frozenset({"shop"}), "store",
             "You want a[ {platform}] store that looks right, loads fast and turns visitors into orders.",
             ("agree the pages, apps and integrations the store needs, and the theme to start from",
              "build and configure everything on a development copy: products, collections, payment settings, "
              "shipping and taxes",
              "test the whole path from product page to payment on real phones and desktops, then launch it with you"),
             "Do you already have a theme and brand assets, or should the plan start with a theme recommendation?",
             "the browser console and the scripts that load on the page where the problem shows",
             start="the theme and the pages the store needs first"),
    WorkKind("storeops", ("product sourcing", "store manager", "store management", "store operations",
                          "order fulfillment", "order fulfilment", "product listings", "product uploads",
                          "upload products", "inventory management", "suppliers"), frozenset({"shop"}),
             "store operations",
             "You need the day-to-day running of your[ {platform}] store in reliable hands, so listings, stock and "
             "orders stay in order.",
             ("agree which store tasks matter most each week and how you would like them reported",
              "work through the store tasks on a fixed routine, checking listings, stock and orders against your own data",
              "keep a short log of what was done and what needs your decision, so nothing waits on a question"),
             "Which part of running the store takes up most of your time today?",
             "the orders or listings where the problem shows up",
             start="the store tasks that take up most of your time today"),
    WorkKind("theme", ("theme", "themes", "liquid", "product page", "product pages", "collection page", "cart",
                       "checkout", "sections", "shopify", "woocommerce"), frozenset({"shop"}), "store",
             "You need changes to your[ {platform}] store made cleanly, without breaking what already sells.",
             ("work on a duplicate of your live theme, so nothing changes for your customers until you approve it",
              "build the changes as theme sections and settings, so you can still edit them in the theme editor",
              "test every changed page on phones and desktops before anything is published"),
             "Which page or change matters most to you, so I can start there?",
             "the browser console and the scripts that load on the page where the problem shows",
             start="the page you want changed first, on a copy of your live theme"),
    WorkKind("website", ("website", "web site", "wordpress", "webflow", "landing page", "landing pages", "wix",
                         "squarespace", "elementor", "web design", "homepage", "home page", "static website",
                         "static site", "one page website", "one-page website", "astro", "astrojs", "astro js", "hugo",
                         "jekyll"),
             frozenset({"dev", "shop"}), "website",
             "You need a website[ on {platform}] that explains what you offer clearly and makes it easy to get in "
             "touch.",
             ("agree the pages and the one action each page should lead a visitor to",
              "build it to load fast and read well on phones, with clear page titles and descriptions from the start",
              "hand it over with a short guide, so you can edit the content yourself"),
             "Do you have the content and images ready, or should the plan include help with them?",
             "the page and browser where the problem shows up",
             start="the pages you need and the content you already have"),
    WorkKind("mobile", ("mobile app", "mobile apps", "ios", "android", "flutter", "react native", "app store",
                        "play store", "iphone", "google play", "play console"), frozenset({"dev"}), "mobile app",
             "You need a mobile app[ in {tools}] that feels fast and stays stable on real devices.",
             ("agree the screens and the core flow of the first release",
              "build in milestones you can install and try on a real phone",
              # not "iOS and Android … the store submission": an iOS-only app or a build for testers has neither
              "test on real phones for each platform you need and prepare the release the way you want it"),
             "Is this a new app, or is there existing code and a design to start from?",
             "the device and OS version where the problem shows up", tools_among=MOBILE_TOOLS,
             # the post says which ("bring this vision to life", "from scratch"; pool readers: "asks whether this is a
             # new app when the post plainly says it is")
             answered_if=r"\b(?:from scratch|ground[- ]up|brand[- ]new|new app|bring (?:this|our|my|the) (?:vision|idea|"
                         r"concept|app) to life|existing (?:code|codebase|app))\b",
             question_existing="What is the most pressing thing to fix or add in the current app?",
             start="the screens and the core flow of the first release"),
    WorkKind("api", ("api", "apis", "backend", "back-end", "back end", "integration", "integrations", "integrate",
                     "webhook", "webhooks", "endpoint", "endpoints", "microservice", "microservices", "server"),
             frozenset({"dev"}), "back-end",
             "You need[ {tools}] back-end work that holds up in production, including when another system fails.",
             ("pin down each endpoint and integration: inputs, outputs, errors and rate limits",
              "build it with tests around every call, and with retries and logging for the failures that will happen",
              "document it and deploy it, so your team can run and extend it"),
             "Which systems does this need to talk to first, and do you have API access or documentation for them?",
             "the request and error logs around the failing call", product_names=True, tools_among=BACKEND_TOOLS,
             answered_if=r"\b(?:documentation|docs|swagger|openapi|postman|api keys?|credentials)\b",
             start="the systems it has to talk to and their API documentation"),
    WorkKind("webapp", ("web app", "web application", "saas", "mvp", "platform", "portal", "admin panel",
                        "frontend", "front-end", "front end", "full stack", "full-stack", "react", "next.js", "vue",
                        "angular", "django", "laravel"), frozenset({"dev"}), "product development",
             "You need software built[ with {tools}] to a standard you can keep building on.",
             ("agree the core user flows and what the first release must include, and park what can wait",
              "build in small milestones, each deployed where you can click through it",
              "cover the critical paths with tests and leave clear notes, so the next developer can pick it up"),
             "Which user flow matters most for the first release?",
             "the browser console and the server logs for the failing request",
             question_existing="What is the most pressing thing to fix or add in the current app?",
             start="the core user flow the first release needs"),
    WorkKind("migration", ("migration", "migrate", "migrating", "upgrade", "legacy", "refactor", "refactoring",
                           "rewrite", "port"), frozenset({"dev", "data", "shop"}), "migration",
             "You need your system moved or upgraded[ ({tools})] without losing data or breaking what works today.",
             ("put tests and backups around what works today, so every change can be checked and rolled back",
              "move in small stages, running the old and new versions side by side where it matters",
              "check the data and the key flows after each stage, and write down what changed"),
             "What does the current setup look like, and is there a date the switch has to happen by?",
             "which version is running and what changed last",
             start="a backup of the current setup and everything it holds"),
    WorkKind("teaching", ("tutor", "tutoring", "mentor", "mentoring", "teach", "teaching", "lessons", "lesson",
                          "coaching", "coach", "bootcamp", "boot camp", "course", "trainer", "training sessions",
                          "hands-on training", "train me", "train us", "train our team",
                          "homework", "coursework", "assignment help", "exam", "exams", "quiz", "quizzes"),
             frozenset({"dev", "data", "shop", "copy"}), "teaching",
             "You want to learn[ {tools}] from someone who explains things plainly and builds confidence step by "
             "step.",
             ("start with a short session to see where you are and what you want to be able to do",
              "plan each session around a small real task, so every lesson ends with something that works",
              "share notes and exercises after each session, so you can practise between them"),
             "How many hours a week would you like to spend, and what should you be able to do at the end?",
             "the exercise where you got stuck",
             start="where you are today and what you want to be able to do"),
    WorkKind("review", ("audit", "code review", "security review", "review my", "review our", "review of", "assessment",
                        "evaluation of", "qa", "quality assurance",
                        "uat", "test cases", "testing", "tester", "proofread", "proofreading", "second opinion"),
             frozenset({"dev", "data", "shop", "copy"}), "audit",
             "You want a careful, independent check[ of your {tools} setup] and a clear list of what to fix first.",
             ("agree what is in scope and what a pass looks like",
              "work through it systematically and record every finding with where it occurs and how serious it is",
              "hand over a prioritised list with the quick wins marked, and walk you through it"),
             "Is there a date the review has to be finished by?",
             "the finding you want checked first",
             start="the part you want checked first"),
    WorkKind("copy", ("copy", "copywriting", "copywriter", "content", "blog", "articles", "article",
                      "email sequence", "newsletter", "case study", "case studies", "messaging", "website copy",
                      "sales page", "white paper", "ghostwriter", "writer", "product descriptions", "product description"),
             frozenset({"copy"}), "writing",
             "You need writing that speaks to the people you want to reach, in their own terms, and moves them to act.",
             ("start from a short brief: who reads this, what they already believe and the one action you want from "
              "them",
              "write one piece first and agree the voice with you on it, then write the rest",
              "edit everything for clarity and length, and hand it over ready to publish"),
             "Who is the reader you most want to reach, and what should they do after reading?",
             "the current draft and the one action each page should drive",
             start="who the reader is and the one action you want from them"),
    WorkKind("automation", ("automation", "automate", "automated", "automating", "zapier", "make.com", "n8n",
                            "integromat", "workflow", "workflows", "manual", "manually", "by hand", "bot", "script",
                            "scripts"), frozenset({"dev", "data", "shop"}), "automation",
             "You want a manual process taken off your team's plate[ with {tools}] and running reliably on its own.",
             ("walk through the current process with you once and write down every input, output and exception",
              "build the automation in small pieces, testing each with real examples before connecting the next",
              "add logging and an alert for failed runs, and hand over a short guide so it is easy to adjust later"),
             "Which step of the current process takes your team the most time today?",
             "the run history and the step where the workflow stops", product_names=True,
             tools_among=AUTOMATION_TOOLS,
             start="the current process, step by step, with its inputs and outputs"),
)
GENERAL = WorkKind("general", (), frozenset({"dev", "data", "shop", "copy"}), "project",
                   "You need the work done properly, with a clear plan and no surprises along the way.",
                   ("agree the scope and what done looks like for each part",
                    "work in small steps you can review as they land",
                    "hand over the finished work with notes on how to run and change it"),
                   "")  # no question fits any post ("What would make this a clear success?" read as boilerplate)
FIX = WorkKind("fix", (), frozenset({"dev", "data", "shop", "copy"}), "fix",
               "You need the problem[ in {tools}] fixed properly, not patched over.",
               ("reproduce the problem first, on a copy where possible, so we know exactly what triggers it",
                "find the cause and explain it to you in plain words before changing anything",
                "fix it, test the features around it, and tell you what to watch for afterwards"),
               "Since when has it been happening, and did anything change around that time?")


# Implicit needs the extractor found (label -> (evidence that must be in its quote, our sentence)): only when the
# quoted evidence really says it ("pick up the logic quickly" is no existing code); an offer, never a post claim.
NEED_LINES: dict[str, tuple[str, str]] = {
    "Comfortable working in an existing codebase": (
        r"existing (?:code|app|application|site|website|platform|system|store|theme|project|product|repo|mvp|backend|"
        r"front)|legacy|take over (?:the|an?|our|development|maintenance|from)|pick up (?:where|from|the (?:project|"
        r"code|codebase|work|development))",
        "Since there is existing work to build on, I would spend the first hours reading and running it before "
        "changing anything."),
    "Working-hours overlap with the client": (
        HOURS_EVIDENCE,  # hours or a named time zone to work in, never "overlap with our stack" (post_claims.py)
        ("I have noted what your post says about hours and time zones and will confirm on our call how my working "
         "day overlaps with yours.")),
    # only a client who says they are not technical ("I'm not technical", "no coding experience"), never "explain to
    # non-technical stakeholders" (tuning readers: "'I will explain each decision in plain words' is filler")
    "Explains things to a non-technical client": (
        r"\b(?:i'?m|i am|we'?re|we are|as an?|i have|we have) (?:a )?(?:non[- ]technical|not (?:very |a )?technical|no "
        r"(?:coding|technical|programming) (?:experience|knowledge|background))|\bnon[- ]technical (?:founder|owner|client|"
        r"person|team)\b|\bin plain (?:language|english)\b",
        "I will explain each decision in plain words, without jargon."),
    "Tested, documented handover": (
        r"documentation|readme|handover",
        "You would get written documentation with the handover, so the work does not depend on me."),
    "Trustworthy handling of data and access": (
        r"\bnda\b|non-disclosure|confidential",  # never for "security best practices" or "sensitive data": the sentence
        # offers an NDA (tuning readers: "no NDA mentioned in the post")
        "I am happy to sign an NDA, and I would work with the least access the job needs."),
    # only updates the post asks for ("daily updates", "weekly check-ins", "keep me posted"), never "excellent
    # communication skills" (tuning readers: "'We keep clients updated in writing as each step lands' is filler")
    "Clear, regular communication": (
        r"\b(?:daily|weekly|regular|frequent|progress|status|timely|consistent) (?:updates?|check-?ins?|reports?|"
        r"reporting|communication)\b|\bstand-?ups?\b|\bcheck-?ins?\b|\bkeep (?:me|us) (?:updated|informed|posted)\b",
        "I keep clients updated in writing as each step lands, so you always know where things stand."),
}

CONSULT_STEPS = ("read what you can share beforehand (code, documents or data) and list the questions it raises",
                 "go through them with you on a call, with the trade-offs of each option",
                 "follow up with a short written summary and the recommended next steps")
# the consultation's result is a document ("written consultation (2-4 pages)", a report): no call, no "short summary"
CONSULT_WRITTEN_STEPS = ("read what you can share beforehand (code, documents or data) and list the questions it raises",
                         "work through each question in turn, with the trade-offs of each option",
                         "write it up as the document you asked for, with the recommended next steps")

ROLE_STEPS = ("get access, read through what exists and agree the first priorities with you",
              "send a short written update at the end of every week: what is done, what comes next, and anything I "
              "need from you")
