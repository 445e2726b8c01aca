"""Team-written know-how answers to the technical questions that recur in Upwork screening ("How would you
keep each tenant's data apart …?", "How did you keep memory use down on big files?"). An entry is used only when the
QUESTION matches its trigger and the workspace does that kind of work (``domains``, as in
``offline_phrases.domains_of``); ``offline_answers`` picks the first entry that fits, so the specific entries come
before the broad ones. Each answer is first person singular (``Voice.speak`` makes a team's letter plural), states
a method that is true for any post that asks the question, and names no project, client, number or tool: those
come from the profile and the proof library only. A question that also asks for a fact only the freelancer knows
(``fact_if``: the largest file, how many implementations) gets the method; the fact is taken from a proof item
that matches ``evidence`` when there is one, else raised to the reviewer (``fact``). Data only."""
from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class KnowHow:
    id: str
    trigger: str                      # regex (case-insensitive) the question must match
    domains: frozenset[str]           # workspace kinds of work it fits
    answer: str                       # first person singular, true for any post that asks it
    fact: str = ""                    # what only the freelancer can add, for the reviewer ("the largest file …")
    fact_if: str = ""                 # the question asks for that fact
    evidence: str = ""                # a proof item matching this backs the fact
    pattern: re.Pattern = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "pattern", re.compile(self.trigger, re.IGNORECASE))


D, DEV, SHOP, COPY = frozenset({"data"}), frozenset({"dev"}), frozenset({"shop"}), frozenset({"copy"})
BUILD = D | DEV | SHOP
ANY = D | DEV | SHOP | COPY

