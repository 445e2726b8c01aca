"""Does the post already answer the question a letter would ask? Blind readers mark a letter down for asking
what the post says ("is this a new extension?" under "the ongoing development of our extension"; "which theme are
you on?" under "build our store from scratch"; "tell me the hours you need" under "West Coast hours").

Each rule pairs what the question asks about with wording in the post that settles it. The rules are about the
question's subject, so they hold for any question text a table or a model writes."""
from __future__ import annotations

import re

from service.drafting.app_cases import BUILDS_NEW
from service.drafting.job_type import names_fault
from service.drafting.kind_variants import MANUAL_PROCESS
from service.drafting.work_kinds import product_names
from service.text.skills import find_skills_in_text

_I = re.IGNORECASE
_EXISTING = re.compile(r"\b(?:existing|current|ongoing|live|already (?:built|live|published|running|have|has)|"
                       r"our (?:app|application|site|website|store|shop|extension|platform|product|codebase|"
                       r"dashboard|report|database|system|theme)s?)\b", _I)
_NEW = re.compile(r"\b(?:from scratch|brand[- ]new|new build|greenfield|build (?:a|an|the|our) new|create (?:a|an) new)\b|"
                  + BUILDS_NEW, _I)
_HOURS = re.compile(r"\b(?:EST|EDT|PST|PDT|CST|CET|GMT|UTC|AEST|IST|time ?zones?|west coast|east coast|"
                    r"business hours|\d+\s*(?:-\s*\d+\s*)?(?:hours|hrs)\s*(?:per|a|/)\s*(?:week|day)|"
                    r"(?:full|part)[- ]time)\b", _I)
_HISTORY = re.compile(r"\b\d+\+?\s*(?:months?|years?)\s+(?:of|worth of)\s+(?:\w+\s+)?(?:data|history|historical|sales|records)|"
                      r"\bsince (?:19|20)\d\d\b", _I)
_CADENCE = re.compile(r"\b(?:nightly|daily|hourly|weekly|monthly|real[- ]?time|live|every (?:day|night|hour|morning|week|"
                      r"monday|\d+ (?:minutes|hours))|once a (?:day|week)|each (?:day|night|morning))\b", _I)
_DUE = re.compile(r"\b(?:within|in) (?:the next )?(?:\d+|one|two|three|four|a) (?:days?|weeks?|months?)\b|\bdeadline\b|\bdue\b|"
                  r"\bby (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|the end of|end of|(?:jan|feb|"
                  r"mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)\b|\b(?:asap|urgent\w*|today|this week)\b", _I)
_READER = re.compile(r"\b(?:aimed at|audience|readers? (?:are|is|will be)|target(?:ing|ed at)?|written for|for (?:our )?"
                     r"(?:vps?|ctos?|cisos?|cfos?|ceos?|hr (?:directors|leaders|managers|teams)|founders|engineers|developers|"
                     r"marketers|executives|decision[- ]makers|buyers|parents|patients|small business owners))\b", _I)
_STATS_SOFTWARE = re.compile(r"\b(?:stata|spss|sas|jamovi|jasp|minitab|eviews|rstudio|r studio|nvivo|amos|smartpls|"
                             r"mplus|matlab|gretl|maxqda|atlas\.ti|dedoose|(?:in|using|with) r|r (?:code|script|package|markdown))\b", _I)
_EXCEL_VERSION = re.compile(r"\b(?:office|microsoft|excel) ?365\b|\bexcel 20\d\d\b|\b(?:mac|macos|windows)\b", _I)

# the post has its designs (also read by next_steps: no "send me any designs" offer then)
DESIGN_READY = re.compile(r"\b(?:figma|prototypes?|mock[- ]?ups?|wireframes?|adobe xd|sketch files?|design (?:files?|system)|"
                          # "See attachment for website layout" (a pool letter asked for designs the post attached)
                          r"(?:attachment|attached file) (?:for|with|showing) (?:the |our |my )?(?:\w+ )?layout|"
                          r"(?:attached|provided) (?:\w+ ){0,2}layouts?|"
                     r"designs? (?:is|are) (?:already |all |now )?(?:ready|prepared|done|provided|attached|final|"
                     r"complete|finished|in place)|(?:ready|prepared|provided|final|approved|finished|existing) designs?|"
                     r"(?:we|i) (?:already )?have (?:the |a |our )?(?:ui |ux |ui/ux )?designs?)\b", _I)
