"""New build or existing work: the variant of a kind's steps that is true to the post (team-written data, read by
``work_kinds.classify``).

A kind's three steps are written for its usual case: a spreadsheet job usually fixes or extends a file the client
already has, a pipeline job usually builds new loads. When the post says otherwise, those steps say something
untrue ("Go through the current file and how your team uses it" for a calculator built from scratch; "Build the
loads" for a revamp of models that already run). A variant swaps the steps, the first thing looked at and, where
the kind's question presumes the usual case, the question. Each variant's sentences hold for any post of that
case; the choice reads only whole phrases of the post (``existing_if``, ``new_if``), never a guess."""
from __future__ import annotations

from dataclasses import dataclass, replace

from service.drafting.ai_cases import PRODUCES
from service.drafting.app_cases import MOBILE_CASES, SITE_SPEED
from service.drafting.dashboard_cases import DASHBOARD_CASES
from service.drafting.kind_case import Case
from service.drafting.work_modes import (
    APP_BUILD,
    CATALOGUE,
    LIST_CLEANING,
    MIGRATION_CASES,
)

# the client's own work is named as already there: "our current sheet", "the existing workbook", "fix my file"
_OWNED = r"(?:existing|current|our|my|attached|old|legacy)"
_CHANGE = r"(?:fix|update|improve|clean up|rebuild|modify|extend|speed up|automate|convert|revamp|refactor|rework)"


@dataclass(frozen=True)
class Variant:
    """``steps_new`` etc. apply when ``existing_if`` does not match (and ``new_if`` matches, when set);
    ``steps_existing`` etc. apply when ``existing_if`` matches (None: when ``existing_work`` finds the client's own
    app, whose exclusions a pattern would repeat)."""
    existing_if: str | None
    new_if: str = ""
    steps_new: tuple[str, str, str] | None = None
    start_new: str = ""
    question_new: str = ""
    steps_existing: tuple[str, str, str] | None = None
    start_existing: str = ""
    question_existing: str = ""  # the question for the existing-work case
    offer_existing: tuple[str, str] | None = None  # the existing-work case's own next-step offer (send, back)


# a clean file, not findings or calculations: the steps of a cleaning job in an analysis post or a spreadsheet post
CLEANING_STEPS = ("agree on a sample what counts as a duplicate, a bad value or a gap, and what should happen to each",
                  "apply the agreed rules to the whole data set on a copy, logging every row changed, merged or removed",
                  "deliver the clean file with that log, so every change can be checked and the cleaning re-run on the "
                  "next batch")
