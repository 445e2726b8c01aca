"""What the work does to the client's thing, besides what kind of work it is (team-written data, read by
``kind_rules.KIND_SWAPS`` and ``kind_variants.CASES``): a new build, a change to something live, a move to another
platform, a third party's API to call, a live failure to debug.

A kind's words are mostly nouns and tool names ("shopify", "django", "dashboard"), so a post that names a store
platform reads as a theme change, whatever it asks for. A third probe of team-written posts (issue 14) found the plan,
the question and the offer taken from the wrong case in 13 of 42 letters: a store built from scratch got "work on a
duplicate of your live theme" and "send us a screenshot of the page to change"; a WooCommerce-to-Shopify move got the
same; a headless Next.js storefront got a speed plan; a Django version upgrade got "which user flow matters most for
the first release"; a price-scraping job with a small dashboard got "an export from one source"; a custom Shopify app
got the live theme's duplicate. The phrases below read whole phrases of the post, never a guess."""
from __future__ import annotations

from service.drafting.kind_case import Case

# store and site platforms a client moves between ("move from WooCommerce to Shopify", "Wix to Webflow migration")
SITE_PLATFORMS = (r"(?:shopify(?: plus)?|woo ?commerce|magento|bigcommerce|prestashop|opencart|etsy|ecwid|volusion|"
                  r"shopware|wix|squarespace|word ?press|webflow|framer|weebly|godaddy|drupal|joomla|hubspot cms)")
_MOVE = r"(?:migrat\w*|mov(?:e|es|ed|ing)|switch\w*|transfer\w*|port(?:ing|ed)?|transition\w*|replatform\w*)"
# a move of the whole site or store from one platform to another (not "move the products to a new collection")
PLATFORM_MOVE = (rf"\b{_MOVE}\b[^.\n]{{0,40}}?\bfrom {SITE_PLATFORMS}\b|\b{_MOVE} (?:[\w-]+ ){{0,3}}?{SITE_PLATFORMS}\b"
                 rf"[^.\n]{{0,30}}?\bto {SITE_PLATFORMS}\b|\b{SITE_PLATFORMS} (?:store |site |website |shop )?(?:to|->|→) "
                 rf"{SITE_PLATFORMS} (?:migration|move|switch|transfer)\b|\breplatform\w*\b")
# what a store holds besides its pages: a store's move carries products, customers and orders
_STORE_DATA = (r"\b(?:products?|skus?|orders?|customers?|customer accounts|reviews|variants|inventory|checkout|"
               r"woo ?commerce|shopify|magento|bigcommerce|prestashop|opencart|ecwid|store|shop)\b")
# a framework or language version to move to, named in the title ("Upgrade Django 3.2 app to Django 5", "Migrate
# from Python 2 to Python 3", "Laravel 8 -> 11 upgrade"): the app exists and works; no first release to plan
VERSION_UPGRADE = (r"^[^\n]*\b(?:upgrad\w*|migrat\w*|port\w*|mov(?:e|ing))\b[^\n]{0,40}?\b(?:to|from) (?:[\w.+#-]+ )?"
                   r"v?\d+(?:\.\d+)*\b|^[^\n]*\bv?\d+(?:\.\d+)* ?(?:to|->|→) ?(?:[\w.+#-]+ )?v?\d+(?:\.\d+)*\b[^\n]*\b"
                   r"(?:upgrade|migration)\b")
# an existing code repository to upgrade or refactor ("a major upgrade of an existing JavaScript-based game automation
# project … not a greenfield project", with its repository linked): code work under way, not an automation to build
# (tuning readers: "frames the job as building a new automation workflow when the post is an upgrade of an existing repo")
CODE_UPGRADE = (r"^(?=[\s\S]*\b(?:repo(?:sitory)?|code ?base|github\.com|gitlab\.com)\b)[\s\S]*(?:\bnot (?:a |an )?"
                r"(?:greenfield|from[- ]scratch)\b|\b(?:upgrad\w*|refactor\w*|restructur\w*|moderni[sz]\w*|improv\w*) (?:of )?"
                r"(?:an |the |our |my |this )?existing (?:[\w.#+-]+ ){0,3}?(?:project|code|code ?base|repo\w*|scripts?|"
                r"automation|bot|tool)s?\b)")