# a clean-up of an existing code base has its screens: "is there a finished design to build from?" misreads it
_CLEAN_UP = re.compile(r"\b(?:clean(?:ing)?[- ]up (?:a |the |our |my )?(?:code|codebase|project|app)|refactor\w*|"
                       r"codebase|code base|legacy code|technical debt|tech debt)\b", _I)
# a post that names the one site it wants scraped ("from bol.com", "on LinkedIn") has said how many sites
ONE_SITE = re.compile(r"\b(?:a single|one|this|the|a) (?:(?:specific|particular|single) )?(?:web)?site\b(?! ?(?:s|or|and)\b)|\b[a-z0-9-]{2,}\.(?:com|nl|de|fr|org|net|io|co\.uk|"
                       r"gov|eu)\b|\b(?:linkedin|amazon|ebay|zillow|instagram|facebook|google maps|yelp|indeed)\b", _I)

_COUNT = r"(?:\d[\d,.]*\+?\s*(?:k|m)?|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a few|several|dozens)"
# "4 to 5 different real estate websites", "three sites": the post says how many sites
_SITE_COUNT = re.compile(r"\b" + _COUNT + r"(?:\s*(?:-|to|or)\s*" + _COUNT + r")?\s+(?:[\w-]+\s+){0,3}?"
                         r"(?:web)?sites\b", _I)
# "hundreds of thousands of records", "about 40k rows": the post says how many records
_RECORD_COUNT = re.compile(r"\b(?:" + _COUNT + r"|(?:hundreds|thousands|millions|tens)(?: of thousands| of millions)?)"
                           r"\s+(?:of\s+)?(?:[\w-]+\s+)?(?:records|rows|entries|items|products|listings|contacts)\b", _I)
# the one query the post is about ("a complex query involving derived tables", "the current SQL query and its
# execution plan"): the post has said which query is slow
_ONE_QUERY = re.compile(r"\b(?:a|the|this|one|our|current|single) (?:(?:complex|slow|current|single|specific|main|sql|"
                        r"mysql|existing) ){0,2}query\b(?!\s+(?:optimi|performance|tuning|writing|skills))|"
                        r"\b(?:the|current|this) (?:query |execution |explain )plan\b", _I)
# the broker or exchange the bot would trade through, named ("market data APIs (e.g., Alpaca, Binance …)")
_BROKER = re.compile(r"\b(?:alpaca|binance|coinbase|kraken|bybit|okx|kucoin|bitget|deribit|hyperliquid|oanda|ibkr|"
                     r"interactive brokers|td ameritrade|tradier|tradestation|ninjatrader|tradovate|schwab|robinhood|"
                     r"metatrader|mt[45]|uniswap|pancakeswap|etrade|e\*trade|polygon\.io|bitmex|gemini exchange)\b", _I)
# the outcome the analysis explains ("explaining firm profitability", "drivers of churn"), or a plain correlation
# matrix of every pair, which ranks nothing against one outcome
_OUTCOME = re.compile(r"\b(?:explain(?:s|ing)? (?:the )?(?:[\w-]+ ){0,2}(?:profitability|revenue|sales|churn|"
                      r"retention|performance|returns?|prices?|demand|growth|conversions?|income|turnover|"
                      r"satisfaction|scores?|outcomes?|variation)|drivers? of|determinants of|(?:dependent|outcome|"
                      r"target|response) variables?|(?:impact|effects?) of [\w -]{1,40} on|predict(?:s|ing)? "
                      r"(?:the )?[\w-]+|correlation matri(?:x|ces))\b", _I)

_LIVE_PRODUCT = re.compile(r"\b(?:our|the|this) (?:existing|current|live|launched)\s+(?:[\w-]+\s+){0,2}(?:app|application|"
                           r"platform|product|codebase|system)s?\b|\bour (?:[\w-]+ ){0,2}(?:app|application|platform|"
                           r"product)'?s? (?:front-?end|back-?end|is|are|has|uses|runs)\b|\b(?:based on user feedback|"
                           r"our (?:active )?users|paying customers)\b", _I)

# where the charts or the writing will be shown: a blog, a newsletter, a deck, a report, the web
_MEDIUM = re.compile(r"\b(?:blogs?|blog posts?|newsletters?|articles?|substack|medium\.com|websites?|web ?pages?|"
                     r"slides?|slide decks?|decks?|presentations?|powerpoint|reports?|publications?|papers?|thesis|"
                     r"dissertation|social media|linkedin posts?|instagram posts?|infographics?|books?|magazines?)\b", _I)

