"""Team-written topics (issue 14, 32nd session): the subject of the data, and a few development tools, that recur
across the field; written from the field's common work, like ``topic_field``, not from any post. A third of the
fitting held-out letters carried no precise remark, most of them analysis posts whose subject (sales, e-mail
results, students, energy, public datasets, suppliers …) no table named. Same rules as the other tables: one
first-person sentence true for every post that matches the trigger and ``needs``, naming no tool the trigger does
not require; none of them vetoes a weaker remark (``Topic.veto``). Data only."""
from __future__ import annotations

from functools import partial

from service.drafting.topic_model import DATA_DEV, DEV, D, Topic

# findings are asked for (an analysis); with a report or a dashboard, the data is to be read, not entered or cleaned
_FINDINGS = r"\b(?:analy[sz]\w*|insights?|trends?|patterns?|findings|recommendations?|statistic\w*)\b"
_READ = _FINDINGS + r"|\b(?:summari[sz]\w*|reports?|reporting|dashboards?|kpis?|metrics)\b"
# a skill asked of the candidate ("experience with Neo4j"), not work on the post's own system
_ASKED_OF_YOU = (r"\b(?:experience (?:with|in)|familiar\w* with|knowledge of|proficien\w+ (?:in|with)|exposure to) "
                 r"(?:[\w.-]+,? ){0,4}")

_topic = partial(Topic, veto=False)

