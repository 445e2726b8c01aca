"""A sixth set of team-written topics (issue 14): the specific technical subjects of tuning-half posts whose letter
still had no know-how remark (or only a remark on the kind of work) after the earlier tables: medical billing
codes, exchange market data, eBay parts compatibility, ServiceNow Performance Analytics,
mortgage DTI, crash-data standards, colour measurement, match video, prediction markets, omics data, product
sourcing, marketplace payouts, merging collected records, outside events in sales trends and incoming document
versions. The same rules hold (one first-person sentence true for every post that matches the trigger and
``needs``, naming no tool the trigger does not require). They come last in the table. Data only."""
from __future__ import annotations

from service.drafting.topic_model import DATA_DEV, DEV, SHOP, D, Topic

SIXTH_TOPICS: tuple[Topic, ...] = (
    Topic("fee_schedule", r"\b(cpt codes?|hcpcs|icd-?10 codes?|medical billing|revenue cycle)\b", DATA_DEV,
          "For revenue by billing code I would keep the fee schedule as its own table keyed by code (and by payer "
          "and date when rates differ), so a rate change updates every report without touching the encounter "
          "data."),
    Topic("market_candles", r"\b(ohlcv?|candlesticks?|(?:market|price|financial) data|(?:crypto\w*|exchange) (?:markets?|api|data))\b",
          DATA_DEV,
          "For market data pulled from an exchange API I would page through the history within its rate limits "
          "and check the series for missing intervals and repeated timestamps before calculating anything, since "
          "one silent gap skews every figure built on it.",
          needs=r"(?=[\s\S]*\bapis?\b)[\s\S]*\b(?:crypto\w*|exchanges?|binance|coinbase|kraken|ohlcv?|candlesticks?)\b",
          unless=r"\b(?:trading bot|backtest\w*)\b"),
    Topic("ebay_fitment", r"\b(ebay)\b", DATA_DEV | SHOP,
          "For eBay parts listings I would map each vehicle to eBay's own compatibility values (make, model, years, "
          "engine) once in a lookup table, since eBay accepts only its own values and a near match leaves the part "
          "out of buyers' vehicle searches.",
          needs=r"\b(?:compatib\w+|fitment|ktypes?|vehicles?|engine codes?)\b"),
    Topic("servicenow_pa", r"\b(servicenow)\b", DATA_DEV,
          "In ServiceNow Performance Analytics an indicator only has scores for the days a data collection job has "
          "run, so I would set up each indicator's collection and run the historic collection before building "
          "the widgets.",
          needs=r"\b(?:performance analytics|indicators?|dashboards?)\b"),
    Topic("dti", r"\b(dti|debt[- ]to[- ]income)\b", D,
          "For each DTI calculation I would note which income was counted and why, and which debts were left out "
          "on what documentation, so the ratio can be re-derived by the next reviewer against the guidelines.",
          needs=r"\b(?:mortgage|underwrit\w+|loans?|borrowers?)\b"),
    Topic("crash_standard", r"\b(mmucc|crash (?:data|reports?))\b", D,
          "I would compare each state's crash report with the MMUCC data elements one by one and record each "
          "element as collected, collected differently or missing, so the gaps are counted the same way for every "
          "state.",
          needs=r"\bmmucc\b"),
    Topic("colour_signal", r"\b(colou?r (?:detection|signals?|measurements?|readings?|sensing)|colorimetr\w*)\b",
          DATA_DEV,
          "For colour readings I would work in a device-independent colour space (such as CIELAB) and read a blank "
          "and a reference sample with every batch, so the results do not drift with the light, the camera or the "
          "sample's cloudiness."),
    Topic("match_video", r"\b(video analy\w+|match (?:video|footage)|game footage)\b", D,
          "For match statistics from video I would write a definition of each event (what counts as a tackle, a "
          "carry or a turnover) before tagging, so two passes over the same footage give the same numbers.",
          needs=r"\b(?:rugby|football|soccer|basketball|hockey|cricket|players?|teams?)\b"),
    Topic("prediction_markets", r"\b(polymarket|kalshi|prediction markets?)\b", DATA_DEV,
          "On a prediction market I would compare the price with an independent estimate of the probability after "
          "fees and the spread, and log every call with how it resolved, so a real edge can be told from luck."),
    Topic("omics", r"\b(microbiome|metabolom\w+|metagenom\w+|proteom\w+|transcriptom\w+|rna-?seq|16s)\b", D,
          "With omics data I would treat the relative abundances as compositional (a log-ratio transform before PCA "
          "or correlations) and control the false discovery rate across the many features tested, since raw "
          "proportions produce correlations that are not there."),
    Topic("product_sourcing", r"\b(aliexpress|alibaba|cj ?dropshipping|dropship\w*|product sourcing)\b",
          SHOP | DEV,
          "Before listing a sourced product I would order a sample and check the supplier's delivery time to your "
          "main markets, since slow or uneven shipping is the usual cause of refunds and chargebacks.",
          needs=r"\b(?:suppliers?|sourc\w+|products?)\b"),
    Topic("marketplace_payouts", r"\b(service providers?|marketplace|two[- ]sided)\b", DEV,
          "For payments between clients and providers I would use the payment provider's marketplace setup, which "
          "verifies each provider and pays them out directly, so the platform never holds other people's money "
          "itself.",
          needs=r"\b(?:payouts?|banking integration|split payments?|escrow|commissions?|pay (?:the )?(?:providers?|"
                r"sellers?|vendors?))\b", unless=r"\b(?:amazon|ebay|etsy|walmart)\b"),
    Topic("record_merge", r"\b(source urls?|entity resolution|record linkage|merge and de-?dup\w*)\b", DATA_DEV,
          "When merging collected records into an existing database I would keep the source URL and the date read "
          "on every row and match on a normalised name and location, flagging conflicts for review instead of "
          "overwriting, so every record can be traced back and checked.",
          needs=r"\b(?:existing (?:database|records|entries|list)|\d[\d,]* ?(?:-entry|entries|records|rows))\b"),
    Topic("outside_events", r"\b(external (?:events?|factors?)|news (?:events?|reports?)|seasonal (?:patterns?|changes?|trends?|"
                            r"effects?)|seasonality)\b",
          D,
          "To judge an outside event's effect on sales I would compare the weeks after it with the same weeks a "
          "year earlier and with similar products it should not touch, so ordinary seasonality is not mistaken for "
          "the event.",
          needs=r"(?=[\s\S]*\bsales\b)[\s\S]*\b(?:external (?:events?|factors?)|news)\b"),
    Topic("document_versions", r"\b(document (?:processing )?(?:&|and) classification|duplicate (?:submissions?|files?|"
                               r"documents?)|old(?:er)? versions?|latest (?:\w+ )?version)\b", DATA_DEV,
          "For incoming documents I would fingerprint each file by its content, so a resent duplicate is recognised "
          "whatever its name, and keep a version history per document, so only the latest is live and the older "
          "ones stay archived.",
          needs=r"\b(?:classif\w+|folders?|emails?|drive)\b"),
)

