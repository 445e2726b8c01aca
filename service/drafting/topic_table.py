"""Team-written know-how for the offline writer: for a named tool or a well-known kind of problem, the one thing an
experienced freelancer would say about it, and the question they would ask. A topic is used only when the post
itself names its trigger (``work_kinds.find_topic``), so its sentence is grounded in the post; the sentences hold
for every post that names the trigger (no claims about the client's data, no past projects). Data only."""
from __future__ import annotations

from service.drafting.topic_analytics import ANALYTICS_KINDS, ANALYTICS_TOPICS
from service.drafting.topic_copy import COPY_KINDS, COPY_TOPICS
from service.drafting.topic_core import CORE_KINDS, CORE_TOPICS
from service.drafting.topic_data import DATA_KINDS, DATA_TOPICS
from service.drafting.topic_data_tools import (
    CSV_EMAIL,
    DATA_TOOL_KINDS,
    DATA_TOOL_TOPICS,
)
from service.drafting.topic_dev import DEV_KINDS, DEV_TOPICS
from service.drafting.topic_extra import EXTRA_KINDS, EXTRA_TOPICS
from service.drafting.topic_field import FIELD_KINDS, FIELD_TOPICS, TRENDING
from service.drafting.topic_freq_data import FREQ_DATA_KINDS, FREQ_DATA_TOPICS
from service.drafting.topic_freq_dev import FREQ_DEV_KINDS, FREQ_DEV_TOPICS
from service.drafting.topic_kinds import KIND_KINDS, KIND_TOPICS
from service.drafting.topic_model import (
    APP_BUILT,
    DATA_DEV,
    DEPLOY_TITLE,
    DEV,
    DOCUMENTS_TO_ANSWER,
    LEAVING,
    NOT_STORE_REMARK,
    NOT_SURVEY_TESTS,
    PEOPLE_TO_ANSWER,
    SCANS_SAID,
    SHOP,
    STORE_WEIGHT,
    D,
    Topic,
)
from service.drafting.topic_more import MORE_KINDS, MORE_TOPICS
from service.drafting.topic_powerbi import NEEDS as POWERBI_NEEDS
from service.drafting.topic_powerbi import POWERBI_KINDS, POWERBI_TOPICS
from service.drafting.topic_roles import ROLE_KINDS, ROLE_TOPICS
from service.drafting.topic_sixth import SIXTH_KINDS, SIXTH_TOPICS
from service.drafting.topic_subjects import SUBJECT_KINDS, SUBJECT_TOPICS
from service.drafting.topic_trades import TRADE_KINDS, TRADE_TOPICS
from service.drafting.topic_web import WEB_KINDS, WEB_TOPICS
from service.drafting.work_modes import CALLS_THEIR_API

