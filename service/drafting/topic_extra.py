"""A third set of team-written topics (issue 14): the tools and problems most common among tuning-half posts, across
the dev, shop, copy and data workspaces, that still got no know-how remark after ``topic_more``. The same rules hold
(one first-person sentence true for every post that matches the trigger and ``needs``, naming no tool the trigger
does not require). They come last in the table, so on a tie the earlier, more specific topics win. Data only."""
from __future__ import annotations

from service.drafting.topic_model import COPY, DATA_DEV, DEV, SHOP, D, Topic

_SYNCED = r"(?:accura\w+|sync\w*|mismatch\w*|discrepanc\w+|out of stock|oversell\w*)"
_CHANNELS = r"(?:platforms?|channels?|marketplaces?|stores?)"

# the post has invoices or bills created in the accounting system ("an invoice should be created in QuickBooks", "push
# each order to Xero as an invoice")
_WRITES_INVOICES = (r"\b(?:invoices?|bills?)\b[^.\n]{0,40}\b(?:created|pushed|posted|raised|generated)\b|\b(?:create|push|post|"
                    r"send|raise|generate)\w* (?:an? |the |each |every )?(?:[\w-]+ ){0,2}(?:invoices?|bills?) (?:in|into|to|on)\b|"
                    r"\bas (?:an? )?(?:invoices?|bills?) (?:in|into|to)\b")
_MESSAGING = r"\b(messaging app|chat app|discord clone|real-?time (?:chat|messaging)|websockets?|socket\.io)\b"
_DELAYS = r"\b(?:delays?|delayed|latency|lag(?:s|gy|ging)?|slow(?:ly|ness|er)?|late)\b"
EXTRA_TOPICS: tuple[Topic, ...] = (
    Topic("mentoring", r"\b(mentor\w*|tutor\w*|teach\w*|lessons?|coach\w*|boot ?camp)\b", DATA_DEV,
          "In each session I would have you write the code yourself, with review as you go, so what you learn is "
          "what you can do on your own.",
          needs=r"\b(?:learn\w*|proficien\w+|improve\w*|beginner|zero|become)\b"),
    Topic("site_audit", r"\b(website audit|site audit|ux audit|design audit|usability audit|audit (?:of )?(?:our |"
                        r"the |your |an? )?(?:[\w-]+ ){0,3}(?:website|site|store))\b", DATA_DEV | SHOP,
          "For a site audit I would rank every finding by its likely effect on visitors and the effort to fix it, "
          "so the recommendations arrive in the order they are worth doing.",
          needs=r"\b(?:recommendations?|conversions?|user experience|ux|usability|performance)\b"),
    Topic("data_modeling", r"\b(data model(?:l?ing)?|database design|schema design|data dictionary|star schema|"
                           r"data vault)\b", DATA_DEV,
          "When modelling the data I would write down each table's grain (what one row stands for) and its keys "
          "before adding columns, since most wrong totals trace back to a grain nobody wrote down."),
    Topic("inventory", r"\b(inventory|stock levels?|stock counts?)\b", D | SHOP | DEV,
          "To keep stock counts right across channels I would make one system the source of truth for inventory "
          "and have every other channel take its counts from it, so the numbers cannot drift apart.",
          needs=rf"\b{_SYNCED}\b[\s\S]*\b{_CHANNELS}\b|\b{_CHANNELS}\b[\s\S]*\b{_SYNCED}\b"),
    Topic("data_entry", r"\b(data entry)\b", D | DEV | SHOP | COPY,
          "For data entry I would check a sample of each batch against the source before going on, so a repeated "
          "mistake is caught after a few rows, not after thousands.",
          needs=r"\b(?:accura\w+|errors?|mistakes?|verif\w+|quality)\b"),
    Topic("messaging", _MESSAGING, DEV,
          "For real-time messaging I would give every message an id created on the sender's device, so a message "
          "resent after a dropped connection never shows twice.", unless=_DELAYS),
    # messages arrive late: where the time goes decides the fix (tuning readers, 30th session: the duplicate-id remark
    # "does not touch the delays")
    Topic("messaging_latency", _MESSAGING, DEV,
          "For message delays I would time each hop on real traffic (the send, the server's fan-out, the delivery to "
          "the client), since the fix depends on where the time goes: a blocked event loop, a broadcast to every "
          "connection, or a proxy that buffers.", needs=_DELAYS),
    # a bot that keeps a price and trades set ranges follows rules, it tests no strategy (tuning readers, 30th session:
    # "talks about back-testing a trading strategy, but the job is a market-making bot")
    Topic("market_making", r"\b(market[- ]making|market makers?)\b", DATA_DEV,
          "For a market-making bot I would keep the target price and the buy and sell ranges in one settings file, "
          "and try the bot on a copy of the market first with a log of every order it would place, so the rules are "
          "checked before real funds move."),
    # a layer that will not load: built on a laptop, not on the image the function runs on (tuning readers: "say how
    # they'd build with the matching Lambda base image/architecture and package the layer correctly")
    Topic("lambda_layer", r"\b(lambda layers?)\b", DEV,
          "For a Lambda layer I would build the packages inside the same runtime image and CPU architecture the "
          "function runs on, in the folder layout the runtime expects, since a package built on a laptop is the usual "
          "reason a layer fails to load."),
    Topic("crypto_payments", r"\b(crypto\w* payments?|cryptocurrenc(?:y|ies)|blockchain)\b", DEV,
          "For crypto payments I would mark an order paid only after its transaction has the agreed number of "
          "confirmations on chain, so a dropped or replaced transaction never releases goods.",
          needs=r"\bpayments?\b", unless=r"\b(?:trading|trades?|backtest\w*)\b"),
    Topic("social_content", r"\b(social media)\b", COPY,
          "For social media I would plan the posts in a calendar by theme and review each month which themes drew "
          "replies and shares, then shift the mix toward those.",
          needs=r"\b(?:content calendar|posts?|posting|captions?|content strateg\w+)\b"),
    Topic("brand_voice", r"\b(brand voice|tone of voice|brand guidelines|style guide|brand identity|"
                         r"brand consistency)\b", COPY,
          "I would write the brand's voice down as a short page of do's and don'ts with example lines, so every "
          "piece sounds like the same company whoever writes it."),
    Topic("product_copy", r"\b(product descriptions?|product copy)\b", COPY | SHOP,
          "For product descriptions I would open each with what the buyer gets from the product and put the "
          "specifications after it, so a reader who only skims still sees the benefit."),
    Topic("data_migration", r"\b(data migration|data conversion|migrat\w* (?:the |our |all )?(?:data|records)|"
                            r"migrat\w* (?:[\w-]+ ){0,3}from [\w-]+ to [\w-]+)\b", DATA_DEV,
          "When moving data between systems I would reconcile record counts and key totals between the old and new systems "
          "after each trial load, so anything lost in the move shows up before the switch.",
          unless=r"\b(?:python \d|php \d|upgrad\w+|framework|codebase)\b"),
    Topic("rerunnable_loads", r"\b(azure data factory|ssis|data factory)\b", DATA_DEV,
          "I would make every load safe to run again (each run replaces its own slice of data), so a failed night "
          "can simply be rerun without duplicating rows."),
    Topic("near_duplicates", r"\b(duplicates?|near[- ]duplicates?|fuzzy match\w*)\b", D | DEV | SHOP,
          "For near duplicates I would list the pairs a fuzzy match proposes and agree the matching rule with you on "
          "a sample, so no two distinct records are merged by mistake.",
          needs=r"\b(?:close duplicates|near[- ]duplicates?|similar (?:names|entries|records)|misspel\w+|typos?|"
                r"variations?|fuzzy)\b"),
    Topic("request_script", r"\b(beautiful ?soup|bs4)\b", DATA_DEV,
          "For a script like this I would first copy the exact request the browser sends (its form fields, headers "
          "and cookies) from the browser's network tab, so the script asks for the page just as the browser does.",
          needs=r"\b(?:requests?|download\w*|fetch\w*|get(?:ting)? (?:the )?(?:csv|file|data|page))\b"),
    # invoices written into the accounting system, not data read out of it (third probe: the trial-balance remark on
    # "an invoice should be created in QuickBooks Online" when a job is done)
    Topic("accounting_write", r"\b(xero|quickbooks)\b", DATA_DEV,
          "When writing into an accounting system I would store the id it returns against each source record, so a "
          "retry never creates a duplicate, and refresh the access token before it expires rather than after a call "
          "fails.",
          needs=_WRITES_INVOICES),
    Topic("accounting_api", r"\b(xero|quickbooks)\b", DATA_DEV,
          "With an accounting system's API I would page through each endpoint within its rate limits and check the "
          "extracted totals against the system's own trial balance, so a missed record shows up at once.",
          needs=r"\b(?:api|extract\w*|sync\w*|integrat\w+)\b", unless=_WRITES_INVOICES),
)