# a storefront built apart from the platform's own theme, on its APIs ("headless Shopify with Next.js"): a front end to
# build, not a theme to change
HEADLESS = r"\bheadless\b|\bstorefront api\b"
# a store to build, not one to change ("need a Shopify store built from scratch", "set up our new online store"),
# unless the post speaks of a store it already runs
NEW_STORE = (r"^(?![\s\S]*\b(?:existing|current|live|our current|old) (?:[\w-]+ )?(?:store|shop|theme)\b)[\s\S]*(?:\b(?:build|"
             r"create|set ?up|setting ?up|launch|design|develop|start)\w* (?:a |an |the |our |my )?(?:new |brand[- ]new )?(?:[\w-]+ ){0,2}"
             r"(?:shopify |woo ?commerce |online |e-?commerce )?(?:store|shop)\b(?! (?:theme|page|section|app))|\b(?:store|"
             r"shop) (?:built |set up |made )?from scratch\b|\bbrand[- ]new (?:[\w-]+ )?(?:store|shop)\b)")
# a dashboard whose data the job must first collect from websites ("Scrape competitor prices + build a Tableau
# dashboard"): the collection is the work the rest depends on
SCRAPE_FED = r"^[^\n]*\b(?:scrap(?:e|er|ers|ing)|crawl(?:er|ing)?)\b"
# a job that gets its data by scraping pages, named twice ("adapt the existing Ruby scraper", "experience with data
# scraping"), whatever API the title promises the client's site: the pages are scraped, not called (pool readers: "API
# boilerplate for a scraping job"); protecting a site from scrapers ("anti-scraping") is not scraping
SCRAPES_ITS_DATA = (r"(?<!anti-)(?<!anti )\b(?:scrap(?:e|er|ers|ing)|crawl(?:er|ers|ing)?)\b[\s\S]*?"
                    r"(?<!anti-)(?<!anti )\b(?:scrap(?:e|er|ers|ing)|crawl(?:er|ers|ing)?)\b")
# the site a build is only embedded in or linked from is its host, not the work ("can be embedded or linked from our
# Shopify site", "Shopify for linking and embedding": pool readers, "theme steps for a standalone simulation")
HOSTED_ON = (r"\b(?:embedded|linked|embed|link)(?: or (?:embedded|linked))? (?:in|on|from|into|to) (?:our|my|the|a) "
             r"[\w.]+ (?:site|website|store|page)\b|\b[\w.]+ for (?:linking|embedding)(?: and (?:linking|embedding))?\b")
# lists to merge or dedupe, with no analysis asked for anywhere ("combine the files into a master list and flag
# repeated contacts" under a "data analyst" title): pool readers, "findings and charts for a dedupe tool"
LIST_CLEANING = (r"^(?![\s\S]*\banaly(?:sis|ses|[sz]e|[sz]ed|[sz]ing|tics?|tical)\b|[\s\S]*\b(?:insights?|trends?|findings|"
                  r"reports?|dashboards?|charts?|visuali[sz]\w*|statistic\w*)\b)[\s\S]*\b(?:de-?dup\w*|duplicat\w*|master "
                  r"lists?|merg\w* (?:[\w-]+ ){0,3}(?:lists|files|sheets|spreadsheets|data ?sets)|clean\w*(?:[- ]up)? (?:the |our |my "
                  r"|this )?(?:[\w-]+ )?(?:data ?sets?|lists?|files?|records|contacts|leads))\b")