CLEANING_START = "a sample of the data and the rules for what counts as a duplicate or a bad value"
CLEANING_QUESTION = "Which fields matter most, and what should happen to a record that is only partly complete?"
# ... and lists to merge or dedupe with no analysis asked for (``work_modes.LIST_CLEANING``)
VARIANTS: dict[str, Variant] = {
    # the kind's own steps presume a file to go through; a calculator or tracker built from scratch has none
    "spreadsheet": Variant(
        existing_if=rf"\b{_OWNED} (?:[\w-]+ ){{0,2}}(?:spreadsheets?|sheets?|workbooks?|files?|templates?|trackers?|"
                    rf"models?|excel|macros?|formulas?)\b|\b{_CHANGE} (?:the|this|our|my|an existing|a broken) "
                    rf"(?:[\w-]+ ){{0,2}}(?:spreadsheets?|sheets?|workbooks?|files?|templates?|macros?|formulas?)\b",
        steps_new=("agree the inputs, the outputs and the calculations the sheet must get right, with a worked example "
                   "for each",
                   "build the logic in one clearly documented place and test it against worked examples",
                   "add checks that flag bad inputs, and hand over a short guide so the next person can maintain it"),
        start_new="the inputs, the outputs and the calculations the sheet must get right",
        question_new="Could you share a worked example of the inputs and the result you expect, so I can test the "
                     "calculations against it?"),
    # the kind's own steps build new loads; models or pipelines that already run are read and changed, not rebuilt
    "pipeline": Variant(
        existing_if=rf"\b(?:{_OWNED}|currently running) (?:[\w-]+ ){{0,2}}(?:pipelines?|models?|etl|elt|dbt|"
                    rf"warehouse|loads?|dags?|data flows?)\b|\b{_CHANGE} (?:the |our |my |an existing )?(?:[\w-]+ ){{0,2}}"
                    rf"(?:pipelines?|models?|etl|dbt|warehouse|dags?)\b|\bmodels? (?:run|runs|are running) on\b",
        steps_existing=("read through the current models and loads and how their output is used, and write down what "
                        "each one does",
                        "make the changes one step at a time, with row counts and totals checked against the current "
                        "output at every stage",
                        "add tests where they are missing and an alert for any run that fails, and document what "
                        "changed"),
        start_existing="the current models and loads, and how their output is used",
        # never "a small sample from each source … how I would shape the first load" (tuning readers: "talks about a
        # first load when the job is revamping existing dbt models")
        offer_existing=("read access to the current models and an example of the output you want changed",
                        "tell you which model I would change first")),
    # the kind's own steps change a schema that exists; speed work is about the slowest queries (the "existing"
    # case here), and a database designed from scratch has no schema yet
    "database": Variant(
        existing_if=r"\b(?:slow\w*|performance|optimi[sz]\w*|speed\w*|index(?:es|ing)|execution plans?|query plans?|"
                    r"timeouts?|tun(?:e|ing))\b",
        new_if=r"\b(?:new database|from scratch|design (?:a|the) (?:[\w-]+ ){0,2}(?:database|schema)|database design|"
               r"build (?:a|the) (?:[\w-]+ ){0,2}database|set up (?:a|the) (?:[\w-]+ ){0,2}database)\b",
        steps_new=("agree the records the database must hold, how they relate and the questions it must answer",
                   "design the schema with keys and constraints, and test it against a sample of your real data",
                   "document the schema and the routine jobs, so everyone knows what runs when"),
        start_new="the records the database must hold and the questions it must answer",
        question_new="Which questions or reports must the database answer first, and roughly how many records will "
                     "it hold?",
        steps_existing=("review the current schema, the slowest queries and how the data is used day to day",
                        "make changes one at a time on a copy, with before-and-after timings and a way back for each",
                        "document the schema and the routine jobs, so everyone knows what runs when"),
        start_existing="the current schema and the slowest queries",
        question_existing="Which queries or reports feel slowest today, and roughly how large are the biggest tables?"),
    # the kind's own steps speak of Shopify's theme sections and theme editor; a store post that names no Shopify
    # (WooCommerce, or no platform at all) gets steps true on any platform ("new" here: not a Shopify theme)
    "theme": Variant(
        existing_if=r"\b(?:shopify|liquid)\b",
        steps_new=("work on a copy of the live store, so nothing changes for your customers until you approve it",
                   ("make the changes in a way that survives updates, and keep them editable from the store's admin "
                    "where possible"),
                   "test every changed page on phones and desktops before anything is published"),
        start_new="the page you want changed first, on a copy of the live store"),
    # a title that asks for cleaning ("Data Analyst for quick cleaning") wants a clean file, not findings: the
    # analysis steps' "the questions the analysis must answer" misread it (``^[^\n]*``: the title line only, since
    # most analysis posts clean their data on the way)
    "analysis": Variant(
        existing_if=r"^[^\n]*\b(?:clean(?:ing|up)?|cleans(?:e|ing)|de-?dup\w*|duplicates?)\b|" + LIST_CLEANING,
        steps_existing=CLEANING_STEPS, start_existing=CLEANING_START, question_existing=CLEANING_QUESTION,
        # no "the questions you have" for a clean file (third probe)
        offer_existing=("a sample of a few hundred rows", "show you the rules I would apply and what they would change")),
    # an app the client has already ("add dark mode to our existing app", "our previous developer left") is changed,
    # not given a "first release": tuning readers marked that plan as a misreading of the post
    "webapp": Variant(
        existing_if=None,
        steps_existing=("agree the changes that matter most and where each one touches the current code",
                        "make the changes in small steps, each deployed to a test copy where you can click through it",
                        "cover what changed with tests and leave clear notes, so the next developer can pick it up"),
        start_existing="the current code and the change that matters most",
        # not "any designs or a list of the main screens" (pool readers: "ask for repo access and the bug and feature
        # list instead of designs")
        offer_existing=("access to the code and the list of what must be fixed or added",
                        "tell you which of them I would take first")),
    "mobile": Variant(
        existing_if=None,
        steps_existing=(("get the current app building and running on test devices, and agree the changes that "
                         "matter most"),
                        "make the changes in small steps, each in a build you can install and try on a real phone",
                        "test the changed screens on real phones for each platform you need before the release"),
        start_existing="the current app and the change that matters most",
        offer_existing=("access to the code and the list of changes you need",
                        "tell you which of them I would take first")),
}


