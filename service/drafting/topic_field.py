"""Team-written topics (issue 14, 31st session): tools and subjects that recur across the whole field, written from
the field's common work rather than from any tuning post. Remarks written for single tuning posts reached 86 % of
fitting tuning letters but only 49 % of fitting test-half letters; these cover what a freelancer in data or
development meets every week (an analysis in Excel, Python or R, a segmentation, map data, Firebase, MongoDB, PDFs
to read, e-mails and texts a system sends, scheduled jobs …). The same rules as the other topic tables: one
first-person sentence true for every post that matches the trigger and ``needs``, naming no tool the trigger does
not require; registered in ``topic_table`` before the fallbacks. None of them vetoes a weaker remark
(``Topic.veto``): they are often named beside a post's main subject. Data only."""
from __future__ import annotations

from functools import partial

from service.drafting.topic_model import DATA_DEV, DEV, SHOP, D, Topic
from service.drafting.work_modes import LIST_CLEANING

# the post asks for findings, not a workbook or an app: an analysis
_ANALYSIS_ASKED = (r"\b(?:analy[sz]\w*|insights?|trends?|patterns?|pivot\w*|findings|recommendations?|"
                   r"summari[sz]\w*|statistic\w*|exploratory|eda)\b")
# something to build in the spreadsheet (the ``excel`` and ``sheets`` remarks speak to that)
_SHEET_BUILD = (r"\b(?:vba|macros?|apps ?script|(?:build|create|design|develop|set up|make|automate) (?:a |an |the |our |"
                r"my )?(?:\w+ ){0,2}(?:spreadsheets?|workbooks?|templates?|trackers?|calculators?|dashboards?))\b")
# a correlation between series over time, said in one sentence (not "correlations between product type and size" in a
# post that mentions trends elsewhere)
_SERIES = (r"(?:time[- ]series|trends?|over time|(?:daily|weekly|monthly|quarterly|yearly|annual) (?:data|series|"
           r"figures|values|sales|prices|returns|observations))")
TRENDING = rf"\bcorrelat\w+[^.;\n]{{0,80}}\b{_SERIES}\b|\b{_SERIES}\b[^.;\n]{{0,80}}\bcorrelat\w+"

# none of these is a main subject that keeps a weaker remark out: they are often named beside it (``Topic.veto``)
_topic = partial(Topic, veto=False)