# an app to build for a store platform ("custom Shopify app for wholesale pricing", "private app", "Shopify app
# development"): software on the platform's APIs, not a theme change and not an app to pick from the app store
CUSTOM_APP = (r"\b(?:custom|private|bespoke|embedded|public) (?:shopify |woo ?commerce |bigcommerce )?(?:apps?|plugins?)\b|"
              r"\b(?:shopify|woo ?commerce|bigcommerce) (?:apps?|plugins?) (?:development|developer|dev)\b|\bapp development\b|"
              r"\b(?:build|develop|create|write)\w* (?:a |an |our |the )?(?:new |custom |private )?(?:shopify |woo ?commerce "
              r")?(?:app|plugin) (?:that|which|to|for)\b")

# someone else's API to call ("Integrate our Django app with QuickBooks Online API", "connect our portal to the Xero
# API"): the integration is the work, not the client's app or an API of its own (third probe: "which clients will use
# the API" and a first release's plan for them)
CALLS_THEIR_API = (r"\bintegrat\w* (?:[\w-]+ ){0,4}?(?:with|into) (?:the |their |an? )?(?:[\w.-]+ ){1,3}?apis?\b|"
                   r"\b(?:connect|sync|hook)\w* (?:[\w-]+ ){0,4}?(?:to|with) (?:the |their |an? )?(?:[\w.-]+ ){1,3}?apis?\b|"
                   r"\b(?:call|consum|pull|fetch)\w* (?:data )?(?:from )?(?:the |their |an? )?(?:[\w.-]+ ){1,3}?apis?\b")

STORE_MOVE = Case(
    when=PLATFORM_MOVE, unless=r"^(?![\s\S]*" + _STORE_DATA + ")",
    steps=("list everything that has to move (products and variants, customers, orders, reviews and pages) and every old "
           "URL that needs a redirect",
           "run a test import into the new store first and check the counts and a sample of records with you, then set "
           "up the theme and the redirects",
           "switch over at a quiet time, then check orders, redirects and search traffic in the weeks after"),
    start="an inventory of what has to move and the old URLs that need redirects",
    question="Is there a date the switch-over has to happen by, and which apps or plugins on the current store must "
             "have an equivalent on the new one?",
    offer=("the address of the current store and a list of the apps or plugins it uses",
           "tell you what would move as it is and what needs a closer look"))
SITE_MOVE = Case(
    when=PLATFORM_MOVE,
    steps=("list every page, form and integration the current site has, and every old URL that needs a redirect",
           "rebuild the pages on the new platform on a staging copy and check each one against the old site with you",
           "switch over with the redirects in place, then watch the forms and the search traffic in the weeks after"),
    start="an inventory of the current pages and the old URLs that need redirects",
    question="Is there a date the switch has to happen by, and who manages the domain today?",
    offer=("the address of the current site", "tell you what would move as it is and what needs rebuilding"))
# a framework or language version to move to (``VERSION_UPGRADE``): the app works today, and the libraries and the
# deprecations between the two versions decide the work (third probe: "which user flow matters most for the first
# release" of a Django upgrade)
VERSION_MOVE = Case(
    when=VERSION_UPGRADE,
    need="You need your[ {tools}] app moved to the new version without breaking what works today.",
    steps=("get the app and its tests running as they are, and list what changes between the two versions for the "
           "framework and for each library it depends on",
           "upgrade one version step at a time, fixing what breaks and adding tests where the coverage is thin",
           "run the upgraded app on a staging copy, check the key flows with you, then release it with a way back"),
    start="the current code, its tests and the libraries it depends on",
    question="Is there a staging copy where the upgraded app can run against realistic data before it goes live?",
    offer=("access to the code", "tell you which libraries are likely to need the most work"))
