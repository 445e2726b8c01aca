"""More team-written topics (issue 14): the tools and problems most common among tuning-half posts that the first
table (``topic_table``) did not cover. The same rules hold: one first-person sentence true for every post that
matches the trigger and ``needs``, naming no tool the trigger does not require. They come after the first table,
so on a tie its more specific topics win. Data only."""
from __future__ import annotations

from service.drafting.topic_model import DATA_DEV, DEV, D, Topic

# the tables live on a database server, not in an Access back-end file
_DB_SERVER = r"\b(?:sql server|mssql|azure sql|mysql|postgres\w*|oracle)\b"
_ACCESS_TRIGGER = r"\b(ms access|microsoft access|access (?:database|application|app|db|forms?)|access,? vba)\b"

MORE_TOPICS: tuple[Topic, ...] = (
    Topic("tracking_audit", r"\b(ga4|google analytics|google tag manager|gtm)\b", DATA_DEV,
          "For a tracking audit I would make test visits by hand and compare what the reports record against what "
          "was done, so each gap is traced to the setup rather than guessed at.",
          "Which conversions matter most to you, so I check those first?",
          needs=r"\b(?:audit\w*|tracking (?:is |isn't |is not )?(?:set ?up|setup|issues?|problems?|accura\w+)|"
                r"set up correctly|accurately tracking|tracking (?:data )?(?:correctly|accurately))\b"),
    Topic("nocode", r"\b(zapier|make\.com|integromat|n8n)\b", DATA_DEV,
          "In {tool} I would give every workflow an error path that alerts someone and logs the "
          "failed run, so a broken step is noticed the same day.",
          "Which step would hurt most if it stopped without anyone noticing?",  # one workflow or several
          needs=r"\b(?:workflows?|automat\w+|scenarios?|zaps?)\b"),
    Topic("report_automation", r"\b(automat\w* (?:\w+ ){0,4}reports?|reports? automation|recurring reports?|"
                               r"manual reports?)\b", D,
          "Before automating a report I would write down how each of its numbers is worked out today, then run the "
          "new version beside the manual one until the two agree."),
    Topic("access", _ACCESS_TRIGGER,
          DATA_DEV,
          "In an Access application I would make changes on a copy and keep the tables in a separate back-end file "
          "from the forms and code, so people can keep working while it changes.", unless=_DB_SERVER),
    # the tables already live on a database server ("our Access application and SQL server"): no back-end file to
    # split off (tuning readers, 30th session: "assumes an Access back-end file when the data is on SQL Server")
    Topic("access_server", _ACCESS_TRIGGER,
          DATA_DEV,
          "With an Access front end on a database server I would make each change in a copy of the front end, tested "
          "against a copy of the database, and hand it out only once it works, so people can keep working meanwhile.",
          needs=_DB_SERVER),
    Topic("sql_analysis", r"\bsql\b", D,
          "For analysis in SQL I would check the row counts after every join, since a join that repeats rows "
          "quietly inflates every total built on it.",
          needs=r"\b(?:sql[- ](?:based )?analy\w+|sql analyst|(?:write|writing) (?:\w+ )?(?:sql|queries)|"
                r"sql quer\w+)\b"),
    # tests to run, not a candidate's "understanding of statistical methods"; a survey, a forecast or a correlation
    # study has its own, more specific topic
    # the descriptive measures count too: a case study that lists "mean, median, standard deviation" before its
    # hypothesis tests is about statistics, not a side mention (a pool letter got no remark)
    Topic("stats", r"\b(statistical (?:analys[ie]s|tests?)|hypothesis test\w*|descriptive statistics?|standard "
                   r"deviations?|coefficients? of variation)\b", D,
          "I would check each test's assumptions on the data before running it and report effect sizes with "
          "their confidence intervals, not p-values alone.",
          needs=r"\b(?:(?:statistical|significance|hypothesis) tests?|t-tests?|significan\w+|p-values?|"
                r"compar\w+ (?:the |two |between )?groups)\b",
          unless=r"\b(?:survey|questionnaire|forecast\w*|correlat\w+)\b"),
    Topic("real_estate", r"\b(real estate|property market|housing market|rental market|multifamily)\b", D,
          "For a property market study I would keep every comparison like for like (the same area, property type "
          "and period), since mixing segments can make a market look as if it moved when it did not.",
          # a market study, not any analysis near real estate (a reader: "consolidating our monthly investment reports
          # is no property market study")
          needs=r"\b(?:market (?:analys\w+|study|studies|report|research|trends?|data|values?)|comps|comparables?|"
                r"(?:property|house|home|housing|rent|rental|sale|sales|listing) prices|price (?:trends?|per square)|"
                r"rents? by|neighbou?rhoods?|zip ?codes?|submarkets?)\b"),
    Topic("market_size", r"\b(market siz\w+|size of the (?:market|industry)|industry'?s? size|market size|"
                         r"total addressable market)\b", D,
          "For a market size I would build the figure two ways, top-down from published industry totals and "
          "bottom-up from volumes and prices by country, and show you where the two disagree, since one source's "
          "total is rarely comparable across countries."),
    Topic("market_research", r"\b(market research|competitor analysis|competitive (?:analysis|landscape)|"
                             r"market sizing|industry trends)\b", D,
          "For market research I would agree the questions the report has to answer first, then give a source and "
          "a date for every figure, so each one can be checked."),
    Topic("social_analytics", r"\b(social media|instagram|tiktok|reels)\b", D,
          "With social media data I would fix one definition of engagement across platforms first, since each "
          "platform counts views and interactions in its own way.",
          needs=r"\b(?:metrics|engagement|analytics|reach|impressions|followers|views)\b"),
    Topic("logistics", r"\b(logistics|freight|shipments?|fleet|trucking)\b", D,
          "For transport costs I would first bring every cost to the same unit (per shipment, per trip or per "
          "distance), so that each comparison is made on equal terms.",
          needs=r"\b(?:costs?|margins?|profitab\w+|cost allocation)\b",
          # a marketplace seller's storage fees are no transport costs (pool readers: "transport costs for Amazon storage")
          unless=r"\b(?:storage fees?|fba|seller central|amazon warehouses?)\b"),
    Topic("bugfix", r"\b(bug ?fix\w*|fix(?:ing)? (?:\w+ ){0,2}bugs|bugs)\b", DEV,
          "For bug fixes I would reproduce each bug first and write down the steps, so every fix is checked against "
          "the same steps before it goes live."),
    Topic("bubble", r"\bbubble(?:\.io)?\b", DEV,
          "In Bubble I would set up the data types and privacy rules before building pages, since changing them "
          "later touches every workflow that reads them.",
          needs=r"\b(?:bubble(?:\.io)? (?:developer|app|expert|application)|in bubble|no-?code)\b"),
    Topic("scheduling", r"\b(cal\.com|calendly|acuity scheduling)\b", DATA_DEV,
          "When connecting a scheduling tool I would handle new, moved and cancelled events alike, so the other "
          "systems never keep a time slot that has changed.",
          needs=r"\b(?:integrat\w+|api|sync\w*|connect\w*)\b"),
    Topic("kpi", r"\b(kpis?|kpi's|key metrics)\b", D,
          "I would agree a written definition of each KPI first (its source, filters and time window), so every "
          "report shows the same number for it.",
          # a named BI tool's own remark is the more specific one
          needs=r"\b(?:defin\w+|track\w*|report\w*|monitor\w*)\b", unless=r"\b(?:power ?bi|tableau|looker|qlik)\b"),
)