FIELD_TOPICS: tuple[Topic, ...] = (
    # ------------------------------------------------------------------ analysis: the tool it is done in
    _topic("excel_analysis", r"\b(excel|xlsx|spreadsheets?)\b", D,
           "For an analysis in Excel I would leave the raw data untouched on its own sheet and build every figure "
           "from it with formulas or pivot tables, so each number in the findings can be traced back to the rows "
           "behind it.",
           needs=_ANALYSIS_ASKED, unless=_SHEET_BUILD + "|" + LIST_CLEANING),  # lists to merge have no findings
    _topic("python_analysis", r"\b(pandas|jupyter|python)\b", D,
           "For an analysis in Python I would keep every step in one notebook or script that runs from the raw files "
           "to the last chart, so each figure can be rebuilt and checked when the data is updated.",
           needs=r"\b(?:data analysis|analy[sz]\w* (?:the |our |this |your |my )?(?:\w+ )?(?:data|datasets?)|exploratory|"
                 r"eda|statistical analysis|jupyter|notebooks?)\b",
           unless=r"\b(?:etl|elt|pipelines?|scrap\w+|relational database|data warehouse|django|flask|fastapi|bots?)\b|"
                  + LIST_CLEANING),
    _topic("r_analysis", r"\b(rstudio|r studio|r ?markdown|tidyverse|ggplot2?|dplyr|quarto|(?:in|using|with|use) R"
                         r"(?![&\w'’/-]))", D,
           "In R I would write the analysis as one R Markdown or Quarto file that runs from the raw data to the final "
           "tables and charts, so every result can be reproduced and checked.",
           needs=_ANALYSIS_ASKED),
    _topic("stats_scripts", r"\b(stata|sas|spss|matlab)\b", D,
           "In {tool} I would keep the whole analysis in one script that runs from the raw data to the final tables, "
           "so every result can be reproduced and checked.",
           needs=_ANALYSIS_ASKED),
    _topic("alteryx", r"\b(alteryx|knime)\b", D,
           "In {tool} I would build the workflow in small labelled sections with a row-count check after each join, "
           "so a changed input shows up at the step it breaks rather than in the final totals."),
    _topic("ssrs", r"\b(ssrs|sql server reporting services|reporting services|report builder)\b", DATA_DEV,
           "For SSRS reports I would write each dataset as a stored procedure or a tested query with its parameters, "
           "so the report and the numbers behind it can be checked apart."),
    # ------------------------------------------------------------------ analysis: common methods and subjects
    _topic("trend_correlation", r"\b(correlat\w+)\b", D,
           "For correlations between time series I would report the raw figures beside those of the detrended "
           "series, since any two series that both trend over time correlate strongly whatever their link.",
           needs=TRENDING),
    _topic("large_dataset", r"\b((?:large|big|massive|huge|very large) (?:data ?sets?|volumes? of data|amounts? of "
                            r"data|data files?)|millions? of (?:rows|records|lines)|big data)\b", D,
           "With a large dataset I would profile every column first (missing values, ranges, duplicates) and settle "
           "the method on a sample, so the full run is done once and its results can be checked.",
           # a skill asked of the candidate, not the job's own data
           unless=r"\b(?:ability to|experience (?:with|in)|comfortable (?:with|working)|proficien\w+ (?:in|with)) "
                  r"(?:\w+ ){0,3}(?:large|big|massive|huge)\b"),
    _topic("segmentation", r"\b(segmentation|segment (?:our |the |your )?(?:customers|users|clients|audience)|"
                           r"customer segments?|clustering|cluster analysis|k-?means|rfm)\b", D,
           "For a segmentation I would start from the decision each segment should drive and check that the "
           "segments hold on a second sample of the data, so they describe real groups rather than the noise in one "
           "extract."),
    _topic("sentiment", r"\b(sentiments?)\b", DATA_DEV,
           "For sentiment I would label a few hundred of your own texts by hand first and measure any model against "
           "them, since sarcasm, mixed opinions and your field's own words are where ready-made scores go wrong.",
           "Roughly how many texts are there, and in which languages?"),
    _topic("gis", r"\b(gis|geospatial|arcgis|qgis|shapefiles?|geojson|geocod\w+|spatial (?:data|analysis)|postgis)\b",
           DATA_DEV,
           "With map data I would check first that every layer uses the same coordinate system and that addresses "
           "were geocoded to the right place, since a shifted layer or a wrong match still looks plausible on the "
           "map."),
    _topic("sports_data", r"\b(sports? (?:data|analytics|statistics|stats|betting|models?)|betting|nba|nfl|mlb|nhl|"
                          r"premier league|fantasy (?:sports|football|basketball))\b", DATA_DEV,
           "For sports data I would fix one source of record for results and player names first and build every "
           "feature only from what was known before each game, so a model or a back-test never sees the result it "
           "is predicting.",
           needs=r"\b(?:predict\w*|models?|back-?test\w*|betting|forecast\w*|projections?|odds)\b"),
    _topic("pricing", r"\b(pricing (?:analysis|strategy|model\w*|optimi[sz]\w*|data|research)|price (?:elasticity|"
                      r"optimi[sz]\w*|sensitivity)|dynamic pricing)\b", D,
           "For pricing I would look at how volumes moved when prices changed in the past, product by product, "
           "before modelling anything, since a price change and a promotion in the same week are easy to mistake "
           "for each other."),
    _topic("financial_statements", r"\b(financial statements?|balance sheets?|income statements?|financial ratios?|"
                                   r"ratio analysis)\b", D,
           "For financial statements I would tie each figure back to the trial balance or the filed accounts first "
           "and set every ratio beside the same period a year earlier, so a change reads as a trend and not a "
           "one-off."),
    _topic("onchain", r"\b(on-?chain (?:data|analy\w+|metrics|activity)|blockchain (?:data|analy\w+)|etherscan|"
                      r"dune(?: analytics)?|wallet (?:data|transactions|activity|analy\w+))\b", DATA_DEV,
           "For on-chain data I would decode transactions from the contracts' own event logs and label known exchange "
           "and bridge wallets first, since raw transfers mix a wallet's internal moves with real activity."),
    _topic("nps", r"\b(nps|net promoter(?: score)?|csat|customer satisfaction (?:scores?|surveys?))\b", D,
           "For NPS I would report the score with the number of answers behind it and read the detractors' comments "
           "by theme, since a score moving a few points on a small sample is usually noise."),
    _topic("monte_carlo", r"\b(monte carlo)\b", D,
           "For a Monte Carlo model I would check each input's distribution against history and run enough draws "
           "that the result stops moving, then show the range of outcomes and not only the average."),
    _topic("optimisation", r"\b(linear programming|integer programming|optimi[sz]ation (?:models?|problems?|"
                           r"algorithms?)|or-tools|gurobi|pulp|cplex|route optimi[sz]\w+|solver)\b", DATA_DEV,
           "For an optimisation model I would write the constraints down with you in plain words first and test the "
           "solver on a small case we can check by hand, since a missing constraint gives an answer that is optimal "
           "but unusable."),
    _topic("labelling", r"\b(data (?:labell?ing|annotation)|annotat(?:e|ing|ion) (?:of )?(?:the )?(?:images|data|text|"
                        r"videos?)|label(?:l)?ing (?:images|data|text))\b", DATA_DEV,
           "For labelling I would write short rules with examples of the hard cases and have a sample labelled "
           "twice, so disagreements show where the rules need work before the bulk is done."),
    _topic("survival", r"\b(survival analysis|time[- ]to[- ]event|kaplan[- ]meier|cox (?:regression|model|proportional)|"
                       r"biostatistic\w*|clinical trials? (?:data|analysis))\b", D,
           "For clinical or time-to-event data I would follow an analysis plan agreed before looking at the outcomes "
           "and handle drop-outs and censored cases explicitly, since they decide what the results can claim."),
    _topic("sample_size", r"\b(sample size (?:calculation|estimation|determination)|power analysis|statistical power|"
                          r"power calculation)\b", D,
           "For a sample size I would agree with you the smallest effect worth detecting first, since that choice, "
           "more than the formula, decides how many participants are needed.",
           # "power analysis" of politics or a power grid is no sample size
           needs=r"\b(?:samples?|participants?|respondents?|effect sizes?|significance|statistic\w*|trials?|"
                 r"experiments?|a/b|stud(?:y|ies)|survey)\b"),
    _topic("meta_analysis", r"\b(meta-?analys\w+|systematic reviews?)\b", D,
           "For a meta-analysis I would fix the inclusion rules and the effect measure before extracting anything "
           "and check how much the studies differ before pooling them, since pooling very different studies gives a "
           "precise but meaningless average."),
    _topic("marketing_mix", r"\b(marketing mix model\w*|media mix model\w*|mmm|marketing mix)\b", D,
           "For a marketing mix model I would check first that spend varied enough across channels and weeks, since "
           "a channel whose budget never moved cannot be measured, whatever the model."),
    # ------------------------------------------------------------------ AI and models
    _topic("fine_tuning", r"\b(fine[- ]?tun\w+|qlora)\b", DATA_DEV,
           "Before fine-tuning I would measure how far a prompt with a few worked examples gets on a held-out set of "
           "your own cases, since fine-tuning pays only when it beats that, and it needs a few hundred clean examples "
           "to do so.",
           needs=r"\b(?:gpt\w*|llms?|language models?|openai|chatgpt|llama|mistral|prompts?|claude|gemini)\b"),
    _topic("speech_synthesis", r"\b(voice clon\w+|cloned voices?|speech synthesis|synthetic voices?|custom voices?|"
                               r"voice models?)\b", DATA_DEV,  # a voice to train, not a text-to-speech API to call
           "For a synthetic voice I would judge every version by listening to sentences it was not trained on, since "
           "a voice that sounds right on its training lines often breaks on new names, numbers and long sentences."),
    _topic("transcription", r"\b(speech[- ]to[- ]text|transcri(?:be|bes|bing|ption)s?|whisper|deepgram|assemblyai)\b",
           DATA_DEV,
           "For transcription I would measure the word error rate on a few of your own recordings, accents and "
           "background noise included, before choosing a model, since scores on clean benchmarks say little about "
           "real calls.",
           # typing up recordings by hand is no model to choose
           unless=r"\b(?:manual(?:ly)? transcri\w+|transcriptionists?|type (?:up|out))\b"),
    _topic("recommender", r"\b(recommendation (?:engines?|systems?|models?|algorithms?)|recommender|personali[sz]ed "
                          r"recommendations)\b", DATA_DEV,
           "For recommendations I would start from a simple baseline (what is popular, what is bought together) and "
           "measure every model against it on later activity it has not seen, since a complex recommender often "
           "barely beats that."),
    _topic("anomaly", r"\b(anomal(?:y|ies) detection|fraud detection|detect\w* (?:fraud|anomal\w+)|fraud(?:ulent)? "
                      r"(?:transactions|orders|inquiries|accounts)|outlier detection)\b", DATA_DEV,
           "For fraud or anomaly detection I would agree first which past cases were truly bad, since a model can "
           "only be judged on labelled cases, and tune it to the number of alerts your team can review."),
    _topic("open_models", r"\b(hugging ?face|llama(?: ?\d[\d.]*)?|mistral|ollama|vllm|local llms?|open[- ]source "
                          r"(?:llms?|models?)|self[- ]hosted (?:llms?|models?))\b", DATA_DEV,
           "For an open model on your own servers I would size the GPU memory for the model and the context length "
           "first and compare a quantised version's answers with the full one on your own test cases, since that "
           "decides the hardware bill."),
    # ------------------------------------------------------------------ development: common tools and concerns
    _topic("firebase", r"\b(firebase|firestore)\b", DEV,
           "In Firebase I would write the security rules together with the data structure and test them in the "
           "emulator, since the default rules either block the app or leave the data open to anyone."),
    _topic("mongodb", r"\b(mongo ?db|mongoose)\b", DEV,
           "In MongoDB I would shape the documents around the queries the app runs most and index those fields, "
           "since a growing collection without them slows every page that reads it."),
    _topic("notion", r"\b(notion)\b", DATA_DEV,
           "In Notion I would agree the database properties and the relations between databases before building "
           "any views, since renaming or retyping a property later breaks the formulas and automations built on it.",
           unless=r"\bnotions?\b (?:of|that)\b"),
    _topic("chat_bot", r"\b(telegram|discord)\b", DATA_DEV,
           "For a {tool} bot I would run it as a service that restarts on its own and keep its token in the server's "
           "settings, never in the code, so it stays up and cannot be taken over from a leaked copy.",
           needs=r"\bbots?\b"),
    _topic("pdf_extract", r"\b(pdfs?)\b", DATA_DEV,
           "For PDFs I would check first which carry real text and which are scans, since that decides between a "
           "plain text extraction and OCR, and test on the messiest files you have rather than the cleanest.",
           "Could you send a few of the PDFs, the hardest ones included?",
           needs=r"\b(?:extract\w*|pars(?:e|es|ed|ing|er)|data from (?:the |these |our |your |scanned )?pdfs?|"
                 r"pdfs? (?:to|into) (?:excel|csv|json|data|text|tables?))\b",
           # scans are the OCR remark's; a PDF to produce is no PDF to read
           unless=r"\b(?:ocr|scan(?:s|ned)?|handwrit\w+|pdf[- ]based|(?:generat\w+|creat\w+|export\w*|produc\w+|output) "
                  r"(?:a |the |an )?(?:\w+ )?pdfs?)\b"),
    _topic("sent_email", r"\b(transactional e-?mails?|e-?mail notifications?|automated e-?mails?|send(?:ing|s)? (?:out )?"
                         r"(?:automated |personali[sz]ed )?e-?mails?|sendgrid|mailgun|amazon ses|postmark)\b", DEV,
           "For e-mails the system sends I would send from your own domain with SPF, DKIM and DMARC set up and log "
           "every message, so they reach the inbox and you can see what went out.",
           unless=r"\b(?:cold (?:e-?mail|outreach)|outreach|lead generation|newsletters?|mailchimp|klaviyo)\b"),
    _topic("sms", r"\b(twilio|sms|text messages?)\b", DEV,
           "For text messages I would handle opt-out replies and delivery receipts from the start and register the "
           "sender as the carriers require, since ignored opt-outs or an unregistered sender get messages blocked."),
    _topic("scheduled_jobs", r"\b(cron(?: ?jobs?)?|scheduled (?:jobs?|tasks?|scripts?)|background (?:jobs?|tasks?|"
                             r"workers?)|celery|sidekiq|task queues?)\b", DEV,
           "For scheduled and background jobs I would log each run's start, end and result and alert on a run that "
           "fails or never starts, since a silent job is usually noticed only when its data is missing."),
    _topic("test_automation", r"\b(test automation|automated (?:tests?|testing)|unit tests?|end-to-end tests?|e2e tests?|"
                              r"cypress|qa automation|integration tests?)\b", DEV,
           "I would write the first tests for the paths that cost most when they break (sign-up, payment, the main "
           "workflow) and run them on every change, so the tests grow where they pay rather than where they are "
           "easy."),
    _topic("solidity", r"\b(solidity|smart contracts?|erc-?20|erc-?721|hardhat|foundry)\b", DEV,
           "For a smart contract I would test every path that moves funds and run it on a testnet, with an outside "
           "review, before mainnet, since a deployed contract cannot be patched like ordinary code."),
    _topic("sharepoint", r"\b(sharepoint)\b", DATA_DEV,
           "In SharePoint I would give access through groups rather than to single people or files, so permissions "
           "stay manageable as people join and leave."),
    _topic("edi", r"\b(edi|x12|edifact|as2)\b", DATA_DEV,
           "For EDI I would test every map against real sample files from each trading partner and log every "
           "rejected document with its acknowledgement, since each partner bends the standard in its own way.",
           needs=r"\b(?:maps?|mapping|trading partners?|850|810|856|997|purchase orders?|invoices?|asn|transactions?)\b"),
    _topic("linux_admin", r"\b(linux (?:servers?|systems?|admin\w*)|sysadmin|system administrat\w+|bash scripts?|"
                          r"shell scripts?)\b", DEV,
           "On a Linux server I would record every script and configuration change with a note of why and try it on "
           "a copy of the server first, so any change can be traced and undone."),
    _topic("mysql_versions", r"\b(mysql ?[58](?:\.\d)?|mariadb)\b", DEV,
           "Between MySQL and MariaDB versions I would compare the SQL modes, character sets and collations first and "
           "run the application's own queries against the new version on a copy, since those differences break "
           "queries that worked before.",
           needs=r"\b(?:migrat\w+|upgrad\w+|mov(?:e|ing) (?:from|to)|switch\w* (?:from|to))\b"),
    _topic("search_engine", r"\b(elasticsearch|elastic search|opensearch|algolia|meilisearch|typesense|solr)\b", DEV,
           "For search I would collect a set of real queries with the results you expect and check every change to "
           "the index or the ranking against it, since tuning for one query quietly breaks others."),
    _topic("caching", r"\b(redis|memcached|caching layer|cache layer|caching strateg\w+)\b", DEV,
           "For a cache I would decide first how stale each kind of data may be and clear it when the source changes, "
           "since a cache that serves old prices or stock is worse than none.",
           unless=r"\b(?:wordpress|page speed|core web vitals|pagespeed|plugins?)\b"),  # a site's page cache
    _topic("health_messages", r"\b(hl7|fhir|ehr integrations?|emr integrations?)\b", DATA_DEV,
           "With HL7 or FHIR feeds I would validate every message against the profile the other system uses and keep "
           "the raw message beside the parsed one, since systems fill optional fields differently and a replay "
           "needs the original."),
    _topic("event_streams", r"\b(kafka|kinesis|event streaming|event streams?|pub/?sub)\b", DEV,
           "For event streams I would make every consumer safe to see a message twice and track how far each one "
           "lags, since redeliveries happen and a consumer falling behind is the first sign of trouble."),
    _topic("power_apps", r"\b(power ?apps|dataverse)\b", DATA_DEV,
           "In Power Apps I would plan the data source with delegation in mind, since a formula that cannot be "
           "delegated quietly works on the first few hundred rows only."),
    _topic("php_code", r"\b(php)\b", DEV,
           "In existing PHP code I would add tests around each part before changing it and move any database query "
           "built from raw input to prepared statements as I go.",
           needs=r"\b(?:existing|legacy|fix\w*|bugs?|maintain\w*|upgrad\w+|old(?:er)?|refactor\w*)\b",
           unless=r"\b(?:laravel|wordpress|woocommerce|magento|drupal|symfony|codeigniter|opencart|prestashop)\b"),
    _topic("rails", r"\b(ruby on rails|rails|ruby)\b", DEV,
           "In Rails I would keep the business rules in tested models or service objects and load related records "
           "up front, so pages do not slow down with one query per row."),
    _topic("golang", r"\b(golang|go (?:developer|engineer|backend|services?|microservices?|programming|language))\b", DEV,
           "In Go I would pass a context with a deadline through every call that reaches the network or the "
           "database, so one slow dependency cannot pile up requests."),
    _topic("web_3d", r"\b(three\.?js|webgl|babylon\.?js|react three fiber)\b", DEV,
           "For 3D in the browser I would keep the models light (compressed textures, few draw calls) and test on a "
           "mid-range phone early, since a scene that runs smoothly on a desktop often stalls on mobile."),
    _topic("video_streaming", r"\b(video streaming|live ?stream\w*|hls|video hosting|video on demand|vod)\b", DEV,
           "For video I would encode it in a few qualities and stream it adaptively from a CDN, so playback starts "
           "quickly on slow connections and bandwidth costs stay predictable."),
    _topic("video_calls", r"\b(webrtc|video calls?|video chat|agora|twilio video|zoom (?:sdk|api))\b", DEV,
           "For video calls I would test on poor networks and behind company firewalls early and plan a relay "
           "(TURN) server, since direct connections fail for a share of users."),
    _topic("accessibility", r"\b(accessibility|wcag|ada complian\w+|screen readers?)\b", DEV | SHOP,
           "For accessibility I would go through every page with a screen reader and the keyboard alone as well as an "
           "automated scan, since the scanners miss most of what blocks real users."),
    _topic("multilingual", r"\b(multi-?lingual|i18n|locali[sz]ation|multiple languages|several languages)\b",
           DEV | SHOP,
           "For several languages I would keep every piece of text in language files from the start and test the "
           "longest language early, since text that grows by a third breaks tight layouts."),
    _topic("html_email", r"\b(html e-?mails?|e-?mail templates?|newsletter templates?)\b", DEV | SHOP,
           "For HTML e-mail I would build on tables with inline styles and test in Outlook and Gmail on phones before "
           "sending, since each mail client drops different styles."),
    _topic("pwa", r"\b(pwa|progressive web apps?|service workers?)\b", DEV,
           "For a PWA I would decide which screens must work offline and cache only those, and test "
           "installing and updating on iPhones as well as other phones, since Apple's browser supports less of it."),
    _topic("desktop_app", r"\b(electron|tauri|desktop app\w*|desktop software|windows app\w*)\b", DEV,
           "For a desktop app I would set up signed builds and automatic updates from the first release, since "
           "unsigned installers are blocked or flagged by Windows and macOS.",
           unless=r"\b(?:debug\w*|build errors?|crash\w*|fix\w*)\b"),  # a broken build to mend, not a release to plan
    _topic("sso", r"\b(saml|single sign-?on|sso|okta|azure ad|entra id)\b", DEV,
           "For single sign-on I would test the sign-in against a second test tenant and settle what happens to a "
           "user's sessions when they are removed in the identity provider."),
    _topic("spring", r"\b(spring boot|spring framework|hibernate|jpa)\b", DEV,
           "In Spring Boot I would keep each endpoint's work in a tested service layer and watch the queries JPA "
           "generates, since one lazily loaded relation can turn a single page into hundreds of queries."),
    _topic("laravel", r"\b(laravel)\b", DEV,
           "In Laravel I would keep every schema change in a migration and run the slow work (e-mails, imports, "
           "reports) on queues, so the app stays quick and each environment can be rebuilt from the code."),
    _topic("spa_framework", r"\b(vue(?:\.?js)?|nuxt(?:\.?js)?|angular(?:js)?|svelte(?:kit)?)\b", DEV,
           "In {tool} I would keep the data the screens share in one store and build the pages from small tested "
           "components, so a change to one screen does not quietly break another.",
           unless=r"\breact\b"),  # the React remark speaks to a post that names both
    _topic("wix", r"\b(wix)\b", DEV | SHOP,
           "In Wix I would build each page from the editor's own sections and settings and add Velo code only where "
           "the editor cannot do the job, so you can keep editing the site yourself."),
    _topic("work_trackers", r"\b(monday\.com|clickup|asana|trello|jira)\b", DATA_DEV,
           "In {tool} I would agree the statuses, the fields and who owns each stage before building any "
           "automation, since an automation built on a process still changing has to be redone.",
           # the tracker itself is set up or automated, not a tool the team happens to use
           needs=r"\b(?:(?:monday\.com|clickup|asana|trello|jira) (?:automations?|workflows?|boards?|setup|set ?up|"
                 r"configuration|admin\w*|migration)|(?:automat\w+|set ?up|configur\w+|migrat\w+) (?:in |of |for )?"
                 r"(?:our |the |a |my )?(?:monday\.com|clickup|asana|trello|jira))\b"),
    _topic("maps_api", r"\b(google maps(?: api)?|maps api|places api|geocoding api)\b", DEV,
           "With a maps API I would restrict the key to your domain or app and cache results where the terms allow, "
           "since map and place calls are billed per request and an open key gets used by others."),
)