SUBJECT_TOPICS: tuple[Topic, ...] = (
    # ------------------------------------------------------------------ the subject of the data
    _topic("sales_data", r"\b(sales (?:data|figures|performance|reports?|reporting|analysis|numbers|records)|"
                         r"revenue (?:data|analysis)|sales by (?:region|product|channel|rep|store|month))\b", D,
           "With sales data I would settle first which date a sale counts on (order, invoice or payment) and how "
           "returns and discounts are netted, since sales figures that disagree usually differ on exactly that.",
           needs=_READ),
    _topic("findings_deck", r"\b(presentations?|slide ?decks?|slides|powerpoint|google slides|keynote)\b", D,
           "For the presentation I would give each slide a title that states its finding, with the chart below it "
           "as the evidence, so the deck can be read from its titles alone.",
           needs=_FINDINGS,
           # a pitch deck to design, a presentation layer of an app, or slides as the data source
           unless=r"\b(?:pitch decks?|investor decks?|presentation layer|(?:design|redesign)\w* (?:a |the |our )?"
                  r"(?:\w+ )?(?:deck|presentation|slides)|deck design|slide design|template)\b"),
    _topic("email_metrics", r"\b(open rates?|(?:e-?mail|newsletter) (?:campaigns? )?(?:performance|metrics|analytics|"
                            r"results|stats|statistics|engagement))\b", D,
           "For e-mail results I would judge each campaign by clicks and revenue per recipient rather than by "
           "opens, since Apple's mail privacy feature counts many unread e-mails as opened.",
           needs=_READ),
    _topic("literature_review", r"\b(literature reviews?|systematic reviews?|scoping reviews?|review of (?:the )?"
                                r"(?:existing |relevant |academic )?literature)\b", D,
           "For a literature review I would write down the search terms, the databases and the rules for including "
           "a study before reading, so the selection can be repeated and defended."),
    _topic("student_data", r"\b(student (?:data|records|performance|outcomes|enrol?ments?|attendance|results|grades|"
                           r"assessment data)|enrol?ment data|learner data|school data|test scores)\b", D,
           "With student data I would fix first what counts as one student in one term, since transfers, repeated "
           "courses and withdrawals otherwise count the same person twice or not at all.",
           needs=_READ),
    _topic("energy_data", r"\b((?:energy|electricity|power|gas) (?:data|consumption|usage|use|bills?|readings?)|kwh|"
                          r"smart meters?|meter data|meter readings?|solar (?:generation|production|output) data)\b",
           D,
           "With energy readings I would check the meter intervals and units first (kW against kWh, 15-minute "
           "against hourly) and allow for the weather before comparing periods, since a cold month looks like waste "
           "otherwise.",
           needs=_READ + r"|\b(?:forecast\w*|predict\w*)\b"),
    _topic("public_data", r"\b(census (?:data|bureau|tracts?)|public (?:data ?sets?|data|records data)|open data|"
                          r"government data(?: ?sets?)?|world bank|eurostat|american community survey|bls data)\b", D,
           "With public datasets I would record each source's release and its definitions beside the figures, since "
           "agencies revise past numbers and change their categories between releases.",
           needs=_READ + r"|\b(?:collect\w*|compil\w+|merg\w+|combin\w+)\b"),
    _topic("spend_data", r"\b(procurement (?:data|analysis|spend|reports?)|spend analysis|spend data|(?:supplier|vendor) "
                         r"(?:data|spend|performance|analysis)|purchas(?:e|ing) (?:orders? )?data)\b", D,
           "In spend data the same supplier usually appears under several names, so I would map every supplier to "
           "one name and one category before reading any totals."),
    _topic("supply_chain", r"\b(supply chain|lead times?)\b", D,
           "For supply chain data I would look at each supplier's lead times as a spread rather than an average, "
           "since stock-outs and late orders come from the slow deliveries, not the typical ones.",
           needs=_READ + r"|\b(?:forecast\w*|optimi[sz]\w*|plan\w*)\b",
           unless=r"\blead times? (?:of|for) (?:the |this |our )?(?:project|work|delivery of the)\b"),
    _topic("search_console", r"\b(search console|gsc)\b", D,
           "In Search Console I would compare the same weeks a year apart and read queries page by page, since "
           "clicks move with the season and the report leaves rare queries out of its totals by query."),
    _topic("youtube_analytics", r"\b(youtube (?:analytics|channel|data|metrics|performance|videos?)|watch time|audience "
                                r"retention)\b", D,
           "For a YouTube channel I would read each video's watch time and audience retention beside the click-through "
           "rate of its impressions, since views alone do not show whether the title or the video itself is the "
           "problem.",
           needs=_READ),
    _topic("portfolio_returns", r"\b(portfolio (?:returns?|performance|analysis|analytics)|investment (?:returns?|"
                                r"performance)|fund performance)\b", D,
           "For portfolio returns I would compute them time-weighted, so deposits and withdrawals are not read as "
           "gains or losses, and set each one beside a benchmark over the same period."),
    _topic("polling_data", r"\b(polls?|polling|voters?|electoral|election (?:data|results))\b", D,
           "With polling data I would weight the sample to the population (age, sex, region and past vote) before "
           "reading any share, and give the margin of error beside each figure.",
           needs=_READ + r"|\b(?:weight\w*|sample|respondents|margin of error|crosstabs?)\b",
           # a system that polls an API is no opinion poll
           unless=r"\b(?:poll(?:ing)? (?:interval|rate|for (?:changes|updates|new))|poll(?:s|ed|ing)? (?:the |an? |our |"
                  r"their )?(?:[\w-]+ ){0,2}(?:apis?|endpoints?|servers?|queues?|databases?|inbox|feeds?)|long[- ]polling|"
                  r"short[- ]polling)\b"),
    _topic("weather_data", r"\b(weather (?:data|stations?|records|observations)|climate (?:data|records|series)|"
                           r"temperature (?:data|records|series)|rainfall (?:data|records))\b", D,
           "With weather or climate records I would check each station's gaps and any change of instrument or site "
           "before computing a trend, since a moved station can look like a change in the climate.",
           needs=_READ + r"|\b(?:forecast\w*|predict\w*|model\w*)\b"),
    _topic("recruiting_data", r"\b(recruit\w* (?:data|metrics|funnel|analytics|reports?)|hiring (?:data|metrics|funnel)|"
                              r"time to hire|applicant tracking data|ats data)\b", D,
           "For recruiting data I would measure each stage's conversion and the days from application to offer "
           "role by role, since one overall average hides the roles where candidates drop out."),
    # ------------------------------------------------------------------ development
    _topic("graph_db", r"\b(neo4j|graph databases?|knowledge graphs?|cypher quer\w+|arangodb|memgraph)\b", DATA_DEV,
           "For a graph database I would write down the questions the graph has to answer first and model the nodes "
           "and relationships from them, since a model copied from tables makes traversals slow and queries hard "
           "to read.",
           unless=_ASKED_OF_YOU + r"(?:neo4j|graph databases?|knowledge graphs?)\b"),
    _topic("graphql_api", r"\b(graphql)\b", DEV,
           "For a GraphQL API I would batch the lookups behind each field and set a limit on query depth, since a "
           "nested query otherwise turns into hundreds of database calls.",
           # the team builds the API; a store's or a vendor's GraphQL API is only called
           needs=r"\b(?:graphql (?:api|server|schema|endpoints?|layer|backend|gateway)|apollo server|resolvers?|"
                 r"hasura|(?:build|design|develop|implement)\w* (?:a |the |our )?(?:\w+ )?graphql)\b",
           unless=r"\b(?:shopify|storefront api|admin api|github|contentful|hygraph|monday\.com)\b"),
    _topic("headless_cms", r"\b(strapi|sanity\.io|sanity (?:cms|studio)|contentful|storyblok|payload cms|headless cms|"
                           r"directus|prismic)\b", DEV,
           "With a headless CMS I would model the content types together with the people who will edit them before "
           "building the pages, since a model that does not match how they write gets worked around in free-text "
           "fields."),
    # ------------------------------------------------------------------ integrations an API post names
    _topic("shipping_api", r"\b(shipstation|easypost|shippo|shipping labels?|(?:fedex|ups|usps|dhl) api|shipping api|"
                           r"label printing)\b", DEV,
           "For shipping labels I would check each address before a label is bought and store the tracking number "
           "with its order, since a label bought for a wrong address is charged all the same."),
    _topic("esign", r"\b(docusign|pandadoc|hellosign|dropbox sign|adobe sign|e-?signatures?)\b", DEV,
           "For e-signatures I would fill each document from a template with named fields and take the signed "
           "status from the provider's notification, so a signed contract updates the record without anyone "
           "checking by hand.",
           unless=r"\b(?:email signatures?|e-?mail signatures?)\b"),
    _topic("slack_app", r"\b(slack)\b", DEV,
           "For a Slack app I would ask only for the permissions it needs and answer Slack's events within three "
           "seconds, handing longer work to a background job, since Slack resends an event that gets no quick "
           "answer.",
           # an app or bot is built for Slack, not Slack as the team's chat
           needs=r"\bslack (?:apps?|bots?|integrations?|commands?|slash commands?|workflows?|api|notifications?|"
                 r"alerts?|messages?)\b|\b(?:to|into|in|via|on) slack\b",
           unless=r"\b(?:communicat\w+|available|reachable|respond\w*|chat) (?:\w+ ){0,3}(?:via|on|over|in) slack\b"),
    _topic("google_apis", r"\b(google drive api|gmail api|google sheets api|google docs api|google workspace api|"
                          r"drive api|service accounts?)\b", DEV,
           "With Google's APIs I would decide early between a service account and each user's own sign-in, since "
           "that choice sets which files the automation can reach and whether Google must first verify the app."),
    _topic("sftp_files", r"\b(sftp|ftps?|file drops?)\b", DATA_DEV,
           "For files dropped on a server I would move each one to a processed folder only after it has loaded and "
           "raise an alert when the day's file does not arrive, so a missing or half-loaded file is noticed the "
           "same day.",
           needs=r"\b(?:import\w*|load\w*|ingest\w*|pick(?:s|ed)? up|drops?|dropped|receiv\w+|incoming|transfer\w*)\b",
           unless=r"\b(?:upload (?:the |our )?(?:site|website|theme|files?) (?:via|by|over) s?ftp|s?ftp access to "
                  r"(?:the |our )?(?:site|website|server|hosting)|cpanel)\b"),
    _topic("social_api", r"\b((?:instagram|facebook|meta|tiktok|linkedin|youtube|twitter|x) (?:graph |data |"
                         r"marketing |business |content posting )?api)\b", DEV,
           "With a social platform's API I would confirm first which permissions the feature needs and whether they "
           "go through the platform's app review, since that review, more than the code, often sets the timeline."),
    # ------------------------------------------------------------------ business figures (33rd session, from the field)
    _topic("staff_turnover", r"\b((?:employee|staff|workforce) (?:attrition|turnover)|attrition (?:rates?|analysis)|"
                             r"turnover rates? of (?:staff|employees)|headcount (?:analysis|reports?|reporting|data))\b", D,
           "For staff turnover I would count leavers against the average headcount of the same period and keep "
           "voluntary and involuntary exits apart, since a rate on the wrong base or the two mixed together hides "
           "where people are leaving."),
    _topic("funnel", r"\b((?:conversion |sales |signup |checkout |marketing )?funnels?|drop-?offs?)\b", D,
           "For a funnel I would fix one definition of each step and count people, not sessions, moving from one "
           "step to the next within a set time, since tools count the same funnel differently and the numbers "
           "only compare when the rules are fixed.",
           needs=_READ + r"|\bconversion rates?\b",
           # a funnel to build or design (landing pages, ClickFunnels) is marketing work, not figures to read
           unless=r"\bclickfunnels\b|\bfunnel (?:builder|pages?|design|set-?up)\b|\b(?:build|create|design|set up)\w* "
                  r"(?:a |the |our |my )?(?:new )?(?:sales |marketing )?funnels?\b"),
    _topic("budget_variance", r"\b(budget (?:vs\.?|versus|against|to) actuals?|actuals? (?:vs\.?|versus|against|to) "
                              r"budget|variance analysis|budget variances?|variance reports?)\b", D,
           "For budget against actuals I would map every ledger account to one budget line first, so each variance "
           "comes from a real difference in spending and not from an account that was mapped to the wrong line."),
    _topic("credit_risk", r"\b(credit (?:risk|scor\w+|default\w*)|loan (?:defaults?|default rates?|applications?|"
                          r"portfolios?|performance)|probability of default|default (?:rates?|prediction))\b", D,
           "For credit risk I would keep every input to what was known on the day of the application and fix the "
           "window in which a default counts, since data recorded after the decision makes a model look far better "
           "than it will be.",
           needs=r"\b(?:model\w*|predict\w*|scor\w*|analy[sz]\w*|risk factors?|machine learning|statistic\w*)\b"),
    _topic("support_metrics", r"\b((?:support|help ?desk|customer service|call cent(?:er|re)|contact cent(?:er|re)) "
                              r"(?:tickets? )?(?:data|metrics|kpis?|reports?|reporting|performance|analytics|dashboards?)|"
                              r"(?:first[- ]response|resolution|handle|wait) times?|sla (?:compliance|breaches|reporting))\b",
           D,
           "For support figures I would measure response and resolution times in business hours and from the "
           "customer's first message, since clock hours and a timer that starts when an agent opens the ticket make "
           "the team look faster than customers find it.",
           needs=_READ),
    _topic("product_performance", r"\b(product (?:performance|profitability|mix)|(?:best|top|worst)[- ]selling products?|"
                                  r"sku (?:performance|analysis|profitability)|sales by (?:product|sku))\b", D,
           "For product performance I would rank products by their margin after discounts and returns rather "
           "than by revenue, since the best sellers by revenue are often not the ones that make the money.",
           needs=_READ),
    # ------------------------------------------------------------------ what is collected, and from where
    # (33rd session, from a tuning reading's comments: "mentioning Shopify's product JSON endpoints", "naming the
    # data sources or APIs they would use, and the timeframes"; written for any such post)
    _topic("shopify_scrape", r"\b(shopify)\b", DATA_DEV,
           "On a Shopify store I would read the products and their image links from the JSON product feed every "
           "Shopify store serves rather than from its pages, which is faster, gentler on the site and misses nothing.",
           # taken from someone's store: scraped, or extracted from its site
           needs=r"\b(?:scrap\w+|crawl\w*)\b|\b(?:extract\w*|download\w*)\b[^.\n]{0,60}\bfrom (?:a|the|their|this|"
                 r"competitors?'?s?) (?:[\w-]+ ){0,2}(?:website|site|store)\b",
           # the client's own store (its admin API and exports), or a tool to build on Shopify, is no scrape
           unless=r"\b(?:our|my) (?:own )?(?:shopify )?(?:store|shop)\b|\bshopify (?:admin )?api\b|\bshopify apps?\b"),
    _topic("chart_candles", r"\b(ohlcv?|candlesticks?|candles?)\b", DATA_DEV,
           "For candle data I would take the series from the exchange's or a data vendor's API rather than reading "
           "it off the chart, fix one time zone and interval, and check for missing candles before anything is "
           "built on it, since one silent gap skews every indicator.",
           needs=r"\b(?:charts?|tradingview|ohlcv?|candlesticks?)\b",
           unless=r"\b(?:apis?|trading bot|backtest\w*)\b"),
    _topic("accounting_sync", r"\b(quickbooks(?: online)?|qbo|xero|freshbooks|sage (?:50|intacct|accounting))\b", DEV,
           "With an accounting system I would map each customer, item and tax code once and post every entry through "
           "its API with a reference back to the source record, so nothing is entered twice and every entry can be "
           "traced.",
           needs=r"\b(?:integrat\w+|sync\w*|api|automat\w+|connect\w*|import\w*|push\w*|post(?:s|ed|ing)? (?:to|into))\b",
           unless=_ASKED_OF_YOU + r"(?:quickbooks|qbo|xero|freshbooks|sage)\b"),
    _topic("work_boards", r"\b(monday(?:\.com)?|clickup|asana|trello)\b", DEV,
           "In a work-management tool I would agree the statuses and who owns each one before building any "
           "automation, since automations on an unclear workflow only move tasks to the wrong place faster.",
           needs=r"\b(?:automat\w+|set ?up|workflows?|boards?|integrat\w+|configur\w+|migrat\w+|dashboards?)\b",
           # the team's own tracker ("we manage tasks in ClickUp") or a skill asked for is no work on it
           unless=_ASKED_OF_YOU + r"(?:monday|clickup|asana|trello)\b|\b(?:we|you will) (?:use|manage|track|work in)\w* "
                  r"(?:\w+ ){0,3}(?:in|on|via|through) (?:monday|clickup|asana|trello)\b"),
    _topic("invoice_capture", r"\b(invoices?|receipts?|bills? of lading|purchase orders?)\b", DATA_DEV,
           "For invoices I would check every extracted total against the sum of its lines and tax, and send the "
           "ones that do not add up to a person, since a misread digit is cheaper to catch there than after it has "
           "been used.",
           needs=r"\b(?:invoices?|receipts?|bills? of lading|purchase orders?)\b[^.\n]{0,80}\b(?:extract\w*|ocr|scan\w*|"
                 r"pars\w+|read\w*|captur\w+|digiti[sz]\w*)\b|\b(?:extract\w*|ocr|scan\w*|pars\w+|captur\w+|digiti[sz]\w*)"
                 r"\b[^.\n]{0,80}\b(?:invoices?|receipts?|bills? of lading|purchase orders?)\b"),
    _topic("power_automate", r"\b(power automate|microsoft flow)\b", DATA_DEV,
           "In Power Automate I would run each flow under a service account rather than a person's login and give it "
           "a failure branch that alerts someone, since a flow tied to one person stops when their password or job "
           "changes."),
    _topic("helpdesk", r"\b(zendesk|freshdesk|intercom|help ?scout|gorgias)\b", DEV,
           "For a help desk integration I would build on its ticket events and keep a link from every record it "
           "creates back to the ticket, so an agent can see what the automation did and why.",
           needs=r"\b(?:integrat\w+|api|webhooks?|automat\w+|sync\w*|apps?|triggers?)\b"),
)