# what the work is for, in the post's words: a dispute, fund-raising, a board or client presentation, a thesis, a
# choice between options ("This report will be used to raise capital", "so we can submit it to Taboola")
_PURPOSE = re.compile(
    r"\b(?:will|would|is going to|are going to) be used (?:to|for|in|as)\b|\bto be used (?:to|for|in|as)\b|"
    r"\bso (?:that )?(?:we|i) (?:can|could|may) (?:submit|present|dispute|decide|raise|pitch|file|claim|make the case)\b|"
    r"\bdisput(?:e|es|ed|ing)\b|\b(?:raise|raising) (?:capital|funds|money|investment)\b|\bfund-?raising\b|"
    r"\b(?:investor|pitch) (?:deck|pitch|presentation|report)s?\b|\bboard (?:meeting|presentation|report|deck)s?\b|"
    r"\bpresent(?:ed|ing)? (?:[\w-]+ ){0,3}to (?:the |our |my |a )?(?:board|investors|management|leadership|clients?|"
    r"executives|committee)\b|\b(?:client|investor|grant|donor) reports?\b|"
    r"\breports? (?:for|to) (?:our |my |a |the )?(?:clients?|investors|donors|funders|board)\b|"
    r"\b(?:grant|funding) (?:applications?|proposals?)\b|\bbusiness plan\b|"
    r"\bfor (?:my|our|a|the) (?:thesis|dissertation|research paper|journal article|publication|court case|lawsuit)\b|"
    r"\bfor (?:an? |my |our |the )?(?:[\w-]+ ){0,3}(?:course|class|module)\b|\b(?:assignment|coursework|homework)\b|"
    r"\b(?:decide|choose) (?:whether|which|if|where|between)\b|\bdetermine (?:whether|which|if)\b|"
    # the post says what the work is for ("the purpose of this study is to …")
    r"\b(?:the )?(?:purpose|business goal|goal|aim|objective)s?(?: and (?:the )?(?:business )?(?:goal|purpose|aim))? of "
    r"(?:this|the) (?:exercise|analysis|study|project|work|report) (?:is|are) to\b|"
    r"\bthe (?:findings|results|insights|analysis|study) will (?:help|inform|guide|support|be used)\b|"
    # ... or that the result is published for its readers ("a customer-facing marketing resource"), not a decision
    r"\bcustomer[- ]facing\b|\bmarketing (?:resource|piece|material|collateral|asset)s?\b|"
    r"\b(?:to|for) (?:our |the |your |a )?target audiences?\b|"
    # ... or that it is a routine report ("send us daily reports", "a short daily summary of the numbers")
    r"\b(?:daily|weekly|nightly) (?:reports?|reporting|summar(?:y|ies))\b", _I)

# the post lists the metrics, questions or deliverables it wants under a heading of their own: asking what the analysis
# is for reads as unread (tuning reader: "asks what decision … when I already listed eight metrics and three deliverables")
_HEADING_TAIL = r"(?: (?:to|we|i) [\w ]{0,30})?"  # "Metrics to track", "KPIs we need"


def _lists(heading: str, named: str, verbs: str) -> re.Pattern:
    """A list the post gives: under a ``heading`` line of its own, "here are the <named> …", or "<named> we want to
    <verb> …"."""
    return re.compile(rf"^[^\w\n]*(?:{heading})\W*$|\bhere (?:are|is) (?:the |a list of )?(?:{named})\b|"
                      rf"\b(?:{named}) (?:i|we) (?:would like|would|want|need) (?:to )?(?:{verbs})\b",
                      re.IGNORECASE | re.MULTILINE)


LISTED_OUTPUTS = _lists(rf"(?:key |expected |final )?(?:deliverables?|metrics|kpis|outputs?){_HEADING_TAIL}|"
                        r"questions? (?:to answer|we want answered|we need answered)|what (?:i|we) (?:need|want)"
                        r"(?: from you)?", "metrics|kpis|questions|deliverables",
                        "identify|answer|track|see|measure|calculate")
# ... and of those, a list of figures (metrics or KPIs), not a paper or a deck to deliver
LISTED_FIGURES = _lists(rf"(?:key )?(?:metrics|kpis){_HEADING_TAIL}", "metrics|kpis", "identify|track|see|measure|calculate")