_BUILD = {"webapp", "mobile", "api", "general"}
# the kinds of work (kind_table ids) each topic's sentence reads right for (see ``topic_table.TOPIC_KINDS``)
EXTRA_KINDS: dict[str, set[str]] = {
    "mentoring": {"teaching"}, "site_audit": {"review", "analysis", "website", "store", "general"},
    "data_modeling": {"database", "pipeline", "analysis", "migration", "dashboard", "general"},
    "inventory": {"store", "storeops", "research", "spreadsheet", "import", "automation", "api", "general"},
    "data_entry": {"research", "import", "spreadsheet", "database", "general"}, "messaging": _BUILD,
    "messaging_latency": _BUILD, "lambda_layer": _BUILD | {"migration", "automation"},
    "market_making": {"ml", "ai", "automation", "api", "general", "analysis"},
    "crypto_payments": _BUILD | {"store", "website"}, "social_content": {"copy", "general"},
    "brand_voice": {"copy", "general"}, "product_copy": {"copy", "store", "storeops", "general"},
    "data_migration": {"migration", "database", "import", "pipeline", "dashboard", "api", "general"},
    "rerunnable_loads": {"pipeline", "database", "migration", "general"},
    "near_duplicates": {"analysis", "import", "database", "spreadsheet", "research", "general"},
    "request_script": {"import", "scraping", "automation", "pipeline", "general"},
    "accounting_api": {"api", "import", "pipeline", "migration", "automation"},
    "accounting_write": {"api", "automation", "import", "webapp", "general"},
}