_REPORTS = {"dashboard", "analysis", "spreadsheet", "automation", "pipeline", "general"}
# the kinds of work (kind_table ids) each topic's sentence reads right for (see ``topic_table.TOPIC_KINDS``)
MORE_KINDS: dict[str, set[str]] = {
    "tracking_audit": {"review", "analysis", "dashboard", "general", "store", "theme", "website"},
    "nocode": {"automation", "general", "ai", "api", "pipeline", "webapp"},
    "report_automation": _REPORTS,
    "access": (_ACCESS_KINDS := {"database", "spreadsheet", "migration", "webapp", "general"}),
    "access_server": _ACCESS_KINDS,
    "sql_analysis": {"analysis", "dashboard", "general"}, "stats": {"analysis", "ml", "research", "general"},
    "real_estate": {"analysis", "research", "dashboard", "general"},
    "market_research": {"analysis", "research", "general"}, "market_size": {"analysis", "research", "general"},
    "social_analytics": {"analysis", "dashboard", "research"},
    "logistics": {"analysis", "dashboard", "spreadsheet", "general"},
    "bugfix": {"webapp", "website", "mobile", "api", "general"}, "bubble": {"webapp", "mobile", "website", "general"},
    "scheduling": {"api", "automation", "webapp", "website", "general"}, "kpi": {"dashboard", "analysis", "general"},
}