# the work repeats (a scraper that runs on a schedule, data kept up to date)
_RECURRING = (r"\b(?:daily|weekly|hourly|monthly|every (?:day|week|hour|month|\d+ (?:hours|minutes))|schedul\w*|"
              r"monitor\w*|regularly|on a regular basis|ongoing basis|real[- ]time|recurring|up to date|"
              r"(?:new|latest|fresh) (?:listings|data|prices|posts))\b")
# the post names work done by hand today: only then is there a "current process" to walk through or ask about, or
# steps "you do by hand" to send (``question_check`` reads it too)
MANUAL_PROCESS = (r"\b(?:manual\w*|by hand|hours? (?:a|per|every) (?:day|week|month)|time[- ]consuming|repetitive|"
                  r"copy(?:ing)? and past\w*|tedious|currently (?:we |I )?(?:do|enter|update|send|copy|check))\b")
# an automation the client has already, to fix or finish: "fix errors in our existing Make scenario", "a 90% done
# Make.com automation", "debug my Zapier zap" (tuning readers: "proposes a new build when I need errors fixed")
_FLOW = r"(?:scenarios?|workflows?|automations?|zaps?|flows?|scripts?|bots?)"
_BROKEN_FLOW = (rf"\b(?:existing|current|our|my) (?:[\w.-]+ ){{0,2}}{_FLOW}\b[^.\n]{{0,80}}\b(?:errors?|fail\w*|broken|"
                rf"not working|stopped working|bugs?)\b|\b(?:fix|debug|repair|finish|finali[sz]e|troubleshoot)\w* "
                rf"(?:the|our|my|this|an existing) (?:existing |current )?(?:[\w./-]+ ){{0,2}}{_FLOW}\b|"
                rf"\b\d{{2}} ?% (?:done|complete|finished|built)\b|\b(?:half|partly|partially|mostly) (?:built|done|finished)\b|"
                # "The automation worked until last month and I am trying to figure out why" (pool readers: "start
                # with how you would diagnose the broken automation")
                rf"\b{_FLOW} (?:worked|was working|ran|has been running) (?:fine |well |perfectly )?until\b|\b{_FLOW}\b"
                rf"[^.\n]{{0,40}}\b(?:no longer works|(?:does not|doesn't) work(?: anymore)?|has stopped)\b")
# a script the client runs on files ("a small Python script that merges our weekly CSV exports"): no trigger, no retry
# question, no alerts (tuning readers: "asking whether failed steps should retry makes no sense for a local script")
_FILE_SCRIPT = r"\bscripts?\b[^.\n]{0,80}\b(?:csv|excel|xlsx|files?|spreadsheets?|images?|pdfs?|folders?)\b"
_RUNS_ITSELF = (r"\b(?:schedul\w*|cron|triggers?|webhooks?|n8n|zapier|make\.com|runs? (?:\w+ )?automatically|"
                r"automatically (?:runs?|every|each|when|whenever)|every (?:hour|minute)|"
                r"real[- ]time|apps script|server|cloud|api|docker|containers?|browsers?|selenium|playwright|"
                r"puppeteer|forms?|website|web ?app|portal)\b")  # ... or is part of a system with a front end