_ANALYSIS = {"analysis", "research"}
FIELD_KINDS: dict[str, set[str]] = {
    "excel_analysis": _ANALYSIS, "python_analysis": _ANALYSIS, "r_analysis": _ANALYSIS | {"ml"},
    "trend_correlation": _ANALYSIS | {"ml", "general"}, "large_dataset": _ANALYSIS | {"pipeline", "database", "general"},
    "segmentation": _ANALYSIS | {"ml", "general"}, "sentiment": _ANALYSIS | {"ml", "ai", "general"},
    "gis": _ANALYSIS | {"dashboard", "webapp", "ml", "database", "pipeline", "general"},
    "sports_data": {"analysis", "ml", "ai", "general"}, "pricing": _ANALYSIS | {"dashboard", "ml", "general"},
    "financial_statements": _ANALYSIS | {"spreadsheet", "dashboard", "general"},
    "onchain": _ANALYSIS | {"dashboard", "general"},
    "firebase": {"webapp", "mobile", "api", "database", "general"},
    "mongodb": {"api", "webapp", "database", "migration", "general"},
    "notion": {"automation", "spreadsheet", "database", "general"},
    "chat_bot": {"automation", "api", "ai", "general"},
    "pdf_extract": {"automation", "import", "api", "ai", "ml", "general"},
    "sent_email": {"automation", "webapp", "api", "general"},
    "sms": {"automation", "api", "webapp", "mobile", "ai", "general"},
    "scheduled_jobs": {"api", "webapp", "automation", "pipeline", "general"},
    "test_automation": {"webapp", "api", "mobile", "review", "automation", "general"},
    "fine_tuning": {"ai", "ml", "general"}, "speech_synthesis": {"ai", "ml", "general"},
    "transcription": {"ai", "ml", "automation", "general"}, "recommender": {"ml", "ai", "webapp", "analysis", "general"},
    "anomaly": {"ml", "ai", "analysis", "automation", "general"}, "open_models": {"ai", "ml", "api", "general"},
    "solidity": {"webapp", "api", "review", "general"},
    "sharepoint": {"automation", "website", "database", "spreadsheet", "general"},
    "edi": {"automation", "api", "import", "pipeline", "general"},
    "stats_scripts": _ANALYSIS, "alteryx": {"pipeline", "analysis", "automation", "spreadsheet", "general"},
    "ssrs": {"dashboard", "database", "migration", "general"},
    "search_engine": {"webapp", "api", "website", "store", "database", "general"},
    "caching": {"api", "webapp", "database", "general"},
    "health_messages": {"api", "pipeline", "import", "automation", "webapp", "general"},
    "event_streams": {"pipeline", "api", "webapp", "general"},
    "power_apps": {"automation", "webapp", "database", "spreadsheet", "general"},
    "php_code": {"webapp", "api", "website", "general"}, "rails": {"webapp", "api", "general"},
    "golang": {"api", "webapp", "general"}, "web_3d": {"webapp", "website", "general"},
    "nps": _ANALYSIS | {"dashboard", "general"}, "survival": _ANALYSIS | {"ml", "general"},
    "sample_size": _ANALYSIS | {"general"}, "meta_analysis": _ANALYSIS | {"general"},
    "marketing_mix": _ANALYSIS | {"ml", "dashboard", "general"}, "monte_carlo": _ANALYSIS | {"spreadsheet", "ml", "general"},
    "optimisation": _ANALYSIS | {"ml", "spreadsheet", "webapp", "general"},
    "labelling": {"ml", "ai", "research", "general", "analysis"},
    "video_streaming": {"webapp", "mobile", "api", "website", "general"},
    "video_calls": {"webapp", "mobile", "api", "general"},
    "accessibility": {"website", "webapp", "theme", "store", "review", "general"},
    "multilingual": {"website", "webapp", "mobile", "store", "theme", "general"},
    "html_email": {"website", "automation", "store", "theme", "general"},
    "pwa": {"webapp", "mobile", "website", "general"}, "desktop_app": {"webapp", "automation", "general"},
    "sso": {"webapp", "api", "general"},
    "linux_admin": {"automation", "api", "migration", "general"}, "mysql_versions": {"database", "migration", "general"},
    "spring": {"api", "webapp", "migration", "general"}, "laravel": {"webapp", "api", "website", "general"},
    "spa_framework": {"webapp", "website", "dashboard", "general"}, "wix": {"website", "store", "theme", "general"},
    "work_trackers": {"automation", "api", "spreadsheet", "general"},
    "maps_api": {"webapp", "mobile", "api", "website", "general"},
}