RULES: tuple[tuple[re.Pattern, tuple[re.Pattern, ...]], ...] = (
    # "what decision will this analysis feed into?" when the post says what the work is for
    (re.compile(r"\bwhat decisions?\b|\bfeed into\b|\bwhat (?:is|will) (?:it|this|the [\w-]+) (?:be )?used for\b", _I),
     (_PURPOSE, LISTED_OUTPUTS)),
    # "is this a new build, or an update to one already live?" / "is there an existing …, or is it new?"
    (re.compile(r"\bnew\b.*\b(?:already|today|existing|current|update|live)\b|"
                r"\b(?:already|existing|current|today)\b.*\bnew\b", _I), (_EXISTING, _NEW)),
    (re.compile(r"\bwhich theme\b|\btheme (?:are you|is it|do you)\b", _I), (_NEW,)),
    (re.compile(r"\b(?:hours|time ?zone|availability)\b", _I), (_HOURS,)),
    (re.compile(r"\bhow (?:many|much) (?:months|years)\b|\bhow much history\b", _I), (_HISTORY,)),
    (re.compile(r"\bexcel version\b|\bwindows or mac\b", _I), (_EXCEL_VERSION,)),
    # fifth probe: asked though the post says it ("nightly", "within 2 weeks", "aimed at HR directors")
    (re.compile(r"\bhow often does it need to refresh\b|\bhow fresh\b", _I), (_CADENCE,)),
    (re.compile(r"\bis there a date\b|\bfinished by\b|\bany deadline\b", _I), (_DUE,)),
    (re.compile(r"\bwho is the reader\b|\bwho exactly are you writing to\b|\bwho (?:will|is going to) read\b", _I), (_READER,)),
    # "since when has it been happening?" when the post says ("… late since last week", "started after the update")
    (re.compile(r"\bsince when\b", _I), (re.compile(r"\bsince (?:last|yesterday|this|the (?:last|latest|recent|"
                                                     r"update|upgrade|migration))\b|\bstarted (?:after|when|last)\b|"
                                                     r"\bafter (?:the|we|our) (?:update|upgrade|migrat\w+)\b|"
                                                     # "since we upgraded to Django 4.2", "after a hosting move" (trying)
                                                     r"\bsince (?:we|i|they) (?:\w+ed|moved|switched)\b|\bafter (?:someone|"
                                                     r"somebody|a colleague|(?:we|i|they) \w+ed\b)|\bafter (?:an?|the|we|"
                                                     r"our) (?:[\w-]+ ){0,2}(?:update|upgrade|migration|move|switch|"
                                                     r"install|deploy|change)\w*\b|"
                                                     # "stopped working sometime last night", "broke after installing
                                                     # a reviews app yesterday" (third probe)
                                                     r"\b(?:stopped|started|broke|began|quit)\b[^.!?\n]{0,40}\b(?:yesterday|"
                                                     r"last (?:night|week|month)|this (?:morning|week)|today|after)\b|"
                                                     r"\bafter (?:installing|adding|updating|upgrading|deploying|"
                                                     r"changing|moving|switching|migrating)\b", _I),)),
    (re.compile(r"\bfinished design\b|\bdesigns? (?:to build from|ready)\b|\bwork from the existing screens\b", _I),
     (DESIGN_READY, _CLEAN_UP)),
    (re.compile(r"\bhow many (?:sites|websites|sources)\b", _I), (ONE_SITE, _SITE_COUNT)),
    (re.compile(r"\bhow many (?:records|rows)\b", _I), (_RECORD_COUNT,)),
    # "do you have a keyword list already?" when the client sends keyword briefs (found trying the product)
    (re.compile(r"\bkeyword list\b", _I), (re.compile(r"\b(?:you(?:'ll|’ll| will) (?:get|receive|be given)|we(?:'ll|’ll| "
                                                   r"will) (?:provide|send|share|give)|(?:provided|supplied)\b)[^.!?\n]{0,40}"
                                                   r"\bkeywords?\b|\bkeyword (?:briefs?|lists?|research) (?:is |are )?(?:"
                                                   r"provided|supplied|included|ready|done)\b", _I),)),
    (re.compile(r"\bwhich (?:queries|query|reports?)\b[^?]*\bslow", _I), (_ONE_QUERY,)),
    (re.compile(r"\b(?:exchange|broker)\b", _I), (_BROKER,)),
    (re.compile(r"\bwhich outcome\b|\brank the other variables\b", _I), (_OUTCOME,)),
    # "where will the charts appear (a report, slides or the web)?" when the post says ("for my new blog", "for our
    # investor deck"; tuning readers: "asks where the charts appear when the post says a blog")
    (re.compile(r"\bwhere will (?:the |these )?(?:charts?|plots?|graphs?|visuals?|maps?) (?:appear|be (?:used|shown|"
                r"published))\b", _I), (_MEDIUM,)),
    # "is there a method or software the study must use?" when the post names the software ("Stata Expert Needed")
    (re.compile(r"\bmethod or software\b", _I), (_STATS_SOFTWARE,)),
    # "which user flow matters most for the first release?" under a platform already in use
    (re.compile(r"\bfirst release\b", _I), (_LIVE_PRODUCT,)),
)