TOPICS: tuple[Topic, ...] = TRADE_TOPICS + (  # the trade a data post is about first (``topic_trades``)
    # ------------------------------------------------------------------ analysis and statistics
    Topic("causal", r"\b(causal|treatment effect|uplift|incrementality|difference[- ]in[- ]differences|synthetic control)\b", D,
          "For an effect estimate like this I would use a comparison group (difference-in-differences or a synthetic "
          "control) and check first that it moved in step with the treated group before the change.",
          "Do you have daily or weekly data for the period before the change as well as after it?"),
    Topic("abtest", r"\b(a/b test\w*|ab test\w*|split test\w*|experiment results?)\b", D,
          "For an A/B test I would check the sample sizes and the split first, then report the effect with its "
          "confidence interval rather than a bare p-value.",
          # the post may want tests designed, not one read: the question must not presume a finished test
          "Is there a test already run whose results need reading, or is the next one still to be designed?"),
    Topic("forecast", r"\b(forecast\w*|time[- ]series|seasonality|demand planning|predict\w* (?:sales|demand|revenue))\b", D,
          "With time-series data I would separate the trend from the seasonality first and judge any forecast on a "
          "back-test over months it has not seen.",
          "How many months or years of history do you have, and how far ahead do you need the forecast?",
          r"\b\d+\s+(?:years?|months?) of (?:data|history)\b",
          # a forecast is asked for (built, improved, of a named quantity): a time series to describe (trend and
          # seasonality of a correlation matrix), a report that lists "forecasts" among its contents, or a
          # candidate's "background in forecasting" is not enough
          needs=r"\b(?:demand planning|forecast(?:ing)? models?|models? (?:for|to) forecast\w*|predict\w* (?:sales|demand|revenue)|"
                r"(?:build|create|develop|produce|improve|automate|prepare) (?:a |an |the |our |my )?(?:\w+ ){0,2}"
                r"forecasts?|forecast(?:ing|s)? (?:of |for )?(?:our |the |future |monthly |weekly )?(?:sales|demand|"
                r"revenue|inventory|traffic|volumes?|orders|prices|usage|cash ?flows?))\b"),
    Topic("survey", r"\b(survey|questionnaire|likert|spss|regression analysis|anova|thesis|dissertation)\b", D,
          "I would state the hypotheses up front, check each test's assumptions before running it, and report effect "
          "sizes with the p-values so the results hold up to review.",
          "Which software do you need the analysis in, and is there a required report format?",
          r"\b(spss|stata|in r\b|r studio|rstudio|python|excel)\b",
          # tests and effect sizes need data to test: designing a questionnaire is not running one
          needs=r"\b(?:hypothes\w+|statistic\w*|significan\w+|p-values?|regression|anova|spss|stata|t-tests?|"
                r"chi-square|factor analysis|cfa|respondents|responses|survey (?:data|results)|likert|dissertation|"
                r"thesis)\b", unless=NOT_SURVEY_TESTS),
    Topic("churn", r"\b(churn|retention|cohort|lifetime value|ltv|clv)\b", D,
          "For retention work I would build cohorts by start month first, since one overall rate hides whether "
          "newer people behave differently from earlier ones."),
    Topic("finance", r"\b(fp&a|financial model\w*|cash ?flow|p&l|profit and loss|quickbooks|xero|budget vs\.? actual|"
                     r"three[- ]statement)\b", D,
          "Financial reports have to tie out to the books, so I would reconcile the totals to the accounting records "
          "before building anything on top of them.",
          "Which accounting system holds the numbers, and how often do you close the month?",
          r"\b(quickbooks|xero|netsuite|sage)\b",
          # the insight is about tying reports to the books: a cash-flow prediction model has no books to tie to
          needs=r"\b(?:accounting|accountants?|books|bookkeep\w*|ledger|p&l|profit and loss|balance sheets?|"
                r"financial statements?|reconcil\w+|month[- ]end|quickbooks|xero|netsuite|sage|fp&a|budget vs\.? "
                r"actual|three[- ]statement)\b"),
    Topic("product_analytics", r"\b(amplitude|mixpanel|posthog|heap analytics|product analytics|funnel analysis|"
                               r"appsflyer|mobile attribution)\b", D,
          "With product analytics the tracking plan matters as much as the charts, so I would check the events and "
          "their properties before building funnels and retention views.",
          "Is there a tracking plan that lists the events you send today?"),
    Topic("ga4", r"\b(ga4|google analytics)\b", D,
          "GA4 numbers are only as good as the event setup behind them, so I would check which events are tracked, "
          "and how, before building anything on the data.",
          "Is the GA4 data exported anywhere today, or should the reports read GA4 directly?",
          # GA is still to be set up: there is no GA4 data to export yet (tuning readers: "asks if GA4 data is
          # exported though I'm not using GA")
          r"\bnot (?:yet )?using (?:ga4?|google analytics)\b|\b(?:set(?:ting)?[- ]?up|install\w*|configur\w*) (?:\w+ ){0,2}"
          r"(?:ga4?|google analytics)\b"),
    Topic("ads_api", r"\b(google ads api|budget pacing|pacing (?:dashboard|sheet|report))\b", D,
          "Pacing is spend to date against the share of the month gone, so the sheet needs the daily spend per account "
          "from the Google Ads API (a developer token and access through your manager account) and one budget row "
          "per account.",
          "Are all the accounts under one Google Ads manager (MCC) account?", r"\b(mcc|manager account)\b"),
    Topic("marketing_data", r"\b(roas|google ads|facebook ads|meta ads|ad spend|attribution|taboola|tiktok ads)\b", D,
          "Ad platforms each count conversions their own way, so I would set one definition of spend, conversions and "
          "revenue first and reconcile each platform against it.",
          "Which source should be the one of record for results: the ad platforms, the analytics tool or the orders "
          "themselves?",
          # results measured across platforms: a dispute over junk clicks on one network is not about conversions
          needs=r"\b(?:conversions?|roas|roi|attribution|cpa|cpl|cost per \w+|revenue|sales|purchases?|leads?)\b"),
    Topic("cleaning", r"\b(data cleaning|clean(?:ing)? (?:up )?(?:the |our |my )?data|dedupe|de-?duplicat\w+|data quality|"
                      r"messy data)\b", D,
          "I would keep the raw file untouched and do the cleaning as a script rather than by hand, so it can be re-run "
          "on the next batch and every change can be traced back.",
          "Roughly how many rows are we talking about, and in what format do they come (CSV, Excel, a database)?",
          r"\b\d[\d,.]*\s*(?:k\s+)?(?:rows|records|entries|lines)\b"),
    Topic("correlation", r"\b(correlat\w+|relationships? between (?:the |various |two )?[\w-]+(?: [\w-]+)? and "
                           r"(?:the )?[\w-]+(?: [\w-]+)? (?:data|variables|metrics|scores|outcomes)|relationships? "
                           r"between (?:the |various |two )?(?:variables|metrics|factors|features)|drivers? of|key drivers)\b", D,
          "A correlation is a lead, not an answer, so I would check each strong one for a shared cause or a time lag "
          "before anyone acts on it.",
          "Which outcome matters most to you, so I can rank the other variables against it?",
          # a correlation matrix to produce is the deliverable, not a finding to act on (tuning readers: "lectures me
          # on causation when I asked for six correlation matrices")
          unless=r"\bcorrelation (?:matri(?:x|ces)|tables?|heat ?maps?|coefficients? (?:table|matri(?:x|ces)))\b|"
                 + TRENDING),
    Topic("crm", r"\b(hubspot|salesforce|sales pipeline|revenue operations|revops|crm data|gohighlevel|ghl)\b", D,
          "CRM reports are only as good as how consistently deals and stages are entered, so I would check the stage "
          "definitions and the data hygiene before trusting any pipeline figure.",
          "Are the deal stages and their definitions written down somewhere, or do they live in people's heads?",
          # the post reports on its CRM (a pipeline, deals, figures), not only runs its work in one (provisioning)
          needs=r"\b(?:reports?|reporting|pipelines?|deals?|dashboards?|forecast\w*|figures|metrics|kpis?|"
                r"crm data)\b"),
    Topic("dataviz", r"\b(matplotlib|plotly|seaborn|ggplot|data visuali[sz]ation designer|data storytelling|"
                     r"infographics?|visual stor\w+|data plotting|storytelling (?:through|with) data)\b", D,
          "I would design each chart around the one comparison it has to make obvious, and cut anything that does "
          "not serve it, before any styling.",
          "Who is the audience, and where will the charts appear (a report, slides or the web)?"),
    Topic("privacy", r"\b(hipaa|gdpr|pii|de-?identif\w+|anonymi[sz]\w+|pseudonymi[sz]\w+|phi)\b", DATA_DEV,
          "With personal or health data I would work on the least data the job needs, keep it off personal devices, "
          "and document every field that is removed or masked, so the process can be audited.",
          "Is there a data processing agreement or a list of the identifiers that must be removed?",
          unless=r"\b(?:patient-facing|mobile app|(?:ios|android) app|react native|flutter|app store|play store)\b"),
    Topic("dba", r"\b(sql server|database administrat\w+|dba|replication|backups?|failover|high availability)\b", DATA_DEV,
          "With a live database I would test the restore before changing anything, since a backup that has never "
          "been restored is only a hope.",
          "Which version and edition is it, and is there a maintenance window I should work within?"),
    # ------------------------------------------------------------------ BI and spreadsheets
    Topic("powerbi", r"\b(power ?bi|dax|power query)\b", D,
          "In Power BI most of the work is the data model: a clean star schema and a few tested DAX measures keep the "
          "report fast and every page showing the same numbers.",
          "Do you have a Power BI Pro or Premium licence, so the report can be shared and refreshed on a schedule?",
          r"\b(?:pro|premium|fabric|ppu) licen[cs]es?\b|\bpower bi (?:pro|premium|service)\b",
          unless="|".join((CSV_EMAIL, *POWERBI_NEEDS))),  # a need of its own has its own remark (``topic_powerbi``)
    Topic("powerbi_flow", r"\b(power ?bi)\b", D,
          "With Power BI inside an automated flow, the scheduled refresh is the step that fails quietly, so I would "
          "check that each refresh has finished before anything downstream reads the data, and alert on a failed one.",
          "Do you have a Power BI Pro or Premium licence, so the refresh can run on a schedule?",
          r"\b(?:pro|premium|fabric|ppu) licen[cs]es?\b|\bpower bi (?:pro|premium|service)\b"),
    Topic("tableau", r"\btableau\b", D,
          "In Tableau I would build on one published data source with the calculations defined once, so every sheet "
          "and dashboard agrees.",
          "Are you on Tableau Cloud, Tableau Server or Tableau Public?", r"\btableau (cloud|server|public|online)\b"),
    Topic("lookml", r"\b(lookml|looker(?! studio))\b", D,
          "In Looker I would define the joins and measures once in LookML, so every explore and dashboard uses the "
          "same definitions and nobody rebuilds a metric by hand.",
          "Is there an existing LookML project, or does the model start from scratch?",
          unless=r"\b(?:looker|google data|data) studio\b(?![^.\n]{0,80}\blookml\b)"),  # "Looker" said for Looker Studio
    Topic("qlik", r"\bqlik(?: ?sense| ?view)?\b", D,
          "In Qlik most slow or wrong apps come from the data model, so I would get the load script right first: "
          "one clean key between tables and no synthetic keys.",
          "Is it Qlik Sense in the cloud or on your own server?"),
    Topic("looker", r"\b(looker ?studios?|google data studio|data studio)\b", D,
          "Looker Studio slows down when every chart blends live sources, so beyond a couple of sources I would land "
          "the data in one prepared table first and point the report at that.",
          "How fresh do the numbers need to be: daily, hourly or close to live?",
          r"\b(?:real[- ]time|daily|hourly|live data|refresh\w*|weekly)\b"),
    Topic("sheets", r"\b(google ?sheets?|apps ?script|gsheets?)\b", D,
          "In Google Sheets I keep the raw data on its own tab and run the automation as a scheduled script, so a "
          "formula or a person never overwrites the source.",
          "Who edits the sheet day to day, and what should happen when someone enters something unexpected?",
          # the post asks for something to run by itself: a scheduled script is the answer to that, not to any sheet
          # ("have the model update automatically" is a formula recalculating, not a script: a tuning reader, 30th session)
          needs=r"\b(?:automat(?:e|es|ed|ing|ion|ions)\b|apps ?script|scripts?|triggers?|schedul\w+|sync\w*|auto[- ]?(?:update|refresh|"
                r"pull)\w*|pulls? (?:data|in)|api|webhooks?|zapier|make\.com|n8n)\b"),
    Topic("sheets_plain", r"\b(google ?sheets?|gsheets?)\b", D,
          "In Google Sheets I keep the raw data on its own tab and the calculations on another, so a formula or a "
          "person never overwrites the source.",
          # a sheet someone builds or keeps, not a tool named among the candidate's skills
          needs=r"\b(?:build|create|set up|setup|design|develop|make|fix|update|improve|calculator|template|"
                r"tracker|formulas?|workbook|dashboard)\b"),
    Topic("excel", r"\b(excel|xlsx)\b", D,
          "In Excel I keep inputs, calculations and outputs on separate sheets and add code only where a formula "
          "cannot do the job, so the workbook stays easy to maintain.",
          "Which Excel version does your team use, and on Windows or Mac?",
          r"\b(office|microsoft) 365\b|\bexcel (20\d\d|for mac)\b",
          # a workbook is being built or changed (VBA alone may be Access: the post must say Excel); analysing data
          # that arrives in Excel files is not building one
          needs=r"\b(?:vba|macros?|formulas?|workbooks?|templates?|calculators?|trackers?|models?|dashboards?|"
                r"automat\w*|(?:build|create|set up|design|develop|make|fix|update|improve|rebuild) (?:a |an |the |"
                r"our |my |this )?(?:\w+ ){0,2}(?:spreadsheets?|sheets?|workbooks?|files?|excel))\b"),
    Topic("airtable", r"\bairtable\b", DATA_DEV,
          "In Airtable the base design decides how far the automations can go, so I would set up linked tables "
          "rather than repeated fields before building views and automations.",
          "Roughly how many records will the base hold, and which other tools should it sync with?"),
    # ------------------------------------------------------------------ data engineering
    Topic("sql_perf", r"\b(slow quer\w+|query (?:optimi[sz]\w+|performance)|optimi[sz]\w* (?:sql|quer\w+)|indexes|"
                      r"execution plan|within (?:a )?few seconds?)\b", DATA_DEV,
          "For slow queries the first step is the execution plan: it shows whether the time goes on a missing index, "
          "a poor join or far more rows than the screen needs.",
          "Which database and version is it, and roughly how many rows are in the largest tables?",
          r"\b(?:mysql|postgres\w*|sql server|oracle|sqlite|mariadb|mongodb)\b"),
    Topic("warehouse", r"\b(bigquery|snowflake|redshift|databricks|data warehouse|dbt|lakehouse)\b", D,
          "In the warehouse I would keep raw, staging and reporting layers separate, so a change in a source never "
          "silently changes a report.",
          "Which sources feed the warehouse today, and is anything already modelled in it?",
          r"\b(?:current|existing) (?:[\w-]+ ){0,2}(?:models?|warehouse|tables|pipelines?|dbt)\b|\bdbt (?:cloud|core|models?)\b"),
    Topic("etl", r"\b(etl|elt|airflow|aws glue|data pipeline|ingestion|fivetran|stitch)\b", D,
          "I would make every load safe to re-run (an upsert on a stable key rather than a plain insert), so a retry "
          "after a failure never duplicates rows.",
          "How often does the data need to refresh, and what happens today when a load fails?",
          r"\b(?:hourly|nightly|real[- ]time|every \d+ (?:minutes|hours))\b"),
    Topic("scraping_js", r"\b(selenium|playwright|puppeteer|javascript[- ]rendered|dynamic (?:web )?(?:pages|sites|content)|"
                         r"infinite scroll|captcha)\b", DATA_DEV,  # Cloudflare blocks: scrape_blocking, cloudflare_block
          "For dynamic pages I would first look for the API calls the page makes in the background, since reading "
          "those is faster and breaks less often than driving a browser; a headless browser is the fallback.",
          "Roughly how many pages or records per run, and how often should it run?"),
    Topic("scraping", r"\b(scrap\w+|crawl\w*|web data extraction|extract data from (?:web)?sites?)\b", DATA_DEV,
          # true for one site or many, fields listed or not (remark audit: "agree the fields … per site" misread a
          # one-site scrape whose fields the post gives); not for images or candles (readers: "'fields' for images")
          "Before writing any code I would confirm the exact fields with you on one sample record, so we both know "
          "what a finished record looks like.",
          "Roughly how many sites and records per run, and how often should it run?",
          r"\b\d[\d,]*\+?\s*(?:sites|websites|pages|records|urls|listings|products)\b|\b(?:one|single|this|a) "
          r"(?:website|site|web page)\b", unless=r"\b(?:ohlcv?|candlesticks?)\b|^[^\n]*\b(?:images?|photos?|pictures?)\b"),
    # ------------------------------------------------------------------ AI and ML
    Topic("rag", r"\b(rag|retrieval[- ]augmented|vector (?:db|database|store)|embeddings|(?:text|vector|openai) embedding|"
                 r"embedding (?:models?|vectors?|search|api)|pinecone|chroma|knowledge base)\b", DATA_DEV,  # no site embed
          "With retrieval the answers are only as good as what gets retrieved, so I would tune how the documents are "
          "split and searched before touching the prompts.",
          "What documents would it answer from, and roughly how many pages are they?",
          needs=DOCUMENTS_TO_ANSWER),
    Topic("agents", r"\b(ai agents?|agentic|langchain|langgraph|crewai|autogen|function calling|tool calling|n8n agents?)\b", DATA_DEV,
          "With agents I keep each tool small and logged and give the agent a narrow job first, because most failures "
          "come from a vague task or a tool that returns something unexpected.",
          "Which systems should the agent be allowed to act on, and which actions need a person's approval first?"),
    Topic("chatbot", r"\b(chat ?bot|customer support bot|whatsapp bot|telegram bot|virtual assistant bot)\b", DATA_DEV,
          "A support bot should answer only from content you have approved and say plainly when it does not know, so "
          "I would write those boundaries down before building the first flow.",
          "Where will it live, and who picks up when it hands a conversation over to a person?",
          needs=PEOPLE_TO_ANSWER),
    Topic("cv", r"\b(computer vision|opencv|yolo|object detection|image classification|video analytics|"
                r"segmentation)\b", DATA_DEV,
          # how many is the question; the remark says what else decides it (said twice in 6 of 624 tuning letters)
          "In vision work the labelled examples decide the result, so I would check how close they are to real "
          "conditions (lighting, angles, cameras) before choosing a model.",
          "How many labelled images or video frames do you have today?", unless=r"\b(?:mediapipe|pose (?:estimation|detection))\b"),
    Topic("nlp", r"\b(nlp|natural language|text classification|sentiment analysis|named entity|document classification)\b",
          DATA_DEV,
          "For text classification I would start from a small labelled sample and a simple baseline, then try a "
          "language model only where it clearly beats it.",
          "Do you have labelled examples, and roughly how many documents a month will it process?",
          # a natural-language search or chat sorts nothing into classes (tuning readers: "not a classification task")
          needs=r"\b(?:classif\w*|sentiment|categori[sz]\w*|label\w*|tagg\w*|named entit\w*|intents?)\b"),
    Topic("ocr", r"\b(ocr|pdf extraction|extract\w* (?:data )?from pdfs?|invoices? processing|document processing)\b", DATA_DEV,
          "For document extraction I would sort the documents by layout first, since scanned pages need OCR and "
          "fixed layouts can use simple rules, and check accuracy field by field on a sample.",
          "Are the documents digital PDFs or scans, and how many layouts do they come in?", SCANS_SAID),
    Topic("ml", r"\b(machine learning|ml model|predictive model\w*|classification model|regression model|xgboost|"
                r"scikit[- ]learn|random forest|deep learning|neural network)\b", D,
          "I would agree early what a wrong prediction costs you (a missed case against a false alarm), since that "
          "decides the metric and the threshold more than the choice of algorithm.",
          "How much labelled history do you have, and how will the predictions be used day to day?",
          # a trading model or a forecast is judged on returns or error over time, not missed cases against false
          # alarms (tuning readers: "classification framing, not trading P&L")
          unless=r"\b(?:trad(?:e|es|ing)|stocks?|forex|crypto\w*|portfolio|price prediction|forecast\w*|time[- ]series)\b"),
    Topic("llm", r"\b(openai|gpt-?\d|chatgpt|claude|llm|large language model|gemini)\b", DATA_DEV,
          "With language models I would pin the model version and record every prompt change with its test results, "
          "so the answers never change under you without anyone noticing.",
          "Do you have examples of good and bad outputs I could use as the first test set?"),
    # ------------------------------------------------------------------ software
    Topic("devops", r"\b(devops|aws lambda|lambda|kubernetes|k8s|docker|terraform|ci/cd|ec2|ecs)\b", DEV,
          "For infrastructure I would put every change in code and in the deploy pipeline, so nothing depends on a "
          "setting someone clicked once.",
          "Is the current setup described in code anywhere, or mostly configured by hand?",
          # the question presumes a setup that exists: a new build settles it
          r"\b(?:new build|from scratch|greenfield|build (?:a|an) (?:[\w-]+ ){0,3}(?:api|app|platform|application|"
          r"system|web application))\b", unless=r"\blambda layers?\b"),  # a layer's build has its own remark (topic_extra)
    Topic("trading", r"\b(trading bot|algo(?:rithmic)? trading|backtest\w*|crypto trading|forex|trading (?:algorithms?|"
                     r"strateg(?:y|ies)|signals?|systems?))\b", DATA_DEV,
          "With a trading strategy I would back-test it on data it was not designed on, with fees and slippage "
          "included, before any live order is placed.",
          "Which exchange or broker API would it trade through, and is there a paper-trading account to test on?",
          unless=r"\bmarket[- ]mak\w+\b"),  # rules to follow, not a strategy to test (``topic_extra.market_making``)
    Topic("rpa", r"\b(rpa|uipath|ui path|power automate|automation anywhere|blue prism)\b", DATA_DEV,
          "Bots that drive screens break when the screens change, so I would use an API or a file export wherever "
          "the system offers one and keep screen steps for the rest.",
          "Which of the systems the bot works in offer an API or an export today?"),
    Topic("extension", r"\b(chrome extension|browser extension|manifest v3)\b", DEV,
          "For a browser extension I would keep to Manifest V3 and request only the access each feature needs, "
          "since both decide how smoothly every store review goes.",
          "Is this a new extension, or an update to one already published?"),
    Topic("stripe", r"\b(stripe|payment gateway|subscriptions? billing|paypal)\b", DEV,
          # no "payments" or "webhooks" the post may not name: the grounding lint's job terms (tests/pipeline/
          # test_grounded_remarks)
          "With a payment provider I treat its event notifications as the source of truth and make them safe to "
          "receive twice, so a retry never charges or fulfils an order twice.",
          "Is it one-off payments, subscriptions or both?", r"\b(subscriptions?|recurring)\b"),
    Topic("nextjs", r"\b(next\.?js|nextjs)\b", DEV,
          "In Next.js I would decide page by page what renders on the server and what on the client, since that "
          "choice drives both speed and how search engines see each page.",
          "Is the app on the App Router or the Pages Router today, or is it a new build?",
          r"\b(app router|pages router|new build|from scratch|headless)\b"),
    Topic("react", r"\breact(?:\.js|js)?\b(?! native)", DEV,
          "In React I keep the state close to where it is used and the components small enough to test, which is "
          "most of what keeps a front end easy to change later.",
          "Is there a finished design to build from, or should I work from the existing screens?", r"\b(figma|mockups?|designs? (?:is|are) ready)\b",
          unless=DEPLOY_TITLE),
    Topic("python_api", r"\b(fastapi|django|flask|rest api|graphql)\b", DEV,
          "I would version the API from the first release and return every error in one consistent shape, so front "
          "ends and integrations do not break when it changes.",
          "Which clients will use the API (a front end, partner systems or other services), and is there a spec already?",
          r"\b(?:spec|specs|specification|swagger|openapi|api documentation)\b",
          # "from the first release" presumes a new API: not for an API already live (maintained, in production)
          unless=r"\b(?:existing|current|legacy|maintain\w*|in production|live (?:app|api|platform|system))\b|" + CALLS_THEIR_API,
          # an API of the client's to build, or a framework that serves one: not someone else's API to call ("add
          # LearnCube REST API to wordpress site", fresh-pool readers: "drop the API-design boilerplate")
          needs=r"\b(?:fastapi|django|flask)\b|\b(?:build|create|develop|design|implement|expose|write)\w* (?:a |an |the |"
                r"our |my |new |custom )?(?:[\w-]+ ){0,3}(?:rest(?:ful)? |graphql )?(?:apis?|endpoints?|back-?ends?|"
                r"servers?)\b|\b(?:rest(?:ful)?|graphql) (?:api|server|schema) (?:development|design)\b|\bapi "
                r"(?:development|developer|design)\b"),
    Topic("mobile", r"\b(react native|flutter|expo|ios app|android app|app store|play store)\b", DEV,
          "In an app, offline behaviour and push notifications are where the hidden time goes, so I would agree early "
          "how each screen behaves without a connection.",
          "Do you already have Apple and Google developer accounts?",
          unless=APP_BUILT),
    Topic("wordpress", r"\b(wordpress|elementor|woocommerce|wp)\b", DEV | SHOP,
          "On WordPress I would work on a staging copy, keep the number of plugins low and make every change in a "
          "child theme, so updates never wipe the work.",
          "Is there a staging site, or should I set one up first?", r"\bstaging\b", unless=LEAVING),
    Topic("shopify", r"\b(shopify|liquid|metafields?)\b", SHOP,
          "On Shopify I would check first whether a theme change or an app is the lighter answer, since every app "
          "adds scripts that slow the store down.",
          "Which theme are you on, and is it customised already?",
          r"\b(?:dawn|prestige|impulse|debut|turbo|custom theme|theme is)\b",
          needs=STORE_WEIGHT, unless=NOT_STORE_REMARK + "|" + LEAVING),
    Topic("klaviyo", r"\bklaviyo\b", SHOP,
          "With Klaviyo the events each flow starts from have to come through correctly, so I would check them "
          "before changing any flow.",
          "Which flows are live today, and which one matters most to you?",  # flows to check, not a first connection
          needs=r"\b(?:flows?|events?|segments?|automations?|abandon\w*|welcome series|campaigns?|tracking|triggers?)\b"),
) + COPY_TOPICS + POWERBI_TOPICS + MORE_TOPICS + EXTRA_TOPICS + DEV_TOPICS + ROLE_TOPICS + SIXTH_TOPICS + CORE_TOPICS + WEB_TOPICS + ANALYTICS_TOPICS \
    + FIELD_TOPICS + SUBJECT_TOPICS + FREQ_DEV_TOPICS + FREQ_DATA_TOPICS + DATA_TOOL_TOPICS + DATA_TOPICS + KIND_TOPICS  # the fallbacks last: data, then kinds of work