_BUILD = {"webapp", "mobile", "api", "general"}
_ANALYSIS = {"analysis", "research", "general"}
# the kinds of work (kind_table ids) each topic's sentence reads right for (see ``topic_table.TOPIC_KINDS``)
SIXTH_KINDS: dict[str, set[str]] = {
    "fee_schedule": {"dashboard", "analysis", "spreadsheet", "pipeline", "database", "general"},
    "market_candles": {"analysis", "ml", "ai", "api", "pipeline", "automation", "general"},
    "ebay_fitment": {"spreadsheet", "store", "storeops", "import", "database", "automation", "general"},
    "servicenow_pa": {"dashboard", "analysis", "automation", "general"},
    "dti": _ANALYSIS | {"spreadsheet"}, "crash_standard": _ANALYSIS,
    "colour_signal": {"analysis", "ml", "ai", "general"}, "match_video": _ANALYSIS | {"ml", "ai"},
    "prediction_markets": _ANALYSIS | {"ml", "ai", "automation"}, "omics": {"analysis", "ml", "general"},
    "product_sourcing": {"storeops", "store", "research", "general"}, "marketplace_payouts": _BUILD,
    "record_merge": {"api", "scraping", "pipeline", "database", "import", "research", "general"},
    "outside_events": {"analysis", "dashboard", "general"},
    "document_versions": {"automation", "import", "ai", "pipeline", "general"},
}