_WHICH_SYSTEMS = re.compile(r"\bwhich (?:systems|tools|platforms|apps)\b", _I)


# an analysis question presumes data, numbers or findings to analyse: cataloguing reels into a library, a
# specification or reviewing loan files is not that ("what decision will this analysis feed into?" misread them)
_ANALYSIS_Q = re.compile(r"\b(?:this|the) analysis\b", _I)
_ANALYSABLE = re.compile(r"\b(?:data|datasets?|statistic\w*|metrics?|kpis?|numbers|figures|trends?|insights?|"
                         r"findings|surveys?|results|sales|revenue|regression|correlations?|forecast\w*|cohorts?|"
                         r"a/b tests?|spreadsheets?|excel|sql|csv|time series|variables|analytics|market (?:study|"
                         r"research|analysis))\b", _I)


_MANUAL = re.compile(MANUAL_PROCESS, re.IGNORECASE)  # only then is there a "current process" to ask about
_PROCESS_Q = re.compile(r"\bcurrent process\b", re.IGNORECASE)


# "since when has it been happening?" presumes a fault; an urgent move to another host names none (pool readers: "reads
# like a bug-report template, not a migration")
_SINCE_Q = re.compile(r"\bsince when\b", _I)


# "Apple and Google developer accounts" presumes both stores: not for an Android-only or an iPhone-only app (pool readers:
# "asks about Apple accounts for an Android-only job")
_BOTH_STORES_Q = re.compile(r"\bapple and google\b", _I)
_IOS = re.compile(r"\b(?:ios|iphone|ipad|apple|app store|testflight|swift(?:ui)?|cross[- ]platform|react native|flutter|"
                  r"expo)\b", _I)
_ANDROID = re.compile(r"\b(?:android|google play|play store|kotlin|cross[- ]platform|react native|flutter|expo)\b", _I)
# "the first release" presumes one product; a stream of small projects has none (pool readers)
_FIRST_RELEASE_Q = re.compile(r"\bfirst release\b", _I)
_MANY_PROJECTS = re.compile(r"\b(?:multiple|several|various|many|a (?:series|stream) of|ongoing) (?:small |smaller |short |"
                            r"different )?(?:projects|tasks|jobs)\b", _I)


def presumes_missing(question: str, post: str) -> bool:
    """True when the question takes for granted a kind of work the post does not describe: a question about
    "this analysis" for a post that names nothing to analyse (no data, figures, trends or findings), or about "the
    current process" where the post names no work done by hand."""
    if _PROCESS_Q.search(question):
        return not _MANUAL.search(post)
    if _SINCE_Q.search(question):
        return not names_fault(post)
    if _BOTH_STORES_Q.search(question):
        return not (_IOS.search(post) and _ANDROID.search(post))
    if _FIRST_RELEASE_Q.search(question) and _MANY_PROJECTS.search(post):
        return True
    return bool(_ANALYSIS_Q.search(question)) and not _ANALYSABLE.search(post)


def already_answered(question: str, post: str) -> bool:
    """True when the question is about something one of the rules finds settled in the post; "which systems …"
    is settled when the post names two or more tools ("integrate Cal.com with Airtable and Softr")."""
    if _WHICH_SYSTEMS.search(question) and len(set(find_skills_in_text(post)) | set(product_names(post))) >= 2:
        return True
    return any(asks.search(question) and any(p.search(post) for p in settles) for asks, settles in RULES)