# software that trades on its own, however much AI it uses: its steps and question are the market's and the risk's, not
# "which three real cases should it get right first" (three tuning readers counted that question garbled under a
# trading bot)
_TRADING = Case(
    when=r"\btrading (?:bots?|algorithms?|strateg\w+|systems?|signals?)\b|\bauto-?trad\w+\b|\btrades? (?:stocks|crypto\w*|"
         r"forex|futures|options)\b|\b(?:stocks|crypto\w*|forex) trading\b|"
         # the orders it places ("limit orders … take-profit", a grid strategy on an exchange's API: pool readers, "API
         # boilerplate for a trading bot")
         r"\b(?:grid|scalping|arbitrage) (?:trading|bots?|strateg\w+)\b|\btake[- ]profits?\b",
    # no word shared with the usual items ("market data APIs", "trade execution"): a step matched by a shared word
    # (``post_items.kind_step``) would stand in for their own know-how
    steps=("agree which assets it covers, on which timeframe, and the rules it must never break",
           "build it in small parts and test each on historical data before connecting the next",
           "run it on paper first, then live with small size, with a log of every decision it takes"),
    start="the assets, the timeframe and the rules it must keep to",
    question="Which market and timeframe should it trade first, and what loss in a day should stop it?",
    offer=("the assets and timeframe you have in mind and any strategy notes",
           "tell you how I would test it before it trades real money"))