# data moved between systems ("data migration", "field mapping", "link data tables"), not code: no "a copy of the current
# code", no "tests and backups around what works today" (pool readers: "there is no code to send")
DATA_MOVE = Case(
    when=r"\bdata migrations?\b|\bmigrat\w* (?:the |our |all |legacy |existing )?(?:[\w-]+ ){0,2}(?:data|records|tables|"
         r"contacts)\b|\bfield mappings?\b|\bmap(?:ping)? (?:the |all )?fields\b",
    unless=r"\b(?:code ?base|source code|refactor\w*|rewrite|legacy code|framework)\b",
    need="You need your data moved between systems[ ({tools})] with every record accounted for.",
    steps=("map every table and field from the old system to the new one, and agree the rules for records that do not "
           "fit",
           "transform and load a trial batch on a copy, and fix what fails before the full load",
           "move the data at an agreed time, check it with your team and write down the mapping for next time"),
    start="the tables and fields that have to move, and where each one lands",
    question="Roughly how many records have to move, and is there a date the new system must be ready by?",
    offer=("a sample export and the field list of the system it moves into",
           "tell you which fields would need mapping rules"))
# an existing code repository to make easier to set up, run and extend (``CODE_UPGRADE``): nothing moves and nothing is
# switched over (tuning readers, 30th session: "reads like a migration template", "You need your system moved or
# upgraded (JavaScript)" garbled, and a copy of the code asked for when the post links its public repository)
CODE_REWORK = Case(
    when=CODE_UPGRADE,
    need="You need the code you already have made easier to set up, run and extend, without breaking what works today.",
    steps=("run the code as it is and read through it, and write down what works, what is fragile and what is hard to "
           "set up or change",
           "make the first improvements in small pull requests, each with a short note on what changed and how it was "
           "tested",
           "move on to the next part once you have checked the last one, and keep a short guide to running and "
           "extending it up to date"),
    start="a read-through of the code and a short list of what to improve first",
    question="Which part is hardest today: setting it up, running it, or changing it?",
    offer=("the part you would most like to change first", "tell you how I would approach it in the first milestone"))
MIGRATION_CASES = (VERSION_MOVE, STORE_MOVE, SITE_MOVE, DATA_MOVE, CODE_REWORK)

APP_BUILD = Case(
    when=CUSTOM_APP, unless=r"\b(?:install|configur|recommend|choos|pick)\w* (?:an? |the |some )?(?:[\w-]+ )?apps?\b(?! (?:that|which))",
    steps=("agree what the app must do for each group of customers and for your team, and where it shows in the store "
           "and in the admin",
           "build it as a custom app on a development store, on the platform's own APIs and extensions, so theme updates "
           "do not break it",
           "test it with real products and customer accounts on the development store, then install it on the live store "
           "with you"),
    start="what the app must do and where it shows in the store and the admin",
    need="You need a custom app for your[ {platform}] store, built on its own APIs so it keeps working through theme "
         "updates.",
    question="Which part of the app do you need live first, and who on your team will manage its settings?",
    offer=("the rules the app must follow and one real example for each",
           "tell you how I would build it and where I see a risk"))

# items to sort into categories and write up in a database ("categorize and document reels in our Notion database"),
# with no findings asked for: the work is the catalogue, not an analysis with charts (tuning readers, 29th session:
# "treats reel cataloguing in Notion as a data-cleaning and charts project")
CATALOGUE = Case(
    when=r"^(?![\s\S]*\b(?:insights?|findings|trends?|correlat\w*|statistic\w*|regression|dashboards?|charts?|kpis?|"
         r"forecast\w*)\b)[\s\S]*\b(?:categori[sz]\w*|catalog\w*|classify\w*|tag(?:s|ging)?)\b[\s\S]*\b(?:database|"
         r"library|notion|airtable|spreadsheet|google sheets?)\b",
    need="You need the items sorted into clear categories and written up the same way every time.",
    steps=("agree the categories with you, each with a one-line definition and an example, and the fields every entry "
           "needs",
           "analyse and categorise the items in batches, checking the first batch with you and a sample of every batch "
           "after it",
           "hand over the filled-in database with a note of anything that fitted no category, so the list stays "
           "consistent as it grows"),
    start="the categories and the fields each entry needs",
    question="Do you have a list of categories already, or should the first batch propose one?",
    offer=("any entries you have made already", "tell you how we would fill in the rest"))