_DATA_READ = {"analysis", "research", "dashboard", "general"}
_INTEGRATION = {"api", "automation", "webapp", "general", "store"}
SUBJECT_KINDS: dict[str, set[str]] = {
    "sales_data": _DATA_READ | {"spreadsheet"}, "findings_deck": {"analysis", "research", "general"},
    "email_metrics": _DATA_READ, "literature_review": {"analysis", "research", "general"},
    "student_data": _DATA_READ, "energy_data": _DATA_READ | {"ml", "pipeline"}, "public_data": _DATA_READ,
    "spend_data": _DATA_READ | {"spreadsheet"}, "supply_chain": _DATA_READ | {"ml", "spreadsheet"},
    "search_console": _DATA_READ, "recruiting_data": _DATA_READ, "youtube_analytics": _DATA_READ,
    "portfolio_returns": _DATA_READ | {"spreadsheet"}, "polling_data": _DATA_READ, "weather_data": _DATA_READ | {"ml"},
    "graph_db": {"database", "ai", "api", "webapp", "pipeline", "analysis", "general"},
    "graphql_api": {"api", "webapp", "general"}, "headless_cms": {"website", "webapp", "api", "migration", "general"},
    **{t: _INTEGRATION for t in ("shipping_api", "esign", "slack_app", "google_apis", "social_api", "helpdesk")},
    "sftp_files": _INTEGRATION | {"pipeline", "import"},
    **{t: _DATA_READ | {"spreadsheet"} for t in ("staff_turnover", "funnel", "budget_variance", "support_metrics",
                                                   "product_performance")},
    "credit_risk": _DATA_READ | {"ml"},
    "accounting_sync": _INTEGRATION | {"import", "pipeline", "spreadsheet"}, "work_boards": _INTEGRATION,
    "invoice_capture": _INTEGRATION | {"ai", "import", "ml", "analysis", "spreadsheet"},
    "power_automate": _INTEGRATION | {"spreadsheet", "dashboard", "import"},
    "shopify_scrape": {"scraping", "research", "import", "general"}, "chart_candles": {"scraping", "analysis", "general"},
}