BANK: tuple[KnowHow, ...] = (
    # ------------------------------------------------------------------ data at scale
    KnowHow("large_files", r"\b(memory (?:management|usage|use|footprint|limits?)|out of memory|large[- ]?files?|large data ?sets?|largest (?:\w+ )?(?:files?|data ?sets?|exports?|imports?|csvs?|feeds?|dumps?|spreadsheets?)|huge files?|big files?|gigabytes?|\d+ ?gb|millions? of "
                           r"(?:rows|records|lines)|stream(?:ing)? (?:parse|pars\w+|read\w*))\b", D | DEV,
            "I never load a large file whole: I stream it, reading XML with an iterative parser that clears each "
            "element once it is handled and flat files in fixed-size chunks, so memory stays flat however big the "
            "file grows. Results are then written out in batches, and each run checks its row counts against the source, "
            "so a file cut short is caught rather than half-loaded.",
            fact="the largest file you have processed (the workspace has no figure for it)",
            fact_if=r"\b(largest|biggest|how (?:big|large)|what size)\b", evidence=r"\b(large|million|gb|streaming)\b"),
    KnowHow("tenant", r"\b(tenants?|multi-?tenan\w*|tenancy)\b", DEV,
            "I enforce it at three layers, so one mistake is not enough to leak data. In the database, every "
            "tenant-owned table carries a tenant id and row-level security policies filter on the tenant set for "
            "the connection; in the application, the tenant comes from the authenticated user, never from a value "
            "the client sends, and every query runs through a session scoped to it; and the test suite has "
            "cross-tenant cases that try to read another tenant's rows and must fail. Caches, file storage and "
            "background jobs are keyed by tenant as well."),
    KnowHow("rate_limits", r"\b(rate[- ]?limit\w*|throttl\w*|quotas?|api limits?|too many requests)\b", D | DEV,
            "I work within the limits rather than around them: first, requests go through a queue paced under the published "
            "limit, a refused request is retried with exponential backoff that honours the retry-after header, "
            "results are cached so nothing is fetched twice, and bulk endpoints or webhooks replace polling wherever "
            "the API offers them."),
    KnowHow("scraping_blocks", r"\b(captchas?|recaptcha|blocked|blocking|blocks|bans?|banned|anti-?bot|bot "
                               r"detection|prox(?:y|ies)|ip (?:bans?|blocks?|rotation))\b", D | DEV,
            "I start with the polite route: the site's own API or data feed when it has one, otherwise requests "
            "paced like a person's, a real browser only for the pages that need one, and retries spread over time. "
            "I would not try to break captchas; if a site puts them up, I would agree with you on a permitted "
            "source or a slower schedule instead. Every run is checked against the expected count, so a block shows "
            "up as an alert rather than as silently missing data."),
    KnowHow("many_sites", r"^(?=.*\b(?:scrap|crawl|collect|extract|harvest)\w*\b).*\b(?:multiple|several|many|different|various|\d+|each)\s+(?:[\w-]+\s+){0,2}(?:sites|websites|"
                          r"portals|domains|marketplaces)\b", D | DEV,
            "I would give each site its own small adapter behind one shared collector: the adapter knows that site's "
            "pages and fields, and everything after it (cleaning, de-duplication, storage and checks) is shared. "
            "Adding or fixing a site then touches one small piece, and every run reports its counts site by site, so "
            "one site changing its layout shows up as an alert for that site rather than as a gap in the whole data "
            "set."),
    KnowHow("model_eval", r"\b(overfit\w*|model (?:performance|accuracy|evaluation)|evaluat\w+ (?:the |a |your )?"
                          r"(?:ml |machine learning )?models?|precision|recall|validat\w+ (?:the )?model)\b", D | DEV,
            "I judge a model on data it has never seen: a hold-out set, split by time when the data runs over time, "
            "and a simple baseline it has to beat. The metric follows the cost of each kind of mistake (a missed "
            "case against a false alarm), and I check the errors by hand, not just the score."),
    KnowHow("hallucination", r"\b(hallucinat\w+|guardrails?|wrong answers?|made[- ]up answers?|ground(?:ed|ing)|"
                             r"accura\w+ of (?:the )?(?:ai|bot|chatbot|agent|llm|responses|answers)|evaluat\w+ "
                             r"(?:the )?(?:ai|llm|agent|bot|outputs?|responses))\b", D | DEV,
            "I test the model like any other code: a set of real questions with the answers you expect, run after "
            "every change to the prompt, the data or the model. Answers come from your own documents with the "
            "source shown, the assistant says it does not know (or hands over to a person) when nothing relevant "
            "is found, and real conversations are logged so each wrong answer becomes a new test case."),
    # found trying the product (third probe): these questions had drawn the answer of a neighbouring entry
    # (duplicate webhook events got the data checks, "statistical tests" the software tests, a cutover the alerts)
    KnowHow("webhook_duplicates", r"\b(?:duplicat\w+|twice|double[ds]?)\b.*\b(?:webhooks?|events?|notifications?)\b|"
                                  r"\b(?:webhooks?|events?)\b.*\b(?:duplicat\w+|twice|idempot\w+)\b|\bidempot\w+", D | DEV,
            "I would first log the id of every incoming event and look at the repeats: a provider sends an event again "
            "when the endpoint answers slowly or with an error, so the response times and codes of those events "
            "usually show why. The fix is to record each event id as it is handled and skip any id already seen, in "
            "the same transaction as the work it triggers, and to answer the provider at once and do the slow work "
            "after."),
    KnowHow("statistics", r"\bstatistical (?:tests?|significance|methods?|analys\w+)\b|\bsignifican(?:ce|t) tests?\b|"
                          r"\bhypothes[ie]s tests?\b|\bt-?tests?\b|\bchi-?squared?\b", D,
            "I choose the test from the data rather than by habit: for ratings on a scale, which are ordered but not "
            "evenly spaced, rank-based tests (Mann-Whitney for two groups, Kruskal-Wallis for more) rather than "
            "t-tests; chi-squared for counts across categories; effect sizes reported beside every p-value, and a "
            "correction when many comparisons are made at once."),
    KnowHow("free_text", r"\bfree[- ]?text\b|\bopen[- ]ended (?:answers?|responses?|questions?|comments?)\b|"
                         r"\b(?:written|text) (?:comments|responses|answers|feedback)\b", D,
            "I read a sample first and draft a short list of themes, each with a one-line definition, then code every "
            "answer against it (two codes when an answer makes two points), check the coding on a second sample, and "
            "report each theme's share with a few quoted answers, so the numbers and the voices sit side by side."),
    KnowHow("forecast_accuracy", r"\b(?:forecasts?|predictions?|projections?)\b.*\baccura\w+|\baccura\w+.*\b(?:forecast\w*|"
                                 r"predict\w*|projections?)\b", D,
            "I would not promise a figure before a back-test: I hold out the most recent weeks, forecast them from the "
            "rest, and report the error for each series (the average miss in percent), so you see how accurate it is on "
            "your own data before you rely on it."),
    KnowHow("cutover", r"\b(?:cut ?-?over|switch ?-?over|go[- ]live|minimal downtime|zero downtime|without downtime|"
                       r"no downtime)\b", D | DEV | SHOP,
            "I rehearse the switch on a copy first and time it. On the day, the old system goes read-only, a final "
            "sync copies what changed since the rehearsal, the counts and a sample are checked, and only then does "
            "traffic move over; the steps to roll back are written down and tried beforehand, so a problem costs "
            "minutes rather than a day."),
    KnowHow("redirects", r"\b(?:redirects?|301s?|url (?:structure|mapping|changes?)|(?:keep|lose|losing|protect) (?:our |the |"
                         r"my )?(?:seo|rankings?|search traffic))\b", SHOP | DEV | COPY,
            "I map every old URL to its new address before launch and set a permanent redirect for each, carry "
            "over titles, descriptions and image alt text, and submit the new sitemap; after launch I watch Search "
            "Console for pages that are not found and fix them during the first weeks."),
    KnowHow("app_removal", r"\b(?:which|what) (?:\w+ )?apps?\b.*\b(?:remove|uninstall|drop|cut|delete|get rid of)\b|"
                           r"\b(?:remove|uninstall|drop|cut|delete) (?:which|what) apps?\b", SHOP,
            "The ones that add scripts to every page but do little for sales: I would list each installed app with the "
            "weight its scripts add to a product page, check which are still in use, and remove those that are not first, "
            "together with the snippets they leave in the theme, since uninstalling an app often leaves its code behind."),
    KnowHow("data_quality", r"\b(data quality|quality of (?:the )?data|accura\w+|integrity|validat\w+|duplicat\w+|"
                            r"dedup\w*|reconcil\w+|consisten\w+|bad data|dirty data|messy data|clean\w*|(?:numbers|figures|totals) match|tie out)\b", D | DEV,
            "I would build the checks into the pipeline instead of checking by eye: row counts and totals compared with "
            "the source at every step, required fields, types and allowed values checked on load, duplicates caught "
            "on an agreed key, and a run that fails a check stops and alerts instead of publishing numbers nobody "
            "should trust. I also keep a small set of records checked by hand and compare against it after every "
            "change."),
    KnowHow("missing_values", r"\b(missing (?:values|data)|outliers?|null values|imput\w+|gaps in the data)\b", D,
            "I look at where values are missing and why before touching them, since a gap that follows a pattern "
            "changes the result. Each choice (drop, fill or flag) is written down, and I show how the main figures "
            "change with and without it, so you can see the choice does not drive the conclusion."),
    KnowHow("refresh", r"\b(refresh\w*|real[- ]?time|live data|up[- ]to[- ]date|updat\w+ automatically|"
                       r"automatically updat\w+)\b", D,
            "I would match the refresh to how often the source data really changes: a scheduled load lands the data in "
            "one table the dashboard reads, rather than every chart querying the source, and the report shows when "
            "it was last updated, with an alert when a refresh fails, so nobody reads stale numbers without knowing."),
    KnowHow("kpis", r"\b(kpis?|which metrics|what metrics|charts?|visuali[sz]\w+|dashboard design|design the "
                    r"dashboard)\b", D,
            "I would start from the decisions the dashboard should support and who makes them: a handful of headline "
            "figures at the top, each defined in writing (source, filters, time window), the trend and the "
            "breakdowns below, and a filter only where someone will really use it. I agree the definitions with "
            "you before building any chart, so the numbers match what your team already reports."),
    KnowHow("rag", r"\b(rag|retrieval|knowledge base|vector (?:db|database|store|search)|embeddings?|your "
                   r"(?:documents|docs|pdfs))\b", D | DEV,
            "I would split your documents into passages, index them for search, and have the model answer only "
            "from the passages it retrieves, citing them. A set of real questions with known answers decides the "
            "passage size and the search settings, and shows whether a change helps before it goes live."),
    KnowHow("lead_quality", r"\blead (?:qualif\w+|scor\w+|quality)|\b(?:qualif\w+|scor\w+|rank\w*) (?:the |our |my )?leads?\b", D | DEV,
            "I would start from what your best customers have in common and score each lead on fit and on buying "
            "signals, with an AI model used only to read unstructured text (a website, a message) into those "
            "fields. Before the scores drive anything, I check them against leads your team has already judged by "
            "hand, and leads near the cut-off go to a person rather than being dropped."),
    KnowHow("automation_split", r"\b(fully automat\w+|semi-?automat\w+|human[- ]in[- ]the[- ]loop|manual "
                                r"(?:review|approval)|what (?:should|will) (?:stay|remain) manual)\b", ANY,
            "Steps that follow a rule and can be undone run on their own; anything that spends money, contacts a "
            "customer or needs a judgement the data cannot make reliably gets an approval step, with the draft "
            "ready for a person to accept or change. I would mark each step of your process one way or the other "
            "with you in the first week, and move a step to fully automatic only once its results have held up."),
    KnowHow("transactions", r"\b(transaction[- ]based|ledger|transactions? (?:log|table|model|system))\b", D | DEV,
            "I would make the transactions the source of truth: each one a row with a date, type, amount and reference "
            "that is added and never overwritten, balances and summaries calculated from those rows rather than "
            "typed in, and a correction recorded as a new reversing row. That way every figure can be traced back, "
            "and nothing has to be edited by hand at month end."),
    KnowHow("migration", r"\bmigrat\w+\b", D | DEV | SHOP,
            "I map every field of the old system to the new one first and agree what happens to records that do "
            "not fit. Then I run a trial import on a copy, check the counts and a sample by hand, and do the final "
            "move at a quiet time, with the old system kept read-only as a fallback until you have signed off."),
    KnowHow("crm_setup", r"\b(?:crm|pipedrive|hubspot|salesforce|zoho)\b.*\b(?:mistakes?|pitfalls?|best practices?|go "
                         r"wrong)\b|\b(?:mistakes?|pitfalls?|best practices?)\b.*\b(?:crm|pipedrive|hubspot|salesforce|"
                         r"zoho)\b", D | DEV,
            "The ones I check for first: pipeline stages that do not match how deals really move, custom fields "
            "added for every idea until nobody fills them in, no rule for who owns a lead, and duplicates from "
            "imports with no matching key. I would settle those rules with you before importing anything."),
    KnowHow("integration_tools", r"\b(zapier|make\.com|n8n|native|no-?code|low-?code)\b.*"
                                 r"\b(prefer|choose|why|which|when)\b|\b(prefer|choose|which)\b.*\b(zapier|make\.com|n8n|"
                                 r"native|no-?code|low-?code)\b", D | DEV,
            "I pick the simplest option that stays reliable: a native integration when it covers the need, a "
            "no-code scenario for a few steps that someone on your side should be able to adjust, and custom code "
            "once the logic, the volume or the error handling outgrows them. Whichever it is, every failed run "
            "is logged and alerted."),
    KnowHow("update_safe", r"\b(plugin|theme|core) updates?\b|\bfuture(?:-| )(?:proof|compatib\w+)|\bupdate[- ]safe\b",
            DEV | SHOP,
            "I would keep custom changes outside the files an update replaces (hooks and filters, a child theme or a "
            "small companion plugin, app blocks on a store), so an update cannot overwrite them, and I test each "
            "update on a staging copy before it reaches the live site."),
    # ------------------------------------------------------------------ building software
    KnowHow("security", r"\b(secur\w+|authenticat\w+|authori[sz]\w+|permissions?|access control|owasp|"
                        r"vulnerab\w+|sensitive data|personal data|pii|encrypt\w*|api keys?|secrets?|passwords?|protect\w*|hack\w*|breach\w*)\b", DEV | D,
            "I would build security in from the start rather than adding it at the end: passwords stored with a slow "
            "hash, sessions and tokens that expire, a permission check on the server for every request (never "
            "only in the interface), secrets kept out of the code, inputs validated and queries parameterised, "
            "and personal data encrypted in transit and at rest, with access to it logged."),
    KnowHow("compliance", r"\b(gdpr|hipaa|soc ?2|pci|complian\w+|privacy)\b", DEV | D,
            "I would not call anything compliant on my own say-so: I map where personal data goes, keep only what "
            "is needed, encrypt it in transit and at rest, log who reads it, and check the list against the "
            "requirements your compliance lead or auditor works from."),
    KnowHow("page_speed", r"\b(page ?speed|core web vitals|(?:site|store|theme|website)s? (?:is |are )?(?:slow\w*|speed|load\w*)|"
                          r"(?:slow\w*|speed|load times?|performance) (?:of|on) (?:the |our |my )?(?:site|store|pages?|website|theme))\b",
            SHOP | COPY | DEV,
            "I measure the pages first, on mobile, then cut what costs the most: apps and scripts nobody uses any "
            "more, oversized images, and code that blocks the first paint. Each change is checked against the "
            "before figures on a copy of the site before it goes live."),
    # rendering in the browser (3D, animation, canvas): not the back end's queries (pool readers counted a "missing
    # index" answer to a Three.js rendering question as garbled, all three)
    KnowHow("render_performance", r"^(?=.*\b(?:three\.?js|webgl|r3f|react three fiber|fps|frame ?rates?|3d|textures?|"
                                  r"meshes|shaders?|canvas|animations?|opacity|transparen\w+|gpu|render\w* [^?]{0,40}\bin "
                                  r"(?:a|the) browser)\b)(?=.*\b(?:performance|performant|fast|smooth\w*|fps|frame ?rates?|"
                                  r"lag\w*|optimi[sz]\w*|large|heavy|slow\w*|quality)\b)", DEV,
            "I measure in the browser first, with the frame time and the GPU and memory profile, then cut what costs "
            "the most: fewer draw calls by merging meshes and sharing materials, compressed textures and geometry, "
            "less detail for what is small, far away or hidden, and heavy assets loaded only when they are needed, "
            "checking the frame rate on a mid-range phone as well as a desktop."),
    KnowHow("performance", r"\b(scalab\w+|scal(?:e|ing) (?:up|out|the (?:app\w*|system|backend|database|api|platform))|"
                           r"(?<!ad )(?<!ads )(?<!campaign )performance|slow\w*|speed|(?:keep|stay)\w* (?:\w+ ){0,3}fast|latency|load times?|high traffic|concurren\w+|"
                           r"bottlenecks?|(?:tun|optimi[sz])(?:e|ed|ing) (?:\w+ ){0,2}(?:quer(?:y|ies)|tables?|databases?|indexes)|"
                           # "What is the largest table you have tuned?" (a database, not a file to stream: found trying the product)
                           r"(?:largest|biggest) (?:\w+ )?(?:tables?|databases?))\b", DEV | D,
            "I measure before I change anything: I profile the slow requests or queries to see where the time goes, "
            "fix the biggest cost first (often a missing index, a query run once per row, or work that belongs in a "
            "background job), add caching only where the data allows it, and load-test against the traffic you "
            "expect, so the improvement is a measured figure rather than a feeling.",
            fact="the largest table or busiest system you have tuned (the workspace has no figure for it)",
            fact_if=r"\b(largest|biggest|how (?:big|large)|what size)\b", evidence=r"\b(million|rows|requests)\b"),
    KnowHow("store_testing", r"\b(?:test\w*|qa)\b.*\b(?:store|theme|shopify|checkout)\b|\b(?:store|theme|shopify|checkout)\b.*\b(?:test\w*|qa)\b|"
                             r"\bbreak(?:ing)? (?:the|my|our) (?:store|theme)\b", SHOP,
            "I would work on a duplicate of the live theme and share a preview link, test the changed pages on mobile "
            "and desktop and through a test order, and publish only once you have approved the preview, so the "
            "live store never shows work in progress."),
    KnowHow("testing", r"\b((?!testimon)test\w*|qa|quality assurance|bugs?|regressions?|code quality)\b", DEV,
            "I write automated tests alongside the code: unit tests for the logic that carries the risk, a few "
            "integration tests through the real database and the API, and a regression test for each bug before it "
            "is fixed. The tests then run on every change before it is merged, and each release is checked by hand "
            "against your acceptance list before it goes live."),
    KnowHow("deployment", r"\b(deploy\w*|ci/?cd|continuous (?:integration|delivery|deployment)|release process|"
                          r"devops|rollbacks?|roll back|go[- ]live|staging)\b", DEV,
            "Every change goes through a pull request with the tests running automatically; a merge deploys to a "
            "staging copy first, and production gets the same build once it has been checked there. Configuration "
            "and secrets live in the environment, not in the code, and each release can be rolled back in one "
            "step."),
    KnowHow("scraper_changes", r"\b(?:site|website|page|layout|structure|html)s? (?:changes?|is updated|updates)\b|"
                               r"\bkeeps? working\b", D | DEV,
            "Each run checks what it collected against what it expects (the number of records, the required "
            "fields filled), so a change to the site shows up as an alert rather than as bad rows. The parsing for "
            "each site lives in one small, tested place, so a fix is a quick change and then a re-run."),
    KnowHow("errors", r"\b(error handling|handle (?:errors|failures)|monitor\w*|alert\w*|logging|when (?:something|it) "
                      r"(?:breaks|fails|goes wrong)|goes down|is down|outages?|fail(?:s|ing|ed|ures?)|downtime|reliab\w+)\b", D | DEV,
            "I would design for failures from the first day: each step retries what is safe to retry, anything that still "
            "fails is logged with enough detail to replay it and raises an alert to a person, and nothing fails "
            "silently. A short runbook says what each alert means and what to do about it."),
    KnowHow("schema", r"\b(schema|data ?model\w*|database design|database structure|structure the (?:database|data)|"
                      r"design the database)\b", D | DEV,
            "I would start from the questions the data has to answer and the records the business really deals with, "
            "give each its own table with clear keys, and let the database enforce the rules (required fields, "
            "unique values, links between tables) rather than the application alone. Changes to the structure go "
            "through versioned migrations, so every environment matches."),
    KnowHow("api_integration", r"\b(integrat\w+|apis?|webhooks?|endpoints?|third[- ]party)\b", D | DEV,
            "I start from the API's documentation and a test account: how it authenticates, its limits, and the "
            "exact fields for what you need. Then I build a small client with retries and logging, test it against "
            "recorded responses before it touches live data, and alert on any call that keeps failing."),
    KnowHow("existing_code", r"\b(existing (?:code\w*|project|system|app\w*)|legacy|someone else'?s code|inherited|"
                             r"previous (?:developer|contractor))\b", DEV | SHOP | D,
            "I would read before changing anything: first run it locally, follow the main paths, check the tests and the "
            "recent history, and list the risks I find. My changes follow the existing style and come in small "
            "pieces you can review, each with a test around the part it touches."),
    KnowHow("responsive", r"\b(responsive\w*|mobile[- ]friendly|cross[- ]browser|different (?:devices|browsers)|"
                          r"screen sizes)\b", DEV | SHOP,
            "I build mobile-first and check every page at phone, tablet and desktop widths and in the main browsers "
            "before I hand it over, on real devices for the pages that matter most, such as checkout and sign-up."),
    KnowHow("accessibility", r"\b(accessib\w+|wcag|a11y|screen readers?)\b", DEV | SHOP,
            "I build to the accessibility guidelines from the start: semantic markup, a label for every form field, "
            "full keyboard navigation, enough colour contrast and text alternatives for images, checked with an "
            "automated scanner and then by hand with a keyboard and a screen reader."),
    KnowHow("version_control", r"\b(git\w*|version control|code reviews?|pull requests?|repositor\w+)\b", DEV,
            "Everything lives in your repository from the first day: small commits, a branch and a pull request "
            "for each change with a short note on what it does and how it was tested, so you own the code and its "
            "history at every point."),
    # ------------------------------------------------------------------ marketing and writing
    KnowHow("seo", r"\b(seo|search engines?|rank\w*|organic (?:traffic|search)|keywords?)\b", COPY | SHOP | DEV,
            "I start from what people really search for: research into the search terms behind the pages that matter, then the "
            "technical basics (pages that can be indexed, clear titles and descriptions, fast loading, sensible "
            "headings and internal links), and content written for the reader first. I report progress as "
            "impressions, clicks and enquiries rather than promising a ranking, which nobody can guarantee."),
    KnowHow("conversion", r"\b(conversion rates?|conversions?|cro|drop[- ]offs?|abandon\w*|bounce rate)\b", SHOP | COPY | DEV,
            "I find where visitors drop off first, from your analytics funnel and a look at the pages themselves, "
            "then change one thing at a time on the pages that lose the most people, and compare each change with "
            "the period before it, or run it as a split test where the traffic allows."),
    KnowHow("writing_process", r"\b(writing process|research process|how do you (?:write|research)|tone of voice|"
                               r"brand voice|your process for (?:writing|content))\b", COPY,
            "I start with research: your customers' own words (reviews, sales calls, support tickets), the "
            "competitors' pages, and the one action the piece has to drive. Then I write an outline for you to "
            "approve, a full draft, and a round of edits against your feedback, keeping your brand voice throughout."),
    # ------------------------------------------------------------------ working together
    KnowHow("estimates", r"\b(estimat\w+|how long (?:would|will|does|might) (?:it|this|the (?:project|work|job)) take|"
                         r"how many hours)\b", ANY,
            "I estimate from the work list, not from a gut figure: I break the job into pieces of a day or two, "
            "estimate each, and list the unknowns separately. You get a firm date for the first milestone once I "
            "have seen the material, and each later milestone is re-estimated as the one before it closes."),
    KnowHow("scope_changes", r"\b(scope (?:changes?|creep)|changes? (?:to|in) (?:the )?(?:scope|requirements)|"
                             r"revisions?|change requests?|requirements change)\b", ANY,
            "A change is written down with its effect on time and cost before any work starts on it, and it goes "
            "ahead once you have approved it; fixes to what we already agreed are part of the job, not extras."),
    KnowHow("unclear", r"\b(unclear|ambigu\w+|vague|incomplete) (?:requirements?|specs?|briefs?|instructions?)\b|"
                       r"\bnot sure what\b", ANY,
            "I write down what I have understood as a short list of assumptions and open questions before building "
            "anything, and ask you to confirm or correct it; anything still open after that becomes a small, "
            "cheap first piece of work that answers it."),
    KnowHow("confidentiality", r"\b(nda|confidential\w*|non-disclosure|access to (?:our|your) (?:systems?|data|store|"
                               r"accounts?|servers?)|credentials)\b", ANY,
            "I would work with the least access the task needs (a staff or collaborator account rather than your own "
            "login), keep your data on your systems, and remove my access at the end of the work; I am happy to "
            "sign an NDA before you share anything."),
    KnowHow("get_started", r"\bneed from (?:us|me)\b|\bwhat (?:do|would) you need\b|\bto get started\b", ANY,
            "To start I would need access to what the work touches (a collaborator or staff account, the "
            "repository or the files), an example of the result you want, and one person who can answer "
            "questions during the first week."),
    KnowHow("communication", r"\b(communicat\w+|updates?|progress reports?|keep (?:us|me) (?:informed|updated)|"
                             r"how often)\b", ANY,
            "You get a short written update after each working session: what was done, what is next, and anything "
            "I need from you. No question waits for a call: they go into one running list, and every milestone "
            "ends with a demo of the working result."),
    KnowHow("audit", r"\baudit\w*\b", ANY,
            "I look first at what fails or costs the most: the error and run history, then each step against what "
            "it is meant to do, and the places where data is copied by hand or duplicated. The audit ends with a "
            "written list of findings ranked by impact and effort, so you can decide what to fix first."),
    KnowHow("ai_tools", r"\b(ai tools?|chatgpt|copilot|cursor|ai[- ]assisted|use ai)\b", ANY,
            "Whatever writes the first draft, I review and test every line before it reaches you, as if I had "
            "written it by hand, and I never paste your data or code into a tool you have not approved.",
            fact="whether and how you use AI tools in your work", fact_if=r"\b(do|does|have) you\b.*\b(use|used)\b"),
)


def know_how(question: str, domains: frozenset[str]) -> KnowHow | None:
    """The first entry whose trigger the question matches and whose kinds of work the workspace does."""
    for entry in BANK:
        if entry.domains & domains and entry.pattern.search(question):
            return entry
    return None