CASES: dict[str, tuple[Case, ...]] = {
    "analysis": (CATALOGUE,),  # items to categorise into a database: a catalogue, not findings (``work_modes``)
    "mobile": MOBILE_CASES,  # an app to publish or upgrade, not to build (``app_cases``)
    "store": (APP_BUILD, SITE_SPEED),  # a slow store: measure and cut, not a new store's setup
    "migration": MIGRATION_CASES,  # a store or site moved to another platform (``work_modes``)
    # a list of bugs, not one problem: no "since when has it been happening" nor "the exact steps that trigger the
    # problem" (fresh-pool readers: "ask for the bug list and repo access rather than a single failure's history")
    "fix": (Case(
        when=r"\b(?:(?:list|number|bunch|couple|few|handful|series|backlog) of (?:\w+ )?(?:bugs|issues|errors|glitches)|"
             r"(?:several|multiple|many|various|some|few|minor|small|outstanding|remaining|known|\d+) (?:small |minor |"
             r"ui |front-?end |back-?end |functional(?:ity)? |visual |css )?(?:bugs|glitches)|(?:filled|full|riddled) "
             r"with bugs|bug ?(?:list|fixes|fixing)|fix (?:the |these |our |my |all )?(?:\w+ )?bugs)\b",
        steps=("go through the list of bugs with you and agree the order, starting with what gets in your users' way "
               "most",
               "reproduce each bug, fix it and check the features around it, one bug at a time",
               "hand the fixes over in small batches you can check, with a note of what changed for each"),
        start="the list of bugs and the code",
        # true whether or not the post lists them ("do you have the bugs written down" under a listed set is settled)
        question="Can each bug be reproduced on a test copy of the app, or only on the live one?",
        offer=("the list and access to the code", "tell you which bugs I would fix first")),),
    # a change to a site the client has ("update this page with additions", "edit the form on our site"): no new
    # site's pages, load speed and hand-over guide (pool readers: "say plainly that you will add the fields to the
    # existing form", all three rating the new-site letter 1)
    "website": (SITE_SPEED, Case(
        when=r"\b(?:update|edit|change|fix|modify|adjust|tweak|customi[sz]\w*|add (?:\w+ ){0,3}to) (?:this|the|our|my|an existing|existing) "
             r"(?:[\w-]+ ){0,2}(?:page|pages|site|website|form|section|header|footer|menu)\b|\b(?:editing|changes?|updates?|"
             r"edits?|tweaks?) (?:to|of|on) (?:this|the|our|my|an existing) (?:[\w-]+ ){0,2}(?:page|site|website|form)\b|"
             # a site the client runs, to improve ("optimizing our website built on Framer", "SEO fixes on our live
             # site": pool readers, "plans pages for a site that exists")
             r"\b(?:our|my) (?:existing |current |live )?(?:web)?site (?:is )?(?:built|made|running|hosted) (?:on|in|with)\b|"
             r"\b(?:optimi[sz]\w*|improv\w*|maintain\w*) (?:our|my|an existing|existing) (?:[\w-]+ ){0,2}(?:web)?site\b|"
             r"\b(?:existing|current|live) (?:[\w-]+ )?(?:web)?site\b",
        unless=r"\b(?:new (?:web)?site|from scratch|(?:build|create|design|develop) (?:a|an|my|our) (?:new |brand[- ]new )?"
               r"(?:web)?site|redesign\w*|rebuild\w*|re-?design)\b",
        need="You want changes made to your site[ on {platform}] without breaking what already works.",
        steps=("go through the current page with you and agree exactly what changes and where",
               "make the changes on a copy of the page first and check it on phones and desktops",
               "publish once you approve, and check that everything around it still works, forms and links included"),
        start="the current page and the changes you need",
        question="Is there a staging copy of the site, or should the changes be made on a duplicate page first?",
        offer=("access to the site and a screenshot marked with the changes", "tell you how long they would take")),),
    # a sheet to clean ("deduping, first name extraction") or to document ("reverse-engineer and document the
    # spreadsheet"): no calculations to build (pool readers: "I need deduping, not spreadsheet calculations")
    "spreadsheet": (Case(
        when=r"^[^\n]*\b(?:cleaning|clean[- ]?up|clean (?:the|our|my|this|a|these)|cleans(?:e|ing)|de-?dup\w*|"
             r"duplicates?)\b|\b(?:de-?dup(?:e|ing|lication)|"
             r"remove (?:the |all )?duplicates|first[- ]names? extraction|extract(?:ing)? (?:the )?first names?)\b",
        need="You need the data cleaned to rules you can check, with every change logged.",
        steps=CLEANING_STEPS, start=CLEANING_START, question=CLEANING_QUESTION,
        offer=("the file or a sample of it", "tell you which cleaning rules I would suggest")), Case(
        when=r"\b(?:document(?:ing)?|documentation of|reverse[- ]engineer\w*)\b[^.\n]{0,60}\b(?:spreadsheets?|sheets?|"
             r"workbooks?|files?|formulas?|process(?:es)?)\b",
        need="You want the file you rely on explained and written down, so it can be maintained without guesswork.",
        steps=("go through the file with you and list every input, formula, data source and step done by hand",
               "write down how each part works and where its data comes from, checking each note against the file",
               "hand over the document with the weak spots marked and the changes I would suggest"),
        start="the current file and where its data comes from",
        question="Which parts of the file does your team change by hand today, and where does its data come from?",
        offer=("a copy of the file (dummy data is fine)", "tell you how I would document it"))),
    # an exchange's API is what a trading bot calls, not the work; a post that only names trading systems as its sector
    # or as experience ("a share-market strategy website", "experience with trading systems") keeps the API steps
    "api": (replace(_TRADING, when=r"\btrading (?:bots?|algorithms?|strateg\w+)\b|\bauto-?trad\w+\b|\bautomated (?:[\w-]+ )"
                                  r"{0,2}trading\b|\b(?:grid|scalping|arbitrage) (?:trading|bots?|strateg\w+)\b|"
                                  r"\btake[- ]profits?\b",
                    # ... but exchange APIs to add to a bot that runs already are API work ("integrate two broker
                    # APIs into my existing trading bot")
                    unless=r"\b(?:existing|current|working) (?:trading |crypto |forex )?(?:bots?|algorithms?|"
                           r"strateg\w+|systems?)\b"),),
    "ai": (_TRADING, PRODUCES),  # nobody to hand a conversation over to (``ai_cases``)
    "ml": (_TRADING,),
    # an automation the post specifies, with no work done by hand named: no "manual process taken off your team's
    # plate", no "walk through the current process", no "steps you do by hand" (a sentence audit marked all untrue)
    "automation": (Case(
        when=_FILE_SCRIPT, unless=_RUNS_ITSELF + "|" + _BROKEN_FLOW,
        need="You want a script[ in {tools}] that does the job the same way every time and that your team can run.",
        steps=("agree the input files, the rules and the output on a sample of real files",
               "write the script and test it on copies of real files, checking the results against the originals",
               "hand it over with a short guide to running it, so anyone on your team can use it"),
        start="a sample of the input files and the output you expect",
        question="Who will run the script, and on which computer: Windows or Mac?",
        offer=("two or three sample files and the output you expect from them",
               "tell you how the script would handle them")), Case(
        when=_BROKEN_FLOW,
        need="You want the automation you have[ in {tools}] working reliably, without rebuilding what already works.",
        steps=(("go through the current automation and its run history, and list what works, what fails and what "
                "is missing"),
               "fix or finish it one step at a time, testing each with real examples before moving on",
               "add an alert for failed runs, and hand over a short note on what changed and why"),
        start="the current automation and the steps that fail or are missing",
        question="Which steps work today, and which fail or are still missing?",
        offer=("a copy of the current automation and the log of any failed run",
               "tell you what I would fix first"),
        unless=r"\b(?:from scratch|new automation|build (?:a|an) (?:new )?(?:[\w.-]+ ){0,2}automation)\b"), Case(
        when=r"\S", unless=MANUAL_PROCESS,
        need="You want an automation[ with {tools}] that runs reliably on its own.",  # never "the workflow your
        # post describes": a sentence audit found posts that describe none (an ongoing Apps Script role)
        steps=("write down each step the workflow must take, with its trigger, input and output, and agree what "
               "happens when one fails",
               "build the automation in small pieces, testing each with real examples before connecting the next",
               "add logging and an alert for failed runs, and hand over a short guide so it is easy to adjust later"),
        start="the steps the workflow must take, each with its trigger, input and output",
        question="When a step fails, should it retry on its own, alert someone, or both?",
        # one real input and its result, not "the steps you do by hand" (untrue) nor "a walk-through of the steps"
        # (tuning readers: "asks for a walk-through I already gave"); a post rarely includes one
        offer=("one real example of what goes in and what should come out",
               "tell you which step I would build first and where I see a risk"),
        topic_question=True),),
    # a dashboard whose post lists its figures ("metrics such as Ad Spend, Cost Per Lead, …", "KPIs:" over a list):
    # no "agree the handful of KPIs that matter", no "connect the sources" for one Excel file (tuning readers: "the
    # client already listed every KPI and chart", 4 of 40 letters)
    "dashboard": (*DASHBOARD_CASES, Case(
        when=r"\b(?:kpis?|metrics|measures|figures|charts?|visuals?|items)\b[^.\n]{0,40}?(?::|such as|including|include|like)"
             r"\s*[^.\n,]{2,40},[^.\n,]{2,40},|(?m:^\W*(?:key )?(?:kpis?|metrics|measures)\b[^\n]{0,30}:?\s*\n(?:\s*(?:[-*•·]|"
             r"\d{1,2}[.)])[^\n]+\n){2,})|(?m:(?:^[^\n:]{2,40}:\s*(?:metric|table|chart|pie chart|bar chart|kpi)\b[^\n]*\n+)"
             r"{3,})",
        steps=("check each figure your post lists against the source data on a few real examples, and agree any "
               "definition it leaves open",
               # said once: "the figures your post lists" three times in one letter read as a template (6 of 184 tuning)
               "load the data, check its totals against the source, and build the pages around the figures you listed",
               "set up the refresh and walk you through the report, so your team can use it without me"),
        start="the figures your post lists, checked against the source data",
        question="Who will read the dashboard most often, and how fresh do the numbers need to be?",
        offer=("a sample of your data", "tell you which of the figures in your post it can already show"),
        topic_question=True),),
    # a new theme built from designs ("create a modular Shopify theme", "custom theme from scratch") is not a change
    # to the live theme: no "duplicate of your live theme", no "screenshot of the page to change"
    "theme": (APP_BUILD, SITE_SPEED, Case(
        when=r"\b(?:(?:create|build|develop|design|code)\w* (?:a |an |the |our |my )?(?:[\w-]+ ){0,3}theme|"
             r"(?:new|custom|bespoke|modular) (?:[\w-]+ ){0,2}theme (?!changes|edits|tweaks|customi)|"
             r"theme (?:from scratch|development from))\b",
        unless=r"\b(?:existing|current|installed|purchased|bought|live) (?:[\w-]+ ){0,2}theme\b|\btheme (?:changes|"
               r"tweaks|edits)\b|\b(?:fix|update|modify|change|edit|tweak|customi[sz]e) (?:our|my|the) (?:[\w-]+ )?theme\b",
        steps=("agree the pages, sections and settings the theme needs, from the designs or the stores you like",
               ("build the theme on a development store as sections and settings, so every page stays editable "
                "from the store's admin"),
               "test every page on phones and desktops, then publish it with you"),
        start="the pages and sections the theme needs, from the designs",
        question="Which page should the theme get right first, so I can build it before the others?",
        offer=("any designs you have or a store whose look you like", "tell you how I would split the theme into sections")),),
    # a data set collected once against criteria ("a dataset of 200K images of ...") is not a recurring scrape: no
    # "alert when a source changes", no "target URL and the fields you need", no "how often should it run"
    "scraping": (Case(
        # one file behind a page's button, fetched by a script that sends the page's own request ("make a successful
        # post request that returns a csv file available when you click the Download button … figure out the proper
        # headers and payload"): no collector, no source that changes, no alert (30th session, found trying the API)
        when=r"\b(?:post|get) requests?\b[^.\n]{0,80}\b(?:csv|file|download|export)|\bheaders? and (?:the )?payload\b|"
             r"\bdownload button\b",
        unless=_RECURRING,
        need="You need a script[ using {tools}] that gets the file behind the page's button on its own, with nothing "
             "hard-coded.",
        steps=("work out which of the request's fields, headers and cookies the page hands out fresh on each visit (a "
               "token, a session value), since those are the values a script must never hard-code",
               "write the script so it reads those values from the page first and then sends the request, and test it "
               "from a clean start several times",
               "hand over the script with a short note on how to run it and what to check if the page changes"),
        start="the request the page sends when you click the button",
        question="Should the script save the file somewhere specific, or is returning it enough?",
        offer=("the file you get when you download it by hand", "check the script's output against it")), Case(
        # everything from one site, once ("extract all product images from a Shopify website"): no "how often do you
        # need fresh data", no alert "when a source changes" (tuning readers: "treats a one-off image grab as a
        # recurring data feed")
        when=r"\b(?:extract|scrape|download|collect|grab|pull|get|save)\w* (?:all|every)(?: (?:the|of the))? "
             r"(?:[\w-]+ ){0,2}(?:images?|photos?|pictures?|files?|pdfs?|documents?|products?|listings?|pages?|posts?|"
             r"reviews?|data|records?|entries)\b|\bone[- ](?:time|off) (?:scrap\w+|extraction|download|pull|job|task|"
             r"project)\b",
        unless=_RECURRING + r"|\b(?:data ?sets?|corpus)\b",
        steps=("check the site first: how its pages are built and what limits it sets, and agree the fields and the "
               "format on a small sample",
               ("collect everything with polite rate limits, checking the total against the site's own counts so "
                "nothing is missed"),
               "deliver it in the format you need, with a note of anything that could not be collected"),
        start="how the site's pages are built, and a small sample in the format you need",
        question="In what format would you like to receive the results?",
        offer=("the site's address and an example of how you want the results laid out",
               "return a small sample for you to check before the full run")), Case(
        when=r"\b(?:(?:create|build|collect|compile|gather|assemble|source)\w* (?:a |an |the )?(?:[\w-]+ ){0,3}"
             r"(?:data ?sets?|corpus)|(?:data ?sets?|corpus) (?:of|with) (?:at least |over |around )?\d[\d,.]*\s*[km]?)\b",
        unless=_RECURRING,
        steps=("agree the criteria every item must meet and the sources allowed, and check a first sample together",
               ("collect from those sources with polite rate limits, checking every item against the criteria and "
                "recording where it came from"),
               "deliver the data set with duplicates removed and a list of where each item came from"),
        start="the criteria every item must meet, checked together on a first sample",
        question="Which sources may the data come from, and how should the finished data set be delivered?",
        offer=("a few examples of items you would accept",
               "return a small sample set for you to check before the full collection")),),
}