_ANALYSIS = {"analysis", "ml", "general"}
_REPORTING = {"dashboard", "analysis", "general", "pipeline"}
_SHEETS = {"spreadsheet", "dashboard", "automation", "analysis", "general", "import", "research"}
_DATA_STORE = {"pipeline", "database", "dashboard", "analysis", "migration", "general"}
_AI = {"ai", "automation", "webapp", "api", "general"}
# the kinds of work (kind_table ids) a topic's sentence reads right for (a scraping remark is off a dashboard letter)
TOPIC_KINDS: dict[str, set[str]] = {
    "causal": _ANALYSIS, "abtest": _ANALYSIS, "survey": _ANALYSIS, "churn": _ANALYSIS | {"dashboard"},
    "correlation": _ANALYSIS, "forecast": _ANALYSIS | {"dashboard", "spreadsheet"},
    "finance": {"analysis", "dashboard", "spreadsheet", "general"}, "product_analytics": _REPORTING,
    "ga4": _REPORTING, "marketing_data": _REPORTING, "crm": (_REPORTING - {"pipeline"}) | {"automation"},
    "ads_api": {"dashboard", "spreadsheet", "automation", "pipeline", "analysis"},
    "cleaning": {"analysis", "import", "database", "spreadsheet", "general", "pipeline", "research"},
    "dataviz": {"analysis", "dashboard", "general"}, "dba": {"database", "migration", "general"},
    "powerbi": {"dashboard", "analysis", "general"}, "powerbi_flow": {"automation", "pipeline", "import"}, "tableau": {"dashboard", "analysis", "general"},
    "looker": {"dashboard", "analysis", "general"}, "lookml": {"dashboard", "analysis", "general", "pipeline"},
    "qlik": {"dashboard", "analysis", "general"}, "extension": {"webapp", "automation", "general", "scraping"}, "sheets": _SHEETS,
    "sheets_plain": _SHEETS, "excel": _SHEETS,
    "airtable": {"spreadsheet", "automation", "database", "general"},
    "sql_perf": {"database", "api", "webapp", "general"}, "warehouse": _DATA_STORE, "etl": _DATA_STORE,
    "scraping_js": {"scraping", "dashboard"}, "scraping": {"scraping", "dashboard"},
    "rag": _AI, "agents": _AI, "chatbot": _AI, "llm": _AI, "cv": {"ml", "ai", "automation", "general"},
    "nlp": {"ml", "ai", "automation", "general"}, "ocr": {"ml", "ai", "automation", "general", "import"},
    "ml": {"ml", "ai", "general"}, "devops": {"api", "webapp", "migration", "general"},
    "trading": {"ml", "ai", "automation", "api", "general", "analysis"}, "rpa": {"automation"},
    # a custom checkout on a store's theme (not a Zapier flow that only passes Stripe events on: crossover readers
    # called the remark "payment jargon" there); React charts for a dashboard
    "stripe": {"webapp", "api", "store", "website", "mobile", "theme"}, "nextjs": {"webapp", "website", "general"},
    "react": {"webapp", "website", "general", "dashboard"}, "python_api": {"api"}, "mobile": {"mobile"},
    "wordpress": {"website", "store", "theme", "general"}, "shopify": {"store", "theme", "general", "website", "review"},
    "klaviyo": {"store", "theme", "automation", "general", "copy"},
    "privacy": {"pipeline", "database", "analysis", "ml", "ai", "api", "webapp", "automation", "general", "import"},
    **COPY_KINDS, **POWERBI_KINDS, **MORE_KINDS, **EXTRA_KINDS, **DEV_KINDS, **ROLE_KINDS, **SIXTH_KINDS, **CORE_KINDS, **WEB_KINDS,
    **ANALYTICS_KINDS, **FIELD_KINDS, **SUBJECT_KINDS, **FREQ_DEV_KINDS, **FREQ_DATA_KINDS, **DATA_TOOL_KINDS, **DATA_KINDS, **KIND_KINDS, **TRADE_KINDS,
}
# kinds where a topic is said of one item of the post's list that names it ("Integrate Stripe & PayPal for automated
# billing" in an automation role), though not as the letter's opening remark (a Zapier flow that passes Stripe events on)
ITEM_KINDS: dict[str, set[str]] = {"stripe": {"automation"}}
